#pragma once

#include <cstdint>
#include <span>

namespace samsa::protocol::records {

// CRC-32C (Castagnoli), the checksum of record batch v2. Pass the previous result as
// `crc` to continue over data that arrives in pieces. Uses the SSE4.2 instruction when
// the CPU has it and a table-driven loop otherwise; both give identical results.
uint32_t crc32c(std::span<const uint8_t> data, uint32_t crc = 0);

namespace detail {
// Both implementations are exposed so tests can check them against each other.
uint32_t crc32cSoftware(std::span<const uint8_t> data, uint32_t crc);
uint32_t crc32cHardware(std::span<const uint8_t> data, uint32_t crc);
bool crc32cHardwareAvailable();
} // namespace detail

} // namespace samsa::protocol::records
