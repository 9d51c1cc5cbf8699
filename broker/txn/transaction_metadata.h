#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <set>
#include <string>

#include "storage/topic_partition.h"
#include "txn/transaction_state.h"

namespace samsa::txn {

// One transactional id as its coordinator knows it. Everything but the last block is
// what a __transaction_state record stores.
struct TransactionMetadata {
    std::string transactionalId;
    int64_t producerId = -1;
    int16_t producerEpoch = -1;
    int32_t txnTimeoutMs = 0;
    TxnState state = TxnState::Empty;
    std::set<storage::TopicPartition> partitions;
    int64_t txnStartTimestampMs = -1; // when the current transaction became Ongoing
    int64_t txnLastUpdateTimestampMs = -1;

    // Not stored. The producer id and epoch before the last InitProducerId, which lets a
    // retried InitProducerId (KIP-360) be recognised and answered again.
    int64_t lastProducerId = -1;
    int16_t lastProducerEpoch = -1;
    // A fence whose write failed keeps its bumped epoch, so a retry does not bump twice.
    bool hasFailedEpochFence = false;
    // Set while a PrepareCommit/PrepareAbort waits for its markers: when to try writing
    // them next, and which partitions still lack one.
    std::optional<int64_t> markersDueMs;
    std::set<storage::TopicPartition> markersPending;

    // Epochs are int16; the last one is reserved so a fence can always bump once more.
    bool isEpochExhausted() const { return isEpochExhausted(producerEpoch); }
    static bool isEpochExhausted(int16_t epoch) { return epoch >= std::numeric_limits<int16_t>::max() - 1; }
};

} // namespace samsa::txn
