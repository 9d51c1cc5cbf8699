#include "protocol/wire/writer.h"

#include <bit>
#include <cstring>

#include "protocol/wire/byte_order.h"

namespace samsa::protocol {

namespace {
template <typename U>
void append(Bytes& buf, U v) {
    U be = toBigEndian(v);
    const auto* p = reinterpret_cast<const uint8_t*>(&be);
    buf.insert(buf.end(), p, p + sizeof be);
}
} // namespace

void Writer::writeInt8(int8_t v) { m_buf.push_back(static_cast<uint8_t>(v)); }
void Writer::writeInt16(int16_t v) { append(m_buf, static_cast<uint16_t>(v)); }
void Writer::writeInt32(int32_t v) { append(m_buf, static_cast<uint32_t>(v)); }
void Writer::writeInt64(int64_t v) { append(m_buf, static_cast<uint64_t>(v)); }
void Writer::writeUint16(uint16_t v) { append(m_buf, v); }
void Writer::writeUint32(uint32_t v) { append(m_buf, v); }
void Writer::writeFloat64(double v) { append(m_buf, std::bit_cast<uint64_t>(v)); }
void Writer::writeUuid(const Uuid& v) { writeRaw(v.bytes); }

void Writer::writeUnsignedVarint(uint32_t v) {
    while (v >= 0x80) {
        m_buf.push_back(static_cast<uint8_t>(v | 0x80));
        v >>= 7;
    }
    m_buf.push_back(static_cast<uint8_t>(v));
}

void Writer::writeVarint(int32_t v) {
    writeUnsignedVarint((static_cast<uint32_t>(v) << 1) ^ static_cast<uint32_t>(v >> 31));
}

void Writer::writeVarlong(int64_t v) {
    uint64_t u = (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63);
    while (u >= 0x80) {
        m_buf.push_back(static_cast<uint8_t>(u | 0x80));
        u >>= 7;
    }
    m_buf.push_back(static_cast<uint8_t>(u));
}

size_t Writer::unsignedVarintSize(uint32_t v) {
    size_t n = 1;
    while (v >= 0x80) { v >>= 7; ++n; }
    return n;
}

size_t Writer::varlongSize(int64_t v) {
    uint64_t u = (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63);
    size_t n = 1;
    while (u >= 0x80) { u >>= 7; ++n; }
    return n;
}

void Writer::writeString(std::string_view s, bool compact) {
    if (compact) writeUnsignedVarint(static_cast<uint32_t>(s.size() + 1));
    else writeInt16(static_cast<int16_t>(s.size()));
    writeRaw({reinterpret_cast<const uint8_t*>(s.data()), s.size()});
}

void Writer::writeNullableString(const std::optional<std::string>& s, bool compact) {
    if (s) return writeString(*s, compact);
    if (compact) writeUnsignedVarint(0);
    else writeInt16(-1);
}

void Writer::writeBytes(std::span<const uint8_t> b, bool compact) {
    if (compact) writeUnsignedVarint(static_cast<uint32_t>(b.size() + 1));
    else writeInt32(static_cast<int32_t>(b.size()));
    writeRaw(b);
}

void Writer::writeNullableBytes(const std::optional<Bytes>& b, bool compact) {
    if (b) return writeBytes(*b, compact);
    if (compact) writeUnsignedVarint(0);
    else writeInt32(-1);
}

void Writer::writeArrayLength(int32_t n, bool compact) {
    if (compact) writeUnsignedVarint(static_cast<uint32_t>(n + 1));
    else writeInt32(n);
}

void Writer::writeRaw(std::span<const uint8_t> b) { m_buf.insert(m_buf.end(), b.begin(), b.end()); }

size_t Writer::reserveInt32() {
    size_t at = m_buf.size();
    m_buf.resize(at + 4);
    return at;
}

void Writer::patchInt32(size_t at, int32_t v) { patchUint32(at, static_cast<uint32_t>(v)); }

void Writer::patchUint32(size_t at, uint32_t v) { storeBigEndian(m_buf.data() + at, v); }

} // namespace samsa::protocol
