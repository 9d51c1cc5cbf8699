// Consumer groups against the embedded broker: two GroupConsumer members sharing six
// partitions, and the admin client's view of them (list, describe, committed offsets),
// standalone commits and deletion.
#include <algorithm>
#include <set>

#include "client/group_consumer.h"
#include "client_test_support.h"

using namespace samsa;
using namespace samsa::client;
using client_test::get;

namespace {

constexpr int kPartitions = 6;
constexpr int kRecordsPerPartition = 10;

GroupConsumerConfig memberConfig(const std::string& group, const std::string& topic) {
    GroupConsumerConfig c;
    c.groupId = group;
    c.topics = {topic};
    c.sessionTimeout = std::chrono::seconds(10);
    c.rebalanceTimeout = std::chrono::seconds(10);
    c.heartbeatInterval = std::chrono::milliseconds(300);
    return c;
}

} // namespace

class TestClientGroups : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<server::Broker> m_broker;
    std::unique_ptr<AdminClient> m_client;

    ClientConfig config() const { return client_test::clientConfig(m_broker->port()); }

    void fill(const std::string& topic) {
        auto created = get(m_client->createTopics({NewTopic{topic, kPartitions, 1, {}, {}}}));
        REQUIRE_OK(created);
        QVERIFY(!created->front().error);
        std::vector<ProducerRecord> records;
        for (int p = 0; p < kPartitions; ++p)
            for (int i = 0; i < kRecordsPerPartition; ++i) {
                ProducerRecord r;
                const std::string v = "p" + std::to_string(p) + "-" + std::to_string(i);
                r.value = Bytes(v.begin(), v.end());
                r.partition = p;
                records.push_back(std::move(r));
            }
        auto produced = get(m_client->produce(topic, records));
        REQUIRE_OK(produced);
        for (const auto& r : *produced) QVERIFY(!r.error);
    }

