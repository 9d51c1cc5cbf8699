#pragma once

#include <cstdint>
#include <vector>

#include "cluster/append_validator.h"
#include "common/config/topic_config.h"
#include "protocol/records/control_record.h"
#include "storage/log.h"
#include "storage/topic_partition.h"
#include "txn/producer_state_manager.h"

namespace samsa::cluster {

enum class IsolationLevel : int8_t { ReadUncommitted = 0, ReadCommitted = 1 };

// One end-of-transaction marker for a partition, as the transaction coordinator (or a
// WriteTxnMarkers request) asks for it.
struct TxnMarkerSpec {
    int64_t producerId = -1;
    int16_t producerEpoch = -1;
    bool committed = false;
    int32_t coordinatorEpoch = 0;
};

// A partition this broker leads: its log, its producers, and the offsets that decide
// what consumers may see. The high watermark is the end of what every in-sync replica
// has; the last stable offset is where the first undecided transaction starts (the
// high watermark when none is open).
class Partition {
public:
    Partition(storage::TopicPartition tp, storage::Log& log, config::TopicConfig config, int32_t leaderEpoch,
              txn::ProducerStateConfig producerConfig);

    const storage::TopicPartition& topicPartition() const { return m_tp; }
    const config::TopicConfig& config() const { return m_config; }
    void setConfig(config::TopicConfig config) { m_config = std::move(config); }
    storage::Log& log() { return m_log; }
    const storage::Log& log() const { return m_log; }

    // Rebuilds the producer state from the log (see ProducerStateManager::load).
    txn::ProducerStateLoad loadProducerState(int64_t nowMs) { return m_producers.load(nowMs); }
    const txn::ProducerStateManager& producerState() const { return m_producers; }
    txn::ProducerStateManager& producerState() { return m_producers; }

    int32_t leaderEpoch() const { return m_leaderEpoch; }
    int64_t logStartOffset() const { return m_log.logStartOffset(); }
    int64_t logEndOffset() const { return m_log.logEndOffset(); }
    int64_t highWatermark() const { return m_highWatermark; }
    int64_t lastStableOffset() const;

    // Validates, checks the producer's epoch and sequence, assigns offsets and appends.
    // A client's retry of a batch already in the log is not appended again: the answer
    // carries the original offsets and `duplicate`. With a single replica the high
    // watermark follows the log end offset at once.
    AppendInfo appendAsLeader(protocol::Bytes& records, int64_t nowMs,
                              txn::AppendOrigin origin = txn::AppendOrigin::Client);
    // Writes a COMMIT or ABORT marker closing the producer's transaction here.
    AppendInfo appendTxnMarker(const TxnMarkerSpec& marker, int64_t nowMs);

    // Reads whole batches from fetchOffset, bounded by what the isolation level may see.
    storage::ReadResult read(int64_t fetchOffset, size_t maxBytes, bool minOneBatch,
                             IsolationLevel isolation) const;
    // The aborted transactions a read_committed reader of [fetchOffset, upperBoundOffset)
    // must drop.
    std::vector<storage::AbortedTxn> abortedTransactions(int64_t fetchOffset, int64_t upperBoundOffset) const {
        return m_log.collectAbortedTransactions(fetchOffset, upperBoundOffset);
    }

    // The offset below which a consumer of this isolation level may read.
    int64_t visibleEnd(IsolationLevel isolation) const {
        return isolation == IsolationLevel::ReadCommitted ? lastStableOffset() : highWatermark();
    }

    // DeleteRecords: -1 means "up to the high watermark".
    storage::DeletionResult deleteRecordsBefore(int64_t offset);

private:
    AppendInfo appendChecked(protocol::Bytes& records, AppendInfo info, txn::AppendOrigin origin,
                             const std::optional<txn::TxnMarker>& marker);

    storage::TopicPartition m_tp;
    storage::Log& m_log;
    config::TopicConfig m_config;
    int32_t m_leaderEpoch = 0;
    int64_t m_highWatermark = 0;
    txn::ProducerStateManager m_producers;
};

// The storage settings of a topic, from its resolved topic config.
storage::LogConfig toLogConfig(const config::TopicConfig& config);

} // namespace samsa::cluster
