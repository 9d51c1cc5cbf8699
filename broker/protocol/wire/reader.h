#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>

#include "protocol/wire/types.h"

namespace samsa::protocol {

// Thrown for input that cannot be decoded: truncated, oversized or inconsistent. The
// connection that sent it is closed; nothing else is affected.
class DecodeError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Reads Kafka's primitive types (big-endian, varints, compact forms) from a byte span.
// Every read checks the remaining length first, so truncated input raises DecodeError
// instead of reading past the end.
class Reader {
public:
    explicit Reader(std::span<const uint8_t> data) : m_data(data) {}

    size_t position() const { return m_pos; }
    size_t remaining() const { return m_data.size() - m_pos; }
    bool atEnd() const { return m_pos == m_data.size(); }

    int8_t readInt8();
    int16_t readInt16();
    int32_t readInt32();
    int64_t readInt64();
    uint16_t readUint16();
    uint32_t readUint32();
    double readFloat64();
    bool readBool();
    Uuid readUuid();

    int32_t readVarint();        // zigzag
    int64_t readVarlong();       // zigzag
    uint32_t readUnsignedVarint();

    std::string readString(bool compact);
    std::optional<std::string> readNullableString(bool compact);
    Bytes readBytes(bool compact);
    std::optional<Bytes> readNullableBytes(bool compact);

    // The element count of an array, or -1 for null. Refuses counts that cannot fit in
    // what is left, so a hostile length never turns into a huge allocation.
    int32_t readArrayLength(bool compact);

    std::span<const uint8_t> readRaw(size_t n);
    void skip(size_t n) { readRaw(n); }

private:
    void need(size_t n) const;
    int64_t readCompactLength();

    std::span<const uint8_t> m_data;
    size_t m_pos = 0;
};

} // namespace samsa::protocol
