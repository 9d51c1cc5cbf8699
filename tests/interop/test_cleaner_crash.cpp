// kill -9 while the log cleaner is rewriting a compacted topic. Each round writes a
// fresh backlog of keyed updates (all acknowledged) while the topic's cleanup.policy is
// delete, switches it to compact so the cleaner takes on the whole backlog at once,
// waits until a cleaned or swap segment file shows up in the partition directory, and
// kills the broker a random few milliseconds later. Restarted on the same data with the
// cleaner off, the broker must have finished or rolled back the interrupted swap (no
// .cleaned or .swap file left) and a full read must agree with what was written: the
// latest value of every key at the offset it was written to, every record at its own
// offset, offsets increasing, the log end where it was.
#include <QRandomGenerator>
#include <QtTest>

#include <chrono>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "support/broker_process.h"
#include "support/rdkafka_client.h"

using namespace interop;
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

namespace {

const std::string kTopic = "cleaner-crash";
constexpr int kRounds = 5;
constexpr int kKeys = 400;
constexpr int kUpdatesPerRound = 30000;
constexpr int kValueBytes = 80;
// Small segments make a long run of swaps, so a kill lands inside one.
constexpr int kSegmentBytes = 48 * 1024;

struct Written {
    std::string key;
    std::string value;
};

ConfigMap topicConfigs(const std::string& policy) {
    return {{"cleanup.policy", policy},
            {"segment.bytes", std::to_string(kSegmentBytes)},
            {"min.cleanable.dirty.ratio", "0.01"}};
}

// Files of an unfinished cleaning in the partition directory.
std::vector<std::string> cleanerLeftovers(const fs::path& dir) {
    std::vector<std::string> found;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        const auto name = entry.path().filename().string();
        if (name.ends_with(".cleaned") || name.ends_with(".swap")) found.push_back(name);
    }
    return found;
}

QString join(const std::vector<std::string>& names) {
    QStringList list;
    for (const auto& n : names) list << QString::fromStdString(n);
    return list.join(QLatin1Char(' '));
}

} // namespace

class TestCleanerCrash : public QObject {
    Q_OBJECT

    std::unique_ptr<BrokerProcess> m_broker;
    std::map<int64_t, Written> m_written;             // every acknowledged record by offset
    std::map<std::string, int64_t> m_latestOffset;    // key -> offset of its latest write
    QRandomGenerator m_random{20261121};

    std::string bootstrap() const { return m_broker->bootstrap().toStdString(); }
    fs::path partitionDir() const { return fs::path(m_broker->dataDir().toStdString()) / (kTopic + "-0"); }

    const QStringList cleanerOn{QStringLiteral("log.cleaner.enable=true"),
                                // The cleaner rides the flush tick; a short one starts it promptly.
                                QStringLiteral("log.flush.scheduler.interval.ms=20")};
    const QStringList cleanerOff{QStringLiteral("log.cleaner.enable=false")};

    void produceRound(int round) {
        Producer producer(bootstrap(), {{"acks", "all"}, {"linger.ms", "5"},
                                        // A batch must fit in a segment.
                                        {"batch.size", std::to_string(kSegmentBytes / 4)}});
        QVERIFY2(producer.valid(), producer.error().c_str());
        std::map<uint64_t, Written> sent;
        for (int i = 0; i < kUpdatesPerRound; ++i) {
            Written w{"key-" + std::to_string(m_random.bounded(kKeys)), {}};
            w.value = "round-" + std::to_string(round) + "-update-" + std::to_string(i) + "-";
            w.value.resize(kValueBytes, 'x');
            OutMessage m;
            m.topic = kTopic;
            m.partition = 0;
            m.key = w.key;
            m.value = w.value;
            const uint64_t id = sent.size();
            QCOMPARE(producer.produce(m, id), RD_KAFKA_RESP_ERR_NO_ERROR);
            sent.emplace(id, std::move(w));
        }
        QCOMPARE(producer.flush(60000), 0);
        auto reports = producer.takeReports();
        QCOMPARE(reports.size(), sent.size());
        for (const auto& r : reports) {
            QCOMPARE(r.error, RD_KAFKA_RESP_ERR_NO_ERROR);
            QVERIFY(!m_written.contains(r.offset));
            const Written& w = sent.at(r.id);
            auto& latest = m_latestOffset[w.key];
            latest = std::max(latest, r.offset);
            m_written.emplace(r.offset, w);
        }
    }

    // Waits for the cleaner's files to appear and kills the broker a random moment
    // later. Returns the cleaner files in the directory right after the kill, or nullopt
    // if no cleaning was seen.
    std::optional<std::vector<std::string>> killWhileCleaning() {
        const auto deadline = Clock::now() + std::chrono::seconds(20);
        bool seen = false;
        while (!seen && Clock::now() < deadline) {
            seen = !cleanerLeftovers(partitionDir()).empty();
            if (!seen) std::this_thread::sleep_for(std::chrono::microseconds(200));
        }
        if (!seen) return std::nullopt;
        std::this_thread::sleep_for(std::chrono::microseconds(m_random.bounded(30000)));
        m_broker->kill9();
        return cleanerLeftovers(partitionDir());
    }

