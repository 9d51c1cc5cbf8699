// Produce and fetch through the admin client against the embedded broker: partitioning,
// compression, acks, headers and tombstones, offset errors, and cancellation.
#include <algorithm>

#include "client/partitioner.h"
#include "protocol/records/compression.h"
#include "client_test_support.h"

using namespace samsa;
using namespace samsa::client;
using client_test::get;

namespace {

Bytes toBytes(std::string_view s) { return Bytes(s.begin(), s.end()); }
std::string toString(const std::optional<Bytes>& b) { return b ? std::string(b->begin(), b->end()) : "<null>"; }

ProducerRecord record(std::optional<std::string> key, std::optional<std::string> value) {
    ProducerRecord r;
    if (key) r.key = toBytes(*key);
    if (value) r.value = toBytes(*value);
    return r;
}

std::vector<FetchedRecord> allRecords(const FetchedPartition& p) {
    std::vector<FetchedRecord> out;
    for (const auto& b : p.batches)
        for (const auto& r : b.records) out.push_back(r);
    return out;
}

} // namespace

class TestClientProduceFetch : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<server::Broker> m_broker;
    std::unique_ptr<AdminClient> m_client;

    void createTopic(const std::string& name, int32_t partitions) {
        auto created = get(m_client->createTopics({NewTopic{name, partitions, 1, {}, {}}}));
        REQUIRE_OK(created);
        QVERIFY2(!created->front().error, created->front().error ? created->front().error->toString().c_str() : "");
    }

