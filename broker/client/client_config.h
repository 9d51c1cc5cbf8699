#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "client/result.h"

namespace samsa::client {

struct HostPort {
    std::string host;
    uint16_t port = 0;
    std::string toString() const;
    bool operator==(const HostPort&) const = default;
};

// Kafka's bootstrap.servers syntax: "host:port[,host:port...]", IPv6 hosts in brackets.
Result<std::vector<HostPort>> parseBootstrapServers(std::string_view text);

enum class SecurityProtocol : uint8_t { Plaintext, Ssl, SaslPlaintext, SaslSsl };
enum class SaslMechanism : uint8_t { Plain, ScramSha256, ScramSha512 };

std::string_view saslMechanismName(SaslMechanism m); // "PLAIN", "SCRAM-SHA-256", ...

struct TlsConfig {
    std::string caFile;       // PEM bundle; empty means the system's trust store
    std::string certFile;     // client certificate (PEM) for mutual TLS
    std::string keyFile;      // its private key (PEM)
    std::string keyPassword;
    bool verifyPeer = true;
    bool verifyHostname = true; // ssl.endpoint.identification.algorithm=https
};

struct SaslConfig {
    SaslMechanism mechanism = SaslMechanism::Plain;
    std::string username;
    std::string password;
};

struct ClientConfig {
    std::vector<HostPort> bootstrapServers;
    std::string clientId = "samsa";
    SecurityProtocol securityProtocol = SecurityProtocol::Plaintext;
    TlsConfig tls;
    SaslConfig sasl;

    std::chrono::milliseconds connectTimeout{10000};   // resolve + connect + TLS + handshake
    std::chrono::milliseconds requestTimeout{30000};   // one request on the wire
    std::chrono::milliseconds defaultApiTimeout{60000}; // one operation, retries included
    std::chrono::milliseconds retryBackoff{100};
    std::chrono::milliseconds retryBackoffMax{1000};
    int maxRetries = 5;
    std::chrono::milliseconds metadataMaxAge{300000};

    // Highest version to use per API key, below what the broker advertises. For servers
    // that advertise a version they encode wrongly; normally empty.
    std::map<int16_t, int16_t> maxApiVersions;

    bool usesTls() const {
        return securityProtocol == SecurityProtocol::Ssl || securityProtocol == SecurityProtocol::SaslSsl;
    }
    bool usesSasl() const {
        return securityProtocol == SecurityProtocol::SaslPlaintext ||
               securityProtocol == SecurityProtocol::SaslSsl;
    }
};

} // namespace samsa::client