    void verifyLog() {
        Admin admin(bootstrap());
        std::string error;
        const auto watermarks = queryWatermarks(admin.handle(), kTopic, 0, &error);
        QVERIFY2(watermarks, error.c_str());
        QCOMPARE(watermarks->high, m_written.rbegin()->first + 1);

        const auto messages = readPartitions(bootstrap(), kTopic, {0}, &error);
        QVERIFY2(error.empty(), error.c_str());
        std::map<std::string, const InMessage*> lastRead;
        int64_t previous = -1;
        for (const auto& m : messages) {
            QVERIFY2(m.offset > previous, qPrintable(QStringLiteral("offset %1 after %2").arg(m.offset).arg(previous)));
            previous = m.offset;
            const auto it = m_written.find(m.offset);
            QVERIFY2(it != m_written.end(), qPrintable(QStringLiteral("offset %1 was never written").arg(m.offset)));
            QVERIFY2(m.key == it->second.key && m.value == it->second.value,
                     qPrintable(QStringLiteral("offset %1 holds another record").arg(m.offset)));
            lastRead[*m.key] = &m;
        }
        QCOMPARE(lastRead.size(), m_latestOffset.size());
        for (const auto& [key, offset] : m_latestOffset) {
            const InMessage* m = lastRead.at(key);
            QVERIFY2(m->offset == offset,
                     qPrintable(QStringLiteral("%1: latest read at offset %2, written at %3")
                                    .arg(QString::fromStdString(key))
                                    .arg(m->offset)
                                    .arg(offset)));
        }
    }

    // Waits until a full read holds little more than one record per key: the active
    // segment is never cleaned, so up to a segment's worth of duplicates may remain.
    bool waitForCompaction(std::chrono::seconds timeout) {
        const size_t enough = m_latestOffset.size() + size_t(kSegmentBytes / kValueBytes);
        const auto deadline = Clock::now() + timeout;
        for (;;) {
            std::string error;
            const size_t records = readPartitions(bootstrap(), kTopic, {0}, &error).size();
            if (!error.empty()) qWarning("read: %s", error.c_str());
            if (error.empty() && records <= enough) return true;
            if (Clock::now() > deadline) {
                qWarning("%zu records for %zu keys", records, m_latestOffset.size());
                return false;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
        }
    }

private slots:
    void initTestCase() {
        m_broker = std::make_unique<BrokerProcess>(cleanerOn);
        QVERIFY2(m_broker->start(), qPrintable(m_broker->errorText()));
        Admin admin(bootstrap());
        QCOMPARE(admin.createTopic(kTopic, 1, topicConfigs("delete")), std::string());
    }

    void killDuringCleaningKeepsTheLog() {
        int killedMidSwap = 0;
        for (int round = 0; round < kRounds; ++round) {
            // Held back from the cleaner while it is written, so the cleaning that
            // follows has the whole backlog to get through.
            QCOMPARE(Admin(bootstrap()).alterTopicConfigs(kTopic, topicConfigs("delete")), std::string());
            produceRound(round);
            if (QTest::currentTestFailed()) return;
            QCOMPARE(Admin(bootstrap()).alterTopicConfigs(kTopic, topicConfigs("compact")), std::string());

            const auto left = killWhileCleaning();
            QVERIFY2(left, qPrintable(QStringLiteral("round %1: the cleaner never started").arg(round)));
            if (!left->empty()) ++killedMidSwap;
            qInfo("round %d: killed with [%s] in the partition directory", round, qPrintable(join(*left)));

            // Opening the log settles the interrupted swap; with the cleaner off nothing
            // new is started that could hide a leftover.
            m_broker->setOverrides(cleanerOff);
            QVERIFY2(m_broker->start(), qPrintable(m_broker->errorText()));
            const auto after = cleanerLeftovers(partitionDir());
            QVERIFY2(after.empty(), qPrintable(QStringLiteral("round %1: left after recovery: %2").arg(round).arg(join(after))));
            verifyLog();
            if (QTest::currentTestFailed()) return;

            m_broker->stop();
            m_broker->setOverrides(cleanerOn);
            QVERIFY2(m_broker->start(), qPrintable(m_broker->errorText()));
        }
        // The kill landed between a swap's first and last step at least once; otherwise
        // the rounds only tested kills between swaps.
        QVERIFY2(killedMidSwap > 0, "no kill left a cleaner file behind");
    }

    void compactionResumesAfterRestart() {
        // The broker was restarted after the last crash with the topic still compacted:
        // the cleaner picks the log up again by itself.
        QVERIFY2(waitForCompaction(std::chrono::seconds(10)), "the restarted broker did not compact the topic");
    }

    void cleanerFinishesAfterTheCrashes() {
        // With every crash behind it, the cleaner compacts the log down to one record per
        // key, still the latest of each.
        QCOMPARE(Admin(bootstrap()).alterTopicConfigs(kTopic, topicConfigs("compact")), std::string());
        QVERIFY2(waitForCompaction(std::chrono::seconds(30)), "the cleaner did not finish");
        verifyLog();
    }

    void cleanupTestCase() {
        if (m_broker) m_broker->stop();
    }
};

QTEST_GUILESS_MAIN(TestCleanerCrash)
#include "test_cleaner_crash.moc"
