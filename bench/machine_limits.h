#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

namespace samsa::bench {

// The ceilings a broker on this machine cannot beat, measured in the same run.
struct RateResult {
    int64_t bytes = 0;
    double seconds = 0;

    double mibPerSecond() const { return seconds > 0 ? static_cast<double>(bytes) / seconds / (1024.0 * 1024.0) : 0; }
};

// One TCP connection over 127.0.0.1: a sender thread writes `total` bytes in `chunk`
// writes, the receiver reads them in buffers of the same size; timed until the
// receiver has seen the last byte.
RateResult loopbackTcp(int64_t total, size_t chunk);

// Writes `total` bytes to a new file in `dir` in `chunk` writes without fsync (what
// a broker's append costs before the kernel flushes it), then removes the file.
RateResult pageCacheWrite(const std::filesystem::path& dir, int64_t total, size_t chunk);

// The file system type of `dir` (ext4, xfs, tmpfs, ...), for the report.
std::string filesystemType(const std::filesystem::path& dir);

} // namespace samsa::bench
