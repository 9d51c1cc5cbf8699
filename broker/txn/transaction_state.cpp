#include "txn/transaction_state.h"

#include <array>

namespace samsa::txn {

namespace {
constexpr std::array<std::string_view, 8> kNames{"Empty",          "Ongoing",       "PrepareCommit", "PrepareAbort",
                                                 "CompleteCommit", "CompleteAbort", "Dead",          "PrepareEpochFence"};
} // namespace

std::string_view stateName(TxnState state) {
    const auto i = static_cast<size_t>(state);
    return i < kNames.size() ? kNames[i] : std::string_view("Unknown");
}

std::optional<TxnState> parseStateName(std::string_view name) {
    for (size_t i = 0; i < kNames.size(); ++i)
        if (kNames[i] == name) return static_cast<TxnState>(i);
    return std::nullopt;
}

std::optional<TxnState> stateFromId(int8_t id) {
    if (id < 0 || static_cast<size_t>(id) >= kNames.size()) return std::nullopt;
    return static_cast<TxnState>(id);
}

} // namespace samsa::txn
