#include "client/sasl.h"

#include "client/scram.h"

namespace samsa::client {

namespace {

// RFC 4616: one message, "authzid NUL authcid NUL password", with no authzid.
class PlainAuthenticator final : public SaslAuthenticator {
public:
    PlainAuthenticator(std::string username, std::string password)
        : m_username(std::move(username)), m_password(std::move(password)) {}

    Result<Bytes> respond(std::span<const uint8_t>) override {
        Bytes out;
        out.push_back(0);
        out.insert(out.end(), m_username.begin(), m_username.end());
        out.push_back(0);
        out.insert(out.end(), m_password.begin(), m_password.end());
        m_sent = true;
        return out;
    }
    bool complete() const override { return m_sent; }
    Result<Done> finish(std::span<const uint8_t>) override { return Done{}; }

private:
    std::string m_username;
    std::string m_password;
    bool m_sent = false;
};

} // namespace

std::unique_ptr<SaslAuthenticator> makeSaslAuthenticator(const SaslConfig& config) {
    switch (config.mechanism) {
    case SaslMechanism::ScramSha256:
        return std::make_unique<ScramAuthenticator>(ScramHash::Sha256, config.username, config.password,
                                                    ScramAuthenticator::randomNonce());
    case SaslMechanism::ScramSha512:
        return std::make_unique<ScramAuthenticator>(ScramHash::Sha512, config.username, config.password,
                                                    ScramAuthenticator::randomNonce());
    case SaslMechanism::Plain:
        break;
    }
    return std::make_unique<PlainAuthenticator>(config.username, config.password);
}

} // namespace samsa::client
