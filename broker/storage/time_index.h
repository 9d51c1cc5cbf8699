#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>

#include "storage/index_file.h"

namespace samsa::storage {

struct TimestampOffset {
    int64_t timestamp = -1;
    int64_t offset = -1;
    bool operator==(const TimestampOffset&) const = default;
};

struct TimeIndexEntry {
    int64_t timestamp;
    int32_t relativeOffset;
};

// The .timeindex of a segment: entries of (int64 timestamp, int32 relative offset).
// Each entry records the segment's largest timestamp so far and the last offset of the
// batch that carried it, and an entry is only added when that maximum grows, so both
// columns increase and a binary search on the timestamp finds where to start scanning.
class TimeIndex : public IndexEntries<TimeIndexEntry> {
public:
    static constexpr size_t kEntrySize = 12;

    TimeIndex(const std::filesystem::path& path, int64_t baseOffset, size_t maxEntries);

    // Reads the file; false (leaving the index empty) unless timestamps strictly increase,
    // offsets do not decrease and every offset lies in [baseOffset, maxOffset].
    bool load(int64_t maxOffset);

    // Appends if the timestamp is larger than the last entry's. A full index refuses
    // unless skipFullCheck, which the segment uses once, for its final entry.
    void maybeAppend(int64_t timestamp, int64_t offset, bool skipFullCheck = false);
    // The last entry whose timestamp is <= target, or (-1, baseOffset) if there is none.
    TimestampOffset lookup(int64_t target) const;
    std::optional<TimestampOffset> lastEntry() const;
};

} // namespace samsa::storage
