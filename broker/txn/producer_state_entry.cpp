#include "txn/producer_state_entry.h"

#include <limits>

namespace samsa::txn {

int32_t BatchMetadata::firstSeq() const {
    const int64_t first = static_cast<int64_t>(lastSeq) - offsetDelta;
    return static_cast<int32_t>(first < 0 ? first + std::numeric_limits<int32_t>::max() + 1 : first);
}

void ProducerStateEntry::updateEpoch(int16_t newEpoch) {
    if (epoch == newEpoch) return;
    batches.clear();
    epoch = newEpoch;
}

void ProducerStateEntry::addBatch(int16_t batchEpoch, int32_t lastSequence, int64_t lastOffset, int32_t offsetDelta,
                                  int64_t timestamp) {
    updateEpoch(batchEpoch);
    if (batches.size() == kRetainedBatches) batches.pop_front();
    batches.push_back({lastSequence, lastOffset, offsetDelta, timestamp});
    lastTimestamp = timestamp;
}

std::optional<BatchMetadata> ProducerStateEntry::findDuplicate(int16_t batchEpoch, int32_t firstSequence,
                                                               int32_t lastSequence) const {
    if (batchEpoch != epoch) return std::nullopt;
    for (const auto& b : batches)
        if (b.firstSeq() == firstSequence && b.lastSeq == lastSequence) return b;
    return std::nullopt;
}

} // namespace samsa::txn
