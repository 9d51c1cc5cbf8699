// Log compaction seen through librdkafka: 100,000 updates over 1,000 keys and a
// tombstone for every tenth key go into a compacted topic with small segments. Once the
// cleaner has run, reading from the start yields exactly the last update of every live
// key at the offset it was written to; the tombstones stay readable for
// delete.retention.ms and then vanish as well.
#include <QtTest>

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <thread>

#include "support/broker_process.h"
#include "support/rdkafka_client.h"

using namespace interop;

namespace {

const std::string kTopic = "account-balances";
constexpr int kKeys = 1000;
constexpr int kUpdates = 100000;
constexpr int kSegmentBytes = 64 * 1024;
constexpr int kDeleteRetentionMs = 5000;
// Records written after the keyed updates, on a key of their own: they roll the log
// far enough that every update and tombstone sits in a closed (cleanable) segment.
const std::string kRollKey = "roll";
constexpr int kRollRecords = 3 * kSegmentBytes / 1024;

using Clock = std::chrono::steady_clock;

std::string keyOf(int k) { return "key-" + std::to_string(k); }
bool tombstoned(int k) { return k % 10 == 0; }

// What a reader sees for one key.
struct KeyView {
    int records = 0;
    int64_t lastOffset = -1;
    std::optional<std::string> lastValue;
};

struct LogView {
    std::map<std::string, KeyView> keys;
    size_t records = 0;
};

std::optional<LogView> readView(const std::string& bootstrap, std::string* error) {
    const auto messages = readPartitions(bootstrap, kTopic, {0}, error);
    if (!error->empty()) return std::nullopt;
    LogView view;
    view.records = messages.size();
    for (const auto& m : messages) {
        auto& k = view.keys[m.key.value_or("<null>")];
        ++k.records;
        k.lastOffset = m.offset;
        k.lastValue = m.value;
    }
    return view;
}

} // namespace

class TestCompactionInterop : public QObject {
    Q_OBJECT

    std::unique_ptr<BrokerProcess> m_broker;
    std::map<std::string, int64_t> m_lastWriteOffset; // key -> offset of its final write
    std::map<std::string, std::string> m_lastValue;   // live key -> its final value
    std::string bootstrap() const { return m_broker->bootstrap().toStdString(); }

    // Every update key: exactly its final write, at the offset it was written to.
    // Tombstoned keys appear once as a null value, or (once gone) not at all.
    bool compactedExactly(const LogView& view, bool tombstonesExpected, QString* why) const {
        for (int k = 0; k < kKeys; ++k) {
            const auto key = keyOf(k);
            const auto it = view.keys.find(key);
            if (tombstoned(k) && !tombstonesExpected) {
                if (it != view.keys.end()) {
                    *why = QStringLiteral("%1 still has %2 record(s)").arg(QString::fromStdString(key)).arg(it->second.records);
                    return false;
                }
                continue;
            }
            if (it == view.keys.end()) {
                *why = QStringLiteral("%1 is missing").arg(QString::fromStdString(key));
                return false;
            }
            const KeyView& v = it->second;
            const bool valueRight = tombstoned(k) ? !v.lastValue.has_value() : v.lastValue == m_lastValue.at(key);
            if (v.records != 1 || v.lastOffset != m_lastWriteOffset.at(key) || !valueRight) {
                *why = QStringLiteral("%1: %2 record(s), last at offset %3 (final write at %4)")
                           .arg(QString::fromStdString(key))
                           .arg(v.records)
                           .arg(v.lastOffset)
                           .arg(m_lastWriteOffset.at(key));
                return false;
            }
        }
        // Nothing but the update keys and the roll key.
        const size_t expectKeys = size_t(tombstonesExpected ? kKeys : kKeys - kKeys / 10) + 1;
        if (view.keys.size() != expectKeys) {
            *why = QStringLiteral("%1 distinct keys, expected %2").arg(view.keys.size()).arg(expectKeys);
            return false;
        }
        return true;
    }

private slots:
    void initTestCase() {
        m_broker = std::make_unique<BrokerProcess>(QStringList{QStringLiteral("log.cleaner.enable=true")});
        QVERIFY2(m_broker->start(), qPrintable(m_broker->errorText()));
        Admin admin(bootstrap());
        QCOMPARE(admin.createTopic(kTopic, 1,
                                   {{"cleanup.policy", "compact"},
                                    {"segment.bytes", std::to_string(kSegmentBytes)},
                                    {"min.cleanable.dirty.ratio", "0.01"},
                                    {"delete.retention.ms", std::to_string(kDeleteRetentionMs)}}),
                 std::string());
    }

