#pragma once

// Producer batches and markers written to a real log the way a partition writes them:
// checked against the producer state, appended, then recorded.

#include <QtTest>

#include <cstdint>

#include "protocol/records/control_record.h"
#include "protocol/records/record_batch.h"
#include "storage/log.h"
#include "txn/producer_state_manager.h"

namespace txn_test {

using samsa::protocol::Bytes;
namespace records = samsa::protocol::records;
namespace txn = samsa::txn;

struct ProducerBatch {
    int64_t producerId = 1000;
    int16_t epoch = 0;
    int32_t sequence = 0;
    int records = 1;
    bool transactional = false;
    int64_t timestampMs = 1'000'000;
};

inline Bytes makeProducerBatch(const ProducerBatch& b, int64_t baseOffset) {
    records::BatchSpec spec;
    spec.baseOffset = baseOffset;
    spec.producerId = b.producerId;
    spec.producerEpoch = b.epoch;
    spec.baseSequence = b.sequence;
    spec.transactional = b.transactional;
    records::BatchBuilder builder(spec);
    for (int i = 0; i < b.records; ++i) {
        const std::string value = "v" + std::to_string(baseOffset + i);
        builder.append(b.timestampMs, std::nullopt,
                       records::ByteView(reinterpret_cast<const uint8_t*>(value.data()), value.size()));
    }
    return builder.build();
}

// Checks, appends (only if the check passed) and records one batch at the log end.
inline txn::ProducerAppend write(samsa::storage::Log& log, txn::ProducerStateManager& producers, const Bytes& batch,
                                 txn::AppendOrigin origin, const std::optional<txn::TxnMarker>& marker = {}) {
    const auto header = records::parseBatchHeader(batch);
    auto verdict = producers.check(header, origin, marker);
    if (!verdict.ok()) return verdict;
    const auto appended = log.append(batch);
    if (appended.error != samsa::ErrorCode::None) qFatal("append failed: %s", appended.errorMessage.c_str());
    auto copy = verdict;
    producers.apply(header, std::move(copy));
    return verdict;
}

inline txn::ProducerAppend writeData(samsa::storage::Log& log, txn::ProducerStateManager& producers,
                                     const ProducerBatch& b, txn::AppendOrigin origin = txn::AppendOrigin::Client) {
    return write(log, producers, makeProducerBatch(b, log.logEndOffset()), origin);
}

inline txn::ProducerAppend writeMarker(samsa::storage::Log& log, txn::ProducerStateManager& producers,
                                       int64_t producerId, int16_t epoch, bool commit, int32_t coordinatorEpoch = 0) {
    records::EndTransactionSpec spec;
    spec.type = commit ? records::ControlRecordType::Commit : records::ControlRecordType::Abort;
    spec.coordinatorEpoch = coordinatorEpoch;
    spec.producerId = producerId;
    spec.producerEpoch = epoch;
    spec.baseOffset = log.logEndOffset();
    spec.timestampMs = 1'000'000;
    return write(log, producers, records::buildEndTransactionBatch(spec), txn::AppendOrigin::Coordinator,
                 txn::TxnMarker{spec.type, coordinatorEpoch});
}

} // namespace txn_test
