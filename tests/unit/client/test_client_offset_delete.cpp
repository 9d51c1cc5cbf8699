// OffsetDelete (AdminClient::deleteCommittedOffsets) against the embedded broker: an
// empty group loses the offsets asked for and keeps the rest; a live group keeps the
// offsets of topics it is subscribed to; an unknown group is refused as a whole.
#include "client/group_consumer.h"
#include "client_test_support.h"

using namespace samsa;
using namespace samsa::client;
using client_test::get;

class TestClientOffsetDelete : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<server::Broker> m_broker;
    std::unique_ptr<AdminClient> m_client;

    ClientConfig config() const { return client_test::clientConfig(m_broker->port()); }

    void createTopic(const std::string& name, int partitions) {
        auto created = get(m_client->createTopics({NewTopic{name, partitions, 1, {}, {}}}));
        REQUIRE_OK(created);
        QVERIFY(!created->front().error);
    }

private slots:
    void initTestCase() {
        m_broker = client_test::startBroker(m_dir.path(), {{"group.initial.rebalance.delay.ms", "0"}});
        auto client = AdminClient::create(config());
        REQUIRE_OK(client);
        m_client = std::move(*client);
        createTopic("invoices", 2);
        createTopic("refunds", 1);
    }

    void cleanupTestCase() {
        m_client.reset();
        m_broker->stop();
    }

    void emptyGroupLosesTheOffsetsAskedFor() {
        auto committed = get(m_client->commitOffsets(
            "ledger", {OffsetToCommit{TopicPartition{"invoices", 0}, 5, -1, {}},
                       OffsetToCommit{TopicPartition{"invoices", 1}, 6, -1, {}},
                       OffsetToCommit{TopicPartition{"refunds", 0}, 2, -1, {}}}));
        REQUIRE_OK(committed);
        auto deleted = get(m_client->deleteCommittedOffsets(
            "ledger", {TopicPartition{"invoices", 1}, TopicPartition{"invoices", 0}}));
        REQUIRE_OK(deleted);
        QCOMPARE(deleted->size(), size_t(2));
        QCOMPARE(deleted->front().partition, (TopicPartition{"invoices", 0})); // sorted
        for (const auto& r : *deleted) QVERIFY2(!r.error, r.error ? r.error->toString().c_str() : "");
        auto left = get(m_client->listConsumerGroupOffsets("ledger"));
        REQUIRE_OK(left);
        QCOMPARE(left->size(), size_t(1));
        QCOMPARE(left->front().partition, (TopicPartition{"refunds", 0}));
        QCOMPARE(left->front().offset, int64_t(2));
    }

    void liveGroupKeepsItsSubscribedTopics() {
        GroupConsumerConfig member;
        member.groupId = "auditors";
        member.topics = {"invoices"};
        member.sessionTimeout = std::chrono::seconds(10);
        member.rebalanceTimeout = std::chrono::seconds(10);
        member.heartbeatInterval = std::chrono::milliseconds(300);
        auto consumer = GroupConsumer::create(config(), member);
        REQUIRE_OK(consumer);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto s = get((*consumer)->status());
                return s && s->stable;
            }(),
            30000);
        auto deleted = get(m_client->deleteCommittedOffsets("auditors", {TopicPartition{"invoices", 0}}));
        REQUIRE_OK(deleted);
        QCOMPARE(deleted->size(), size_t(1));
        QVERIFY(deleted->front().error);
        QCOMPARE(deleted->front().error->code, ErrorCode::GroupSubscribedToTopic);
        REQUIRE_OK(get((*consumer)->close()));
    }

    void unknownGroupIsRefused() {
        auto deleted = get(m_client->deleteCommittedOffsets("nobody", {TopicPartition{"invoices", 0}}));
        QVERIFY(!deleted);
        QCOMPARE(deleted.error().code, ErrorCode::GroupIdNotFound);
    }
};

QTEST_GUILESS_MAIN(TestClientOffsetDelete)
#include "test_client_offset_delete.moc"