    void produceUpdatesAndTombstones() {
        // Batches must fit in a segment: Kafka refuses a larger one (RECORD_LIST_TOO_LARGE).
        Producer producer(bootstrap(), {{"linger.ms", "5"}, {"batch.size", std::to_string(kSegmentBytes / 4)}});
        QVERIFY2(producer.valid(), producer.error().c_str());
        std::map<uint64_t, std::string> keyById;
        uint64_t id = 0;
        auto send = [&](const std::string& key, std::optional<std::string> value) {
            OutMessage m;
            m.topic = kTopic;
            m.partition = 0;
            m.key = key;
            m.value = std::move(value);
            keyById[id] = key;
            return producer.produce(m, id++);
        };
        for (int i = 0; i < kUpdates; ++i) {
            const auto key = keyOf(i % kKeys);
            const auto value = "balance-" + std::to_string(i);
            QCOMPARE(send(key, value), RD_KAFKA_RESP_ERR_NO_ERROR);
            m_lastValue[key] = value;
        }
        for (int k = 0; k < kKeys; k += 10) {
            QCOMPARE(send(keyOf(k), std::nullopt), RD_KAFKA_RESP_ERR_NO_ERROR);
            m_lastValue.erase(keyOf(k));
        }
        // The updates are all acknowledged before the roll records start, so no batch
        // mixes the two.
        QCOMPARE(producer.flush(120000), 0);
        for (int i = 0; i < kRollRecords; ++i)
            QCOMPARE(send(kRollKey, std::string(1024, char('a' + i % 26))), RD_KAFKA_RESP_ERR_NO_ERROR);
        QCOMPARE(producer.flush(120000), 0);

        const auto reports = producer.takeReports();
        QCOMPARE(reports.size(), size_t(id));
        for (const auto& r : reports) {
            QCOMPARE(r.error, RD_KAFKA_RESP_ERR_NO_ERROR);
            auto& last = m_lastWriteOffset[keyById.at(r.id)];
            last = std::max(last, r.offset);
        }
        std::string error;
        const auto w = queryWatermarks(producer.handle(), kTopic, 0, &error);
        QVERIFY2(w, error.c_str());
        QCOMPARE(w->high, int64_t(kUpdates + kKeys / 10 + kRollRecords));
    }

    void cleanerKeepsLatestPerKeyThenDropsTombstones() {
        QVERIFY2(m_lastWriteOffset.size() == size_t(kKeys) + 1, "the records were not all written");
        // Bounded polling: the cleaner runs on its own schedule; what it leaves is exact.
        const auto deadline = Clock::now() + std::chrono::seconds(120);
        bool sawTombstones = false;
        bool tombstonesGone = false;
        QString lastWhy;
        while (Clock::now() < deadline && !tombstonesGone) {
            std::string error;
            const auto view = readView(bootstrap(), &error);
            QVERIFY2(view, error.c_str());
            QString why;
            if (compactedExactly(*view, true, &why)) sawTombstones = true;
            else if (compactedExactly(*view, false, &why)) tombstonesGone = true;
            else lastWhy = why;
            if (!tombstonesGone) std::this_thread::sleep_for(std::chrono::milliseconds(200));
        }
        QVERIFY2(tombstonesGone, qPrintable(QStringLiteral("not compacted in time: ") + lastWhy));
        // A tombstone lives for delete.retention.ms after its first cleaning, so a reader
        // polling this often must have met them.
        QVERIFY2(sawTombstones, "tombstones vanished before delete.retention.ms");

        std::string error;
        const auto view = readView(bootstrap(), &error);
        QVERIFY2(view, error.c_str());
        // The roll key's records may still be duplicated in the active segment, but its
        // latest value is the last one written.
        const auto& roll = view->keys.at(kRollKey);
        QCOMPARE(roll.lastOffset, m_lastWriteOffset.at(kRollKey));
        QCOMPARE(roll.lastValue, std::optional<std::string>(std::string(1024, char('a' + (kRollRecords - 1) % 26))));
        QCOMPARE(view->records, size_t(kKeys - kKeys / 10) + size_t(roll.records));
    }

    void cleanupTestCase() {
        if (m_broker) m_broker->stop();
    }
};

QTEST_GUILESS_MAIN(TestCompactionInterop)
#include "test_compaction_interop.moc"
