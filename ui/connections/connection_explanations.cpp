#include "ui/connections/connection_explanations.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <initializer_list>

namespace samsa::ui {

namespace {

// The translation context of these texts; a class, so that lupdate files them under it.
class Explain {
    Q_DECLARE_TR_FUNCTIONS(samsa::ui::ConnectionExplanations)
};

// The client reports low-level causes as the system or OpenSSL phrases them; matching
// a few stable fragments is what lets the explanation name the likely cause.
bool mentions(const QString& text, std::initializer_list<const char*> fragments) {
    for (const char* fragment : fragments)
        if (text.contains(QLatin1String(fragment), Qt::CaseInsensitive)) return true;
    return false;
}

QString explainResolve(const client::ClientError& error) {
    if (error.code == ErrorCode::RequestTimedOut)
        return Explain::tr("The name server did not answer in time. Check the network connection "
                           "(or VPN) of this computer and try again.");
    return Explain::tr("Unknown host: the host name could not be found. Check its spelling, and "
                       "whether the name only exists inside a VPN or another network.");
}

QString explainConnect(const client::ClientError& error, const QString& message) {
    if (mentions(message, {"refused"}))
        return Explain::tr("Nothing is listening on that port: the host answered, but refused the "
                           "connection. Check the port number (Kafka often uses 9092, or 9093 for "
                           "TLS) and that the broker is running.");
    if (error.code == ErrorCode::RequestTimedOut || mentions(message, {"timed out"}))
        return Explain::tr("No answer from the host: it is unreachable from here or a firewall "
                           "silently drops the connection. Check the address, the VPN, and the "
                           "firewall or security-group rules for this port.");
    if (mentions(message, {"unreachable", "no route"}))
        return Explain::tr("There is no network route to this host. Check the network connection "
                           "(or VPN) of this computer.");
    return Explain::tr("The connection could not be opened.");
}

QString explainTls(const client::ClientError& error, const QString& message) {
    if (mentions(message, {"wrong version number", "packet length too long", "unknown protocol",
                           "http request", "record layer", "unexpected eof", "stream truncated",
                           "short read"}))
        return Explain::tr(
            "This port does not speak TLS: the server did not answer the TLS handshake. "
            "Choose PLAINTEXT or SASL_PLAINTEXT, or use the broker's TLS port.");
    if (mentions(message, {"hostname mismatch", "host name mismatch"}))
        return Explain::tr(
            "Hostname mismatch: the broker's certificate was issued for another name "
            "than the one in the bootstrap servers. Use the host name the certificate "
            "lists.");
    if (mentions(message, {"expired"}))
        return Explain::tr("The broker's certificate has expired (or is not valid yet). Check the "
                           "certificate and the clock of this computer.");
    if (mentions(message, {"certificate verify failed", "self signed", "self-signed",
                           "unable to get local issuer", "unknown ca"}) &&
        !mentions(message, {"alert unknown ca"}))
        return Explain::tr(
            "The broker's certificate is not trusted, or it does not name this host. "
            "Choose the CA file that signed the broker's certificate, and use the host "
            "name the certificate was issued for.");
    if (mentions(message, {"certificate required", "alert handshake failure"}))
        return Explain::tr(
            "The broker requires a client certificate (mutual TLS). Choose the client "
            "certificate and key the cluster's administrators issued for you.");
    if (mentions(message, {"bad certificate", "alert unknown ca", "certificate unknown"}))
        return Explain::tr("The broker rejected the client certificate. Check that it is the one "
                           "issued for this cluster and that it has not expired.");
    if (error.code == ErrorCode::RequestTimedOut)
        return Explain::tr("The TLS handshake did not finish in time. The port may not speak TLS: "
                           "choose PLAINTEXT or SASL_PLAINTEXT, or use the broker's TLS port.");
    return Explain::tr("The TLS handshake failed.");
}

QString explainApiVersions(const client::ClientError& error, const ConnectionAttempt& attempt) {
    QString text = Explain::tr("Not a Kafka broker: the server accepted the connection but did not "
                               "answer the Kafka handshake (ApiVersions). Check the port; it may "
                               "belong to another service.");
    if (!attempt.tls)
        text += QLatin1Char(' ') +
                Explain::tr("If it is a Kafka listener that expects TLS, choose SSL or SASL_SSL.");
    if (error.code == ErrorCode::UnsupportedVersion)
        text = Explain::tr(
            "The broker is too old: it supports no ApiVersions version this app knows.");
    return text;
}

QString explainAuthenticate(const client::ClientError& error, const QString& message) {
    switch (error.code) {
    case ErrorCode::SaslAuthenticationFailed:
        return Explain::tr(
            "Authentication failed: wrong user name or password. Check both, and that "
            "the user exists for the chosen mechanism (SCRAM credentials are set per "
            "mechanism).");
    case ErrorCode::UnsupportedSaslMechanism: {
        const qsizetype offers = message.indexOf(QLatin1String("offers: "));
        const QString offered = offers >= 0 ? message.mid(offers + 8).trimmed() : QString();
        if (offered.isEmpty())
            return Explain::tr(
                "The broker does not have this SASL mechanism enabled. Choose another "
                "mechanism.");
        //: %1 lists SASL mechanisms such as "PLAIN, SCRAM-SHA-512".
        return Explain::tr("The broker does not have this SASL mechanism enabled. It offers: %1.")
            .arg(offered);
    }
    case ErrorCode::UnsupportedVersion:
    case ErrorCode::IllegalSaslState:
        return Explain::tr("The broker did not take part in SASL authentication. This port is "
                           "probably not a SASL listener: choose PLAINTEXT or SSL, or use the "
                           "broker's SASL port.");
    default:
        break;
    }
    if (error.code == ErrorCode::NetworkException || error.code == ErrorCode::RequestTimedOut)
        return Explain::tr(
            "The broker dropped the connection during authentication. The port may not "
            "be a SASL listener, or the mechanism may not be enabled.");
    return Explain::tr("Authentication failed.");
}

QString explainRequest(const client::ClientError& error, const ConnectionAttempt& attempt) {
    switch (error.code) {
    case ErrorCode::InvalidConfig:
        return Explain::tr("These settings cannot be used.");
    case ErrorCode::ClusterAuthorizationFailed:
    case ErrorCode::TopicAuthorizationFailed:
        return Explain::tr("Connected and authenticated, but this user may not read the cluster's "
                           "metadata. Ask the cluster's administrators for Describe permission.");
    case ErrorCode::RequestTimedOut:
        return Explain::tr(
            "Connected, but the broker did not answer a metadata request in time. It "
            "may be starting up or overloaded.");
    case ErrorCode::NetworkException:
        if (!attempt.sasl)
            return Explain::tr(
                "The broker closed the connection on the first request. The listener "
                "probably requires authentication: choose SASL_PLAINTEXT or SASL_SSL.");
        return Explain::tr("The broker closed the connection on the first request.");
    default:
        return Explain::tr("Connected, but the broker refused a metadata request.");
    }
}

} // namespace

QString explainConnectionFailure(const client::ClientError& error,
                                 const ConnectionAttempt& attempt) {
    const QString message = QString::fromStdString(error.message);
    QString text;
    switch (error.step) {
    case client::Step::Resolve:
        text = explainResolve(error);
        break;
    case client::Step::Connect:
        text = explainConnect(error, message);
        break;
    case client::Step::Tls:
        text = explainTls(error, message);
        break;
    case client::Step::ApiVersions:
        text = explainApiVersions(error, attempt);
        break;
    case client::Step::Authenticate:
        text = explainAuthenticate(error, message);
        break;
    case client::Step::Request:
        text = explainRequest(error, attempt);
        break;
    }
    if (message.isEmpty()) return text;
    //: Follows the explanation of a failed connection; %1 is the technical error.
    return text + QLatin1Char('\n') + Explain::tr("Details: %1").arg(message);
}

QString connectionStepTitle(client::Step step) {
    switch (step) {
    case client::Step::Resolve:
        return Explain::tr("Resolve host");
    case client::Step::Connect:
        return Explain::tr("Connect");
    case client::Step::Tls:
        return Explain::tr("TLS handshake");
    //: Kafka's ApiVersions request: the first exchange on every connection.
    case client::Step::ApiVersions:
        return Explain::tr("Kafka handshake");
    case client::Step::Authenticate:
        return Explain::tr("Authenticate");
    case client::Step::Request:
        return Explain::tr("Metadata request");
    }
    return {};
}

int brokerCountFromStep(const client::StepReport& step) {
    if (step.step != client::Step::Request || !step.ok) return -1;
    static const QRegularExpression count(QStringLiteral("(\\d+) broker"));
    const auto match = count.match(QString::fromStdString(step.detail));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString connectionStepDetail(const client::StepReport& step) {
    const QString detail = QString::fromStdString(step.detail);
    if (!step.ok) return detail;
    switch (step.step) {
    case client::Step::Resolve: {
        static const QRegularExpression count(QStringLiteral("^(\\d+) address"));
        const auto match = count.match(detail);
        if (match.hasMatch())
            return Explain::tr("resolved to %n address(es)", nullptr, match.captured(1).toInt());
        return detail;
    }
    case client::Step::Connect:
        //: %1 is the address and port connected to.
        return Explain::tr("connected to %1").arg(detail);
    case client::Step::Tls: {
        QString version = detail;
        version.replace(QLatin1String("TLSv"), QLatin1String("TLS "));
        return version;
    }
    case client::Step::ApiVersions:
        //: %1 is like "v3, 60 APIs".
        return Explain::tr("ApiVersions answered (%1)").arg(detail);
    case client::Step::Authenticate: {
        const qsizetype as = detail.indexOf(QLatin1String(" as "));
        if (as < 0) return detail;
        //: %1 is the user name, %2 the SASL mechanism.
        return Explain::tr("authenticated as %1 (%2)").arg(detail.mid(as + 4), detail.left(as));
    }
    case client::Step::Request: {
        const int brokers = brokerCountFromStep(step);
        if (brokers < 0) return detail;
        static const QRegularExpression cluster(QStringLiteral("cluster ([^,]+),"));
        const auto match = cluster.match(detail);
        const QString count = Explain::tr("%n broker(s)", nullptr, brokers);
        if (!match.hasMatch() || match.captured(1) == QLatin1String("?")) return count;
        //: %1 is the broker count ("3 brokers"), %2 the cluster id.
        return Explain::tr("%1 in cluster %2").arg(count, match.captured(1));
    }
    }
    return detail;
}

} // namespace samsa::ui
