#pragma once

#include <cstdint>

#include "protocol/records/record_batch.h"

namespace samsa::protocol::records {

// Control records sit alone in batches with the control attribute set. Their key names
// the type; the broker writes ABORT/COMMIT markers to close a producer's transaction.
// Other values (KRaft's own control types) are carried through unnamed.
enum class ControlRecordType : int16_t { Abort = 0, Commit = 1 };

struct ControlRecordKey {
    int16_t version = 0;
    ControlRecordType type = ControlRecordType::Abort;
    bool operator==(const ControlRecordKey&) const = default;
};

struct EndTransactionMarker {
    int16_t version = 0;
    int32_t coordinatorEpoch = 0;
    bool operator==(const EndTransactionMarker&) const = default;
};

constexpr size_t kControlRecordKeySize = 4;
constexpr size_t kEndTransactionMarkerSize = 6;

Bytes encodeControlRecordKey(const ControlRecordKey& key);
// Throws DecodeError if shorter than 4 bytes or the version is negative. Later versions
// may append fields, which are ignored.
ControlRecordKey parseControlRecordKey(ByteView key);

Bytes encodeEndTransactionMarker(const EndTransactionMarker& marker);
// Throws DecodeError if shorter than 6 bytes or the version is negative.
EndTransactionMarker parseEndTransactionMarker(ByteView value);

struct EndTransactionSpec {
    ControlRecordType type = ControlRecordType::Commit;
    int32_t coordinatorEpoch = 0;
    int64_t producerId = kNoProducerId;
    int16_t producerEpoch = kNoProducerEpoch;
    int64_t baseOffset = 0;
    int32_t partitionLeaderEpoch = kNoPartitionLeaderEpoch;
    int64_t timestampMs = kNoTimestamp;
};

// A one-record transactional control batch carrying an ABORT or COMMIT marker.
Bytes buildEndTransactionBatch(const EndTransactionSpec& spec);

// The key of a control batch's first record. Throws DecodeError if the batch is not a
// control batch or holds no record.
ControlRecordKey readControlRecordKey(ByteView batch, const DecodeOptions& options = {});

} // namespace samsa::protocol::records