private slots:
    void initTestCase() {
        m_broker = client_test::startBroker(m_dir.path(), {{"group.initial.rebalance.delay.ms", "0"}});
        auto client = AdminClient::create(config());
        REQUIRE_OK(client);
        m_client = std::move(*client);
    }

    void cleanupTestCase() {
        m_client.reset();
        m_broker->stop();
    }

    void twoMembersShareSixPartitions() {
        fill("shared");
        auto a = GroupConsumer::create(config(), memberConfig("sharers", "shared"));
        REQUIRE_OK(a);
        auto b = GroupConsumer::create(config(), memberConfig("sharers", "shared"));
        REQUIRE_OK(b);

        // Both members settle on one generation with three partitions each.
        MemberStatus sa, sb;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto x = get((*a)->status());
                auto y = get((*b)->status());
                if (!x || !y) return false;
                sa = *x;
                sb = *y;
                return sa.stable && sb.stable && sa.generation == sb.generation && sa.assignment.size() == 3 &&
                       sb.assignment.size() == 3;
            }(),
            30000);
        QVERIFY(sa.leader != sb.leader);
        std::set<TopicPartition> all(sa.assignment.begin(), sa.assignment.end());
        all.insert(sb.assignment.begin(), sb.assignment.end());
        QCOMPARE(all.size(), size_t(kPartitions));

        // Each reads its own partitions from the start, then commits.
        std::map<TopicPartition, int> consumed;
        for (auto* member : {a->get(), b->get()}) {
            for (int round = 0; round < 20; ++round) {
                auto records = get(member->poll(std::chrono::milliseconds(500), 100));
                REQUIRE_OK(records);
                for (const auto& r : *records) ++consumed[r.partition];
                if (records->empty()) break;
            }
            REQUIRE_OK(get(member->commit()));
        }
        QCOMPARE(consumed.size(), size_t(kPartitions));
        for (const auto& [tp, n] : consumed) QCOMPARE(n, kRecordsPerPartition);

        // The commits are the group's offsets as any admin sees them.
        auto offsets = get(m_client->listConsumerGroupOffsets("sharers"));
        REQUIRE_OK(offsets);
        QCOMPARE(offsets->size(), size_t(kPartitions));
        for (const auto& o : *offsets) {
            QVERIFY(!o.error);
            QCOMPARE(o.partition.topic, std::string("shared"));
            QCOMPARE(o.offset, int64_t(kRecordsPerPartition));
        }

        // Describe: both members with their decoded subscriptions and assignments.
        auto described = get(m_client->describeGroups({"sharers"}));
        REQUIRE_OK(described);
        const auto& g = described->front();
        QVERIFY(!g.error);
        QCOMPARE(g.state, std::string("Stable"));
        QCOMPARE(g.protocolType, std::string("consumer"));
        QCOMPARE(g.protocol, std::string("range"));
        QCOMPARE(g.members.size(), size_t(2));
        std::set<std::string> ids{sa.memberId, sb.memberId};
        int assigned = 0;
        for (const auto& m : g.members) {
            QVERIFY(ids.contains(m.memberId));
            QCOMPARE(m.clientId, std::string("client-test"));
            QVERIFY(!m.host.empty());
            QCOMPARE(m.subscribedTopics, std::vector<std::string>{"shared"});
            QCOMPARE(m.assignment.size(), size_t(1));
            QCOMPARE(m.assignment.front().topic, std::string("shared"));
            assigned += int(m.assignment.front().partitions.size());
        }
        QCOMPARE(assigned, kPartitions);

        auto listed = get(m_client->listGroups());
        REQUIRE_OK(listed);
        auto it = std::find_if(listed->begin(), listed->end(), [](const auto& l) { return l.groupId == "sharers"; });
        QVERIFY(it != listed->end());
        QCOMPARE(it->protocolType, std::string("consumer"));
        auto stable = get(m_client->listGroups(ListGroupsOptions{{"Stable"}}));
        REQUIRE_OK(stable);
        QVERIFY(std::any_of(stable->begin(), stable->end(), [](const auto& l) { return l.groupId == "sharers"; }));
        auto empty = get(m_client->listGroups(ListGroupsOptions{{"Empty"}}));
        REQUIRE_OK(empty);
        QVERIFY(std::none_of(empty->begin(), empty->end(), [](const auto& l) { return l.groupId == "sharers"; }));

        // A live group refuses a standalone commit and its deletion.
        auto refused = get(m_client->commitOffsets("sharers", {OffsetToCommit{TopicPartition{"shared", 0}, 0, -1, {}}}));
        REQUIRE_OK(refused);
        QVERIFY(refused->front().error);
        auto notDeleted = get(m_client->deleteGroups({"sharers"}));
        REQUIRE_OK(notDeleted);
        QVERIFY(notDeleted->front().error);
        QCOMPARE(notDeleted->front().error->code, ErrorCode::NonEmptyGroup);

        // When one leaves, the other takes over all six partitions and resumes from the
        // commits: nothing is read twice.
        REQUIRE_OK(get((*a)->close()));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto y = get((*b)->status());
                return y && y->stable && y->assignment.size() == size_t(kPartitions);
            }(),
            30000);
        auto after = get((*b)->poll(std::chrono::milliseconds(300), 100));
        REQUIRE_OK(after);
        QVERIFY(after->empty());
        REQUIRE_OK(get((*b)->close()));

        auto emptyNow = get(m_client->describeGroups({"sharers"}));
        REQUIRE_OK(emptyNow);
        QCOMPARE(emptyNow->front().state, std::string("Empty"));
    }

    void standaloneCommitsAndDeletion() {
        auto committed = get(m_client->commitOffsets(
            "tooling", {OffsetToCommit{TopicPartition{"shared", 1}, 7, -1, std::string("reset by hand")},
                        OffsetToCommit{TopicPartition{"shared", 4}, 3, -1, {}}}));
        REQUIRE_OK(committed);
        QCOMPARE(committed->size(), size_t(2));
        for (const auto& r : *committed) QVERIFY2(!r.error, r.error ? r.error->toString().c_str() : "");

        auto some = get(m_client->listConsumerGroupOffsets("tooling", std::vector<TopicPartition>{{"shared", 1}}));
        REQUIRE_OK(some);
        QCOMPARE(some->size(), size_t(1));
        QCOMPARE(some->front().offset, int64_t(7));
        QCOMPARE(some->front().metadata, std::optional<std::string>("reset by hand"));
        auto all = get(m_client->listConsumerGroupOffsets("tooling"));
        REQUIRE_OK(all);
        QCOMPARE(all->size(), size_t(2));
        QCOMPARE(all->back().partition, (TopicPartition{"shared", 4}));
        QCOMPARE(all->back().offset, int64_t(3));

        auto deleted = get(m_client->deleteGroups({"tooling", "never-existed"}));
        REQUIRE_OK(deleted);
        QCOMPARE(deleted->size(), size_t(2));
        QVERIFY(!(*deleted)[0].error);
        QVERIFY((*deleted)[1].error);
        QCOMPARE((*deleted)[1].error->code, ErrorCode::GroupIdNotFound);
        auto gone = get(m_client->listConsumerGroupOffsets("tooling"));
        REQUIRE_OK(gone);
        QVERIFY(gone->empty());
    }

    void describingAnUnknownGroupSaysDead() {
        auto described = get(m_client->describeGroups({"nobody-here"}));
        REQUIRE_OK(described);
        QCOMPARE(described->size(), size_t(1));
        const auto& g = described->front();
        QVERIFY(!g.error);
        QCOMPARE(g.state, std::string("Dead"));
        QVERIFY(g.members.empty());
    }
};

QTEST_GUILESS_MAIN(TestClientGroups)
#include "test_client_groups.moc"
