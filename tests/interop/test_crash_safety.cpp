// kill -9 under load: a librdkafka producer (acks=all, no idempotence, no retries) keeps
// sending while the broker is killed and restarted on the same data, 20 times. Every
// message the broker acknowledged must then be readable exactly once, at the offset the
// acknowledgement named, and nothing may be duplicated or reordered within a partition.
#include <QRandomGenerator>
#include <QtTest>

#include <chrono>
#include <map>
#include <set>
#include <thread>

#include "support/broker_process.h"
#include "support/rdkafka_client.h"

using namespace interop;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kCycles = 20;
constexpr int kPartitions = 3;
constexpr int kBurst = 20; // messages enqueued between two polls

std::string valueOf(uint64_t id) { return "crash-safety-" + std::to_string(id); }

struct Stored {
    int32_t partition;
    int64_t offset;
};

} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT

    uint64_t m_nextId = 0;
    std::map<uint64_t, DeliveryReport> m_reports;

    void enqueueBurst(Producer& producer, const std::string& topic) {
        for (int i = 0; i < kBurst; ++i) {
            const uint64_t id = m_nextId++;
            OutMessage m;
            m.topic = topic;
            m.partition = int32_t(id % kPartitions);
            m.value = valueOf(id);
            QCOMPARE(producer.produce(m, id), RD_KAFKA_RESP_ERR_NO_ERROR);
        }
    }

    // Serves delivery reports; returns how many of them were successes.
    int collect(Producer& producer, int pollMs) {
        producer.poll(pollMs);
        int acked = 0;
        for (const auto& r : producer.takeReports()) {
            if (r.error == RD_KAFKA_RESP_ERR_NO_ERROR) ++acked;
            m_reports.emplace(r.id, r);
        }
        return acked;
    }

private slots:
    void acknowledgedMessagesSurviveKill9() {
        BrokerProcess broker({QStringLiteral("num.partitions=%1").arg(kPartitions)});
        QVERIFY2(broker.start(), qPrintable(broker.errorText()));
        const std::string topic = "crash-safety";

        // No retries: a request whose answer was lost is not sent again, so a duplicate
        // in the log can only come from the broker.
        Producer producer(broker.bootstrap().toStdString(),
                          {{"acks", "all"},
                           {"enable.idempotence", "false"},
                           {"message.send.max.retries", "0"},
                           {"linger.ms", "2"},
                           {"message.timeout.ms", "60000"},
                           {"reconnect.backoff.ms", "20"},
                           {"reconnect.backoff.max.ms", "200"}});
        QVERIFY2(producer.valid(), producer.error().c_str());

        QRandomGenerator random(20240601);
        for (int cycle = 0; cycle < kCycles; ++cycle) {
            if (cycle > 0) QVERIFY2(broker.start(), qPrintable(broker.errorText()));

            // Send for a random while, and at least until this broker run acknowledged
            // something, so every kill lands on a broker that is taking writes.
            const auto sendUntil = Clock::now() + std::chrono::milliseconds(300 + random.bounded(900));
            const auto giveUp = Clock::now() + std::chrono::seconds(30);
            int ackedThisRun = 0;
            while ((Clock::now() < sendUntil || ackedThisRun == 0) && Clock::now() < giveUp) {
                enqueueBurst(producer, topic);
                if (QTest::currentTestFailed()) return;
                ackedThisRun += collect(producer, 2);
            }
            QVERIFY2(ackedThisRun > 0, qPrintable(QStringLiteral("cycle %1: nothing acknowledged").arg(cycle)));
            const int outstanding = rd_kafka_outq_len(producer.handle());
            broker.kill9();
            QVERIFY(!broker.isRunning());
            qInfo("cycle %d: %d acknowledged, %d outstanding at kill", cycle, ackedThisRun, outstanding);

            // Keep producing into the outage: these wait in librdkafka's queue and are
            // sent, once, to the restarted broker.
            const auto outageEnd = Clock::now() + std::chrono::milliseconds(200);
            while (Clock::now() < outageEnd) {
                enqueueBurst(producer, topic);
                if (QTest::currentTestFailed()) return;
                collect(producer, 5);
            }
        }

        QVERIFY2(broker.start(), qPrintable(broker.errorText()));
        QCOMPARE(producer.flush(90000), 0);
        collect(producer, 0);
        QCOMPARE(uint64_t(m_reports.size()), m_nextId);

        std::string error;
        std::vector<int32_t> partitions;
        for (int32_t p = 0; p < kPartitions; ++p) partitions.push_back(p);
        const auto messages = readPartitions(broker.bootstrap().toStdString(), topic, partitions, &error);
        QVERIFY2(error.empty(), error.c_str());

        std::map<uint64_t, Stored> stored;
        std::map<int32_t, uint64_t> lastIdOf;
        for (const auto& m : messages) {
            QVERIFY(m.value.has_value());
            const uint64_t id = std::stoull(m.value->substr(m.value->rfind('-') + 1));
            QCOMPARE(*m.value, valueOf(id));
            QCOMPARE(m.partition, int32_t(id % kPartitions));
            QVERIFY2(stored.emplace(id, Stored{m.partition, m.offset}).second,
                     qPrintable(QStringLiteral("message %1 stored twice").arg(id)));
            auto [it, fresh] = lastIdOf.try_emplace(m.partition, id);
            if (!fresh) {
                QVERIFY2(it->second < id, qPrintable(QStringLiteral("partition %1: %2 after %3")
                                                         .arg(m.partition)
                                                         .arg(id)
                                                         .arg(it->second)));
                it->second = id;
            }
        }

        uint64_t acked = 0, failed = 0, storedUnacked = 0;
        std::map<std::string, int> failures; // error name -> count, for the summary
        for (const auto& [id, report] : m_reports) {
            auto it = stored.find(id);
            if (report.error != RD_KAFKA_RESP_ERR_NO_ERROR) {
                ++failed;
                ++failures[rd_kafka_err2name(report.error)];
                // An unacknowledged message may or may not have been appended.
                if (it != stored.end()) ++storedUnacked;
                continue;
            }
            ++acked;
            QVERIFY2(it != stored.end(), qPrintable(QStringLiteral("acknowledged message %1 (partition %2, offset %3) is lost")
                                                        .arg(id)
                                                        .arg(report.partition)
                                                        .arg(report.offset)));
            QCOMPARE(it->second.partition, report.partition);
            QCOMPARE(it->second.offset, report.offset);
        }
        qInfo("%llu produced, %llu acknowledged, %llu failed (%llu of them stored anyway), %zu read back",
              static_cast<unsigned long long>(m_nextId), static_cast<unsigned long long>(acked),
              static_cast<unsigned long long>(failed), static_cast<unsigned long long>(storedUnacked),
              messages.size());
        for (const auto& [name, count] : failures) qInfo("  failed with %s: %d", name.c_str(), count);
        QVERIFY(acked > 0);
        broker.stop();
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "test_crash_safety.moc"
