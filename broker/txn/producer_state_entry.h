#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>

namespace samsa::txn {

// Where one appended batch of a producer landed: enough to recognise a retry of it and
// to answer the retry with the original offsets.
struct BatchMetadata {
    int32_t lastSeq = -1;
    int64_t lastOffset = -1;
    int32_t offsetDelta = 0; // lastOffset - firstOffset, which is also lastSeq - firstSeq
    int64_t timestamp = -1;

    int64_t firstOffset() const { return lastOffset - offsetDelta; }
    // Sequences wrap at INT32_MAX back to 0, as producers number them.
    int32_t firstSeq() const;
};

// What a partition remembers of one producer id (Kafka's ProducerStateEntry): the epoch
// it writes with, its last few batches, the coordinator epoch of the last transaction
// marker, and where its open transaction (if any) began.
struct ProducerStateEntry {
    // Kafka keeps the last five: a producer has at most that many requests in flight.
    static constexpr size_t kRetainedBatches = 5;

    int64_t producerId = -1;
    int16_t epoch = -1;
    std::deque<BatchMetadata> batches; // oldest first
    int32_t coordinatorEpoch = -1;
    int64_t lastTimestamp = -1;
    std::optional<int64_t> currentTxnFirstOffset;

    bool hasBatches() const { return !batches.empty(); }
    int32_t lastSeq() const { return batches.empty() ? -1 : batches.back().lastSeq; }
    int64_t lastDataOffset() const { return batches.empty() ? -1 : batches.back().lastOffset; }

    // A new epoch forgets the batches of the old one: their sequences mean nothing now.
    void updateEpoch(int16_t newEpoch);
    void addBatch(int16_t batchEpoch, int32_t lastSequence, int64_t lastOffset, int32_t offsetDelta,
                  int64_t timestamp);
    // The retained batch with exactly this epoch and sequence range: a retry.
    std::optional<BatchMetadata> findDuplicate(int16_t batchEpoch, int32_t firstSequence, int32_t lastSequence) const;
};

} // namespace samsa::txn
