// The admin client against librdkafka's mock cluster (three brokers): ApiVersions
// negotiation with a foreign server, Metadata fallback for the cluster description,
// routing ListOffsets to each partition's leader, retries on NOT_LEADER_OR_FOLLOWER,
// error values for APIs the mock does not implement, and produce / fetch / group offsets
// / a group member against a server we did not write; murmur2 partitioning checked
// against librdkafka's Java-compatible partitioner.
#include <QtTest>

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

#include <algorithm>
#include <future>

#include "client/admin_client.h"
#include "client/group_consumer.h"
#include "client/partitioner.h"

using namespace samsa;
using namespace samsa::client;

namespace {

template <typename T>
Result<T> get(std::future<Result<T>> f) {
    if (f.wait_for(std::chrono::seconds(60)) != std::future_status::ready)
        return makeError(ErrorCode::UnknownServerError, "the call never completed");
    return f.get();
}

rd_kafka_t* newClient(rd_kafka_type_t type, const std::vector<std::pair<std::string, std::string>>& settings) {
    char err[512];
    rd_kafka_conf_t* conf = rd_kafka_conf_new();
    for (const auto& [k, v] : settings)
        if (rd_kafka_conf_set(conf, k.c_str(), v.c_str(), err, sizeof err) != RD_KAFKA_CONF_OK)
            qFatal("librdkafka setting %s: %s", k.c_str(), err);
    rd_kafka_t* rk = rd_kafka_new(type, conf, err, sizeof err);
    if (!rk) qFatal("rd_kafka_new: %s", err);
    return rk;
}

constexpr int kBrokers = 3;
constexpr int kPartitions = 6;
const char* const kTopic = "routed";

} // namespace

#define REQUIRE_OK(result) QVERIFY2((result).ok(), (result) ? "" : (result).error().toString().c_str())

class TestClientMock : public QObject {
    Q_OBJECT
private:
    rd_kafka_t* m_owner = nullptr;
    rd_kafka_mock_cluster_t* m_cluster = nullptr;
    std::string m_bootstrap;
    std::unique_ptr<AdminClient> m_client;
    std::map<int16_t, protocol::messages::VersionRange> m_apis;

    // Leader of partition p is node p % 3 + 1, so every node leads some partitions.
    static int32_t leaderOf(int32_t partition) { return partition % kBrokers + 1; }

    ClientConfig config() const {
        ClientConfig c;
        c.bootstrapServers = *parseBootstrapServers(m_bootstrap);
        c.defaultApiTimeout = std::chrono::seconds(20);
        c.retryBackoff = std::chrono::milliseconds(20);
        // The mock encodes ListOffsets v4+ leader epochs as 64-bit values (the protocol
        // says 32), which shifts every later partition in the answer.
        c.maxApiVersions[2] = 3;
        return c;
    }

private slots:
    void initTestCase() {
        m_owner = newClient(RD_KAFKA_PRODUCER, {});
        m_cluster = rd_kafka_mock_cluster_new(m_owner, kBrokers);
        QVERIFY(m_cluster);
        m_bootstrap = rd_kafka_mock_cluster_bootstraps(m_cluster);
        QCOMPARE(rd_kafka_mock_topic_create(m_cluster, kTopic, kPartitions, kBrokers), RD_KAFKA_RESP_ERR_NO_ERROR);
        for (int32_t p = 0; p < kPartitions; ++p)
            QCOMPARE(rd_kafka_mock_partition_set_leader(m_cluster, kTopic, p, leaderOf(p)), RD_KAFKA_RESP_ERR_NO_ERROR);

        // Partition p holds p + 1 records.
        rd_kafka_t* producer = newClient(RD_KAFKA_PRODUCER, {{"bootstrap.servers", m_bootstrap}});
        for (int32_t p = 0; p < kPartitions; ++p)
            for (int i = 0; i <= p; ++i) {
                const std::string value = "v" + std::to_string(i);
                QCOMPARE(rd_kafka_producev(producer, RD_KAFKA_V_TOPIC(kTopic), RD_KAFKA_V_PARTITION(p),
                                           RD_KAFKA_V_VALUE(const_cast<char*>(value.data()), value.size()),
                                           RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END),
                         RD_KAFKA_RESP_ERR_NO_ERROR);
            }
        QCOMPARE(rd_kafka_flush(producer, 20000), RD_KAFKA_RESP_ERR_NO_ERROR);
        rd_kafka_destroy(producer);

        auto client = AdminClient::create(config());
        REQUIRE_OK(client);
        m_client = std::move(*client);
    }

