#pragma once

// Reading the capture files in tests/data/captures: every frame a real client and the
// broker exchanged, and the request/response pairs they form.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "protocol/messages/headers.h"
#include "protocol/wire/types.h"

namespace samsa::protocol::captures {

enum class Direction : uint8_t { Request = 0, Response = 1 };

struct CapturedFrame {
    Direction direction = Direction::Request;
    uint32_t connection = 0;
    Bytes bytes; // the frame without its int32 size prefix
};

struct Capture {
    std::string description;
    std::vector<CapturedFrame> frames;
};

// Parses the file format described in tests/data/captures/README.md. Throws
// std::runtime_error for a file that is missing, not a capture, of an unknown format
// version, or cut short.
Capture parseCapture(std::span<const uint8_t> data);
Capture readCapture(const std::string& path);

// A request and the response it got. Responses are matched per connection in request
// order, as Kafka sends them; the correlation ids must agree.
struct Exchange {
    uint32_t connection = 0;
    messages::DecodedRequestHeader header;
    Bytes request;
    // Absent when the client hung up first, e.g. a consumer leaving with a long-poll
    // fetch still open.
    std::optional<Bytes> response;
};

// Pairs every request with its response. Throws std::runtime_error for a response that
// answers no outstanding request or carries the wrong correlation id, and for a request
// whose header does not decode.
std::vector<Exchange> pairExchanges(const Capture& capture);

// The capture file of one client, under SAMSA_TEST_DATA_DIR/captures.
std::string capturePath(const std::string& fileName);

} // namespace samsa::protocol::captures
