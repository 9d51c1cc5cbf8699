#include "protocol/records/control_record.h"

#include <string>

namespace samsa::protocol::records {

Bytes encodeControlRecordKey(const ControlRecordKey& key) {
    Writer w;
    w.reserve(kControlRecordKeySize);
    w.writeInt16(key.version);
    w.writeInt16(static_cast<int16_t>(key.type));
    return w.take();
}

ControlRecordKey parseControlRecordKey(ByteView key) {
    if (key.size() < kControlRecordKeySize)
        throw DecodeError("control record key of " + std::to_string(key.size()) +
                          " bytes is too short");
    Reader r(key);
    ControlRecordKey out;
    out.version = r.readInt16();
    if (out.version < 0)
        throw DecodeError("negative control record key version " + std::to_string(out.version));
    out.type = static_cast<ControlRecordType>(r.readInt16());
    return out;
}

Bytes encodeEndTransactionMarker(const EndTransactionMarker& marker) {
    Writer w;
    w.reserve(kEndTransactionMarkerSize);
    w.writeInt16(marker.version);
    w.writeInt32(marker.coordinatorEpoch);
    return w.take();
}

EndTransactionMarker parseEndTransactionMarker(ByteView value) {
    if (value.size() < kEndTransactionMarkerSize)
        throw DecodeError("end transaction marker of " + std::to_string(value.size()) +
                          " bytes is too short");
    Reader r(value);
    EndTransactionMarker out;
    out.version = r.readInt16();
    if (out.version < 0)
        throw DecodeError("negative end transaction marker version " + std::to_string(out.version));
    out.coordinatorEpoch = r.readInt32();
    return out;
}

Bytes buildEndTransactionBatch(const EndTransactionSpec& spec) {
    BatchSpec batch;
    batch.baseOffset = spec.baseOffset;
    batch.partitionLeaderEpoch = spec.partitionLeaderEpoch;
    batch.transactional = true;
    batch.control = true;
    batch.baseTimestamp = spec.timestampMs;
    batch.producerId = spec.producerId;
    batch.producerEpoch = spec.producerEpoch;
    Bytes key = encodeControlRecordKey({0, spec.type});
    Bytes value = encodeEndTransactionMarker({0, spec.coordinatorEpoch});
    BatchBuilder builder(batch, key.size() + value.size() + 16);
    builder.append(spec.timestampMs, ByteView(key), ByteView(value));
    return builder.build();
}

ControlRecordKey readControlRecordKey(ByteView batch, const DecodeOptions& options) {
    BatchReader reader(batch, options);
    if (!reader.header().isControl()) throw DecodeError("not a control batch");
    RecordReader records = reader.records();
    RecordView first;
    if (!records.next(first)) throw DecodeError("control batch without records");
    if (!first.key) throw DecodeError("control record without a key");
    return parseControlRecordKey(*first.key);
}

} // namespace samsa::protocol::records
