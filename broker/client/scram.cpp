#include "client/scram.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <charconv>
#include <vector>

namespace samsa::client {

namespace {

// Kafka refuses fewer iterations than this; a server asking for far more is either
// broken or trying to burn our CPU.
constexpr int kMinIterations = 4096;
constexpr int kMaxIterations = 10'000'000;

const EVP_MD* digestOf(ScramHash hash) { return hash == ScramHash::Sha256 ? EVP_sha256() : EVP_sha512(); }

std::string hmac(ScramHash hash, std::string_view key, std::string_view data) {
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    HMAC(digestOf(hash), key.data(), static_cast<int>(key.size()), reinterpret_cast<const unsigned char*>(data.data()),
         data.size(), out, &len);
    return std::string(reinterpret_cast<char*>(out), len);
}

std::string digest(ScramHash hash, std::string_view data) {
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_Digest(data.data(), data.size(), out, &len, digestOf(hash), nullptr);
    return std::string(reinterpret_cast<char*>(out), len);
}

std::string saltedPassword(ScramHash hash, std::string_view password, std::string_view salt, int iterations) {
    std::string out(static_cast<size_t>(EVP_MD_get_size(digestOf(hash))), '\0');
    PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()),
                      reinterpret_cast<const unsigned char*>(salt.data()), static_cast<int>(salt.size()), iterations,
                      digestOf(hash), static_cast<int>(out.size()), reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

// RFC 5802 saslname: ',' and '=' are escaped inside the user name.
std::string escapeName(std::string_view name) {
    std::string out;
    for (char c : name) {
        if (c == '=') out += "=3D";
        else if (c == ',') out += "=2C";
        else out += c;
    }
    return out;
}

// The value of attribute `key` in a comma-separated "k=v" message.
std::optional<std::string_view> attribute(std::string_view message, char key) {
    while (!message.empty()) {
        const size_t comma = message.find(',');
        std::string_view part = message.substr(0, comma);
        if (part.size() >= 2 && part[0] == key && part[1] == '=') return part.substr(2);
        if (comma == std::string_view::npos) break;
        message.remove_prefix(comma + 1);
    }
    return std::nullopt;
}

Bytes toBytes(std::string_view s) { return Bytes(s.begin(), s.end()); }

ClientError scramError(std::string message) {
    return makeError(ErrorCode::SaslAuthenticationFailed, "SCRAM: " + std::move(message), kNoNode, Step::Authenticate);
}

} // namespace

std::string base64Encode(std::string_view data) {
    std::string out(4 * ((data.size() + 2) / 3), '\0');
    const int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                  reinterpret_cast<const unsigned char*>(data.data()), static_cast<int>(data.size()));
    out.resize(static_cast<size_t>(n));
    return out;
}

std::optional<std::string> base64Decode(std::string_view text) {
    if (text.size() % 4 != 0) return std::nullopt;
    std::string out(3 * text.size() / 4, '\0');
    const int n = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                  reinterpret_cast<const unsigned char*>(text.data()), static_cast<int>(text.size()));
    if (n < 0) return std::nullopt;
    // EVP_DecodeBlock counts padding as zero bytes.
    size_t size = static_cast<size_t>(n);
    if (!text.empty() && text.back() == '=') --size;
    if (text.size() >= 2 && text[text.size() - 2] == '=') --size;
    out.resize(size);
    return out;
}

ScramAuthenticator::ScramAuthenticator(ScramHash hash, std::string username, std::string password,
                                       std::string clientNonce)
    : m_hash(hash), m_username(std::move(username)), m_password(std::move(password)),
      m_clientNonce(std::move(clientNonce)) {}

std::string ScramAuthenticator::randomNonce() {
    unsigned char raw[24];
    RAND_bytes(raw, sizeof raw);
    return base64Encode(std::string_view(reinterpret_cast<const char*>(raw), sizeof raw));
}

Result<Bytes> ScramAuthenticator::respond(std::span<const uint8_t> challenge) {
    switch (m_stage) {
    case Stage::Start:
        m_clientFirstBare = "n=" + escapeName(m_username) + ",r=" + m_clientNonce;
        m_stage = Stage::SentFirst;
        return toBytes("n,," + m_clientFirstBare);
    case Stage::SentFirst:
        return clientFinal(std::string_view(reinterpret_cast<const char*>(challenge.data()), challenge.size()));
    case Stage::SentFinal:
    case Stage::Done:
        break;
    }
    return scramError("unexpected server message after the final one");
}

Result<Bytes> ScramAuthenticator::clientFinal(std::string_view serverFirst) {
    if (auto e = attribute(serverFirst, 'e')) return scramError("server error: " + std::string(*e));
    const auto nonce = attribute(serverFirst, 'r');
    const auto salt64 = attribute(serverFirst, 's');
    const auto iterText = attribute(serverFirst, 'i');
    if (!nonce || !salt64 || !iterText) return scramError("malformed server-first message");
    if (!nonce->starts_with(m_clientNonce) || nonce->size() == m_clientNonce.size())
        return scramError("server nonce does not extend the client nonce");
    const auto salt = base64Decode(*salt64);
    if (!salt) return scramError("salt is not base64");
    int iterations = 0;
    auto [end, ec] = std::from_chars(iterText->data(), iterText->data() + iterText->size(), iterations);
    if (ec != std::errc() || end != iterText->data() + iterText->size() || iterations < kMinIterations ||
        iterations > kMaxIterations)
        return scramError("unacceptable iteration count " + std::string(*iterText));

    const std::string salted = saltedPassword(m_hash, m_password, *salt, iterations);
    const std::string clientKey = hmac(m_hash, salted, "Client Key");
    const std::string storedKey = digest(m_hash, clientKey);
    // "biws" is base64("n,,"): the GS2 header without channel binding.
    const std::string finalWithoutProof = "c=biws,r=" + std::string(*nonce);
    const std::string authMessage = m_clientFirstBare + "," + std::string(serverFirst) + "," + finalWithoutProof;
    std::string proof = hmac(m_hash, storedKey, authMessage);
    for (size_t i = 0; i < proof.size(); ++i) proof[i] = static_cast<char>(proof[i] ^ clientKey[i]);
    const std::string serverKey = hmac(m_hash, salted, "Server Key");
    m_expectedServerSignature = base64Encode(hmac(m_hash, serverKey, authMessage));
    m_stage = Stage::SentFinal;
    return toBytes(finalWithoutProof + ",p=" + base64Encode(proof));
}

Result<Done> ScramAuthenticator::finish(std::span<const uint8_t> finalMessage) {
    if (m_stage != Stage::SentFinal) return scramError("exchange finished early");
    const std::string_view text(reinterpret_cast<const char*>(finalMessage.data()), finalMessage.size());
    if (auto e = attribute(text, 'e')) return scramError("server error: " + std::string(*e));
    const auto signature = attribute(text, 'v');
    if (!signature) return scramError("malformed server-final message");
    if (*signature != m_expectedServerSignature)
        return scramError("the server's signature is wrong: it does not know the password");
    m_stage = Stage::Done;
    return Done{};
}

} // namespace samsa::client
