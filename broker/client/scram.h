#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "client/sasl.h"

namespace samsa::client {

enum class ScramHash : uint8_t { Sha256, Sha512 };

// The client side of SCRAM (RFC 5802) as Kafka uses it: no channel binding, no
// authorization identity. The nonce is a parameter so the exchange can be checked
// against published test vectors; makeSaslAuthenticator draws a random one.
class ScramAuthenticator final : public SaslAuthenticator {
public:
    ScramAuthenticator(ScramHash hash, std::string username, std::string password, std::string clientNonce);

    Result<Bytes> respond(std::span<const uint8_t> challenge) override;
    bool complete() const override { return m_stage == Stage::SentFinal; }
    Result<Done> finish(std::span<const uint8_t> finalMessage) override;

    static std::string randomNonce();

private:
    enum class Stage { Start, SentFirst, SentFinal, Done };
    Result<Bytes> clientFinal(std::string_view serverFirst);

    ScramHash m_hash;
    std::string m_username;
    std::string m_password;
    std::string m_clientNonce;
    Stage m_stage = Stage::Start;
    std::string m_clientFirstBare;
    std::string m_expectedServerSignature; // base64
};

// Base64 with padding, as SCRAM messages carry it.
std::string base64Encode(std::string_view data);
std::optional<std::string> base64Decode(std::string_view text);

} // namespace samsa::client
