#include "protocol/records/crc32c.h"

#include <array>
#include <bit>
#include <cstddef>
#include <cstring>

#if defined(__x86_64__)
#include <nmmintrin.h>
#define SAMSA_CRC32C_X86 1
#endif

namespace samsa::protocol::records {

namespace {

constexpr uint32_t kPolynomial = 0x82F63B78; // Castagnoli, bit-reflected

// Slicing-by-8: table k advances a byte through k further zero bytes, so eight bytes
// are folded with eight independent lookups instead of eight dependent ones.
using SliceTables = std::array<std::array<uint32_t, 256>, 8>;

constexpr SliceTables makeSliceTables() {
    SliceTables t{};
    for (uint32_t i = 0; i < 256; ++i) {
        uint32_t c = i;
        for (int bit = 0; bit < 8; ++bit) c = (c >> 1) ^ ((c & 1) ? kPolynomial : 0);
        t[0][i] = c;
    }
    for (size_t k = 1; k < 8; ++k)
        for (size_t i = 0; i < 256; ++i) t[k][i] = (t[k - 1][i] >> 8) ^ t[0][t[k - 1][i] & 0xff];
    return t;
}

constexpr SliceTables kSlice = makeSliceTables();

inline uint64_t loadLittle64(const uint8_t* p) {
    uint64_t v;
    std::memcpy(&v, p, sizeof v);
    if constexpr (std::endian::native == std::endian::big) v = __builtin_bswap64(v);
    return v;
}

} // namespace

namespace detail {

uint32_t crc32cSoftware(std::span<const uint8_t> data, uint32_t crc) {
    uint32_t c = ~crc;
    const uint8_t* p = data.data();
    size_t n = data.size();
    while (n >= 8) {
        uint64_t w = loadLittle64(p) ^ c;
        c = kSlice[7][w & 0xff] ^ kSlice[6][(w >> 8) & 0xff] ^ kSlice[5][(w >> 16) & 0xff] ^
            kSlice[4][(w >> 24) & 0xff] ^ kSlice[3][(w >> 32) & 0xff] ^
            kSlice[2][(w >> 40) & 0xff] ^ kSlice[1][(w >> 48) & 0xff] ^ kSlice[0][w >> 56];
        p += 8;
        n -= 8;
    }
    while (n--) c = (c >> 8) ^ kSlice[0][(c ^ *p++) & 0xff];
    return ~c;
}

#if SAMSA_CRC32C_X86

namespace {

// The crc32 instruction has a latency of three cycles but issues one per cycle, so three
// independent streams over adjacent lanes keep it busy. The lane CRCs are then merged:
// crc(A || B) = shift(crc(A), |B|) ^ crc(B) on the raw register, where shift appends |B|
// zero bytes. Shifting by a fixed length is linear in the register, so it is a 32x32 bit
// matrix, applied here through four byte-indexed tables.
constexpr size_t kLane = 256;

using ShiftTables = std::array<std::array<uint32_t, 256>, 4>;

constexpr uint32_t shiftByZeros(uint32_t reg, size_t bytes) {
    for (size_t i = 0; i < bytes * 8; ++i) reg = (reg >> 1) ^ ((reg & 1) ? kPolynomial : 0);
    return reg;
}

constexpr ShiftTables makeShiftTables(size_t bytes) {
    std::array<uint32_t, 32> basis{};
    for (int bit = 0; bit < 32; ++bit) basis[bit] = shiftByZeros(uint32_t{1} << bit, bytes);
    ShiftTables t{};
    for (size_t k = 0; k < 4; ++k)
        for (uint32_t v = 0; v < 256; ++v) {
            uint32_t out = 0;
            for (int bit = 0; bit < 8; ++bit)
                if (v & (1u << bit)) out ^= basis[k * 8 + bit];
            t[k][v] = out;
        }
    return t;
}

constexpr ShiftTables kShiftLane = makeShiftTables(kLane);
constexpr ShiftTables kShiftTwoLanes = makeShiftTables(2 * kLane);

inline uint32_t applyShift(const ShiftTables& t, uint32_t reg) {
    return t[0][reg & 0xff] ^ t[1][(reg >> 8) & 0xff] ^ t[2][(reg >> 16) & 0xff] ^ t[3][reg >> 24];
}

} // namespace

__attribute__((target("sse4.2"))) uint32_t crc32cHardware(std::span<const uint8_t> data,
                                                          uint32_t crc) {
    uint64_t c = ~crc;
    const uint8_t* p = data.data();
    size_t n = data.size();

    while (n >= 3 * kLane) {
        uint64_t a = c, b = 0, d = 0;
        for (size_t i = 0; i < kLane; i += 8) {
            uint64_t wa, wb, wd;
            std::memcpy(&wa, p + i, 8);
            std::memcpy(&wb, p + kLane + i, 8);
            std::memcpy(&wd, p + 2 * kLane + i, 8);
            a = _mm_crc32_u64(a, wa);
            b = _mm_crc32_u64(b, wb);
            d = _mm_crc32_u64(d, wd);
        }
        c = applyShift(kShiftTwoLanes, static_cast<uint32_t>(a)) ^
            applyShift(kShiftLane, static_cast<uint32_t>(b)) ^ static_cast<uint32_t>(d);
        p += 3 * kLane;
        n -= 3 * kLane;
    }
    while (n >= 8) {
        uint64_t w;
        std::memcpy(&w, p, 8);
        c = _mm_crc32_u64(c, w);
        p += 8;
        n -= 8;
    }
    auto c32 = static_cast<uint32_t>(c);
    while (n--) c32 = _mm_crc32_u8(c32, *p++);
    return ~c32;
}

bool crc32cHardwareAvailable() { return __builtin_cpu_supports("sse4.2"); }

#else

uint32_t crc32cHardware(std::span<const uint8_t> data, uint32_t crc) {
    return crc32cSoftware(data, crc);
}

bool crc32cHardwareAvailable() { return false; }

#endif

} // namespace detail

uint32_t crc32c(std::span<const uint8_t> data, uint32_t crc) {
    static const bool hardware = detail::crc32cHardwareAvailable();
    return hardware ? detail::crc32cHardware(data, crc) : detail::crc32cSoftware(data, crc);
}

} // namespace samsa::protocol::records
