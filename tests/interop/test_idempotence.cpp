// The idempotent producer across broker crashes: librdkafka with enable.idempotence
// sends 100,000 messages while samsa-broker is killed with SIGKILL and restarted on the
// same data, twice. The producer retries whatever was in flight at each kill; the
// broker must recognise the retries of batches it had already appended (its producer
// state rebuilt from the log) and answer them with their original offsets. Read back,
// every message must be there exactly once, in order within its partition, at the
// offset its delivery report named.
#include <QtTest>

#include <chrono>
#include <map>
#include <thread>

#include "support/broker_process.h"
#include "support/rdkafka_client.h"

using namespace interop;
using Clock = std::chrono::steady_clock;

namespace {

constexpr uint64_t kMessages = 100000;
constexpr int kPartitions = 3;
constexpr int kKills = 2;

std::string valueOf(uint64_t id) { return "idempotent-" + std::to_string(id); }

} // namespace

class TestIdempotence : public QObject {
    Q_OBJECT

    std::map<uint64_t, DeliveryReport> m_reports;

    void collect(Producer& producer, int pollMs) {
        producer.poll(pollMs);
        for (const auto& r : producer.takeReports()) m_reports.emplace(r.id, r);
    }

private slots:
    void everyMessageExactlyOnceAcrossKills() {
        // An fsync per append widens the moment between a batch reaching the log and
        // its answer reaching the producer: kills land there, so the producer retries
        // batches the broker already has, which it must recognise from the rebuilt
        // producer state.
        BrokerProcess broker({QStringLiteral("num.partitions=%1").arg(kPartitions),
                              QStringLiteral("log.flush.interval.messages=1")});
        QVERIFY2(broker.start(), qPrintable(broker.errorText()));
        const std::string topic = "idempotence";

        Producer producer(broker.bootstrap().toStdString(),
                          {{"enable.idempotence", "true"},
                           {"acks", "all"},
                           {"linger.ms", "5"},
                           {"batch.num.messages", "500"},
                           {"message.timeout.ms", "180000"},
                           {"reconnect.backoff.ms", "20"},
                           {"reconnect.backoff.max.ms", "200"}});
        QVERIFY2(producer.valid(), producer.error().c_str());

        // Kill once a third and two thirds of the messages are enqueued, each time with
        // requests in flight, and produce on through the outage.
        int kills = 0;
        for (uint64_t id = 0; id < kMessages; ++id) {
            OutMessage m;
            m.topic = topic;
            m.partition = int32_t(id % kPartitions);
            m.value = valueOf(id);
            QCOMPARE(producer.produce(m, id), RD_KAFKA_RESP_ERR_NO_ERROR);
            if (id % 200 == 0) collect(producer, 0);
            if (kills < kKills && id == (kills + 1) * kMessages / (kKills + 1)) {
                // Let this run acknowledge something first, so the kill meets a broker
                // that is taking writes.
                const auto giveUp = Clock::now() + std::chrono::seconds(30);
                const size_t before = m_reports.size();
                while (m_reports.size() == before && Clock::now() < giveUp) collect(producer, 5);
                qInfo("kill %d: %zu acknowledged, %d in the producer's queue", kills + 1, m_reports.size(),
                      rd_kafka_outq_len(producer.handle()));
                broker.kill9();
                QVERIFY(!broker.isRunning());
                const auto outageEnd = Clock::now() + std::chrono::milliseconds(300);
                while (Clock::now() < outageEnd) collect(producer, 5);
                QVERIFY2(broker.start(), qPrintable(broker.errorText()));
                ++kills;
            }
        }
        QCOMPARE(kills, kKills);
        QCOMPARE(producer.flush(180000), 0);
        collect(producer, 0);
        QCOMPARE(uint64_t(m_reports.size()), kMessages);
        for (const auto& [id, report] : m_reports)
            QVERIFY2(report.error == RD_KAFKA_RESP_ERR_NO_ERROR,
                     qPrintable(QStringLiteral("message %1 failed: %2").arg(id).arg(rd_kafka_err2name(report.error))));

        std::string error;
        std::vector<int32_t> partitions;
        for (int32_t p = 0; p < kPartitions; ++p) partitions.push_back(p);
        const auto messages = readPartitions(broker.bootstrap().toStdString(), topic, partitions, &error);
        QVERIFY2(error.empty(), error.c_str());
        QCOMPARE(uint64_t(messages.size()), kMessages);

        std::map<int32_t, uint64_t> nextIdOf; // ids of a partition are id % 3, in order
        for (int32_t p = 0; p < kPartitions; ++p) nextIdOf[p] = uint64_t(p);
        for (const auto& m : messages) {
            QVERIFY(m.value.has_value());
            const uint64_t expected = nextIdOf[m.partition];
            QVERIFY2(*m.value == valueOf(expected), qPrintable(QStringLiteral("partition %1 offset %2: %3, expected %4")
                                                                   .arg(m.partition)
                                                                   .arg(m.offset)
                                                                   .arg(QString::fromStdString(*m.value))
                                                                   .arg(QString::fromStdString(valueOf(expected)))));
            const auto& report = m_reports.at(expected);
            QCOMPARE(report.partition, m.partition);
            QCOMPARE(report.offset, m.offset);
            nextIdOf[m.partition] = expected + kPartitions;
        }
        broker.stop();
        QCOMPARE(broker.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestIdempotence)
#include "test_idempotence.moc"
