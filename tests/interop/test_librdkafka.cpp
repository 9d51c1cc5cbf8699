// librdkafka's C API against samsa-broker: produce under each acks setting, assign-based
// consumption, offsets by timestamp, and watermarks after DeleteRecords.
#include <QtTest>

#include <chrono>
#include <map>
#include <memory>
#include <thread>

#include "support/broker_process.h"
#include "support/rdkafka_client.h"

using namespace interop;

namespace {

constexpr int kPartitions = 3;

std::string valueFor(const std::string& topic, uint64_t id) { return topic + "/value-" + std::to_string(id); }

// Parses the id back out of valueFor().
uint64_t idOf(const std::string& value) { return std::stoull(value.substr(value.rfind('-') + 1)); }

} // namespace

class TestLibrdkafka : public QObject {
    Q_OBJECT

    std::unique_ptr<BrokerProcess> m_broker;
    std::string bootstrap() const { return m_broker->bootstrap().toStdString(); }

    // Produces `count` messages round-robin over the partitions (explicitly, so every
    // partition gets its share) and waits for every delivery report.
    std::vector<DeliveryReport> produceAll(const std::string& topic, int count, const ConfigMap& config,
                                           int partitions = kPartitions) {
        Producer producer(bootstrap(), config);
        if (!producer.valid()) {
            qWarning("producer: %s", producer.error().c_str());
            return {};
        }
        for (int i = 0; i < count; ++i) {
            OutMessage m;
            m.topic = topic;
            m.partition = i % partitions;
            m.key = "key-" + std::to_string(i % 17);
            m.value = valueFor(topic, static_cast<uint64_t>(i));
            m.headers = {{"id", std::to_string(i)}, {"origin", "librdkafka"}};
            if (producer.produce(m, static_cast<uint64_t>(i)) != RD_KAFKA_RESP_ERR_NO_ERROR) return {};
        }
        if (producer.flush(60000) != 0) qWarning("messages still queued after flush");
        return producer.takeReports();
    }

