#include "app/cluster_service.h"

#include <QCoreApplication>
#include <QThread>

namespace samsa::app {

namespace {

client::SecurityProtocol toClient(SecurityProtocol protocol) {
    switch (protocol) {
    case SecurityProtocol::Plaintext:
        return client::SecurityProtocol::Plaintext;
    case SecurityProtocol::Ssl:
        return client::SecurityProtocol::Ssl;
    case SecurityProtocol::SaslPlaintext:
        return client::SecurityProtocol::SaslPlaintext;
    case SecurityProtocol::SaslSsl:
        return client::SecurityProtocol::SaslSsl;
    }
    return client::SecurityProtocol::Plaintext;
}

client::SaslMechanism toClient(SaslMechanism mechanism) {
    switch (mechanism) {
    case SaslMechanism::ScramSha256:
        return client::SaslMechanism::ScramSha256;
    case SaslMechanism::ScramSha512:
        return client::SaslMechanism::ScramSha512;
    case SaslMechanism::None:
    case SaslMechanism::Plain:
        return client::SaslMechanism::Plain;
    }
    return client::SaslMechanism::Plain;
}

// Failures that say nothing about the cluster as a whole (one topic is missing, one
// config is invalid) leave the connection state alone.
bool isClusterWide(const client::ClientError& error) {
    if (error.step != client::Step::Request) return true;
    switch (error.code) {
    case ErrorCode::NetworkException:
    case ErrorCode::RequestTimedOut:
    case ErrorCode::SaslAuthenticationFailed:
    case ErrorCode::IllegalSaslState:
    case ErrorCode::ClusterAuthorizationFailed:
    case ErrorCode::InvalidConfig:
        return true;
    default:
        return false;
    }
}

} // namespace

client::ClientConfig clientConfigFor(const ClusterProfile& profile, const QString& secret) {
    client::ClientConfig config;
    if (auto servers = client::parseBootstrapServers(profile.bootstrapServers.toStdString()))
        config.bootstrapServers = std::move(*servers);
    config.securityProtocol = toClient(profile.securityProtocol);
    if (usesSasl(profile.securityProtocol)) {
        config.sasl.mechanism = toClient(profile.saslMechanism);
        config.sasl.username = profile.username.toStdString();
        config.sasl.password = secret.toStdString();
    }
    if (usesTls(profile.securityProtocol)) {
        config.tls.caFile = profile.caFile.toStdString();
        config.tls.certFile = profile.clientCertificateFile.toStdString();
        config.tls.keyFile = profile.clientKeyFile.toStdString();
        // With SASL the secret is the password; a TLS key then has no passphrase.
        if (!usesSasl(profile.securityProtocol)) config.tls.keyPassword = secret.toStdString();
    }
    return config;
}

ClusterService::ClusterService(client::ClientConfig config, QString displayName, QObject* parent)
    : QObject(parent), m_displayName(std::move(displayName)) {
    auto created = client::AdminClient::create(std::move(config));
    if (created)
        m_client = std::move(*created);
    else
        m_setupError = QString::fromStdString(created.error().message);
}

ClusterService::~ClusterService() {
    // Joins the client thread: no callback can run after this line, and the results
    // they posted are discarded with this object.
    m_client.reset();
}

QString ClusterService::bootstrapServers() const {
    if (!m_client) return {};
    QStringList servers;
    for (const auto& server : m_client->config().bootstrapServers)
        servers << QString::fromStdString(server.toString());
    return servers.join(QLatin1Char(','));
}

void ClusterService::noteOutcome(const client::ClientError* error) {
    Health health = Health::Ok;
    QString message;
    if (error) {
        if (!isClusterWide(*error)) return;
        health = Health::Failing;
        message = describeError(*error);
    }
    if (health == m_health && message == m_healthMessage) return;
    m_health = health;
    m_healthMessage = message;
    emit healthChanged(health, message);
}

void destroyOffThread(ClusterService* service) {
    auto* thread = new QThread;
    thread->setObjectName(QStringLiteral("samsa-service-cleanup"));
    service->setParent(nullptr);
    service->moveToThread(thread);
    // No context object: the lambda runs on the new thread, which now owns `service`.
    QObject::connect(thread, &QThread::started, [service, thread] {
        delete service;
        thread->quit();
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

QString describeError(const client::ClientError& error) {
    const QString what = QString::fromStdString(
        error.message.empty() ? std::string(errorMessage(error.code)) : error.message);
    const QString code =
        QString::fromUtf8(errorName(error.code).data(), qsizetype(errorName(error.code).size()));
    QString text;
    switch (error.step) {
    case client::Step::Resolve:
        text = QCoreApplication::translate("ClusterService", "Cannot resolve the host name: %1");
        break;
    case client::Step::Connect:
        text = QCoreApplication::translate("ClusterService", "Cannot connect: %1");
        break;
    case client::Step::Tls:
        text = QCoreApplication::translate("ClusterService", "TLS handshake failed: %1");
        break;
    case client::Step::Authenticate:
        text = QCoreApplication::translate("ClusterService", "Authentication failed: %1");
        break;
    case client::Step::ApiVersions:
        text = QCoreApplication::translate("ClusterService",
                                           "The server did not answer as a Kafka broker: %1");
        break;
    case client::Step::Request:
        //: %1 is the broker's explanation, %2 Kafka's error name such as TOPIC_ALREADY_EXISTS.
        text = QCoreApplication::translate("ClusterService", "%1 (%2)");
        return text.arg(what, code);
    }
    return text.arg(what);
}

} // namespace samsa::app
