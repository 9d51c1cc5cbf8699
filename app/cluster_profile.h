#pragma once

#include <QMetaType>
#include <QString>
#include <optional>

namespace samsa::app {

// How a client talks to the brokers; the names are Kafka's security.protocol values.
enum class SecurityProtocol { Plaintext, Ssl, SaslPlaintext, SaslSsl };
enum class SaslMechanism { None, Plain, ScramSha256, ScramSha512 };

QString securityProtocolName(SecurityProtocol protocol); // "SASL_SSL"
std::optional<SecurityProtocol> parseSecurityProtocol(const QString& name);
QString saslMechanismName(SaslMechanism mechanism); // "SCRAM-SHA-256", empty for None
std::optional<SaslMechanism> parseSaslMechanism(const QString& name);
bool usesSasl(SecurityProtocol protocol);
bool usesTls(SecurityProtocol protocol);

// A saved connection to a cluster. Passwords and private-key passphrases are not part
// of it: they live in the SecretStore under secretKey().
struct ClusterProfile {
    qint64 id = 0; // 0 until stored
    QString name;
    QString bootstrapServers; // "host:port,host:port"
    SecurityProtocol securityProtocol = SecurityProtocol::Plaintext;
    SaslMechanism saslMechanism = SaslMechanism::None;
    QString username;
    QString caFile;                // PEM bundle that signs the brokers' certificates
    QString clientCertificateFile; // PEM, for mutual TLS
    QString clientKeyFile;         // PEM private key of the client certificate

    QString secretKey() const { return QStringLiteral("profile/%1").arg(id); }
    // Empty when the profile can be saved, else what is wrong, for the user.
    QString validationError() const;

    friend bool operator==(const ClusterProfile&, const ClusterProfile&) = default;
};

} // namespace samsa::app

Q_DECLARE_METATYPE(samsa::app::ClusterProfile)
