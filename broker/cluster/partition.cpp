#include "cluster/partition.h"

namespace samsa::cluster {

Partition::Partition(storage::TopicPartition tp, storage::Log& log, config::TopicConfig config,
                     int32_t leaderEpoch)
    : m_tp(std::move(tp)), m_log(log), m_config(std::move(config)), m_leaderEpoch(leaderEpoch) {
    m_log.assignEpochStartOffset(leaderEpoch, m_log.logEndOffset());
    // A lone replica has everything it wrote: on load the high watermark is the log end.
    m_highWatermark = m_log.logEndOffset();
}

AppendInfo Partition::appendAsLeader(protocol::Bytes& records, int64_t nowMs) {
    AppendInfo info = validateAndAssignOffsets(
        records, AppendContext{m_config, nowMs, m_leaderEpoch, m_log.logEndOffset()});
    if (info.error != ErrorCode::None) return info;
    const auto appended = m_log.append(records);
    if (appended.error != ErrorCode::None) {
        info.error = appended.error;
        info.errorMessage = appended.errorMessage;
        return info;
    }
    m_highWatermark = m_log.logEndOffset();
    return info;
}

storage::ReadResult Partition::read(int64_t fetchOffset, size_t maxBytes, bool minOneBatch,
                                    IsolationLevel isolation) const {
    return m_log.read(fetchOffset, maxBytes, visibleEnd(isolation), minOneBatch);
}

storage::DeletionResult Partition::deleteRecordsBefore(int64_t offset) {
    if (offset == -1) offset = m_highWatermark;
    if (offset > m_highWatermark) {
        storage::DeletionResult r;
        r.error = ErrorCode::OffsetOutOfRange;
        r.logStartOffset = m_log.logStartOffset();
        return r;
    }
    return m_log.deleteRecordsBefore(offset);
}

storage::LogConfig toLogConfig(const config::TopicConfig& c) {
    storage::LogConfig l;
    l.segmentBytes = c.segmentBytes;
    l.segmentMs = c.segmentMs;
    l.segmentJitterMs = c.segmentJitterMs;
    l.indexIntervalBytes = c.indexIntervalBytes;
    l.segmentIndexBytes = c.segmentIndexBytes;
    l.retentionMs = c.retentionMs;
    l.retentionBytes = c.retentionBytes;
    l.flushMessages = c.flushMessages;
    l.flushMs = c.flushMs;
    l.fileDeleteDelayMs = c.fileDeleteDelayMs;
    l.cleanupPolicyDelete = c.cleanupPolicy.deleteSegments;
    l.cleanupPolicyCompact = c.cleanupPolicy.compact;
    l.minCleanableDirtyRatio = c.minCleanableDirtyRatio;
    l.minCompactionLagMs = c.minCompactionLagMs;
    l.maxCompactionLagMs = c.maxCompactionLagMs;
    l.deleteRetentionMs = c.deleteRetentionMs;
    return l;
}

} // namespace samsa::cluster
