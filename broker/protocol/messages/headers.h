#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace samsa::protocol {
class Reader;
class Writer;
} // namespace samsa::protocol

namespace samsa::protocol::messages {

// Header versions follow the body: a flexible request body comes with request header v2
// (tagged fields) and a flexible response with response header v1; otherwise v1 and v0.
// ApiVersions responses always use header v0, so a client that does not yet know the
// broker's versions can still read the answer. Unknown api keys get v1 / v0.
int16_t requestHeaderVersion(int16_t apiKey, int16_t apiVersion);
int16_t responseHeaderVersion(int16_t apiKey, int16_t apiVersion);

struct DecodedRequestHeader {
    int16_t apiKey = 0;
    int16_t apiVersion = 0;
    int32_t correlationId = 0;
    std::optional<std::string> clientId;
    int16_t headerVersion = 1;
};

// Decodes the request header at the reader's position and leaves the reader at the
// body. The header's version depends on the api key and version it starts with, so those
// are read first. Throws DecodeError on truncated input.
DecodedRequestHeader decodeRequestHeader(Reader& r);

void encodeRequestHeader(Writer& w, int16_t apiKey, int16_t apiVersion, int32_t correlationId,
                         const std::optional<std::string>& clientId);
void encodeResponseHeader(Writer& w, int16_t apiKey, int16_t apiVersion, int32_t correlationId);

} // namespace samsa::protocol::messages
