#include "protocol/wire/reader.h"

#include <bit>
#include <cstring>

#include "protocol/wire/byte_order.h"

namespace samsa::protocol {

void Reader::need(size_t n) const {
    if (n > remaining())
        throw DecodeError("truncated input: need " + std::to_string(n) + " bytes, have " +
                          std::to_string(remaining()));
}

std::span<const uint8_t> Reader::readRaw(size_t n) {
    need(n);
    auto out = m_data.subspan(m_pos, n);
    m_pos += n;
    return out;
}

int8_t Reader::readInt8() { return static_cast<int8_t>(readRaw(1)[0]); }
int16_t Reader::readInt16() { return loadBigEndian<int16_t>(readRaw(2).data()); }
int32_t Reader::readInt32() { return loadBigEndian<int32_t>(readRaw(4).data()); }
int64_t Reader::readInt64() { return loadBigEndian<int64_t>(readRaw(8).data()); }
uint16_t Reader::readUint16() { return loadBigEndian<uint16_t>(readRaw(2).data()); }
uint32_t Reader::readUint32() { return loadBigEndian<uint32_t>(readRaw(4).data()); }

double Reader::readFloat64() {
    return std::bit_cast<double>(loadBigEndian<uint64_t>(readRaw(8).data()));
}

bool Reader::readBool() { return readInt8() != 0; }

Uuid Reader::readUuid() {
    Uuid u;
    auto raw = readRaw(16);
    std::memcpy(u.bytes.data(), raw.data(), 16);
    return u;
}

uint32_t Reader::readUnsignedVarint() {
    uint32_t value = 0;
    for (int shift = 0; shift < 35; shift += 7) {
        uint8_t b = static_cast<uint8_t>(readInt8());
        if (shift == 28 && (b & 0xf0) != 0) throw DecodeError("unsigned varint overflows 32 bits");
        value |= static_cast<uint32_t>(b & 0x7f) << shift;
        if ((b & 0x80) == 0) return value;
    }
    throw DecodeError("unsigned varint longer than 5 bytes");
}

int32_t Reader::readVarint() {
    uint32_t raw = readUnsignedVarint();
    return static_cast<int32_t>((raw >> 1) ^ (~(raw & 1) + 1));
}

int64_t Reader::readVarlong() {
    uint64_t raw = 0;
    for (int shift = 0; shift < 70; shift += 7) {
        uint8_t b = static_cast<uint8_t>(readInt8());
        if (shift == 63 && (b & 0xfe) != 0) throw DecodeError("varlong overflows 64 bits");
        raw |= static_cast<uint64_t>(b & 0x7f) << shift;
        if ((b & 0x80) == 0) return static_cast<int64_t>((raw >> 1) ^ (~(raw & 1) + 1));
    }
    throw DecodeError("varlong longer than 10 bytes");
}

// Classic strings carry an int16 length, classic bytes an int32; the compact forms of
// flexible versions carry an unsigned varint of length+1, where 0 means null.
int64_t Reader::readCompactLength() { return static_cast<int64_t>(readUnsignedVarint()) - 1; }

std::optional<std::string> Reader::readNullableString(bool compact) {
    int64_t len = compact ? readCompactLength() : readInt16();
    if (len < 0) {
        if (!compact && len != -1) throw DecodeError("negative string length");
        return std::nullopt;
    }
    auto raw = readRaw(static_cast<size_t>(len));
    return std::string(reinterpret_cast<const char*>(raw.data()), raw.size());
}

std::string Reader::readString(bool compact) {
    auto s = readNullableString(compact);
    if (!s) throw DecodeError("null string where a value is required");
    return std::move(*s);
}

std::optional<Bytes> Reader::readNullableBytes(bool compact) {
    int64_t len = compact ? readCompactLength() : readInt32();
    if (len < 0) {
        if (!compact && len != -1) throw DecodeError("negative bytes length");
        return std::nullopt;
    }
    auto raw = readRaw(static_cast<size_t>(len));
    return Bytes(raw.begin(), raw.end());
}

Bytes Reader::readBytes(bool compact) {
    auto b = readNullableBytes(compact);
    if (!b) throw DecodeError("null bytes where a value is required");
    return std::move(*b);
}

int32_t Reader::readArrayLength(bool compact) {
    int64_t n = compact ? readCompactLength() : readInt32();
    if (n < -1) throw DecodeError("negative array length");
    if (n > static_cast<int64_t>(remaining()))
        throw DecodeError("array length " + std::to_string(n) + " exceeds the remaining input");
    return static_cast<int32_t>(n);
}

} // namespace samsa::protocol
