#include "protocol/records/record.h"

#include <string>

namespace samsa::protocol::records {

namespace {

std::optional<ByteView> readNullableBlob(Reader& r, const char* what) {
    int32_t length = r.readVarint();
    if (length < -1) throw DecodeError(std::string("negative record ") + what + " length");
    if (length == -1) return std::nullopt;
    return r.readRaw(static_cast<size_t>(length));
}

std::optional<Bytes> toBytes(const std::optional<ByteView>& v) {
    if (!v) return std::nullopt;
    return Bytes(v->begin(), v->end());
}

ByteView asBytes(std::string_view s) { return {reinterpret_cast<const uint8_t*>(s.data()), s.size()}; }

std::string_view asString(ByteView b) {
    return {reinterpret_cast<const char*>(b.data()), b.size()};
}

size_t varintSize(int64_t v) { return Writer::varlongSize(v); } // zigzag sizes agree

size_t blobSize(const std::optional<ByteView>& b) {
    return b ? varintSize(static_cast<int64_t>(b->size())) + b->size() : varintSize(-1);
}

ByteView keyOf(const RecordHeader& h) { return asBytes(h.key); }
ByteView keyOf(const RecordHeaderView& h) { return asBytes(h.key); }
std::optional<ByteView> toView(const std::optional<Bytes>& b) {
    if (!b) return std::nullopt;
    return ByteView(*b);
}

std::optional<ByteView> valueOf(const RecordHeader& h) { return toView(h.value); }
std::optional<ByteView> valueOf(const RecordHeaderView& h) { return h.value; }

void writeBlob(Writer& w, const std::optional<ByteView>& b) {
    if (!b) return w.writeVarint(-1);
    w.writeVarint(static_cast<int32_t>(b->size()));
    w.writeRaw(*b);
}

template <typename Header>
void writeRecordImpl(Writer& w, int8_t attributes, int64_t timestampDelta, int32_t offsetDelta,
                     const std::optional<ByteView>& key, const std::optional<ByteView>& value,
                     std::span<const Header> headers) {
    // The length prefix comes first, so the body size is worked out before writing.
    size_t body = 1 + varintSize(timestampDelta) + varintSize(offsetDelta) + blobSize(key) +
                  blobSize(value) + varintSize(static_cast<int64_t>(headers.size()));
    for (const auto& h : headers) body += blobSize(keyOf(h)) + blobSize(valueOf(h));
    w.writeVarint(static_cast<int32_t>(body));
    w.writeInt8(attributes);
    w.writeVarlong(timestampDelta);
    w.writeVarint(offsetDelta);
    writeBlob(w, key);
    writeBlob(w, value);
    w.writeVarint(static_cast<int32_t>(headers.size()));
    for (const auto& h : headers) {
        writeBlob(w, keyOf(h));
        writeBlob(w, valueOf(h));
    }
}

} // namespace

bool HeaderReader::next(RecordHeaderView& out) {
    if (m_left == 0) return false;
    --m_left;
    auto key = readNullableBlob(m_reader, "header key");
    if (!key) throw DecodeError("null record header key");
    out.key = asString(*key);
    out.value = readNullableBlob(m_reader, "header value");
    return true;
}

bool RecordReader::next(RecordView& out) {
    if (m_left == 0) {
        if (!m_reader.atEnd())
            throw DecodeError(std::to_string(m_reader.remaining()) +
                              " bytes left after the last record of the batch");
        return false;
    }
    size_t start = m_reader.position();
    int32_t length = m_reader.readVarint();
    if (length < 0) throw DecodeError("negative record length");
    ByteView body = m_reader.readRaw(static_cast<size_t>(length));
    Reader r(body);
    out.attributes = r.readInt8();
    out.timestampDelta = r.readVarlong();
    out.offsetDelta = r.readVarint();
    out.key = readNullableBlob(r, "key");
    out.value = readNullableBlob(r, "value");
    int32_t headerCount = r.readVarint();
    // Each header takes at least two bytes, which bounds a hostile count cheaply.
    if (headerCount < 0 || static_cast<size_t>(headerCount) > r.remaining() / 2)
        throw DecodeError("record header count " + std::to_string(headerCount) +
                          " does not fit the record");
    size_t headersAt = r.position();
    for (int32_t i = 0; i < headerCount; ++i) {
        auto key = readNullableBlob(r, "header key");
        if (!key) throw DecodeError("null record header key");
        readNullableBlob(r, "header value");
    }
    if (!r.atEnd())
        throw DecodeError("record length " + std::to_string(length) + " disagrees with its " +
                          std::to_string(r.position()) + " bytes of fields");
    out.headerCount = headerCount;
    out.headerBytes = body.subspan(headersAt);
    out.encoded = m_records.subspan(start, m_reader.position() - start);
    --m_left;
    return true;
}

Record RecordView::toRecord() const {
    Record r;
    r.attributes = attributes;
    r.timestampDelta = timestampDelta;
    r.offsetDelta = offsetDelta;
    r.key = toBytes(key);
    r.value = toBytes(value);
    r.headers.reserve(static_cast<size_t>(headerCount));
    HeaderReader headers(*this);
    RecordHeaderView h;
    while (headers.next(h)) r.headers.push_back({std::string(h.key), toBytes(h.value)});
    return r;
}

void writeRecord(Writer& w, const Record& record) {
    writeRecordImpl<RecordHeader>(w, record.attributes, record.timestampDelta, record.offsetDelta,
                                  toView(record.key), toView(record.value), record.headers);
}

void writeRecord(Writer& w, int8_t attributes, int64_t timestampDelta, int32_t offsetDelta,
                 std::optional<ByteView> key, std::optional<ByteView> value,
                 std::span<const RecordHeader> headers) {
    writeRecordImpl(w, attributes, timestampDelta, offsetDelta, key, value, headers);
}

void writeRecord(Writer& w, int8_t attributes, int64_t timestampDelta, int32_t offsetDelta,
                 std::optional<ByteView> key, std::optional<ByteView> value,
                 std::span<const RecordHeaderView> headers) {
    writeRecordImpl(w, attributes, timestampDelta, offsetDelta, key, value, headers);
}

} // namespace samsa::protocol::records
