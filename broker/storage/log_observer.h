#pragma once

#include <cstdint>

namespace samsa::storage {

// State kept beside a log that must follow its shape: producer state snapshots are
// taken where segments begin and go when the segments below them do. The log calls
// these from inside the operation, so the observer sees the log exactly as it stands
// at that point.
class LogObserver {
public:
    virtual ~LogObserver() = default;

    // A new active segment is about to start at baseOffset; everything below it is
    // written. Called before the batches of the append that caused the roll.
    virtual void onRoll(int64_t baseOffset) = 0;
    // Segments were deleted (retention, DeleteRecords); the oldest left starts at
    // firstSegmentBase.
    virtual void onSegmentsDeleted(int64_t firstSegmentBase) = 0;
    // Everything from endOffset on was removed.
    virtual void onTruncated(int64_t endOffset) = 0;
};

} // namespace samsa::storage
