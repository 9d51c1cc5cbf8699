#pragma once

#include <memory>
#include <optional>
#include <span>

#include "client/client_config.h"
#include "client/result.h"
#include "protocol/wire/types.h"

namespace samsa::client {

using protocol::Bytes;

// The client side of one SASL exchange. The connection sends what respond() returns
// in SaslAuthenticate requests and feeds back the server's answers until complete().
class SaslAuthenticator {
public:
    virtual ~SaslAuthenticator() = default;
    // `challenge` is empty for the first message. An error means the server's answer
    // was malformed or did not prove it knows the password.
    virtual Result<Bytes> respond(std::span<const uint8_t> challenge) = 0;
    // Whether the last server message completed the exchange. Mechanisms whose final
    // server message must be checked (SCRAM) check it in finish().
    virtual bool complete() const = 0;
    virtual Result<Done> finish(std::span<const uint8_t> finalMessage) = 0;
};

std::unique_ptr<SaslAuthenticator> makeSaslAuthenticator(const SaslConfig& config);

} // namespace samsa::client
