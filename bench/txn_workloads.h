#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "kafka_workloads.h"

// The workloads of txn_bench: the idempotent producer, transactions, and reading a log
// of transactions at both isolation levels. Everything goes to partition 0.
namespace samsa::bench {

// `count` messages of `size` bytes with acks=all and linger.ms=5, timed from the first
// produce call to the last delivery report (one untimed message first), with or without
// enable.idempotence: the same settings otherwise, so the difference is idempotence.
ThroughputResult produceAcksAll(const std::string& bootstrap, const std::string& topic, int64_t count, size_t size,
                                bool idempotent);

struct TransactionRate {
    int64_t transactions = 0;
    int64_t records = 0;
    double seconds = 0;
    double perSecond() const { return seconds > 0 ? static_cast<double>(transactions) / seconds : 0; }
};

// `transactions` transactions of `recordsPerTxn` records of `size` bytes, one after the
// other (begin, produce, commit), after init_transactions; every `abortEvery`-th one is
// aborted instead (0: none), its records delivered first so they are in the log.
TransactionRate runTransactions(const std::string& bootstrap, const std::string& topic,
                                const std::string& transactionalId, int64_t transactions, int recordsPerTxn,
                                size_t size, int abortEvery = 0);

// Reads partition 0 from offset 0 at the given isolation level ("read_committed" or
// "read_uncommitted") `passes` times over, seeking back to 0 after each pass of
// `perPass` records (what that level delivers of the whole log), and times it all.
ThroughputResult readIsolated(const std::string& bootstrap, const std::string& topic, const std::string& isolation,
                              int64_t perPass, int passes);

} // namespace samsa::bench
