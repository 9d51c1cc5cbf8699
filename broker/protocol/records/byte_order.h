#pragma once

#include <bit>
#include <concepts>
#include <cstdint>
#include <cstring>

namespace samsa::protocol::records::detail {

// Fixed-offset access to big-endian header fields of a batch held in memory; the wire
// Reader/Writer are stream-oriented and this code patches fields in place.
template <std::integral T>
T loadBigEndian(const uint8_t* p) {
    using U = std::make_unsigned_t<T>;
    U u;
    std::memcpy(&u, p, sizeof u);
    if constexpr (std::endian::native == std::endian::little && sizeof(U) > 1) {
        if constexpr (sizeof(U) == 2) u = __builtin_bswap16(u);
        if constexpr (sizeof(U) == 4) u = __builtin_bswap32(u);
        if constexpr (sizeof(U) == 8) u = __builtin_bswap64(u);
    }
    return static_cast<T>(u);
}

template <std::integral T>
void storeBigEndian(uint8_t* p, T value) {
    using U = std::make_unsigned_t<T>;
    auto u = static_cast<U>(value);
    if constexpr (std::endian::native == std::endian::little && sizeof(U) > 1) {
        if constexpr (sizeof(U) == 2) u = __builtin_bswap16(u);
        if constexpr (sizeof(U) == 4) u = __builtin_bswap32(u);
        if constexpr (sizeof(U) == 8) u = __builtin_bswap64(u);
    }
    std::memcpy(p, &u, sizeof u);
}

} // namespace samsa::protocol::records::detail