    void cleanupTestCase() {
        m_client.reset();
        if (m_cluster) rd_kafka_mock_cluster_destroy(m_cluster);
        if (m_owner) rd_kafka_destroy(m_owner);
    }

    void negotiatesApiVersionsWithEveryBootstrapServer() {
        auto reports = get(m_client->testConnection());
        REQUIRE_OK(reports);
        QCOMPARE(reports->size(), size_t(kBrokers));
        for (const auto& r : *reports) {
            QVERIFY2(!r.error, r.error ? r.error->toString().c_str() : "");
            QVERIFY(r.nodeId >= 1 && r.nodeId <= kBrokers);
            QVERIFY(r.apiVersions.contains(3)); // Metadata
            QVERIFY(r.apiVersions.contains(2)); // ListOffsets
        }
        m_apis = reports->front().apiVersions;
        QString listed;
        for (const auto& [key, range] : m_apis) listed += QStringLiteral(" %1:v%2-%3").arg(key).arg(range.min).arg(range.max);
        qInfo("mock cluster APIs:%s", qPrintable(listed));
    }

    void describesTheClusterThroughMetadataWhenNeeded() {
        auto d = get(m_client->describeCluster());
        REQUIRE_OK(d);
        QCOMPARE(d->brokers.size(), size_t(kBrokers));
        for (int i = 0; i < kBrokers; ++i) QCOMPARE(d->brokers[size_t(i)].id, i + 1);
        qInfo("controller reported by the mock: %d", d->controllerId);
        QCOMPARE(d->viaDescribeCluster, m_apis.contains(60));
    }

    void describesPartitionsWithLeadersAndReplicas() {
        auto topics = get(m_client->describeTopics({kTopic}));
        REQUIRE_OK(topics);
        const auto& t = topics->front();
        QCOMPARE(t.error, ErrorCode::None);
        QCOMPARE(t.partitions.size(), size_t(kPartitions));
        for (const auto& p : t.partitions) {
            QCOMPARE(p.leader, leaderOf(p.partition));
            QCOMPARE(p.replicas.size(), size_t(kBrokers));
            QVERIFY(std::find(p.replicas.begin(), p.replicas.end(), p.leader) != p.replicas.end());
        }
    }

    void watermarksComeFromEachLeader() {
        // The mock answers NOT_LEADER_OR_FOLLOWER when asked for a partition it does not
        // lead, so correct offsets show each request reached its leader.
        auto marks = get(m_client->watermarks({kTopic}));
        REQUIRE_OK(marks);
        QCOMPARE(marks->size(), size_t(kPartitions));
        for (const auto& m : *marks) {
            QVERIFY2(!m.error, m.error ? m.error->toString().c_str() : "");
            QCOMPARE(m.leader, leaderOf(m.partition.partition));
            QCOMPARE(m.earliest, int64_t(0));
            QCOMPARE(m.latest, int64_t(m.partition.partition + 1));
        }
    }

    void retriesNotLeaderOrFollower() {
        rd_kafka_mock_push_request_errors(m_cluster, 2 /* ListOffsets */, 2, RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION,
                                          RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION);
        auto marks = get(m_client->watermarks({kTopic}));
        REQUIRE_OK(marks);
        for (const auto& m : *marks) {
            QVERIFY2(!m.error, m.error ? m.error->toString().c_str() : "");
            QCOMPARE(m.latest, int64_t(m.partition.partition + 1));
        }
    }

