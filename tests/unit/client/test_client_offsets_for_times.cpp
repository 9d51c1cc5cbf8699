// ListOffsets by timestamp (AdminClient::offsetsForTimes) against the embedded broker.
#include <map>

#include "client_test_support.h"

using namespace samsa;
using namespace samsa::client;
using client_test::get;

namespace {

constexpr int64_t kBase = 1700000000000;

ProducerRecord at(int32_t partition, int64_t timestampMs) {
    ProducerRecord r;
    const std::string text = "t" + std::to_string(timestampMs);
    r.value = Bytes(text.begin(), text.end());
    r.timestampMs = timestampMs;
    r.partition = partition;
    return r;
}

std::map<TopicPartition, OffsetForTimestamp> byPartition(const std::vector<OffsetForTimestamp>& found) {
    std::map<TopicPartition, OffsetForTimestamp> out;
    for (const auto& f : found) out[f.partition] = f;
    return out;
}

} // namespace

class TestClientOffsetsForTimes : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<server::Broker> m_broker;
    std::unique_ptr<AdminClient> m_client;

private slots:
    void initTestCase() {
        m_broker = client_test::startBroker(m_dir.path());
        auto client = AdminClient::create(client_test::clientConfig(m_broker->port()));
        REQUIRE_OK(client);
        m_client = std::move(*client);
        auto created = get(m_client->createTopics({NewTopic{"clock", 2, 1, {}, {}}}));
        REQUIRE_OK(created);
        QVERIFY(!created->front().error);
        // Partition 0: one record every 10 ms; partition 1: two records, later.
        std::vector<ProducerRecord> records;
        for (int i = 0; i < 5; ++i) records.push_back(at(0, kBase + 10 * i));
        records.push_back(at(1, kBase + 100));
        records.push_back(at(1, kBase + 200));
        ProduceOptions options;
        options.partitioner = Partitioner::Explicit;
        auto produced = get(m_client->produce("clock", records, options));
        REQUIRE_OK(produced);
        for (const auto& p : *produced) QVERIFY(!p.error);
    }

    void cleanupTestCase() {
        m_client.reset();
        m_broker->stop();
    }

    void findsTheFirstRecordAtOrAfterTheTime() {
        auto found = get(m_client->offsetsForTimes({{TopicPartition{"clock", 0}, kBase + 15},
                                                    {TopicPartition{"clock", 1}, kBase}}));
        REQUIRE_OK(found);
        auto marks = byPartition(*found);
        QCOMPARE(marks.size(), size_t(2));
        const auto p0 = marks[(TopicPartition{"clock", 0})];
        QVERIFY(!p0.error);
        QCOMPARE(p0.offset, int64_t(2));
        QCOMPARE(p0.timestampMs, kBase + 20);
        const auto p1 = marks[(TopicPartition{"clock", 1})];
        QCOMPARE(p1.offset, int64_t(0));
        QCOMPARE(p1.timestampMs, kBase + 100);
    }

    void exactTimeFindsThatRecord() {
        auto found = get(m_client->offsetsForTimes({{TopicPartition{"clock", 0}, kBase + 40}}));
        REQUIRE_OK(found);
        QCOMPARE(found->size(), size_t(1));
        QCOMPARE(found->front().offset, int64_t(4));
        QCOMPARE(found->front().timestampMs, kBase + 40);
    }

    void laterThanEverythingFindsNothing() {
        auto found = get(m_client->offsetsForTimes({{TopicPartition{"clock", 0}, kBase + 41},
                                                    {TopicPartition{"clock", 1}, kBase + 201}},
                                                   IsolationLevel::ReadCommitted));
        REQUIRE_OK(found);
        for (const auto& f : *found) {
            QVERIFY(!f.error);
            QCOMPARE(f.offset, int64_t(-1));
        }
    }

    void unknownTopicIsAnErrorOfItsPartition() {
        CallOptions quick;
        quick.timeout = std::chrono::seconds(3);
        auto found = get(m_client->offsetsForTimes({{TopicPartition{"missing", 0}, kBase}}, {}, quick));
        REQUIRE_OK(found);
        QCOMPARE(found->size(), size_t(1));
        QVERIFY(found->front().error);
        QCOMPARE(found->front().error->code, ErrorCode::UnknownTopicOrPartition);
    }
};

QTEST_GUILESS_MAIN(TestClientOffsetsForTimes)
#include "test_client_offsets_for_times.moc"
