#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace samsa::txn {

// Kafka's transaction states, with the ids __transaction_state stores and the names
// ListTransactions and DescribeTransactions report. PrepareEpochFence is never stored:
// it is the moment between bumping a fenced producer's epoch and aborting its
// transaction.
enum class TxnState : int8_t {
    Empty = 0,
    Ongoing = 1,
    PrepareCommit = 2,
    PrepareAbort = 3,
    CompleteCommit = 4,
    CompleteAbort = 5,
    Dead = 6,
    PrepareEpochFence = 7,
};

std::string_view stateName(TxnState state);
// Exact names, as Kafka matches ListTransactions' state filters.
std::optional<TxnState> parseStateName(std::string_view name);
std::optional<TxnState> stateFromId(int8_t id);

// A transaction is over (or never began) in these: a new one may start.
inline bool isSettled(TxnState s) {
    return s == TxnState::Empty || s == TxnState::CompleteCommit || s == TxnState::CompleteAbort;
}

} // namespace samsa::txn