    void followsALeaderThatMoved() {
        auto before = get(m_client->describeTopics({kTopic}));
        REQUIRE_OK(before);
        const int32_t moved = leaderOf(0) % kBrokers + 1;
        QCOMPARE(rd_kafka_mock_partition_set_leader(m_cluster, kTopic, 0, moved), RD_KAFKA_RESP_ERR_NO_ERROR);
        auto marks = get(m_client->watermarks({kTopic}));
        QCOMPARE(rd_kafka_mock_partition_set_leader(m_cluster, kTopic, 0, leaderOf(0)), RD_KAFKA_RESP_ERR_NO_ERROR);
        REQUIRE_OK(marks);
        QVERIFY(!marks->front().error);
        QCOMPARE(marks->front().leader, moved);
        QCOMPARE(marks->front().latest, int64_t(1));
    }

    void givesUpAfterBoundedRetries() {
        auto c = config();
        c.maxRetries = 2;
        auto client = AdminClient::create(c);
        REQUIRE_OK(client);
        std::vector<rd_kafka_resp_err_t> errors(40, RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION);
        rd_kafka_mock_push_request_errors_array(m_cluster, 2, errors.size(), errors.data());
        auto marks = get((*client)->watermarks({kTopic}));
        rd_kafka_mock_clear_request_errors(m_cluster, 2);
        REQUIRE_OK(marks);
        QVERIFY(std::any_of(marks->begin(), marks->end(), [](const PartitionWatermarks& m) {
            return m.error && m.error->code == ErrorCode::NotLeaderOrFollower && m.error->nodeId >= 1;
        }));
    }

    void adminApisTheMockLacksFailAsValues() {
        auto d = get(m_client->describeCluster());
        REQUIRE_OK(d);
        // This mock reports controller id 0, which is none of its brokers (1..3). The
        // client then says so instead of sending the request elsewhere.
        const bool controllerKnown = d->controllerId >= 1 && d->controllerId <= kBrokers;
        auto expectControllerFailure = [&](const ClientError& e) {
            QCOMPARE(e.nodeId, d->controllerId);
            QCOMPARE(e.code, controllerKnown ? ErrorCode::UnsupportedVersion : ErrorCode::BrokerNotAvailable);
        };
        QVERIFY(!m_apis.contains(19) && !m_apis.contains(20) && !m_apis.contains(37) && !m_apis.contains(32));

        auto created = get(m_client->createTopics({NewTopic{"fresh", 3, 3, {}, {}}}, {},
                                                  CallOptions{std::chrono::seconds(3)}));
        QVERIFY(!created);
        expectControllerFailure(created.error());
        auto deleted = get(m_client->deleteTopics({kTopic}, CallOptions{std::chrono::seconds(3)}));
        QVERIFY(!deleted);
        expectControllerFailure(deleted.error());
        auto grown = get(m_client->createPartitions({NewPartitions{kTopic, 8, {}}}, false,
                                                    CallOptions{std::chrono::seconds(3)}));
        QVERIFY(!grown);
        expectControllerFailure(grown.error());

        // Topic configs may come from any broker: the one asked says it lacks the API.
        auto configs = get(m_client->describeConfigs({ConfigResource{ConfigResourceType::Topic, kTopic}}));
        QVERIFY(!configs);
        QCOMPARE(configs.error().code, ErrorCode::UnsupportedVersion);
        QVERIFY(configs.error().nodeId >= 1 && configs.error().nodeId <= kBrokers);
        // Broker configs go to the broker named.
        auto brokerConfigs = get(m_client->describeConfigs({ConfigResource{ConfigResourceType::Broker, "2"}}));
        QVERIFY(!brokerConfigs);
        QCOMPARE(brokerConfigs.error().code, ErrorCode::UnsupportedVersion);
        QCOMPARE(brokerConfigs.error().nodeId, 2);
        auto dirs = get(m_client->describeLogDirs({3}));
        QVERIFY(!dirs);
        QCOMPARE(dirs.error().nodeId, 3);
    }

