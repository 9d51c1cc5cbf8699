#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "protocol/wire/types.h"

namespace samsa::protocol {

// Appends Kafka's primitive types to a growing buffer.
class Writer {
public:
    Writer() = default;
    explicit Writer(Bytes&& reuse) : m_buf(std::move(reuse)) { m_buf.clear(); }

    const Bytes& bytes() const { return m_buf; }
    Bytes take() { return std::move(m_buf); }
    size_t size() const { return m_buf.size(); }
    void reserve(size_t n) { m_buf.reserve(n); }

    void writeInt8(int8_t v);
    void writeInt16(int16_t v);
    void writeInt32(int32_t v);
    void writeInt64(int64_t v);
    void writeUint16(uint16_t v);
    void writeUint32(uint32_t v);
    void writeFloat64(double v);
    void writeBool(bool v) { writeInt8(v ? 1 : 0); }
    void writeUuid(const Uuid& v);

    void writeVarint(int32_t v);
    void writeVarlong(int64_t v);
    void writeUnsignedVarint(uint32_t v);

    void writeString(std::string_view s, bool compact);
    void writeNullableString(const std::optional<std::string>& s, bool compact);
    void writeBytes(std::span<const uint8_t> b, bool compact);
    void writeNullableBytes(const std::optional<Bytes>& b, bool compact);
    void writeArrayLength(int32_t n, bool compact); // -1 for null

    void writeRaw(std::span<const uint8_t> b);

    // Size fields that precede their content: reserve now, fill in once known.
    size_t reserveInt32();
    void patchInt32(size_t at, int32_t v);
    void patchUint32(size_t at, uint32_t v);

    static size_t unsignedVarintSize(uint32_t v);
    static size_t varlongSize(int64_t v);

private:
    Bytes m_buf;
};

} // namespace samsa::protocol
