// Routing and retries against scripted nodes: requests follow the controller when it
// moves, transient errors are retried a bounded number of times, and SASL runs before
// any request on a connection.
#include "client_test_support.h"
#include "scripted_cluster.h"

using namespace samsa;
using namespace samsa::client;
using client_test::get;

namespace {

ClientConfig configFor(const ScriptedCluster& cluster) {
    ClientConfig config;
    config.bootstrapServers = *parseBootstrapServers(cluster.bootstrap());
    config.defaultApiTimeout = std::chrono::seconds(10);
    config.retryBackoff = std::chrono::milliseconds(10);
    return config;
}

} // namespace

class TestClientRouting : public QObject {
    Q_OBJECT
private slots:
    void createTopicsFollowsAMovedController() {
        ScriptedCluster cluster(3);
        auto client = AdminClient::create(configFor(cluster));
        REQUIRE_OK(client);
        auto before = get((*client)->describeCluster());
        REQUIRE_OK(before);
        QCOMPARE(before->controllerId, 1);
        QVERIFY(!before->viaDescribeCluster); // the scripted nodes lack DescribeCluster

        // The client's metadata still names node 1; node 1 answers NOT_CONTROLLER.
        cluster.setController(2);
        auto created = get((*client)->createTopics({NewTopic{"moved", 1, 1, {}, {}}}));
        REQUIRE_OK(created);
        QVERIFY2(!created->front().error, created->front().error ? created->front().error->toString().c_str() : "");
        QCOMPARE(cluster.createTopicsRequests(1), 1);
        QCOMPARE(cluster.createTopicsRequests(2), 1);
        QCOMPARE(cluster.createTopicsRequests(3), 0);
    }

    void retriesAreBounded() {
        ScriptedCluster cluster(1);
        auto config = configFor(cluster);
        config.maxRetries = 3;
        auto client = AdminClient::create(config);
        REQUIRE_OK(client);

        // Two NOT_CONTROLLER answers from the controller itself are ridden out.
        cluster.failCreateTopics(41, 2);
        auto created = get((*client)->createTopics({NewTopic{"eventually", 1, 1, {}, {}}}));
        REQUIRE_OK(created);
        QVERIFY(!created->front().error);
        QCOMPARE(cluster.createTopicsRequests(1), 3);

        // More than maxRetries: the error comes back as a value after 1 + 3 tries.
        cluster.failCreateTopics(41, 100);
        auto refused = get((*client)->createTopics({NewTopic{"never", 1, 1, {}, {}}}));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::NotController);
        QCOMPARE(refused.error().nodeId, 1);
        QCOMPARE(cluster.createTopicsRequests(1), 3 + 4);

        // Errors that retrying cannot fix are not retried.
        cluster.failCreateTopics(36, 1); // TOPIC_ALREADY_EXISTS
        auto exists = get((*client)->createTopics({NewTopic{"taken", 1, 1, {}, {}}}));
        REQUIRE_OK(exists);
        QCOMPARE(exists->front().error->code, ErrorCode::TopicAlreadyExists);
        QCOMPARE(cluster.createTopicsRequests(1), 3 + 4 + 1);
    }

    void saslPlainRunsBeforeRequests() {
        ScriptedCluster cluster(1);
        auto config = configFor(cluster);
        config.securityProtocol = SecurityProtocol::SaslPlaintext;
        config.sasl = SaslConfig{SaslMechanism::Plain, "alice", "secret"};
        auto client = AdminClient::create(config);
        REQUIRE_OK(client);
        auto reports = get((*client)->testConnection());
        REQUIRE_OK(reports);
        const auto& r = reports->front();
        QVERIFY2(!r.error, r.error ? r.error->toString().c_str() : "");
        std::vector<Step> steps;
        for (const auto& s : r.steps) steps.push_back(s.step);
        QCOMPARE(steps, (std::vector<Step>{Step::Resolve, Step::Connect, Step::ApiVersions, Step::Authenticate,
                                           Step::Request}));
        QCOMPARE(cluster.saslMechanisms(), std::vector<std::string>{"PLAIN"});
        REQUIRE_OK(get((*client)->describeCluster()));
    }

    void saslFailuresNameTheStep() {
        ScriptedCluster cluster(1);
        auto config = configFor(cluster);
        config.securityProtocol = SecurityProtocol::SaslPlaintext;
        config.sasl = SaslConfig{SaslMechanism::Plain, "alice", "wrong"};
        auto client = AdminClient::create(config);
        REQUIRE_OK(client);
        auto d = get((*client)->describeCluster());
        QVERIFY(!d);
        QCOMPARE(d.error().code, ErrorCode::SaslAuthenticationFailed);
        QCOMPARE(d.error().step, Step::Authenticate);
        QCOMPARE(d.error().message, std::string("bad credentials"));

        config.sasl = SaslConfig{SaslMechanism::ScramSha256, "alice", "secret"};
        auto scram = AdminClient::create(config);
        REQUIRE_OK(scram);
        auto reports = get((*scram)->testConnection());
        REQUIRE_OK(reports);
        QVERIFY(reports->front().error);
        QCOMPARE(reports->front().error->code, ErrorCode::UnsupportedSaslMechanism);
        QCOMPARE(reports->front().error->step, Step::Authenticate);
        QVERIFY(reports->front().error->message.find("PLAIN") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestClientRouting)
#include "test_client_routing.moc"
