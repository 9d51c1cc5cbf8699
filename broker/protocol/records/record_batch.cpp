#include "protocol/records/record_batch.h"

#include <array>
#include <limits>
#include <stdexcept>
#include <string>

namespace samsa::protocol::records {

namespace {

int16_t composeAttributes(const BatchSpec& spec) {
    int16_t a = static_cast<int16_t>(spec.compression);
    if (spec.timestampType == TimestampType::LogAppendTime) a |= attributes::kTimestampType;
    if (spec.transactional) a |= attributes::kTransactional;
    if (spec.control) a |= attributes::kControl;
    if (spec.deleteHorizon) a |= attributes::kDeleteHorizon;
    return a;
}

// `out` holds header space followed by the records section; completes the header.
void finishBatch(BatchHeader header, Bytes& out) {
    size_t length = out.size() - kLogOverhead;
    if (length > static_cast<size_t>(std::numeric_limits<int32_t>::max()))
        throw std::length_error("record batch larger than 2 GiB");
    header.batchLength = static_cast<int32_t>(length);
    header.magic = kMagicV2;
    encodeBatchHeader(header, out);
    updateCrc(out);
}

// Compresses a records section into a new batch buffer after 61 bytes of header space.
Bytes compressedBatch(Compression codec, ByteView records, std::optional<int> level) {
    Bytes out;
    out.reserve(kBatchHeaderSize + 64 +
                (codec == Compression::None ? records.size() : records.size() / 2));
    out.resize(kBatchHeaderSize);
    compress(codec, records, out, level);
    return out;
}

} // namespace

BatchReader::BatchReader(ByteView batch, const DecodeOptions& options)
    : m_header(parseBatchHeader(batch)) {
    ByteView whole = batch.first(m_header.totalSize());
    if (options.verifyCrc && !verifyCrc(whole))
        throw DecodeError("record batch at offset " + std::to_string(m_header.baseOffset) +
                          " fails its CRC check");
    ByteView section = whole.subspan(kBatchHeaderSize);
    if (m_header.compression() == Compression::None) {
        m_records = section;
    } else {
        decompress(m_header.compression(), section, m_storage, options.maxDecompressedSize);
        m_records = m_storage;
    }
    // Cheap early refusal of a count no records section of this size could hold; it also
    // keeps callers that reserve by recordCount from allocating on a hostile value.
    if (static_cast<size_t>(m_header.recordCount) > m_records.size() / kMinRecordSize)
        throw DecodeError("record count " + std::to_string(m_header.recordCount) +
                          " cannot fit in " + std::to_string(m_records.size()) + " bytes");
}

RecordBatch decodeBatch(ByteView batch, const DecodeOptions& options) {
    BatchReader reader(batch, options);
    RecordBatch out{reader.header(), {}};
    out.records.reserve(static_cast<size_t>(reader.header().recordCount));
    RecordReader records = reader.records();
    RecordView view;
    while (records.next(view)) out.records.push_back(view.toRecord());
    return out;
}

BatchSpec BatchSpec::fromHeader(const BatchHeader& h) {
    BatchSpec s;
    s.baseOffset = h.baseOffset;
    s.partitionLeaderEpoch = h.partitionLeaderEpoch;
    s.compression = h.compression();
    s.timestampType = h.timestampType();
    s.transactional = h.isTransactional();
    s.control = h.isControl();
    s.deleteHorizon = h.hasDeleteHorizon();
    s.baseTimestamp = h.baseTimestamp;
    s.maxTimestamp = h.maxTimestamp;
    s.lastOffsetDelta = h.lastOffsetDelta;
    s.producerId = h.producerId;
    s.producerEpoch = h.producerEpoch;
    s.baseSequence = h.baseSequence;
    return s;
}

BatchBuilder::BatchBuilder(BatchSpec spec, size_t expectedBytes) : m_spec(std::move(spec)) {
    m_buf.reserve(kBatchHeaderSize + expectedBytes);
    static constexpr std::array<uint8_t, kBatchHeaderSize> kHeaderSpace{};
    m_buf.writeRaw(kHeaderSpace);
}

void BatchBuilder::noteRecord(int64_t timestampDelta, int32_t offsetDelta) {
    if (m_count == std::numeric_limits<int32_t>::max())
        throw std::length_error("too many records for one batch");
    ++m_count;
    if (!m_maxTimestampDelta || timestampDelta > *m_maxTimestampDelta)
        m_maxTimestampDelta = timestampDelta;
    if (!m_maxOffsetDelta || offsetDelta > *m_maxOffsetDelta) m_maxOffsetDelta = offsetDelta;
}

void BatchBuilder::append(int64_t timestampMs, std::optional<ByteView> key,
                          std::optional<ByteView> value, std::span<const RecordHeader> headers) {
    if (m_spec.baseTimestamp == kNoTimestamp && m_count == 0) m_spec.baseTimestamp = timestampMs;
    int64_t timestampDelta = timestampMs - m_spec.baseTimestamp;
    int32_t offsetDelta = m_maxOffsetDelta ? *m_maxOffsetDelta + 1 : 0;
    writeRecord(m_buf, 0, timestampDelta, offsetDelta, key, value, headers);
    noteRecord(timestampDelta, offsetDelta);
}

void BatchBuilder::append(const Record& record) {
    writeRecord(m_buf, record);
    noteRecord(record.timestampDelta, record.offsetDelta);
}

void BatchBuilder::append(const RecordView& record) {
    // Already encoded and validated: copy the bytes as they are.
    m_buf.writeRaw(record.encoded);
    noteRecord(record.timestampDelta, record.offsetDelta);
}

Bytes BatchBuilder::build() {
    BatchHeader h;
    h.baseOffset = m_spec.baseOffset;
    h.partitionLeaderEpoch = m_spec.partitionLeaderEpoch;
    h.attributes = composeAttributes(m_spec);
    h.lastOffsetDelta = m_spec.lastOffsetDelta.value_or(m_maxOffsetDelta.value_or(0));
    h.baseTimestamp = m_spec.baseTimestamp;
    h.maxTimestamp = m_spec.maxTimestamp.value_or(
        m_maxTimestampDelta ? m_spec.baseTimestamp + *m_maxTimestampDelta : m_spec.baseTimestamp);
    h.producerId = m_spec.producerId;
    h.producerEpoch = m_spec.producerEpoch;
    h.baseSequence = m_spec.baseSequence;
    h.recordCount = m_count;

    Bytes out;
    if (m_spec.compression == Compression::None) {
        out = m_buf.take(); // header space is already in front of the records
    } else {
        ByteView records(m_buf.bytes());
        out = compressedBatch(m_spec.compression, records.subspan(kBatchHeaderSize),
                              m_spec.compressionLevel);
    }
    finishBatch(h, out);
    return out;
}

Bytes encodeBatch(const BatchSpec& spec, std::span<const Record> records) {
    // A close upper estimate saves the buffer's regrowth copies on large batches.
    size_t expected = 0;
    for (const Record& r : records) {
        expected += 24 + (r.key ? r.key->size() : 0) + (r.value ? r.value->size() : 0);
        for (const RecordHeader& h : r.headers)
            expected += 10 + h.key.size() + (h.value ? h.value->size() : 0);
    }
    BatchBuilder builder(spec, expected);
    for (const Record& r : records) builder.append(r);
    return builder.build();
}

Bytes recompressBatch(ByteView batch, Compression codec, std::optional<int> level,
                      const DecodeOptions& options) {
    BatchReader reader(batch, options);
    RecordReader records = reader.records();
    RecordView view;
    while (records.next(view)) {
    }
    BatchHeader h = reader.header();
    h.attributes = static_cast<int16_t>((h.attributes & ~attributes::kCompressionMask) |
                                        static_cast<int16_t>(codec));
    Bytes out = compressedBatch(codec, reader.recordBytes(), level);
    finishBatch(h, out);
    return out;
}

} // namespace samsa::protocol::records
