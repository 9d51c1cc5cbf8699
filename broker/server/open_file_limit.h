#pragma once

#include <cstdint>
#include <optional>

namespace samsa::server {

// The soft and hard RLIMIT_NOFILE of the process; RLIM_INFINITY reads as UINT64_MAX.
struct OpenFileLimit {
    uint64_t soft = 0;
    uint64_t hard = 0;
};

std::optional<OpenFileLimit> currentOpenFileLimit();

// Raises the soft limit on open files to the hard limit and logs the result. The
// broker keeps a descriptor open per log segment and per connection, so the usual soft
// default of 1024 runs out at a few hundred partitions; Kafka's documentation has
// operators raise the limit, and this does the part a process may do for itself. A
// failure is logged and otherwise ignored: the broker still runs within the old limit.
void raiseOpenFileLimit();

} // namespace samsa::server
