#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string_view>

#include "storage/cleaner_filter.h"
#include "storage/log.h"
#include "storage/log_config.h"

namespace samsa::storage {

// Per log dir: "topic partition offset" lines, the offset each compacted log is clean
// up to (Kafka's file name and format).
inline constexpr const char* kCleanerOffsetCheckpointFile = "cleaner-offset-checkpoint";
// A rewritten segment while it is written, and once it is complete and about to replace
// the old ones (see Log::replaceSegments).
inline constexpr std::string_view kCleanedLogSuffix = ".log.cleaned";
inline constexpr std::string_view kSwapLogSuffix = ".log.swap";

// Where a log's compaction stands. Offsets are segment base offsets: the cleaner works
// on whole segments, from the log start to firstUncleanableOffset; [firstDirtyOffset,
// firstUncleanableOffset) is what was appended since the last cleaning.
struct CleanableRange {
    int64_t firstDirtyOffset = 0;
    int64_t firstUncleanableOffset = 0;
    uint64_t cleanBytes = 0; // log start .. first dirty offset
    uint64_t dirtyBytes = 0; // first dirty .. first uncleanable offset
    // A dirty segment's first record is older than max.compaction.lag.ms.
    bool maxCompactionLagExceeded = false;
    // Tombstones or markers that a cleaning would now remove are in the cleaned part.
    bool deleteHorizonPassed = false;

    double dirtyRatio() const;
    // Dirty ratio above min.cleanable.dirty.ratio, a dirty segment past
    // max.compaction.lag.ms, or tombstones due for removal.
    bool cleaningDue(const LogConfig& config) const;
};

// The range the cleaner may work on now. It ends before the active segment, before the
// segment holding upperBoundOffset (the last stable offset: nothing unreplicated and no
// open transaction is compacted) and before the first segment with a record newer than
// min.compaction.lag.ms.
CleanableRange findCleanableRange(const Log& log, int64_t nowMs,
                                  int64_t upperBoundOffset = std::numeric_limits<int64_t>::max());

struct LogCleanerOptions {
    // log.cleaner.dedupe.buffer.size: memory for the key map of one cleaning. A log
    // whose dirty part has more keys is cleaned in several passes.
    size_t dedupeBufferBytes = size_t{128} << 20;
    // Called at each step of every segment swap (tests crash the swap there).
    SwapObserver swapObserver;
};

struct CleanerStats {
    int64_t firstDirtyOffset = 0;
    int64_t endOffset = 0; // the new cleaner checkpoint; equals firstDirtyOffset if nothing was done
    size_t keys = 0;       // distinct keys in the dirty part
    size_t segmentsRead = 0;
    size_t segmentsWritten = 0; // groups whose content changed and were swapped in
    uint64_t bytesRead = 0;     // segment bytes filtered (the map pass reads the dirty part again)
    uint64_t bytesWritten = 0;
    CleanerRecordStats records;
    double seconds = 0;
};

// Kafka's log compaction for one log at a time: builds the key map of the dirty part,
// then rewrites the segments from the log start up to the end of the dirty part (in
// groups of adjacent segments that fit segment.bytes), keeping the latest record of
// every key with offsets unchanged. Never touches the active segment. Runs on the
// caller's thread like the rest of storage.
class LogCleaner {
public:
    explicit LogCleaner(LogCleanerOptions options = {}) : m_options(std::move(options)) {}

    // Compacts `range` (from findCleanableRange) and moves the log's cleaner checkpoint
    // and pending delete horizon. Throws DecodeError for a corrupt batch (segments
    // swapped before it stay cleaned, the rest and the checkpoint are left as they
    // were) and StorageError for an I/O failure.
    CleanerStats clean(Log& log, const CleanableRange& range, int64_t nowMs);

private:
    LogCleanerOptions m_options;
};

} // namespace samsa::storage
