// The client-facing side of the transaction coordinator: InitProducerId,
// AddPartitionsToTxn (and AddOffsetsToTxn through it), EndTxn and the partition check
// before a first transactional write.
#include "txn/transaction_coordinator.h"

#include <algorithm>

#include "common/log.h"
#include "group/coordinator_key.h"
#include "txn/transaction_log_records.h"

namespace samsa::txn {

TransactionCoordinator::TransactionCoordinator(TxnConfig config, TransactionLog& log, TxnMarkerWriter& markers,
                                               ProducerIdManager& ids, Clock clock)
    : m_config(config), m_log(log), m_markers(markers), m_ids(ids), m_clock(std::move(clock)) {
    m_nextAbortCheckMs = now() + m_config.abortTimedOutTransactionsIntervalMs;
    m_nextExpirationCheckMs = now() + m_config.removeExpiredTransactionalIdsIntervalMs;
}

TransactionCoordinator::~TransactionCoordinator() { shutdown(); }

void TransactionCoordinator::shutdown() {
    if (!m_active) return;
    m_active = false;
    m_transactions.clear();
    m_owned.clear();
}

void TransactionCoordinator::ensureTopic() {
    if (m_log.partitionCount() == 0) {
        m_log.create();
        log::info("created {} partition(s) of __transaction_state", m_log.partitionCount());
    }
    // A fresh topic holds nothing yet; loading its partitions keeps one path for every
    // partition this node takes over.
    for (int32_t p : m_log.ledPartitions())
        if (!m_owned.count(p)) loadPartition(p);
}

int32_t TransactionCoordinator::partitionFor(const std::string& transactionalId) {
    if (m_active) ensureTopic();
    const int32_t count = m_log.partitionCount();
    return group::partitionForGroup(transactionalId, count > 0 ? count : m_config.stateLogNumPartitions);
}

ErrorCode TransactionCoordinator::coordinatorError(const std::string& transactionalId) {
    if (!m_active) return ErrorCode::CoordinatorNotAvailable;
    if (!m_owned.count(partitionFor(transactionalId))) return ErrorCode::NotCoordinator;
    return ErrorCode::None;
}

int32_t TransactionCoordinator::coordinatorEpochFor(const std::string& transactionalId) {
    auto it = m_owned.find(partitionFor(transactionalId));
    return it == m_owned.end() ? 0 : it->second;
}

const TransactionMetadata* TransactionCoordinator::find(const std::string& transactionalId) const {
    auto it = m_transactions.find(transactionalId);
    return it == m_transactions.end() ? nullptr : &it->second;
}

ErrorCode TransactionCoordinator::persist(TransactionMetadata& current, const TransactionMetadata& next) {
    const int32_t partition = partitionFor(next.transactionalId);
    ErrorCode e = m_log.append(partition, encodeTransactionKey(next.transactionalId), encodeTransactionValue(next));
    if (e != ErrorCode::None) {
        log::warn("transactional id {}: writing state {} failed: {}", next.transactionalId, stateName(next.state),
                  errorName(e));
        // What a failed coordinator write means to a client (Kafka's mapping).
        switch (e) {
        case ErrorCode::UnknownTopicOrPartition:
        case ErrorCode::NotEnoughReplicas:
        case ErrorCode::NotEnoughReplicasAfterAppend:
        case ErrorCode::RequestTimedOut: return ErrorCode::CoordinatorNotAvailable;
        case ErrorCode::NotLeaderOrFollower:
        case ErrorCode::KafkaStorageError: return ErrorCode::NotCoordinator;
        default: return ErrorCode::UnknownServerError;
        }
    }
    const auto markersDue = current.markersDueMs;
    auto pending = std::move(current.markersPending);
    current = next;
    current.markersDueMs = markersDue;
    current.markersPending = std::move(pending);
    return ErrorCode::None;
}

ErrorCode TransactionCoordinator::lookup(const std::string& transactionalId, int64_t producerId,
                                         TransactionMetadata*& out) {
    if (transactionalId.empty()) return ErrorCode::InvalidRequest;
    if (auto e = coordinatorError(transactionalId); e != ErrorCode::None) return e;
    auto it = m_transactions.find(transactionalId);
    if (it == m_transactions.end() || it->second.producerId != producerId) return ErrorCode::InvalidProducerIdMapping;
    out = &it->second;
    return ErrorCode::None;
}

// ----------------------------------------------------------------------- InitProducerId

InitProducerIdResult TransactionCoordinator::initProducerId(const std::optional<std::string>& transactionalId,
                                                            int32_t transactionTimeoutMs,
                                                            const std::optional<ProducerIdAndEpoch>& expected) {
    if (!transactionalId) {
        // An idempotent producer always gets a fresh id; bumping its epoch is its own
        // business (KIP-360).
        const auto id = m_ids.next();
        if (!id) return {ErrorCode::CoordinatorNotAvailable, -1, -1};
        return {ErrorCode::None, *id, 0};
    }
    if (transactionalId->empty()) return {ErrorCode::InvalidRequest, -1, -1};
    if (transactionTimeoutMs <= 0 || transactionTimeoutMs > m_config.transactionMaxTimeoutMs)
        return {ErrorCode::InvalidTransactionTimeout, -1, -1};
    if (auto e = coordinatorError(*transactionalId); e != ErrorCode::None) return {e, -1, -1};
    return initTransactional(*transactionalId, transactionTimeoutMs, expected);
}

InitProducerIdResult TransactionCoordinator::initTransactional(const std::string& transactionalId, int32_t timeoutMs,
                                                               const std::optional<ProducerIdAndEpoch>& expected) {
    auto it = m_transactions.find(transactionalId);
    if (it == m_transactions.end()) {
        const auto id = m_ids.next();
        if (!id) return {ErrorCode::CoordinatorNotAvailable, -1, -1};
        TransactionMetadata fresh;
        fresh.transactionalId = transactionalId;
        fresh.producerId = *id;
        fresh.txnTimeoutMs = timeoutMs;
        fresh.txnLastUpdateTimestampMs = now();
        it = m_transactions.emplace(transactionalId, std::move(fresh)).first;
    }
    TransactionMetadata& m = it->second;

    // A producer that names its id and epoch is fenced unless the metadata is new (it is
    // recovering from UNKNOWN_PRODUCER_ID), the id is the current one, or it is the
    // previous one and its epoch ran out (a retry of the rotation that followed).
    if (expected) {
        const bool valid = m.producerEpoch == -1 || expected->producerId == m.producerId ||
                           (expected->producerId == m.lastProducerId &&
                            TransactionMetadata::isEpochExhausted(expected->epoch));
        if (!valid) return {ErrorCode::ProducerFenced, -1, -1};
    }

    switch (m.state) {
    case TxnState::PrepareCommit:
    case TxnState::PrepareAbort: return {ErrorCode::ConcurrentTransactions, -1, -1};
    case TxnState::Ongoing: {
        // The open transaction belongs to the instance being replaced: abort it under a
        // bumped epoch, then let the caller retry, which bumps once more (or rotates
        // the producer id if that exhausted the epochs).
        const ErrorCode e = fenceAndAbort(m);
        return {e == ErrorCode::None ? ErrorCode::ConcurrentTransactions : e, -1, -1};
    }
    case TxnState::Empty:
    case TxnState::CompleteCommit:
    case TxnState::CompleteAbort: break;
    case TxnState::Dead:
    case TxnState::PrepareEpochFence:
        log::error("transactional id {} found in state {}", transactionalId, stateName(m.state));
        return {ErrorCode::UnknownServerError, -1, -1};
    }

    TransactionMetadata next = m;
    next.state = TxnState::Empty;
    next.partitions.clear();
    next.txnTimeoutMs = timeoutMs;
    next.txnStartTimestampMs = -1;
    next.txnLastUpdateTimestampMs = now();
    next.hasFailedEpochFence = false;
    if (m.isEpochExhausted() && (!expected || expected->epoch == m.producerEpoch)) {
        const auto id = m_ids.next();
        if (!id) return {ErrorCode::CoordinatorNotAvailable, -1, -1};
        next.lastProducerId = expected ? m.producerId : -1;
        next.lastProducerEpoch = expected ? m.producerEpoch : int16_t{-1};
        next.producerId = *id;
        next.producerEpoch = 0;
    } else if (!expected) {
        next.producerEpoch = static_cast<int16_t>(m.producerEpoch + 1);
        next.lastProducerEpoch = -1;
    } else if (m.producerEpoch == -1 || expected->epoch == m.producerEpoch) {
        next.producerEpoch = static_cast<int16_t>(m.producerEpoch + 1);
        next.lastProducerEpoch = m.producerEpoch;
    } else if (expected->epoch == m.lastProducerEpoch) {
        // A retry of a bump whose answer was lost: the same epoch again. A new instance
        // would have reset lastProducerEpoch, so nothing is being un-fenced.
    } else {
        return {ErrorCode::ProducerFenced, -1, -1};
    }
    if (const ErrorCode e = persist(m, next); e != ErrorCode::None) return {e, -1, -1};
    log::info("transactional id {}: producer id {} epoch {}", transactionalId, m.producerId, m.producerEpoch);
    return {ErrorCode::None, m.producerId, m.producerEpoch};
}

ErrorCode TransactionCoordinator::fenceAndAbort(TransactionMetadata& m) {
    // A fence that failed to reach the log already bumped the epoch, which nobody was
    // ever told: bumping again would only waste one.
    if (!m.hasFailedEpochFence && !m.isEpochExhausted()) m.producerEpoch = static_cast<int16_t>(m.producerEpoch + 1);
    m.lastProducerEpoch = -1;
    const ErrorCode e = endTransaction(m, false, false, m.producerEpoch);
    m.hasFailedEpochFence = e != ErrorCode::None;
    if (e == ErrorCode::None)
        log::info("transactional id {}: fenced epochs below {}, open transaction aborted", m.transactionalId,
                  m.producerEpoch);
    return e;
}

// ------------------------------------------------------------------- AddPartitionsToTxn

ErrorCode TransactionCoordinator::addPartitions(const std::string& transactionalId, int64_t producerId,
                                                int16_t producerEpoch,
                                                const std::vector<storage::TopicPartition>& partitions) {
    TransactionMetadata* m = nullptr;
    if (auto e = lookup(transactionalId, producerId, m); e != ErrorCode::None) return e;
    if (m->producerEpoch != producerEpoch) return ErrorCode::ProducerFenced;
    if (m->state == TxnState::PrepareCommit || m->state == TxnState::PrepareAbort)
        return ErrorCode::ConcurrentTransactions;
    const bool added = std::all_of(partitions.begin(), partitions.end(),
                                   [&](const auto& tp) { return m->partitions.count(tp) != 0; });
    if (m->state == TxnState::Ongoing && added) return ErrorCode::None;

    TransactionMetadata next = *m;
    if (isSettled(m->state)) {
        next.partitions.clear();
        next.txnStartTimestampMs = now();
    }
    next.partitions.insert(partitions.begin(), partitions.end());
    next.state = TxnState::Ongoing;
    next.txnLastUpdateTimestampMs = now();
    return persist(*m, next);
}

ErrorCode TransactionCoordinator::verifyPartition(const std::string& transactionalId, int64_t producerId,
                                                  int16_t producerEpoch, const storage::TopicPartition& partition) {
    TransactionMetadata* m = nullptr;
    if (auto e = lookup(transactionalId, producerId, m); e != ErrorCode::None) return e;
    if (m->producerEpoch != producerEpoch) return ErrorCode::ProducerFenced;
    if (m->state == TxnState::PrepareCommit || m->state == TxnState::PrepareAbort)
        return ErrorCode::ConcurrentTransactions;
    if (m->state != TxnState::Ongoing || !m->partitions.count(partition)) return ErrorCode::InvalidTxnState;
    return ErrorCode::None;
}

// ------------------------------------------------------------------------------ EndTxn

ErrorCode TransactionCoordinator::endTransaction(const std::string& transactionalId, int64_t producerId,
                                                 int16_t producerEpoch, bool commit) {
    TransactionMetadata* m = nullptr;
    if (auto e = lookup(transactionalId, producerId, m); e != ErrorCode::None) return e;
    return endTransaction(*m, commit, true, producerEpoch);
}

ErrorCode TransactionCoordinator::endTransaction(TransactionMetadata& m, bool commit, bool fromClient,
                                                 int16_t producerEpoch) {
    // Clients must name the current epoch exactly; the coordinator itself ends a
    // transaction under a bumped epoch when it fences.
    if ((fromClient && producerEpoch != m.producerEpoch) || producerEpoch < m.producerEpoch)
        return ErrorCode::ProducerFenced;
    const auto asked = commit ? TxnState::CompleteCommit : TxnState::CompleteAbort;
    const auto preparing = commit ? TxnState::PrepareCommit : TxnState::PrepareAbort;
    switch (m.state) {
    case TxnState::Ongoing: break;
    // A retry of an EndTxn whose answer was lost: done already, or still under way.
    case TxnState::CompleteCommit:
    case TxnState::CompleteAbort: return m.state == asked ? ErrorCode::None : ErrorCode::InvalidTxnState;
    case TxnState::PrepareCommit:
    case TxnState::PrepareAbort:
        return m.state == preparing ? ErrorCode::ConcurrentTransactions : ErrorCode::InvalidTxnState;
    case TxnState::Empty: return ErrorCode::InvalidTxnState;
    case TxnState::Dead:
    case TxnState::PrepareEpochFence:
        log::error("transactional id {} found in state {}", m.transactionalId, stateName(m.state));
        return ErrorCode::UnknownServerError;
    }

    TransactionMetadata next = m;
    next.state = preparing;
    next.txnLastUpdateTimestampMs = now();
    if (const ErrorCode e = persist(m, next); e != ErrorCode::None) return e;
    // The decision is durable: from here the transaction completes, restarts included.
    m.markersPending = m.partitions;
    scheduleCompletion(m, now() + m_config.testOnlyMarkerDelayMs);
    return ErrorCode::None;
}

} // namespace samsa::txn
