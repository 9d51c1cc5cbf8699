#pragma once

// Value sources for the generated message fillers: deterministic, distinct from each
// other and from the field's default, so a field the codec drops cannot go unnoticed.

#include <cstdint>
#include <string>

#include "protocol/wire/types.h"

namespace samsa::protocol::messages::testing {

template <typename T>
T nextInt(uint32_t& counter, T defaultValue) {
    T v = static_cast<T>(++counter * 2654435761u);
    if (v == defaultValue) v = static_cast<T>(v + 1);
    return v;
}

inline double nextDouble(uint32_t& counter) { return ++counter + 0.25; }

inline std::string nextString(uint32_t& counter) { return "v" + std::to_string(++counter); }

inline Bytes nextBytes(uint32_t& counter) {
    uint8_t c = static_cast<uint8_t>(++counter);
    return Bytes{c, static_cast<uint8_t>(c ^ 0xff), 0x00, 0x7f};
}

inline Uuid nextUuid(uint32_t& counter) {
    Uuid u;
    ++counter;
    for (size_t i = 0; i < u.bytes.size(); ++i) u.bytes[i] = static_cast<uint8_t>(counter + i * 17 + 1);
    return u;
}

// Far above any tag the schema defines, so it always stays unknown.
inline RawTaggedField unknownTestTag(uint32_t& counter) {
    return RawTaggedField{1000, Bytes{static_cast<uint8_t>(++counter), 0x42}};
}

} // namespace samsa::protocol::messages::testing
