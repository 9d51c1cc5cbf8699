#pragma once

#include <cstdint>

#include "common/config/broker_config.h"

namespace samsa::txn {

// The broker settings the transaction coordinator reads, so it can be built (and
// tested) without a whole broker configuration.
struct TxnConfig {
    int32_t transactionMaxTimeoutMs = 900000;              // transaction.max.timeout.ms
    int64_t transactionalIdExpirationMs = 604800000;       // transactional.id.expiration.ms
    int32_t stateLogNumPartitions = 50;                    // transaction.state.log.num.partitions
    int64_t abortTimedOutTransactionsIntervalMs = 10000;   // transaction.abort.timed.out.transaction.cleanup.interval.ms
    int64_t removeExpiredTransactionalIdsIntervalMs = 3600000; // transaction.remove.expired.transaction.cleanup.interval.ms
    // How long a marker that could not be written waits before the next attempt.
    int64_t markerRetryBackoffMs = 100;
    // For tests only: how long completing a transaction waits between writing
    // PrepareCommit/PrepareAbort and writing its markers, so a test can stop the broker
    // in between. Always 0 in production.
    int64_t testOnlyMarkerDelayMs = 0;

    static TxnConfig fromBroker(const config::BrokerConfig& c) {
        TxnConfig t;
        t.transactionMaxTimeoutMs = c.transactionMaxTimeoutMs();
        t.transactionalIdExpirationMs = c.transactionalIdExpirationMs();
        t.stateLogNumPartitions = c.transactionStateLogNumPartitions();
        t.abortTimedOutTransactionsIntervalMs = c.transactionAbortTimedOutTransactionCleanupIntervalMs();
        t.removeExpiredTransactionalIdsIntervalMs = c.transactionRemoveExpiredTransactionCleanupIntervalMs();
        return t;
    }
};

} // namespace samsa::txn
