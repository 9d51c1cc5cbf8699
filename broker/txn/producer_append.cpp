#include "txn/producer_append.h"

#include <limits>

namespace samsa::txn {

namespace rec = protocol::records;

namespace {

bool inSequence(int32_t lastSeq, int32_t nextSeq) {
    return static_cast<int64_t>(nextSeq) == static_cast<int64_t>(lastSeq) + 1 ||
           (nextSeq == 0 && lastSeq == std::numeric_limits<int32_t>::max());
}

std::string describe(const rec::BatchHeader& h) {
    return "producer " + std::to_string(h.producerId) + " at offset " + std::to_string(h.baseOffset);
}

ProducerAppend failed(ErrorCode error, std::string message) {
    ProducerAppend out;
    out.error = error;
    out.errorMessage = std::move(message);
    return out;
}

// The sequence rules, against the producer's state before this batch. A producer this
// partition has no state for (never seen, or expired) may start at any sequence, as in
// Kafka since KIP-360: its records may have been removed by retention or DeleteRecords.
std::optional<ProducerAppend> checkSequence(const ProducerStateEntry& current, const rec::BatchHeader& h) {
    if (h.producerEpoch != current.epoch) {
        if (h.baseSequence != 0 && current.epoch != rec::kNoProducerEpoch)
            return failed(ErrorCode::OutOfOrderSequenceNumber,
                          "a new epoch (" + std::to_string(h.producerEpoch) + ") of " + describe(h) +
                              " must start at sequence 0, not " + std::to_string(h.baseSequence));
        return std::nullopt;
    }
    if (current.epoch == rec::kNoProducerEpoch || inSequence(current.lastSeq(), h.baseSequence)) return std::nullopt;
    return failed(ErrorCode::OutOfOrderSequenceNumber,
                  "out of order sequence " + std::to_string(h.baseSequence) + " of " + describe(h) +
                      "; the last one appended was " + std::to_string(current.lastSeq()));
}

} // namespace

ProducerAppend checkProducerAppend(const ProducerStateEntry* current, const rec::BatchHeader& h, AppendOrigin origin,
                                   const std::optional<TxnMarker>& marker) {
    ProducerStateEntry before;
    before.producerId = h.producerId;
    if (current) before = *current;

    const bool checked = origin != AppendOrigin::Replication;
    if (checked && h.producerEpoch < before.epoch)
        return failed(ErrorCode::InvalidProducerEpoch, "epoch " + std::to_string(h.producerEpoch) + " of " +
                                                           describe(h) + " is older than the current epoch " +
                                                           std::to_string(before.epoch));

    ProducerAppend out;
    out.updated = before;
    ProducerStateEntry& entry = out.updated;
    if (h.isControl()) {
        if (!marker) return out;
        if (checked && before.coordinatorEpoch > marker->coordinatorEpoch)
            return failed(ErrorCode::TransactionCoordinatorFenced,
                          "marker of coordinator epoch " + std::to_string(marker->coordinatorEpoch) + " for " +
                              describe(h) + " after one of epoch " + std::to_string(before.coordinatorEpoch));
        // A marker without data before it on this partition leaves nothing to index.
        if (entry.currentTxnFirstOffset)
            out.completedTxn = CompletedTxn{h.producerId, *entry.currentTxnFirstOffset, h.baseOffset,
                                            marker->type == rec::ControlRecordType::Abort};
        entry.updateEpoch(h.producerEpoch);
        entry.currentTxnFirstOffset.reset();
        entry.coordinatorEpoch = marker->coordinatorEpoch;
        entry.lastTimestamp = h.maxTimestamp;
        return out;
    }

    if (origin == AppendOrigin::Client)
        if (auto problem = checkSequence(before, h)) return std::move(*problem);
    entry.addBatch(h.producerEpoch, h.lastSequence(), h.lastOffset(), static_cast<int32_t>(h.lastOffset() - h.baseOffset),
                   h.maxTimestamp);
    if (entry.currentTxnFirstOffset && !h.isTransactional()) {
        if (checked)
            return failed(ErrorCode::InvalidTxnState,
                          "a non-transactional write of " + describe(h) + " inside its open transaction");
    } else if (!entry.currentTxnFirstOffset && h.isTransactional()) {
        entry.currentTxnFirstOffset = h.baseOffset;
        out.startsTxn = true;
    }
    return out;
}

} // namespace samsa::txn