private slots:
    void initTestCase() {
        m_broker = client_test::startBroker(m_dir.path());
        auto client = AdminClient::create(client_test::clientConfig(m_broker->port()));
        REQUIRE_OK(client);
        m_client = std::move(*client);
        createTopic("keyed", 6);
        createTopic("plain", 1);
        createTopic("codecs", 1);
        createTopic("spread", 3);
    }

    void cleanupTestCase() {
        m_client.reset();
        m_broker->stop();
    }

    void keyedRecordsLandWhereKafkaPutsThem() {
        std::vector<ProducerRecord> records;
        for (int i = 0; i < 30; ++i) records.push_back(record("customer-" + std::to_string(i % 10), "order-" + std::to_string(i)));
        auto produced = get(m_client->produce("keyed", records));
        REQUIRE_OK(produced);
        QCOMPARE(produced->size(), records.size());
        std::map<int32_t, int64_t> nextOffset;
        for (size_t i = 0; i < records.size(); ++i) {
            const auto& p = (*produced)[i];
            QVERIFY2(!p.error, p.error ? p.error->toString().c_str() : "");
            QCOMPARE(p.partition.topic, std::string("keyed"));
            QCOMPARE(p.partition.partition, partitionForKey(*records[i].key, 6));
            // Offsets are consecutive per partition, in the order given.
            QCOMPARE(p.offset, nextOffset[p.partition.partition]++);
        }
        // Read each partition back: the same records, in order.
        for (const auto& [partition, count] : nextOffset) {
            auto fetched = get(m_client->fetch(TopicPartition{"keyed", partition}, 0));
            REQUIRE_OK(fetched);
            QCOMPARE(fetched->highWatermark, count);
            QCOMPARE(fetched->nextOffset, count);
            // One batch per partition per request.
            QCOMPARE(fetched->batches.size(), size_t(1));
            const auto recs = allRecords(*fetched);
            QCOMPARE(int64_t(recs.size()), count);
            for (const auto& r : recs) QCOMPARE(partitionForKey(*r.key, 6), partition);
        }
    }

    void nullKeysGoRoundRobin() {
        std::vector<ProducerRecord> records(6, record(std::nullopt, "x"));
        auto produced = get(m_client->produce("spread", records));
        REQUIRE_OK(produced);
        std::map<int32_t, int> perPartition;
        for (const auto& p : *produced) {
            QVERIFY(!p.error);
            ++perPartition[p.partition.partition];
        }
        QCOMPARE(perPartition, (std::map<int32_t, int>{{0, 2}, {1, 2}, {2, 2}}));
    }

    void recordsKeepHeadersTimestampsAndTombstones() {
        ProducerRecord withHeaders = record("k1", "v1");
        withHeaders.headers = {{"trace-id", toBytes("abc123")}, {"empty", std::nullopt}};
        withHeaders.timestampMs = 1700000000123;
        ProducerRecord tombstone = record("k1", std::nullopt);
        tombstone.timestampMs = 1700000000456;
        auto produced = get(m_client->produce("plain", {withHeaders, tombstone}, ProduceOptions{Partitioner::Default, Compression::None, {}, Acks::Leader}));
        REQUIRE_OK(produced);
        const int64_t first = produced->front().offset;
        QCOMPARE((*produced)[1].offset, first + 1);

        auto fetched = get(m_client->fetch(TopicPartition{"plain", 0}, first));
        REQUIRE_OK(fetched);
        const auto recs = allRecords(*fetched);
        QCOMPARE(recs.size(), size_t(2));
        QCOMPARE(recs[0].offset, first);
        QCOMPARE(toString(recs[0].key), std::string("k1"));
        QCOMPARE(toString(recs[0].value), std::string("v1"));
        QCOMPARE(recs[0].timestampMs, int64_t(1700000000123));
        QCOMPARE(recs[0].timestampType, TimestampType::CreateTime);
        QCOMPARE(recs[0].headers, withHeaders.headers);
        QVERIFY(!recs[1].value); // the tombstone stays null, not empty
        QCOMPARE(recs[1].timestampMs, int64_t(1700000000456));
        const auto& batch = fetched->batches.front();
        QVERIFY(!batch.isTransactional && !batch.isControl);
        QCOMPARE(batch.producerId, int64_t(-1));
        QVERIFY(batch.sizeBytes > 61);
        QVERIFY(fetched->logStartOffset >= 0);
        QCOMPARE(fetched->lastStableOffset, fetched->highWatermark);
    }

    void everyCodecRoundTrips_data() {
        QTest::addColumn<int>("codec");
        for (auto c : {Compression::None, Compression::Gzip, Compression::Snappy, Compression::Lz4, Compression::Zstd})
            QTest::newRow(std::string(protocol::records::compressionName(c)).c_str()) << int(c);
    }
    void everyCodecRoundTrips() {
        QFETCH(int, codec);
        const auto compression = static_cast<Compression>(codec);
        std::vector<ProducerRecord> records;
        for (int i = 0; i < 50; ++i) records.push_back(record(std::nullopt, std::string(200, char('a' + i % 26))));
        ProduceOptions options;
        options.compression = compression;
        auto produced = get(m_client->produce("codecs", records, options));
        REQUIRE_OK(produced);
        const int64_t first = produced->front().offset;
        auto fetched = get(m_client->fetch(TopicPartition{"codecs", 0}, first));
        REQUIRE_OK(fetched);
        QVERIFY(!fetched->batches.empty());
        const auto& batch = fetched->batches.front();
        QCOMPARE(batch.baseOffset, first);
        QCOMPARE(batch.compression, compression);
        QCOMPARE(batch.records.size(), records.size());
        if (compression != Compression::None) QVERIFY(batch.sizeBytes < 50 * 200);
        for (size_t i = 0; i < records.size(); ++i) QCOMPARE(batch.records[i].value, records[i].value);
    }

    void acksZeroIsFireAndForget() {
        auto before = get(m_client->watermarks({"plain"}));
        REQUIRE_OK(before);
        ProduceOptions options;
        options.acks = Acks::None;
        auto produced = get(m_client->produce("plain", {record("a", "1"), record("b", "2")}, options));
        REQUIRE_OK(produced);
        for (const auto& p : *produced) {
            QVERIFY(!p.error);
            QCOMPARE(p.offset, int64_t(-1)); // the broker does not say
        }
        // The records still arrive.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto after = get(m_client->watermarks({"plain"}));
                return after && after->front().latest == before->front().latest + 2;
            }(),
            10000);
    }

    void partitionErrorsArePerRecord() {
        ProduceOptions explicitOnly;
        explicitOnly.partitioner = Partitioner::Explicit;
        ProducerRecord pinned = record("k", "v");
        pinned.partition = 0;
        ProducerRecord outside = record("k", "v");
        outside.partition = 9;
        auto produced = get(m_client->produce("plain", {record("k", "v"), pinned, outside}, explicitOnly));
        REQUIRE_OK(produced);
        QVERIFY((*produced)[0].error);
        QCOMPARE((*produced)[0].error->code, ErrorCode::InvalidRequest);
        QVERIFY(!(*produced)[1].error);
        QVERIFY((*produced)[1].offset >= 0);
        QVERIFY((*produced)[2].error);
        QCOMPARE((*produced)[2].error->code, ErrorCode::UnknownTopicOrPartition);

        auto unknown = get(m_client->produce("no-such-topic", {record("k", "v")}));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::UnknownTopicOrPartition);
    }

    void fetchOutsideTheLogIsAClearError() {
        auto fetched = get(m_client->fetch(TopicPartition{"plain", 0}, 1000000));
        QVERIFY(!fetched);
        QCOMPARE(fetched.error().code, ErrorCode::OffsetOutOfRange);
        QVERIFY2(fetched.error().message.find("out of range for plain-0") != std::string::npos,
                 fetched.error().message.c_str());
        QVERIFY2(fetched.error().message.find("the log holds offsets 0 to") != std::string::npos,
                 fetched.error().message.c_str());

        auto unknown = get(m_client->fetch(TopicPartition{"no-such-topic", 0}, 0, {}, CallOptions{std::chrono::seconds(5), {}}));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::UnknownTopicOrPartition);
    }

    void fetchAtTheEndWaitsAndReturnsNothing() {
        auto marks = get(m_client->watermarks({"spread"}));
        REQUIRE_OK(marks);
        FetchOptions options;
        options.maxWait = std::chrono::milliseconds(200);
        auto fetched = get(m_client->fetch(TopicPartition{"spread", 0}, marks->front().latest, options));
        REQUIRE_OK(fetched);
        QVERIFY(fetched->batches.empty());
        QCOMPARE(fetched->nextOffset, marks->front().latest);
    }

    void abortedTransactionsAreMarked() {
        // Producer 7 aborts a transaction spanning offsets 10-13 (marker at 14) while
        // producer 8 commits one interleaved with it; producer 7 then starts anew at 20.
        auto data = [](int64_t base, int64_t last, int64_t pid) {
            FetchedBatch b;
            b.baseOffset = base;
            b.lastOffset = last;
            b.producerId = pid;
            b.isTransactional = true;
            return b;
        };
        auto marker = [&](int64_t offset, int64_t pid, protocol::records::ControlRecordType type) {
            FetchedBatch b = data(offset, offset, pid);
            b.isControl = true;
            b.controlType = type;
            return b;
        };
        using protocol::records::ControlRecordType;
        std::vector<FetchedBatch> batches{data(8, 9, 5),   // not transactional below
                                          data(10, 11, 7), data(12, 12, 8), data(13, 13, 7),
                                          marker(14, 7, ControlRecordType::Abort),
                                          marker(15, 8, ControlRecordType::Commit), data(20, 21, 7)};
        batches[0].isTransactional = false;
        markAbortedBatches(batches, {AbortedTransaction{7, 10}});
        std::vector<bool> aborted;
        for (const auto& b : batches) aborted.push_back(b.aborted);
        QCOMPARE(aborted, (std::vector<bool>{false, true, false, true, false, false, false}));
    }

    void cancelEndsACallAtOnce() {
        // A fetch at the end of the log with a long wait: the broker holds it for 15 s.
        // A client of its own, since the held fetch delays what follows it on the
        // connection.
        auto own = AdminClient::create(client_test::clientConfig(m_broker->port()));
        REQUIRE_OK(own);
        auto& client = **own;
        auto marks = get(client.watermarks({"spread"}));
        REQUIRE_OK(marks);
        FetchOptions options;
        options.maxWait = std::chrono::seconds(15);
        auto cancel = Cancellation::create();
        std::atomic<bool> callbackSawCancel = false;
        QElapsedTimer timer;
        timer.start();
        auto future = client.fetch(TopicPartition{"spread", 0}, marks->front().latest, options,
                                      CallOptions{std::chrono::seconds(30), cancel},
                                      [&](const Result<FetchedPartition>& r) {
                                          callbackSawCancel = !r && isCancelled(r.error());
                                      });
        QTest::qWait(200);
        QCOMPARE(future.wait_for(std::chrono::milliseconds(0)), std::future_status::timeout);
        cancel->cancel();
        QCOMPARE(future.wait_for(std::chrono::seconds(2)), std::future_status::ready);
        QVERIFY(timer.elapsed() < 5000);
        auto result = future.get();
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::OperationNotAttempted);
        QCOMPARE(result.error().message, std::string("cancelled by the user"));
        QVERIFY(callbackSawCancel);

        // A token cancelled beforehand ends the next call at once; clients still work.
        QElapsedTimer quick;
        quick.start();
        auto again = get(client.describeCluster(CallOptions{{}, cancel}));
        QVERIFY(quick.elapsed() < 1000);
        QVERIFY(!again);
        QVERIFY(isCancelled(again.error()));
        auto fresh = get(m_client->describeCluster(CallOptions{{}, Cancellation::create()}));
        REQUIRE_OK(fresh);
    }
};

QTEST_GUILESS_MAIN(TestClientProduceFetch)
#include "test_client_produce_fetch.moc"
