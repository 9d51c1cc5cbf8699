#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>

namespace samsa::bench {

struct CleanerRun {
    uint64_t bytesBefore = 0; // the segments handed to the cleaner
    uint64_t bytesAfter = 0;  // what the cleaner wrote in their place
    uint64_t recordsRead = 0;
    uint64_t recordsKept = 0;
    size_t segments = 0;
    double seconds = 0;

    double mibPerSecond() const {
        return seconds > 0 ? static_cast<double>(bytesBefore) / seconds / (1024.0 * 1024.0) : 0;
    }
};

// The broker's log cleaner on a log of its own, in this process: writes `totalBytes` of
// record batches (`recordsPerBatch` records with values of `valueBytes`, keys drawn
// from `keys` distinct ones) to a compacted log in `dir` with `segmentBytes` segments,
// rolls it, and times one LogCleaner::clean of everything but the active segment. The
// time covers the key map pass, the rewrite and the fsynced segment swaps.
CleanerRun cleanerThroughput(const std::filesystem::path& dir, int64_t totalBytes, int keys, size_t valueBytes,
                             int recordsPerBatch, int32_t segmentBytes);

} // namespace samsa::bench