    // The sum of the partitions' high watermarks reaches `total` (acks=0 gives no other
    // signal that the broker has appended).
    bool waitForHighWatermarks(const std::string& topic, int64_t total, int partitions = kPartitions) {
        Admin admin(bootstrap());
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
        while (std::chrono::steady_clock::now() < deadline) {
            int64_t sum = 0;
            for (int p = 0; p < partitions; ++p)
                if (auto w = queryWatermarks(admin.handle(), topic, p, nullptr)) sum += w->high;
            if (sum >= total) return sum == total;
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        return false;
    }

    static std::vector<int32_t> allPartitions(int n = kPartitions) {
        std::vector<int32_t> v;
        for (int p = 0; p < n; ++p) v.push_back(p);
        return v;
    }

private slots:
    void initTestCase() {
        m_broker = std::make_unique<BrokerProcess>(QStringList{QStringLiteral("num.partitions=%1").arg(kPartitions)});
        QVERIFY2(m_broker->start(), qPrintable(m_broker->errorText()));
    }

    void cleanupTestCase() {
        if (m_broker) m_broker->stop();
    }

    void producesWithEachAcks_data() {
        QTest::addColumn<QString>("acks");
        QTest::newRow("acks=0") << QStringLiteral("0");
        QTest::newRow("acks=1") << QStringLiteral("1");
        QTest::newRow("acks=all") << QStringLiteral("all");
    }

    void producesWithEachAcks() {
        QFETCH(QString, acks);
        const std::string topic = "acks-" + acks.toStdString();
        constexpr int kCount = 3000;
        const auto reports = produceAll(topic, kCount, {{"acks", acks.toStdString()}, {"linger.ms", "5"}});
        QCOMPARE(int(reports.size()), kCount);

        std::map<uint64_t, DeliveryReport> byId;
        for (const auto& r : reports) {
            QVERIFY2(r.error == RD_KAFKA_RESP_ERR_NO_ERROR, rd_kafka_err2str(r.error));
            QCOMPARE(r.partition, int32_t(r.id % kPartitions));
            QVERIFY(byId.emplace(r.id, r).second);
            // Without a response there is no offset to report (librdkafka gives a logical one).
            if (acks == QLatin1String("0")) QVERIFY(r.offset < 0);
            else QVERIFY(r.offset >= 0);
        }
        QVERIFY2(waitForHighWatermarks(topic, kCount), "high watermarks do not add up to what was produced");

        std::string error;
        const auto messages = readPartitions(bootstrap(), topic, allPartitions(), &error);
        QVERIFY2(error.empty(), error.c_str());
        QCOMPARE(int(messages.size()), kCount);
        std::map<int32_t, int64_t> lastId;
        for (const auto& m : messages) {
            QVERIFY(m.value.has_value());
            const uint64_t id = idOf(*m.value);
            QVERIFY(id < uint64_t(kCount));
            QCOMPARE(*m.value, valueFor(topic, id));
            QCOMPARE(m.partition, int32_t(id % kPartitions));
            if (acks != QLatin1String("0")) QCOMPARE(m.offset, byId.at(id).offset);
            auto [it, fresh] = lastId.try_emplace(m.partition, int64_t(id));
            if (!fresh) {
                QVERIFY2(it->second < int64_t(id), "produce order lost within a partition");
                it->second = int64_t(id);
            }
            byId.erase(id);
        }
        QVERIFY(byId.empty());
    }

    void assignReadsEverythingInOrder() {
        const std::string topic = "assign-order";
        constexpr int kCount = 30000;
        const auto reports = produceAll(topic, kCount, {{"acks", "all"}, {"compression.codec", "lz4"}});
        QCOMPARE(int(reports.size()), kCount);
        for (const auto& r : reports) QVERIFY2(r.error == RD_KAFKA_RESP_ERR_NO_ERROR, rd_kafka_err2str(r.error));

        std::string error;
        const auto messages = readPartitions(bootstrap(), topic, allPartitions(), &error);
        QVERIFY2(error.empty(), error.c_str());
        QCOMPARE(int(messages.size()), kCount);
        // Round-robin by id: partition p holds ids p, p+3, p+6 ... at offsets 0, 1, 2 ...
        for (const auto& m : messages) {
            const uint64_t id = idOf(*m.value);
            QCOMPARE(m.partition, int32_t(id % kPartitions));
            QCOMPARE(m.offset, int64_t(id / kPartitions));
            QCOMPARE(m.key, std::optional<std::string>("key-" + std::to_string(id % 17)));
            const Headers expected{{"id", std::to_string(id)}, {"origin", "librdkafka"}};
            QCOMPARE(m.headers, expected);
        }

        // Assigning at an absolute offset starts exactly there.
        const auto tail = readPartitions(bootstrap(), topic, {1}, &error, 9000);
        QVERIFY2(error.empty(), error.c_str());
        QCOMPARE(int(tail.size()), kCount / kPartitions - 9000);
        QCOMPARE(tail.front().offset, int64_t(9000));
        QCOMPARE(idOf(*tail.front().value), uint64_t(9000 * kPartitions + 1));
        QCOMPARE(tail.back().offset, int64_t(kCount / kPartitions - 1));
    }

    void offsetsForTimesFindsFirstAtOrAfter() {
        const std::string topic = "offsets-for-times";
        constexpr int kCount = 200;
        const int64_t base = std::chrono::duration_cast<std::chrono::milliseconds>(
                                 std::chrono::system_clock::now().time_since_epoch())
                                 .count() -
                             3600 * 1000;
        Producer producer(bootstrap(), {{"acks", "all"}, {"linger.ms", "0"}});
        QVERIFY2(producer.valid(), producer.error().c_str());
        for (int i = 0; i < kCount; ++i) {
            OutMessage m;
            m.topic = topic;
            m.partition = 0;
            m.value = valueFor(topic, uint64_t(i));
            m.timestampMs = base + int64_t(i) * 1000;
            QCOMPARE(producer.produce(m, uint64_t(i)), RD_KAFKA_RESP_ERR_NO_ERROR);
            // Several batches, so lookups cross batch (and time index entry) boundaries.
            if (i % 25 == 24) QCOMPARE(producer.flush(30000), 0);
        }
        QCOMPARE(producer.flush(30000), 0);
        for (const auto& r : producer.takeReports()) QCOMPARE(r.error, RD_KAFKA_RESP_ERR_NO_ERROR);

        struct Case {
            int64_t timestamp;
            int64_t expectedOffset;
        };
        const std::vector<Case> cases{
            {base - 60000, 0},             // before everything: the first record
            {base, 0},                     // exactly the first
            {base + 1, 1},                 // between two: the later one
            {base + 24 * 1000, 24},        // last of a batch
            {base + 24 * 1000 + 500, 25},  // first of the next batch
            {base + 137 * 1000, 137},
            {base + 199 * 1000, 199},      // the last record
            {base + 199 * 1000 + 1, RD_KAFKA_OFFSET_END}, // after everything: none
        };
        // One query per request: a list repeating the partition is not a valid ListOffsets.
        for (const auto& c : cases) {
            rd_kafka_topic_partition_list_t* one = rd_kafka_topic_partition_list_new(1);
            rd_kafka_topic_partition_list_add(one, topic.c_str(), 0)->offset = c.timestamp;
            const auto err = rd_kafka_offsets_for_times(producer.handle(), one, 10000);
            const auto partErr = one->elems[0].err;
            const int64_t offset = one->elems[0].offset;
            rd_kafka_topic_partition_list_destroy(one);
            QCOMPARE(err, RD_KAFKA_RESP_ERR_NO_ERROR);
            QCOMPARE(partErr, RD_KAFKA_RESP_ERR_NO_ERROR);
            QVERIFY2(offset == c.expectedOffset,
                     qPrintable(QStringLiteral("timestamp base%1%2: offset %3, expected %4")
                                    .arg(c.timestamp >= base ? QStringLiteral("+") : QString())
                                    .arg(c.timestamp - base)
                                    .arg(offset)
                                    .arg(c.expectedOffset)));
        }

        // The records carry the timestamps they were produced with.
        std::string error;
        const auto messages = readPartitions(bootstrap(), topic, {0}, &error);
        QVERIFY2(error.empty(), error.c_str());
        QCOMPARE(int(messages.size()), kCount);
        for (const auto& m : messages) QCOMPARE(m.timestampMs, base + m.offset * 1000);
    }

    void watermarksAfterDeleteRecords() {
        const std::string topic = "delete-records";
        constexpr int kCount = 1000;
        const auto reports = produceAll(topic, kCount, {{"acks", "all"}}, 1);
        QCOMPARE(int(reports.size()), kCount);

        Admin admin(bootstrap());
        std::string error;
        auto w = queryWatermarks(admin.handle(), topic, 0, &error);
        QVERIFY2(w, error.c_str());
        QCOMPARE(w->low, int64_t(0));
        QCOMPARE(w->high, int64_t(kCount));

        int64_t low = -1;
        error = admin.deleteRecords(topic, 0, 400, &low);
        QVERIFY2(error.empty(), error.c_str());
        QCOMPARE(low, int64_t(400));
        w = queryWatermarks(admin.handle(), topic, 0, &error);
        QVERIFY2(w, error.c_str());
        QCOMPARE(w->low, int64_t(400));
        QCOMPARE(w->high, int64_t(kCount));

        // Reading from the beginning now starts at the new log start offset.
        const auto rest = readPartitions(bootstrap(), topic, {0}, &error);
        QVERIFY2(error.empty(), error.c_str());
        QCOMPARE(int(rest.size()), kCount - 400);
        QCOMPARE(rest.front().offset, int64_t(400));
        QCOMPARE(*rest.front().value, valueFor(topic, 400));

        // Deleting below the current start is a no-op; -1 means up to the high watermark.
        error = admin.deleteRecords(topic, 0, 100, &low);
        QVERIFY2(error.empty(), error.c_str());
        QCOMPARE(low, int64_t(400));
        error = admin.deleteRecords(topic, 0, RD_KAFKA_OFFSET_END, &low);
        QVERIFY2(error.empty(), error.c_str());
        QCOMPARE(low, int64_t(kCount));
        w = queryWatermarks(admin.handle(), topic, 0, &error);
        QVERIFY2(w, error.c_str());
        QCOMPARE(w->low, int64_t(kCount));
        QCOMPARE(w->high, int64_t(kCount));

        // Past the high watermark is refused.
        error = admin.deleteRecords(topic, 0, kCount + 50, &low);
        QVERIFY2(error.find("OFFSET_OUT_OF_RANGE") != std::string::npos, error.c_str());
    }
};

QTEST_GUILESS_MAIN(TestLibrdkafka)
#include "test_librdkafka.moc"