    void murmur2AgreesWithLibrdkafka() {
        rd_kafka_topic_t* topic = rd_kafka_topic_new(m_owner, "hashing", nullptr);
        QVERIFY(topic);
        for (int i = 0; i < 500; ++i) {
            const std::string key = "key-" + std::to_string(i * 7919) + std::string(size_t(i % 5), 'x');
            for (int32_t partitions : {1, 3, 6, 10, 31}) {
                const int32_t theirs =
                    rd_kafka_msg_partitioner_murmur2(topic, key.data(), key.size(), partitions, nullptr, nullptr);
                const int32_t ours = partitionForKey(
                    std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(key.data()), key.size()), partitions);
                QCOMPARE(ours, theirs);
            }
        }
        rd_kafka_topic_destroy(topic);
    }

    void producesToEachLeaderAndFetchesBack() {
        // The mock refuses a partition at a broker that does not lead it, so accepted
        // records show each batch reached its leader.
        const char* topic = "produced";
        QCOMPARE(rd_kafka_mock_topic_create(m_cluster, topic, kPartitions, kBrokers), RD_KAFKA_RESP_ERR_NO_ERROR);
        for (int32_t p = 0; p < kPartitions; ++p)
            QCOMPARE(rd_kafka_mock_partition_set_leader(m_cluster, topic, p, leaderOf(p)), RD_KAFKA_RESP_ERR_NO_ERROR);
        std::vector<ProducerRecord> records;
        for (int i = 0; i < 24; ++i) {
            ProducerRecord r;
            const std::string key = "k" + std::to_string(i), value = "value-" + std::to_string(i);
            r.key = Bytes(key.begin(), key.end());
            r.value = Bytes(value.begin(), value.end());
            r.headers = {{"h", Bytes{'1'}}};
            records.push_back(std::move(r));
        }
        ProduceOptions options;
        options.compression = Compression::Lz4;
        auto produced = get(m_client->produce(topic, records, options));
        REQUIRE_OK(produced);
        std::map<int32_t, int> perPartition;
        for (size_t i = 0; i < records.size(); ++i) {
            const auto& r = (*produced)[i];
            QVERIFY2(!r.error, r.error ? r.error->toString().c_str() : "");
            QCOMPARE(r.partition.partition, partitionForKey(*records[i].key, kPartitions));
            QCOMPARE(r.offset, int64_t(perPartition[r.partition.partition]++));
        }
        for (const auto& [partition, count] : perPartition) {
            auto fetched = get(m_client->fetch(TopicPartition{topic, partition}, 0));
            REQUIRE_OK(fetched);
            QCOMPARE(fetched->leader, leaderOf(partition));
            QCOMPARE(fetched->highWatermark, int64_t(count));
            int n = 0;
            for (const auto& b : fetched->batches) {
                QCOMPARE(b.compression, Compression::Lz4);
                for (const auto& r : b.records) {
                    QCOMPARE(partitionForKey(*r.key, kPartitions), partition);
                    QCOMPARE(r.headers.size(), size_t(1));
                    ++n;
                }
            }
            QCOMPARE(n, count);
        }
        auto outside = get(m_client->fetch(TopicPartition{topic, 0}, 1000));
        QVERIFY(!outside);
        QCOMPARE(outside.error().code, ErrorCode::OffsetOutOfRange);
    }

    void commitsAndReadsGroupOffsetsThroughTheCoordinator() {
        if (!m_apis.contains(8) || !m_apis.contains(9) || !m_apis.contains(10)) QSKIP("mock lacks group offsets");
        auto committed = get(m_client->commitOffsets(
            "mock-tools", {OffsetToCommit{TopicPartition{kTopic, 0}, 1, -1, std::string("note")},
                           OffsetToCommit{TopicPartition{kTopic, 5}, 4, -1, {}}}));
        REQUIRE_OK(committed);
        for (const auto& r : *committed) QVERIFY2(!r.error, r.error ? r.error->toString().c_str() : "");
        auto offsets = get(m_client->listConsumerGroupOffsets(
            "mock-tools", std::vector<TopicPartition>{{kTopic, 0}, {kTopic, 5}}));
        REQUIRE_OK(offsets);
        QCOMPARE(offsets->size(), size_t(2));
        QCOMPARE((*offsets)[0].offset, int64_t(1));
        QCOMPARE((*offsets)[0].metadata, std::optional<std::string>("note"));
        QCOMPARE((*offsets)[1].offset, int64_t(4));
    }

    void retriesACoordinatorThatIsLoading() {
        if (!m_apis.contains(9)) QSKIP("mock lacks OffsetFetch");
        rd_kafka_mock_push_request_errors(m_cluster, 9 /* OffsetFetch */, 2,
                                          RD_KAFKA_RESP_ERR_COORDINATOR_LOAD_IN_PROGRESS,
                                          RD_KAFKA_RESP_ERR_NOT_COORDINATOR);
        auto offsets = get(m_client->listConsumerGroupOffsets("mock-tools", std::vector<TopicPartition>{{kTopic, 0}}));
        REQUIRE_OK(offsets);
        QCOMPARE(offsets->front().offset, int64_t(1));
    }

    void aGroupMemberConsumesFromTheMock() {
        if (!m_apis.contains(11) || !m_apis.contains(14)) QSKIP("mock lacks the group protocol");
        GroupConsumerConfig group;
        group.groupId = "mock-members";
        group.topics = {kTopic};
        group.sessionTimeout = std::chrono::seconds(10);
        group.rebalanceTimeout = std::chrono::seconds(10);
        group.heartbeatInterval = std::chrono::milliseconds(300);
        auto member = GroupConsumer::create(config(), group);
        REQUIRE_OK(member);
        int total = 0;
        for (int round = 0; round < 40 && total < 21; ++round) {
            auto records = get((*member)->poll(std::chrono::milliseconds(500), 100));
            REQUIRE_OK(records);
            total += int(records->size());
        }
        QCOMPARE(total, 21); // partition p holds p + 1 records
        auto status = get((*member)->status());
        REQUIRE_OK(status);
        QVERIFY(status->leader);
        QCOMPARE(status->assignment.size(), size_t(kPartitions));
        REQUIRE_OK(get((*member)->commit()));
        auto offsets = get(m_client->listConsumerGroupOffsets("mock-members", std::vector<TopicPartition>{{kTopic, 5}}));
        REQUIRE_OK(offsets);
        QCOMPARE(offsets->front().offset, int64_t(6));
        REQUIRE_OK(get((*member)->close()));
    }

    void groupApisTheMockLacksFailAsValues() {
        if (m_apis.contains(15) || m_apis.contains(16)) QSKIP("this mock has DescribeGroups / ListGroups");
        auto listed = get(m_client->listGroups({}, CallOptions{std::chrono::seconds(5)}));
        QVERIFY(!listed);
        QCOMPARE(listed.error().code, ErrorCode::UnsupportedVersion);
        auto described = get(m_client->describeGroups({"mock-tools"}, CallOptions{std::chrono::seconds(5)}));
        REQUIRE_OK(described);
        QVERIFY(described->front().error);
        QCOMPARE(described->front().error->code, ErrorCode::UnsupportedVersion);
    }

    void unreachableLeaderIsReportedForItsPartitionsOnly() {
        auto c = config();
        c.maxRetries = 1;
        c.connectTimeout = std::chrono::milliseconds(500);
        c.requestTimeout = std::chrono::milliseconds(1000);
        auto client = AdminClient::create(c);
        REQUIRE_OK(client);
        QCOMPARE(rd_kafka_mock_broker_set_down(m_cluster, 3), RD_KAFKA_RESP_ERR_NO_ERROR);
        auto marks = get((*client)->watermarks({kTopic}, CallOptions{std::chrono::seconds(8)}));
        QCOMPARE(rd_kafka_mock_broker_set_up(m_cluster, 3), RD_KAFKA_RESP_ERR_NO_ERROR);
        REQUIRE_OK(marks);
        for (const auto& m : *marks) {
            if (leaderOf(m.partition.partition) == 3) {
                QVERIFY(m.error);
            } else {
                QVERIFY2(!m.error, m.error ? m.error->toString().c_str() : "");
                QCOMPARE(m.latest, int64_t(m.partition.partition + 1));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestClientMock)
#include "test_client_mock.moc"
