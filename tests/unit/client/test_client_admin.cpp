// Every admin operation against the broker embedded in-process.
#include <algorithm>
#include <atomic>
#include <filesystem>

#include "client_test_support.h"
#include "produce_helper.h"

using namespace samsa;
using namespace samsa::client;
using client_test::get;

namespace {

const TopicDescription* findTopic(const std::vector<TopicDescription>& topics, const std::string& name) {
    auto it = std::find_if(topics.begin(), topics.end(), [&](const auto& t) { return t.name == name; });
    return it == topics.end() ? nullptr : &*it;
}

const ConfigEntry* findEntry(const ResourceConfigs& rc, const std::string& name) {
    auto it = std::find_if(rc.entries.begin(), rc.entries.end(), [&](const auto& e) { return e.name == name; });
    return it == rc.entries.end() ? nullptr : &*it;
}

} // namespace

class TestClientAdmin : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<server::Broker> m_broker;
    std::unique_ptr<AdminClient> m_client;
    int32_t m_nodeId = -1;

    Result<std::vector<CreateTopicResult>> create(NewTopic topic, bool validateOnly = false) {
        return get(m_client->createTopics({std::move(topic)}, CreateTopicsOptions{validateOnly}));
    }

private slots:
    void initTestCase() {
        m_broker = client_test::startBroker(m_dir.path());
        m_nodeId = m_broker->config().nodeId();
        auto client = AdminClient::create(client_test::clientConfig(m_broker->port()));
        REQUIRE_OK(client);
        m_client = std::move(*client);
    }

    void cleanupTestCase() {
        m_client.reset();
        m_broker->stop();
    }

    void describesTheCluster() {
        auto d = get(m_client->describeCluster());
        REQUIRE_OK(d);
        QVERIFY(d->viaDescribeCluster);
        QVERIFY(!d->clusterId.empty());
        QCOMPARE(d->controllerId, m_nodeId);
        QCOMPARE(d->brokers.size(), size_t(1));
        QCOMPARE(d->brokers[0].id, m_nodeId);
        QCOMPARE(d->brokers[0].port, int32_t(m_broker->port()));
    }

    void callbackRunsBeforeTheFuture() {
        std::atomic<bool> called{false};
        auto f = m_client->describeCluster({}, [&](const Result<ClusterDescription>& r) { called = r.ok(); });
        auto r = get(std::move(f));
        REQUIRE_OK(r);
        QVERIFY(called);
    }

    void createsTopicsWithConfigs() {
        NewTopic t{"orders", 3, 1, {}, {{"retention.ms", "3600000"}}};
        auto r = create(t);
        REQUIRE_OK(r);
        QCOMPARE(r->size(), size_t(1));
        QCOMPARE(r->front().name, std::string("orders"));
        QVERIFY2(!r->front().error, r->front().error ? r->front().error->toString().c_str() : "");
        QCOMPARE(r->front().numPartitions, 3);
        QVERIFY(!r->front().topicId.isZero());
        auto retention = std::find_if(r->front().configs.begin(), r->front().configs.end(),
                                      [](const auto& c) { return c.name == "retention.ms"; });
        QVERIFY(retention != r->front().configs.end());
        QCOMPARE(retention->value.value_or(""), std::string("3600000"));
    }

    void createErrorsAreValues() {
        auto again = create(NewTopic{"orders", 1, 1, {}, {}});
        REQUIRE_OK(again);
        QVERIFY(again->front().error);
        QCOMPARE(again->front().error->code, ErrorCode::TopicAlreadyExists);
        QCOMPARE(again->front().error->nodeId, m_nodeId);

        auto tooMany = create(NewTopic{"wide", 1, 3, {}, {}});
        REQUIRE_OK(tooMany);
        QVERIFY(tooMany->front().error);
        QCOMPARE(tooMany->front().error->code, ErrorCode::InvalidReplicationFactor);
    }

    void validateOnlyCreatesNothing() {
        auto r = create(NewTopic{"ghost", 2, 1, {}, {}}, true);
        REQUIRE_OK(r);
        QVERIFY(!r->front().error);
        auto topics = get(m_client->listTopics());
        REQUIRE_OK(topics);
        QVERIFY(findTopic(*topics, "orders"));
        QVERIFY(!findTopic(*topics, "ghost"));
    }

    void defaultsNeedNoCounts() {
        auto r = create(NewTopic{"defaults", -1, -1, {}, {}});
        REQUIRE_OK(r);
        QVERIFY(!r->front().error);
        QCOMPARE(r->front().numPartitions, 1); // num.partitions
    }

    void describesTopicsWithPartitions() {
        auto topics = get(m_client->describeTopics({"orders", "missing"}));
        REQUIRE_OK(topics);
        QCOMPARE(topics->size(), size_t(2));
        const auto& orders = (*topics)[0];
        QCOMPARE(orders.error, ErrorCode::None);
        QCOMPARE(orders.partitions.size(), size_t(3));
        for (int i = 0; i < 3; ++i) {
            const auto& p = orders.partitions[size_t(i)];
            QCOMPARE(p.partition, i);
            QCOMPARE(p.leader, m_nodeId);
            QCOMPARE(p.replicas, std::vector<int32_t>{m_nodeId});
            QCOMPARE(p.isr, std::vector<int32_t>{m_nodeId});
            QVERIFY(p.offline.empty());
        }
        QCOMPARE((*topics)[1].name, std::string("missing"));
        QCOMPARE((*topics)[1].error, ErrorCode::UnknownTopicOrPartition);
    }

    void watermarksPerPartition() {
        QVERIFY(produceRecords(m_broker->port(), "orders", 0, 5));
        QVERIFY(produceRecords(m_broker->port(), "orders", 2, 2));
        auto marks = get(m_client->watermarks({"orders", "missing"}));
        REQUIRE_OK(marks);
        std::map<TopicPartition, PartitionWatermarks> byPartition;
        for (const auto& m : *marks) byPartition[m.partition] = m;
        QCOMPARE(byPartition.size(), size_t(4));
        QVERIFY(byPartition[(TopicPartition{"missing", -1})].error);
        QCOMPARE(byPartition[(TopicPartition{"missing", -1})].error->code, ErrorCode::UnknownTopicOrPartition);
        const auto p0 = byPartition[(TopicPartition{"orders", 0})];
        QVERIFY(!p0.error);
        QCOMPARE(p0.leader, m_nodeId);
        QCOMPARE(p0.earliest, int64_t(0));
        QCOMPARE(p0.latest, int64_t(5));
        QCOMPARE(byPartition[(TopicPartition{"orders", 1})].latest, int64_t(0));
        QCOMPARE(byPartition[(TopicPartition{"orders", 2})].latest, int64_t(2));
    }

    void deletesRecords() {
        auto r = get(m_client->deleteRecords({{TopicPartition{"orders", 0}, 3}, {TopicPartition{"orders", 2}, -1}}));
        REQUIRE_OK(r);
        QCOMPARE(r->size(), size_t(2));
        for (const auto& d : *r) QVERIFY2(!d.error, d.error ? d.error->toString().c_str() : "");
        QCOMPARE((*r)[0].lowWatermark, int64_t(3));
        QCOMPARE((*r)[1].lowWatermark, int64_t(2)); // -1 means the high watermark
        auto marks = get(m_client->watermarks({"orders"}));
        REQUIRE_OK(marks);
        QCOMPARE((*marks)[0].earliest, int64_t(3));
        QCOMPARE((*marks)[0].latest, int64_t(5));

        auto beyond = get(m_client->deleteRecords({{TopicPartition{"orders", 1}, 100}}));
        REQUIRE_OK(beyond);
        QVERIFY((*beyond)[0].error);
        QCOMPARE((*beyond)[0].error->code, ErrorCode::OffsetOutOfRange);
    }

    void createsPartitions() {
        auto r = get(m_client->createPartitions({NewPartitions{"orders", 5, {}}}));
        REQUIRE_OK(r);
        QVERIFY2(!r->front().error, r->front().error ? r->front().error->toString().c_str() : "");
        auto topics = get(m_client->describeTopics({"orders"}));
        REQUIRE_OK(topics);
        QCOMPARE(topics->front().partitions.size(), size_t(5));

        auto shrink = get(m_client->createPartitions({NewPartitions{"orders", 2, {}}}));
        REQUIRE_OK(shrink);
        QVERIFY(shrink->front().error);
        QCOMPARE(shrink->front().error->code, ErrorCode::InvalidPartitions);
    }

    void describesConfigsWithSourcesAndSynonyms() {
        auto r = get(m_client->describeConfigs({ConfigResource{ConfigResourceType::Topic, "orders"},
                                                ConfigResource{ConfigResourceType::Broker, std::to_string(m_nodeId)}}));
        REQUIRE_OK(r);
        QCOMPARE(r->size(), size_t(2));
        const auto& topic = (*r)[0].resource.type == ConfigResourceType::Topic ? (*r)[0] : (*r)[1];
        const auto& broker = (*r)[0].resource.type == ConfigResourceType::Broker ? (*r)[0] : (*r)[1];
        QVERIFY(!topic.error);
        const ConfigEntry* retention = findEntry(topic, "retention.ms");
        QVERIFY(retention);
        QCOMPARE(retention->value.value_or(""), std::string("3600000"));
        QCOMPARE(retention->source, ConfigSource::DynamicTopic);
        QVERIFY(!retention->isDefault);
        QVERIFY(!retention->synonyms.empty());
        QCOMPARE(retention->synonyms.front().source, ConfigSource::DynamicTopic);
        const ConfigEntry* cleanup = findEntry(topic, "cleanup.policy");
        QVERIFY(cleanup);
        QVERIFY(cleanup->source != ConfigSource::DynamicTopic);
        QVERIFY(!broker.error);
        QVERIFY(findEntry(broker, "log.dirs"));
        QVERIFY(std::any_of(topic.entries.begin(), topic.entries.end(),
                            [](const ConfigEntry& e) { return e.documentation.has_value(); }));
    }

    void incrementalAlterSetsAndDeletes() {
        const ConfigResource orders{ConfigResourceType::Topic, "orders"};
        auto set = get(m_client->incrementalAlterConfigs(
            {{orders, {ConfigAlteration{"cleanup.policy", AlterConfigOp::Set, "compact"}}}}));
        REQUIRE_OK(set);
        QVERIFY2(!set->front().error, set->front().error ? set->front().error->toString().c_str() : "");
        auto after = get(m_client->describeConfigs({orders}));
        REQUIRE_OK(after);
        QCOMPARE(findEntry(after->front(), "cleanup.policy")->value.value_or(""), std::string("compact"));

        auto removed = get(m_client->incrementalAlterConfigs(
            {{orders, {ConfigAlteration{"cleanup.policy", AlterConfigOp::Delete, std::nullopt}}}}));
        REQUIRE_OK(removed);
        QVERIFY(!removed->front().error);
        after = get(m_client->describeConfigs({orders}));
        REQUIRE_OK(after);
        QCOMPARE(findEntry(after->front(), "cleanup.policy")->value.value_or(""), std::string("delete"));

        auto invalid = get(m_client->incrementalAlterConfigs(
            {{orders, {ConfigAlteration{"retention.ms", AlterConfigOp::Set, "soon"}}}}));
        REQUIRE_OK(invalid);
        QVERIFY(invalid->front().error);
        QCOMPARE(invalid->front().error->code, ErrorCode::InvalidConfig);
    }

    void legacyAlterReplacesConfigs() {
        const ConfigResource orders{ConfigResourceType::Topic, "orders"};
        auto r = get(m_client->alterConfigs({{orders, {{"segment.ms", "600000"}}}}));
        REQUIRE_OK(r);
        QVERIFY2(!r->front().error, r->front().error ? r->front().error->toString().c_str() : "");
        auto after = get(m_client->describeConfigs({orders}));
        REQUIRE_OK(after);
        QCOMPARE(findEntry(after->front(), "segment.ms")->value.value_or(""), std::string("600000"));
        // The legacy call replaces the whole set: the earlier retention.ms is gone.
        QCOMPARE(findEntry(after->front(), "retention.ms")->source, ConfigSource::Default);
    }

    void describesLogDirs() {
        auto dirs = get(m_client->describeLogDirs({}));
        REQUIRE_OK(dirs);
        QCOMPARE(dirs->size(), size_t(1));
        const auto& dir = dirs->front();
        QCOMPARE(dir.broker, m_nodeId);
        QVERIFY(!dir.error);
        QCOMPARE(std::filesystem::path(dir.path), std::filesystem::path(m_dir.path().toStdString()));
        auto p0 = std::find_if(dir.partitions.begin(), dir.partitions.end(),
                               [](const auto& p) { return p.partition == TopicPartition{"orders", 0}; });
        QVERIFY(p0 != dir.partitions.end());
        QVERIFY(p0->sizeBytes > 0);
    }

    void deletesTopics() {
        auto r = get(m_client->deleteTopics({"defaults", "never-existed"}));
        REQUIRE_OK(r);
        QCOMPARE(r->size(), size_t(2));
        std::map<std::string, std::optional<ClientError>> byName;
        for (const auto& t : *r) byName[t.name] = t.error;
        QVERIFY(!byName["defaults"]);
        QVERIFY(byName["never-existed"]);
        QCOMPARE(byName["never-existed"]->code, ErrorCode::UnknownTopicOrPartition);
        auto topics = get(m_client->describeTopics({"defaults"}));
        REQUIRE_OK(topics);
        QCOMPARE(topics->front().error, ErrorCode::UnknownTopicOrPartition);
    }

    void manyCallsInFlightAtOnce() {
        std::vector<std::future<Result<ClusterDescription>>> calls;
        for (int i = 0; i < 64; ++i) calls.push_back(m_client->describeCluster());
        for (auto& f : calls) {
            auto r = get(std::move(f));
            REQUIRE_OK(r);
            QCOMPARE(r->controllerId, m_nodeId);
        }
    }
};

QTEST_GUILESS_MAIN(TestClientAdmin)
#include "test_client_admin.moc"
