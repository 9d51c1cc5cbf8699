#include "cluster/partition.h"

#include <algorithm>

namespace samsa::cluster {

namespace rec = protocol::records;

Partition::Partition(storage::TopicPartition tp, storage::Log& log, config::TopicConfig config,
                     int32_t leaderEpoch, txn::ProducerStateConfig producerConfig)
    : m_tp(std::move(tp)),
      m_log(log),
      m_config(std::move(config)),
      m_leaderEpoch(leaderEpoch),
      m_producers(log, producerConfig) {
    m_log.assignEpochStartOffset(leaderEpoch, m_log.logEndOffset());
    // A lone replica has everything it wrote: on load the high watermark is the log end.
    m_highWatermark = m_log.logEndOffset();
}

int64_t Partition::lastStableOffset() const {
    const auto unstable = m_producers.firstUnstableOffset();
    return unstable ? std::min(*unstable, m_highWatermark) : m_highWatermark;
}

AppendInfo Partition::appendAsLeader(protocol::Bytes& records, int64_t nowMs, txn::AppendOrigin origin) {
    AppendInfo info = validateAndAssignOffsets(
        records, AppendContext{m_config, nowMs, m_leaderEpoch, m_log.logEndOffset()});
    if (info.error != ErrorCode::None) return info;
    const rec::BatchHeader& h = info.header;
    if (origin == txn::AppendOrigin::Client && h.producerId != rec::kNoProducerId) {
        // A retry whose answer was lost: Kafka's DUPLICATE_SEQUENCE_NUMBER case, which
        // the client sees as success at the offsets of the first attempt.
        if (const auto dup = m_producers.findDuplicate(h)) {
            AppendInfo same;
            same.firstOffset = dup->firstOffset();
            same.lastOffset = dup->lastOffset;
            same.maxTimestamp = dup->timestamp;
            same.recordCount = h.recordCount;
            same.header = h;
            same.duplicate = true;
            return same;
        }
    }
    return appendChecked(records, std::move(info), origin, std::nullopt);
}

AppendInfo Partition::appendTxnMarker(const TxnMarkerSpec& marker, int64_t nowMs) {
    rec::EndTransactionSpec spec;
    spec.type = marker.committed ? rec::ControlRecordType::Commit : rec::ControlRecordType::Abort;
    spec.coordinatorEpoch = marker.coordinatorEpoch;
    spec.producerId = marker.producerId;
    spec.producerEpoch = marker.producerEpoch;
    spec.baseOffset = m_log.logEndOffset();
    spec.partitionLeaderEpoch = m_leaderEpoch;
    spec.timestampMs = nowMs;
    protocol::Bytes batch = rec::buildEndTransactionBatch(spec);
    AppendInfo info;
    info.header = rec::parseBatchHeader(batch);
    info.firstOffset = info.header.baseOffset;
    info.lastOffset = info.header.lastOffset();
    info.maxTimestamp = info.header.maxTimestamp;
    info.recordCount = info.header.recordCount;
    return appendChecked(batch, std::move(info), txn::AppendOrigin::Coordinator,
                         txn::TxnMarker{spec.type, spec.coordinatorEpoch});
}

AppendInfo Partition::appendChecked(protocol::Bytes& records, AppendInfo info, txn::AppendOrigin origin,
                                    const std::optional<txn::TxnMarker>& marker) {
    const rec::BatchHeader& h = info.header;
    std::optional<txn::ProducerAppend> producer;
    if (h.producerId != rec::kNoProducerId) {
        producer = m_producers.check(h, origin, marker);
        if (!producer->ok()) {
            AppendInfo refused;
            refused.error = producer->error;
            refused.errorMessage = std::move(producer->errorMessage);
            return refused;
        }
    }
    const auto appended = m_log.append(records);
    if (appended.error != ErrorCode::None) {
        info.error = appended.error;
        info.errorMessage = appended.errorMessage;
        return info;
    }
    if (producer) m_producers.apply(h, std::move(*producer));
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
