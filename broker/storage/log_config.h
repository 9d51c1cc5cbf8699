#pragma once

#include <cstdint>
#include <functional>
#include <limits>

namespace samsa::storage {

// Per-log settings, named after the Kafka topic configs they come from. Defaults are
// Kafka's. The broker maps topic/broker configuration into this struct; storage does
// not parse configuration itself.
struct LogConfig {
    int32_t segmentBytes = 1024 * 1024 * 1024;      // segment.bytes
    int64_t segmentMs = 7LL * 24 * 60 * 60 * 1000;   // segment.ms
    int64_t segmentJitterMs = 0;                      // segment.jitter.ms
    int32_t indexIntervalBytes = 4096;                // index.interval.bytes
    int32_t segmentIndexBytes = 10 * 1024 * 1024;     // segment.index.bytes
    int64_t retentionMs = 7LL * 24 * 60 * 60 * 1000; // retention.ms, -1 = unlimited
    int64_t retentionBytes = -1;                      // retention.bytes, -1 = unlimited
    int64_t flushMessages = std::numeric_limits<int64_t>::max(); // flush.messages
    int64_t flushMs = std::numeric_limits<int64_t>::max();       // flush.ms
    // file.delete.delay.ms. Accepted for compatibility but deleted segments are removed
    // at once: Kafka delays so that concurrent readers of a mmapped or open segment can
    // finish, and this log is only ever used from one thread, so no read is in flight.
    int64_t fileDeleteDelayMs = 60000;
    bool cleanupPolicyDelete = true;  // cleanup.policy contains "delete"
    bool cleanupPolicyCompact = false; // cleanup.policy contains "compact"
    // Compaction (used only when cleanupPolicyCompact):
    double minCleanableDirtyRatio = 0.5;                          // min.cleanable.dirty.ratio
    int64_t minCompactionLagMs = 0;                               // min.compaction.lag.ms
    int64_t maxCompactionLagMs = std::numeric_limits<int64_t>::max(); // max.compaction.lag.ms
    int64_t deleteRetentionMs = 24LL * 60 * 60 * 1000;            // delete.retention.ms

    bool operator==(const LogConfig&) const = default;
};

// Throws std::invalid_argument for values the log cannot work with (Kafka's own lower
// bounds: segment.bytes >= 14, segment.index.bytes >= 8, segment.ms >= 1, ...).
void validateLogConfig(const LogConfig& config);

// Milliseconds since the epoch. Injected so that tests control time-based rolls and
// flushes without sleeping.
using Clock = std::function<int64_t()>;
int64_t systemClockMs();

} // namespace samsa::storage
