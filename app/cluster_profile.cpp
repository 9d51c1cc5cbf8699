#include "cluster_profile.h"

#include <QCoreApplication>
#include <QStringList>
#include <array>
#include <utility>

namespace samsa::app {

namespace {

constexpr std::array kProtocols{
    std::pair{SecurityProtocol::Plaintext, "PLAINTEXT"},
    std::pair{SecurityProtocol::Ssl, "SSL"},
    std::pair{SecurityProtocol::SaslPlaintext, "SASL_PLAINTEXT"},
    std::pair{SecurityProtocol::SaslSsl, "SASL_SSL"},
};
constexpr std::array kMechanisms{
    std::pair{SaslMechanism::Plain, "PLAIN"},
    std::pair{SaslMechanism::ScramSha256, "SCRAM-SHA-256"},
    std::pair{SaslMechanism::ScramSha512, "SCRAM-SHA-512"},
};

// The translation context of these texts; a class, so that lupdate files them under it.
class Text {
    Q_DECLARE_TR_FUNCTIONS(samsa::app::ClusterProfile)
};

} // namespace

QString securityProtocolName(SecurityProtocol protocol) {
    for (const auto& [value, name] : kProtocols)
        if (value == protocol) return QString::fromLatin1(name);
    return {};
}

std::optional<SecurityProtocol> parseSecurityProtocol(const QString& name) {
    for (const auto& [value, text] : kProtocols)
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0) return value;
    return std::nullopt;
}

QString saslMechanismName(SaslMechanism mechanism) {
    for (const auto& [value, name] : kMechanisms)
        if (value == mechanism) return QString::fromLatin1(name);
    return {};
}

std::optional<SaslMechanism> parseSaslMechanism(const QString& name) {
    if (name.isEmpty()) return SaslMechanism::None;
    for (const auto& [value, text] : kMechanisms)
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0) return value;
    return std::nullopt;
}

bool usesSasl(SecurityProtocol protocol) {
    return protocol == SecurityProtocol::SaslPlaintext || protocol == SecurityProtocol::SaslSsl;
}

bool usesTls(SecurityProtocol protocol) {
    return protocol == SecurityProtocol::Ssl || protocol == SecurityProtocol::SaslSsl;
}

QString ClusterProfile::validationError() const {
    if (name.trimmed().isEmpty()) return Text::tr("The cluster needs a name.");
    if (bootstrapServers.trimmed().isEmpty())
        return Text::tr("Enter at least one bootstrap server (host:port).");
    for (const QString& server : bootstrapServers.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString s = server.trimmed();
        const qsizetype colon = s.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const uint port = colon > 0 ? s.mid(colon + 1).toUInt(&ok) : 0;
        if (!ok || port == 0 || port > 65535) return Text::tr("\"%1\" is not host:port.").arg(s);
    }
    if (usesSasl(securityProtocol) && saslMechanism == SaslMechanism::None)
        return Text::tr("%1 needs a SASL mechanism.").arg(securityProtocolName(securityProtocol));
    if (usesSasl(securityProtocol) && username.isEmpty())
        return Text::tr("SASL needs a user name.");
    if (clientCertificateFile.isEmpty() != clientKeyFile.isEmpty())
        return Text::tr("A client certificate needs its private key, and the other way round.");
    return {};
}

} // namespace samsa::app
