#pragma once

// Decoding captured frames with the generated codecs: generically, for the every-frame
// round trip, and as one chosen message type, for the field-by-field checks.

#include <optional>
#include <stdexcept>
#include <string>

#include "capture_file.h"
#include "protocol/messages/headers.h"
#include "protocol/messages/response_header.h"
#include "protocol/wire/reader.h"

namespace samsa::protocol::captures {

// Decodes the request with the generated request type for its api key at its version,
// checks that header and body use up the frame exactly, re-encodes both and compares
// with the captured bytes. Returns what went wrong, or nullopt when the frame survives.
std::optional<std::string> checkRequestRoundTrip(const Exchange& exchange);

// The same for the response (response header v0/v1 by the request's api and version).
// An exchange without a response passes.
std::optional<std::string> checkResponseRoundTrip(const Exchange& exchange);

// The request body as message type T; throws if the api key differs or bytes are left.
template <typename T>
T decodeRequestAs(const Exchange& exchange) {
    if (exchange.header.apiKey != T::kApiKey)
        throw std::runtime_error(std::string("not a ") + T::kName + ": api key " +
                                 std::to_string(exchange.header.apiKey));
    Reader r(exchange.request);
    messages::decodeRequestHeader(r);
    T body;
    body.decode(r, exchange.header.apiVersion);
    if (!r.atEnd()) throw std::runtime_error(std::string(T::kName) + " has trailing bytes");
    return body;
}

template <typename T>
T decodeResponseAs(const Exchange& exchange) {
    if (exchange.header.apiKey != T::kApiKey)
        throw std::runtime_error(std::string("not a ") + T::kName + ": api key " +
                                 std::to_string(exchange.header.apiKey));
    if (!exchange.response) throw std::runtime_error(std::string(T::kName) + " was never sent");
    Reader r(*exchange.response);
    messages::ResponseHeader header;
    header.decode(r, messages::responseHeaderVersion(exchange.header.apiKey, exchange.header.apiVersion));
    T body;
    body.decode(r, exchange.header.apiVersion);
    if (!r.atEnd()) throw std::runtime_error(std::string(T::kName) + " has trailing bytes");
    return body;
}

} // namespace samsa::protocol::captures
