#pragma once

#include <string>

#include "client/result.h"
#include "protocol/wire/reader.h"
#include "protocol/wire/types.h"

namespace samsa::client {

// Decodes a response body with the generated codec. A body that does not decode is the
// broker's fault (or not a Kafka broker at all); it becomes an error value.
template <typename Message>
Result<Message> decodeResponse(const protocol::Bytes& body, int16_t version, int32_t nodeId) {
    try {
        protocol::Reader r(body);
        Message m;
        m.decode(r, version);
        return m;
    } catch (const protocol::DecodeError& e) {
        return makeError(ErrorCode::CorruptMessage,
                         std::string("cannot decode ") + Message::kName + " v" + std::to_string(version) + ": " +
                             e.what(),
                         nodeId);
    }
}

} // namespace samsa::client
