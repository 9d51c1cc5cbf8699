#pragma once

#include <cstdint>

#include "cluster/append_validator.h"
#include "common/config/topic_config.h"
#include "storage/log.h"
#include "storage/topic_partition.h"

namespace samsa::cluster {

enum class IsolationLevel : int8_t { ReadUncommitted = 0, ReadCommitted = 1 };

// A partition this broker leads: its log plus the offsets that decide what consumers
// may see. The high watermark is the end of what every in-sync replica has; the last
// stable offset is where the first undecided transaction starts (the high watermark
// when none is open).
class Partition {
public:
    Partition(storage::TopicPartition tp, storage::Log& log, config::TopicConfig config, int32_t leaderEpoch);

    const storage::TopicPartition& topicPartition() const { return m_tp; }
    const config::TopicConfig& config() const { return m_config; }
    void setConfig(config::TopicConfig config) { m_config = std::move(config); }
    storage::Log& log() { return m_log; }
    const storage::Log& log() const { return m_log; }

    int32_t leaderEpoch() const { return m_leaderEpoch; }
    int64_t logStartOffset() const { return m_log.logStartOffset(); }
    int64_t logEndOffset() const { return m_log.logEndOffset(); }
    int64_t highWatermark() const { return m_highWatermark; }
    int64_t lastStableOffset() const { return m_highWatermark; }

    // Validates, assigns offsets and appends. With a single replica the high watermark
    // follows the log end offset at once.
    AppendInfo appendAsLeader(protocol::Bytes& records, int64_t nowMs);

    // Reads whole batches from fetchOffset, bounded by what the isolation level may see.
    storage::ReadResult read(int64_t fetchOffset, size_t maxBytes, bool minOneBatch,
                             IsolationLevel isolation) const;

    // The offset below which a consumer of this isolation level may read.
    int64_t visibleEnd(IsolationLevel isolation) const {
        return isolation == IsolationLevel::ReadCommitted ? lastStableOffset() : highWatermark();
    }

    // DeleteRecords: -1 means "up to the high watermark".
    storage::DeletionResult deleteRecordsBefore(int64_t offset);

private:
    storage::TopicPartition m_tp;
    storage::Log& m_log;
    config::TopicConfig m_config;
    int32_t m_leaderEpoch = 0;
    int64_t m_highWatermark = 0;
};

// The storage settings of a topic, from its resolved topic config.
storage::LogConfig toLogConfig(const config::TopicConfig& config);

} // namespace samsa::cluster
