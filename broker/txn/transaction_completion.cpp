// The coordinator's own work: writing markers and completing transactions, aborting
// those that ran past their timeout, forgetting idle transactional ids, loading after
// a restart, and answering the admin listings.
#include <algorithm>

#include "cluster/topic_metadata.h"
#include "common/log.h"
#include "txn/transaction_coordinator.h"
#include "txn/transaction_log_records.h"

namespace samsa::txn {

void TransactionCoordinator::scheduleCompletion(TransactionMetadata& m, int64_t dueMs) {
    m.markersDueMs = dueMs;
    if (dueMs <= now()) {
        completeTransaction(m);
        return;
    }
    if (m_onDeadline) m_onDeadline(dueMs);
}

void TransactionCoordinator::completeTransaction(TransactionMetadata& m) {
    const bool commit = m.state == TxnState::PrepareCommit;
    const cluster::TxnMarkerSpec marker{m.producerId, m.producerEpoch, commit, coordinatorEpochFor(m.transactionalId)};
    for (auto it = m.markersPending.begin(); it != m.markersPending.end();) {
        const ErrorCode e = m_markers.writeMarker(*it, marker);
        // A partition whose topic was deleted needs no marker any more.
        if (e == ErrorCode::None || e == ErrorCode::UnknownTopicOrPartition) {
            it = m.markersPending.erase(it);
        } else {
            log::warn("transactional id {}: marker for {} failed ({}), will retry", m.transactionalId, it->dirName(),
                      errorName(e));
            ++it;
        }
    }
    if (m.markersPending.empty()) {
        TransactionMetadata next = m;
        next.state = commit ? TxnState::CompleteCommit : TxnState::CompleteAbort;
        next.partitions.clear();
        next.txnLastUpdateTimestampMs = now();
        if (persist(m, next) == ErrorCode::None) {
            m.markersDueMs.reset();
            return;
        }
    }
    m.markersDueMs = now() + m_config.markerRetryBackoffMs;
    if (m_onDeadline) m_onDeadline(*m.markersDueMs);
}

std::optional<int64_t> TransactionCoordinator::nextDeadlineMs() const {
    if (!m_active) return std::nullopt;
    int64_t next = std::min(m_nextAbortCheckMs, m_nextExpirationCheckMs);
    for (const auto& [id, m] : m_transactions)
        if (m.markersDueMs) next = std::min(next, *m.markersDueMs);
    return next;
}

void TransactionCoordinator::poll() {
    if (!m_active) return;
    const int64_t t = now();
    for (auto& [id, m] : m_transactions)
        if (m.markersDueMs && *m.markersDueMs <= t &&
            (m.state == TxnState::PrepareCommit || m.state == TxnState::PrepareAbort))
            completeTransaction(m);
    if (t >= m_nextAbortCheckMs) {
        abortTimedOutTransactions();
        m_nextAbortCheckMs = t + m_config.abortTimedOutTransactionsIntervalMs;
    }
    if (t >= m_nextExpirationCheckMs) {
        removeExpiredTransactionalIds();
        m_nextExpirationCheckMs = t + m_config.removeExpiredTransactionalIdsIntervalMs;
    }
}

void TransactionCoordinator::abortTimedOutTransactions() {
    const int64_t t = now();
    for (auto& [id, m] : m_transactions) {
        if (m.state != TxnState::Ongoing || m.txnStartTimestampMs + m.txnTimeoutMs >= t) continue;
        log::info("transactional id {}: transaction open for {} ms exceeds its timeout of {} ms, aborting", id,
                  t - m.txnStartTimestampMs, m.txnTimeoutMs);
        fenceAndAbort(m);
    }
}

void TransactionCoordinator::removeExpiredTransactionalIds() {
    const int64_t t = now();
    std::vector<std::string> expired;
    for (const auto& [id, m] : m_transactions)
        if (isSettled(m.state) && !m.markersDueMs && t - m.txnLastUpdateTimestampMs >= m_config.transactionalIdExpirationMs)
            expired.push_back(id);
    for (const auto& id : expired) {
        if (m_log.append(partitionFor(id), encodeTransactionKey(id), std::nullopt) != ErrorCode::None) continue;
        m_transactions.erase(id);
        log::info("transactional id {}: expired after {} ms without use", id, m_config.transactionalIdExpirationMs);
    }
}

// ---------------------------------------------------------------------------- loading

void TransactionCoordinator::load() {
    if (m_log.partitionCount() == 0) return; // created on first use
    for (int32_t p : m_log.ledPartitions())
        if (!m_owned.count(p)) loadPartition(p);
    log::info("transaction coordinator: {} transactional id(s) loaded from {} partition(s)", m_transactions.size(),
              m_owned.size());
}

void TransactionCoordinator::loadPartition(int32_t partition) {
    m_owned[partition] = m_log.coordinatorEpoch(partition);
    // Last record per key wins, a tombstone removes: what compaction will leave.
    std::map<std::string, std::optional<TransactionMetadata>> loaded;
    size_t skipped = 0;
    m_log.replay(partition, [&](std::span<const uint8_t> key, std::optional<std::span<const uint8_t>> value) {
        try {
            const auto id = decodeTransactionKey(key);
            if (!id) return;
            if (value) loaded[*id] = decodeTransactionValue(*id, *value);
            else loaded[*id].reset();
        } catch (const protocol::DecodeError&) {
            ++skipped;
        }
    });
    if (skipped) log::warn("{}-{}: skipped {} record(s) that do not decode", cluster::kTransactionStateTopic, partition, skipped);
    std::vector<std::string> unfinished;
    for (auto& [id, m] : loaded) {
        if (!m || m->state == TxnState::Dead) continue;
        if (m->state == TxnState::PrepareCommit || m->state == TxnState::PrepareAbort) unfinished.push_back(id);
        m_transactions[id] = std::move(*m);
    }
    // The decision is in the log but the markers may not be: write them all again (a
    // second marker for a partition that has one is harmless, it closes nothing).
    for (const auto& id : unfinished) {
        TransactionMetadata& m = m_transactions[id];
        log::info("transactional id {}: completing {} left by the last run", id, stateName(m.state));
        m.markersPending = m.partitions;
        scheduleCompletion(m, now() + m_config.testOnlyMarkerDelayMs);
    }
}

// ---------------------------------------------------------------------- admin listings

std::vector<ListedTransaction> TransactionCoordinator::listTransactions(const ListTransactionsFilter& filter) const {
    std::vector<ListedTransaction> out;
    const int64_t t = now();
    for (const auto& [id, m] : m_transactions) {
        if (m.state == TxnState::Dead || m.producerEpoch < 0) continue; // never initialised
        if (!filter.states.empty() && std::find(filter.states.begin(), filter.states.end(), m.state) == filter.states.end())
            continue;
        if (!filter.producerIds.empty() &&
            std::find(filter.producerIds.begin(), filter.producerIds.end(), m.producerId) == filter.producerIds.end())
            continue;
        if (filter.minDurationMs >= 0 && t - m.txnStartTimestampMs <= filter.minDurationMs)
            continue;
        out.push_back({id, m.producerId, m.state});
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.transactionalId < b.transactionalId; });
    return out;
}

TransactionDescription TransactionCoordinator::describe(const std::string& transactionalId) {
    TransactionDescription d;
    d.metadata.transactionalId = transactionalId;
    if (transactionalId.empty()) {
        d.error = ErrorCode::TransactionalIdNotFound;
        return d;
    }
    d.error = coordinatorError(transactionalId);
    if (d.error != ErrorCode::None) return d;
    const TransactionMetadata* m = find(transactionalId);
    if (!m || m->state == TxnState::Dead || m->producerEpoch < 0) {
        d.error = ErrorCode::TransactionalIdNotFound;
        return d;
    }
    d.metadata = *m;
    return d;
}

} // namespace samsa::txn
