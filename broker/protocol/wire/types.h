#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace samsa::protocol {

using Bytes = std::vector<uint8_t>;

struct Uuid {
    std::array<uint8_t, 16> bytes{};
    bool isZero() const;
    std::string toBase64() const; // Kafka prints topic ids in URL-safe base64 without padding
    static Uuid random();
    auto operator<=>(const Uuid&) const = default;
};

// A tagged field the decoder did not recognise; kept so a message re-encodes unchanged.
struct RawTaggedField {
    uint32_t tag = 0;
    Bytes data;
    bool operator==(const RawTaggedField&) const = default;
};

} // namespace samsa::protocol
