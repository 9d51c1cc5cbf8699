#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "common/error_code.h"
#include "protocol/records/batch_header.h"
#include "protocol/records/control_record.h"
#include "txn/producer_state_entry.h"

namespace samsa::txn {

// Who is writing decides how much is checked: a client's batches get the full epoch and
// sequence rules; the coordinators' (transaction markers, transactional offset commits)
// carry no meaningful sequence, so only the epoch is checked; replaying the log on
// recovery checks nothing, since every batch there was accepted once.
enum class AppendOrigin { Client, Coordinator, Replication };

// A transaction closed by a marker at lastOffset.
struct CompletedTxn {
    int64_t producerId = -1;
    int64_t firstOffset = -1;
    int64_t lastOffset = -1;
    bool aborted = false;
    bool operator==(const CompletedTxn&) const = default;
};

// The marker of a control batch, when the batch carries one this broker acts on.
struct TxnMarker {
    protocol::records::ControlRecordType type = protocol::records::ControlRecordType::Abort;
    int32_t coordinatorEpoch = 0;
};

// The verdict on one batch of a producer, and the producer's state once the batch is in
// the log (Kafka's ProducerAppendInfo, for the one batch a produce request may carry).
struct ProducerAppend {
    ErrorCode error = ErrorCode::None;
    std::string errorMessage;
    ProducerStateEntry updated;
    bool startsTxn = false;                // the batch opens a transaction on this partition
    std::optional<CompletedTxn> completedTxn; // the marker closes one that held data here

    bool ok() const { return error == ErrorCode::None; }
};

// Checks `header` (offsets already assigned) against the producer's current state, or
// against none for a producer this partition does not know. `marker` is the decoded
// marker of a control batch; a control batch without one (emptied by the cleaner, or
// of another control type) changes nothing. Errors, for client and coordinator
// writes: INVALID_PRODUCER_EPOCH for an epoch below the current one,
// OUT_OF_ORDER_SEQUENCE_NUMBER for a gap or a new epoch not starting at 0,
// INVALID_TXN_STATE for a plain write inside an open transaction,
// TRANSACTION_COORDINATOR_FENCED for a marker from an older coordinator.
ProducerAppend checkProducerAppend(const ProducerStateEntry* current, const protocol::records::BatchHeader& header,
                                   AppendOrigin origin, const std::optional<TxnMarker>& marker);

} // namespace samsa::txn
