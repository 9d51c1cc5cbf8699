#include "app/cluster_service.h"
#include "app/local_cluster_host.h"

#include <QHostAddress>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using samsa::app::ClusterService;
using samsa::app::LocalClusterHost;
namespace client = samsa::client;

namespace {

constexpr int kTimeoutMs = 30000;

client::ClientConfig configFor(const QString& bootstrap) {
    samsa::app::ClusterProfile profile;
    profile.bootstrapServers = bootstrap;
    auto config = samsa::app::clientConfigFor(profile);
    config.connectTimeout = std::chrono::milliseconds(2000);
    config.defaultApiTimeout = std::chrono::milliseconds(4000);
    return config;
}

using Topics = std::vector<client::TopicDescription>;

void listTopics(client::AdminClient& c, client::Callback<Topics> cb) { c.listTopics({}, cb); }

} // namespace

class TestClusterService : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void deliversOnTheCallingThread();
    void dropsResultsForClosedPages();
    void reportsUnreachableClusterAsFailing();
    void explainsUnusableSettings();
    void buildsClientSettingsFromProfile();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalClusterHost> m_host;
};

void TestClusterService::initTestCase() {
    m_host = std::make_unique<LocalClusterHost>(m_dir.path(), 0);
    m_host->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_host->state(), LocalClusterHost::State::Running, kTimeoutMs);
}

void TestClusterService::deliversOnTheCallingThread() {
    ClusterService service(configFor(m_host->bootstrapServers()), QStringLiteral("local"));
    QSignalSpy health(&service, &ClusterService::healthChanged);
    QObject page;
    bool created = false;
    service.call<std::vector<client::CreateTopicResult>>(
        &page,
        [](client::AdminClient& c, client::Callback<std::vector<client::CreateTopicResult>> cb) {
            client::NewTopic topic;
            topic.name = "service-topic";
            topic.numPartitions = 3;
            c.createTopics({topic}, {}, {}, cb);
        },
        [&](const client::Result<std::vector<client::CreateTopicResult>>& result) {
            QCOMPARE(QThread::currentThread(), qApp->thread());
            QVERIFY2(result.ok(), result.ok() ? "" : result.error().toString().c_str());
            QCOMPARE(result->size(), size_t(1));
            QVERIFY(!result->front().error);
            created = true;
        });
    QTRY_VERIFY_WITH_TIMEOUT(created, kTimeoutMs);

    std::optional<Topics> topics;
    service.call<Topics>(&page, listTopics, [&](const client::Result<Topics>& result) {
        QCOMPARE(QThread::currentThread(), qApp->thread());
        if (result) topics = *result;
    });
    QTRY_VERIFY_WITH_TIMEOUT(topics.has_value(), kTimeoutMs);
    auto found = std::find_if(topics->begin(), topics->end(),
                              [](const auto& t) { return t.name == "service-topic"; });
    QVERIFY(found != topics->end());
    QCOMPARE(found->partitions.size(), size_t(3));
    QCOMPARE(service.health(), ClusterService::Health::Ok);
    QCOMPARE(health.count(), 1);
}

void TestClusterService::dropsResultsForClosedPages() {
    ClusterService service(configFor(m_host->bootstrapServers()), QStringLiteral("local"));
    int delivered = 0;
    bool witnessed = false;
    auto page = std::make_unique<QObject>();
    QObject witness;
    service.call<Topics>(page.get(), listTopics, [&](const client::Result<Topics>&) { ++delivered; });
    page.reset(); // the page closes before the answer arrives
    service.call<Topics>(&witness, listTopics,
                         [&](const client::Result<Topics>&) { witnessed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(witnessed, kTimeoutMs);
    QTest::qWait(50);
    QCOMPARE(delivered, 0);
}

void TestClusterService::reportsUnreachableClusterAsFailing() {
    // A port that was just free: connections are refused.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    ClusterService service(configFor(QStringLiteral("127.0.0.1:%1").arg(port)),
                           QStringLiteral("gone"));
    QSignalSpy health(&service, &ClusterService::healthChanged);
    std::optional<client::ClientError> error;
    service.call<Topics>(&service, listTopics, [&](const client::Result<Topics>& result) {
        QVERIFY(!result.ok());
        error = result.error();
    });
    QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), kTimeoutMs);
    QCOMPARE(service.health(), ClusterService::Health::Failing);
    QCOMPARE(health.count(), 1);
    QVERIFY2(!service.healthMessage().isEmpty(), qPrintable(service.healthMessage()));
    QCOMPARE(samsa::app::describeError(*error), service.healthMessage());
}

void TestClusterService::explainsUnusableSettings() {
    ClusterService service(client::ClientConfig{}, QStringLiteral("empty"));
    QVERIFY(!service.setupError().isEmpty());
    QVERIFY(service.client() == nullptr);
    std::optional<client::ClientError> error;
    service.call<Topics>(&service, listTopics, [&](const client::Result<Topics>& result) {
        if (!result) error = result.error();
    });
    QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), kTimeoutMs);
    QCOMPARE(QString::fromStdString(error->message), service.setupError());
    QCOMPARE(service.health(), ClusterService::Health::Failing);
}

void TestClusterService::buildsClientSettingsFromProfile() {
    samsa::app::ClusterProfile profile;
    profile.bootstrapServers = QStringLiteral("a.example:9093,[::1]:9094");
    profile.securityProtocol = samsa::app::SecurityProtocol::SaslSsl;
    profile.saslMechanism = samsa::app::SaslMechanism::ScramSha512;
    profile.username = QStringLiteral("alice");
    profile.caFile = QStringLiteral("ca.pem");
    const auto config = samsa::app::clientConfigFor(profile, QStringLiteral("s3cret"));
    QCOMPARE(config.bootstrapServers.size(), size_t(2));
    QCOMPARE(config.bootstrapServers[1].host, std::string("::1"));
    QCOMPARE(config.bootstrapServers[1].port, uint16_t(9094));
    QVERIFY(config.securityProtocol == client::SecurityProtocol::SaslSsl);
    QVERIFY(config.sasl.mechanism == client::SaslMechanism::ScramSha512);
    QCOMPARE(config.sasl.username, std::string("alice"));
    QCOMPARE(config.sasl.password, std::string("s3cret"));
    QCOMPARE(config.tls.caFile, std::string("ca.pem"));
    QVERIFY(config.tls.keyPassword.empty());

    profile.securityProtocol = samsa::app::SecurityProtocol::Ssl;
    profile.clientKeyFile = QStringLiteral("client.key");
    const auto tls = samsa::app::clientConfigFor(profile, QStringLiteral("passphrase"));
    QVERIFY(tls.sasl.password.empty());
    QCOMPARE(tls.tls.keyPassword, std::string("passphrase"));
}

QTEST_GUILESS_MAIN(TestClusterService)
#include "test_cluster_service.moc"
