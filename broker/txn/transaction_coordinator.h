#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/error_code.h"
#include "storage/topic_partition.h"
#include "txn/producer_id_manager.h"
#include "txn/transaction_log.h"
#include "txn/transaction_metadata.h"
#include "txn/txn_config.h"
#include "txn/txn_marker_writer.h"

namespace samsa::txn {

struct ProducerIdAndEpoch {
    int64_t producerId = -1;
    int16_t epoch = -1;
};

struct InitProducerIdResult {
    ErrorCode error = ErrorCode::None;
    int64_t producerId = -1;
    int16_t producerEpoch = -1;
};

struct ListTransactionsFilter {
    std::vector<TxnState> states;       // empty: any
    std::vector<int64_t> producerIds;   // empty: any
    int64_t minDurationMs = -1;         // only transactions running longer than this
};

struct ListedTransaction {
    std::string transactionalId;
    int64_t producerId = -1;
    TxnState state = TxnState::Empty;
};

struct TransactionDescription {
    ErrorCode error = ErrorCode::None;
    TransactionMetadata metadata;
};

// Kafka's transaction coordinator for the transactional ids whose __transaction_state
// partitions this node leads. It hands out producer ids and epochs, fences zombies,
// records which partitions each transaction wrote to, and ends transactions in two
// steps: PrepareCommit/PrepareAbort is made durable first (the decision), then a marker
// is written to every partition of the transaction, then CompleteCommit/CompleteAbort.
// A restart finds the decision in the log and finishes the markers.
//
// Single-threaded; every write is a local append, so requests are answered at once.
// Time comes from the injected clock; timed-out transactions, expired transactional ids
// and markers still to be written are handled when the owner calls poll() at (or
// after) nextDeadlineMs().
class TransactionCoordinator {
public:
    using Clock = std::function<int64_t()>;

    TransactionCoordinator(TxnConfig config, TransactionLog& log, TxnMarkerWriter& markers, ProducerIdManager& ids,
                           Clock clock);
    ~TransactionCoordinator();
    TransactionCoordinator(const TransactionCoordinator&) = delete;
    TransactionCoordinator& operator=(const TransactionCoordinator&) = delete;

    // Loads the transactions of every partition this node leads and finishes those a
    // stop left between decision and markers.
    void load();
    void shutdown();

    void setDeadlineListener(std::function<void(int64_t)> listener) { m_onDeadline = std::move(listener); }
    std::optional<int64_t> nextDeadlineMs() const;
    void poll();

    // The __transaction_state partition of a transactional id; creates the topic on
    // first use, as FindCoordinator does in Kafka.
    int32_t partitionFor(const std::string& transactionalId);
    // NOT_COORDINATOR when another node leads the id's partition, COORDINATOR_NOT_AVAILABLE
    // while shut down.
    ErrorCode coordinatorError(const std::string& transactionalId);

    // No transactional id: a new producer id for an idempotent producer. Otherwise the
    // id's producer with a bumped epoch, fencing older instances; an open transaction
    // is aborted first and CONCURRENT_TRANSACTIONS tells the caller to retry.
    InitProducerIdResult initProducerId(const std::optional<std::string>& transactionalId, int32_t transactionTimeoutMs,
                                        const std::optional<ProducerIdAndEpoch>& expected);
    ErrorCode addPartitions(const std::string& transactionalId, int64_t producerId, int16_t producerEpoch,
                            const std::vector<storage::TopicPartition>& partitions);
    ErrorCode endTransaction(const std::string& transactionalId, int64_t producerId, int16_t producerEpoch,
                             bool commit);
    // Whether the producer's open transaction includes the partition, before a first
    // transactional write to it is accepted (KIP-890): INVALID_TXN_STATE if not.
    ErrorCode verifyPartition(const std::string& transactionalId, int64_t producerId, int16_t producerEpoch,
                              const storage::TopicPartition& partition);

    std::vector<ListedTransaction> listTransactions(const ListTransactionsFilter& filter) const;
    TransactionDescription describe(const std::string& transactionalId);

    const TransactionMetadata* find(const std::string& transactionalId) const;
    // Runs the timed-out-transaction check now, as the periodic one does.
    void abortTimedOutTransactions();
    // Runs the transactional-id expiration now, as the periodic one does.
    void removeExpiredTransactionalIds();

private:
    int64_t now() const { return m_clock(); }
    void ensureTopic();
    void loadPartition(int32_t partition);
    ErrorCode lookup(const std::string& transactionalId, int64_t producerId, TransactionMetadata*& out);
    // Makes `next` durable as the id's state; `current` takes it on success.
    ErrorCode persist(TransactionMetadata& current, const TransactionMetadata& next);
    ErrorCode endTransaction(TransactionMetadata& m, bool commit, bool fromClient, int16_t producerEpoch);
    ErrorCode fenceAndAbort(TransactionMetadata& m);
    InitProducerIdResult initTransactional(const std::string& transactionalId, int32_t timeoutMs,
                                           const std::optional<ProducerIdAndEpoch>& expected);
    // Writes the outstanding markers of a Prepare* transaction, then its Complete* state;
    // what fails is retried from poll().
    void completeTransaction(TransactionMetadata& m);
    void scheduleCompletion(TransactionMetadata& m, int64_t dueMs);
    int32_t coordinatorEpochFor(const std::string& transactionalId);

    TxnConfig m_config;
    TransactionLog& m_log;
    TxnMarkerWriter& m_markers;
    ProducerIdManager& m_ids;
    Clock m_clock;
    std::function<void(int64_t)> m_onDeadline;
    std::unordered_map<std::string, TransactionMetadata> m_transactions;
    std::map<int32_t, int32_t> m_owned; // partition -> coordinator epoch
    int64_t m_nextAbortCheckMs = 0;
    int64_t m_nextExpirationCheckMs = 0;
    bool m_active = true;
};

} // namespace samsa::txn
