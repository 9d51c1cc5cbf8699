#pragma once

#include <bit>
#include <concepts>
#include <cstdint>
#include <cstring>

namespace samsa::protocol {

// Kafka's fixed-width integers are big-endian. These work on raw memory at a given
// address: the stream Reader/Writer are built on them, and code that patches fields in
// place (batch headers, length prefixes) uses them directly.
template <std::integral T>
constexpr std::make_unsigned_t<T> toBigEndian(T value) {
    using U = std::make_unsigned_t<T>;
    auto u = static_cast<U>(value);
    if constexpr (std::endian::native == std::endian::little && sizeof(U) > 1) {
        if constexpr (sizeof(U) == 2) u = __builtin_bswap16(u);
        if constexpr (sizeof(U) == 4) u = __builtin_bswap32(u);
        if constexpr (sizeof(U) == 8) u = __builtin_bswap64(u);
    }
    return u;
}

template <std::integral T>
T loadBigEndian(const uint8_t* p) {
    std::make_unsigned_t<T> u;
    std::memcpy(&u, p, sizeof u);
    // Swapping is its own inverse.
    return static_cast<T>(toBigEndian(u));
}

template <std::integral T>
void storeBigEndian(uint8_t* p, T value) {
    const auto u = toBigEndian(value);
    std::memcpy(p, &u, sizeof u);
}

} // namespace samsa::protocol
