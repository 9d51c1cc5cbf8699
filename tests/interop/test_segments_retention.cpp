// The on-disk log as Kafka lays it out: 1 MiB segments rolled under a 20 MiB load, each
// with its offset and time index; then a lower retention.bytes set through AlterConfigs
// deletes the oldest segments at the next retention check and moves the log start offset.
#include <QDir>
#include <QtTest>

#include <chrono>
#include <memory>
#include <thread>

#include "support/broker_process.h"
#include "support/rdkafka_client.h"

using namespace interop;

namespace {

constexpr qint64 kSegmentBytes = 1 << 20;
constexpr int kValueBytes = 1024;
constexpr int kMessages = 20 * 1024; // 20 MiB of values
constexpr qint64 kRetentionBytes = 5 * kSegmentBytes;

struct SegmentFile {
    qint64 baseOffset;
    qint64 size;
};

// The .log files of a partition directory, oldest first.
std::vector<SegmentFile> logSegments(const QDir& dir) {
    std::vector<SegmentFile> out;
    for (const QFileInfo& f : dir.entryInfoList({QStringLiteral("*.log")}, QDir::Files, QDir::Name))
        out.push_back({f.completeBaseName().toLongLong(), f.size()});
    return out;
}

QString baseName(qint64 offset) { return QStringLiteral("%1").arg(offset, 20, 10, QLatin1Char('0')); }

// Incompressible enough that the 20 MiB stay 20 MiB on disk, distinct per message.
std::string valueOf(int i) {
    std::string v(kValueBytes, '\0');
    uint32_t x = 2654435761u * uint32_t(i + 1);
    for (auto& c : v) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        c = char('!' + x % 90);
    }
    return v;
}

} // namespace

class TestSegmentsRetention : public QObject {
    Q_OBJECT

private slots:
    void rollsSegmentsAndDeletesByRetentionBytes() {
        BrokerProcess broker({QStringLiteral("log.segment.bytes=%1").arg(kSegmentBytes),
                              QStringLiteral("log.retention.check.interval.ms=1000")});
        QVERIFY2(broker.start(), qPrintable(broker.errorText()));
        const std::string bootstrap = broker.bootstrap().toStdString();
        const std::string topic = "segments";

        Producer producer(bootstrap, {{"acks", "all"}, {"linger.ms", "5"}, {"batch.size", "65536"}});
        QVERIFY2(producer.valid(), producer.error().c_str());
        for (int i = 0; i < kMessages; ++i) {
            OutMessage m;
            m.topic = topic;
            m.partition = 0;
            m.value = valueOf(i);
            QCOMPARE(producer.produce(m, uint64_t(i)), RD_KAFKA_RESP_ERR_NO_ERROR);
            producer.poll();
        }
        QCOMPARE(producer.flush(120000), 0);
        for (const auto& r : producer.takeReports()) QCOMPARE(r.error, RD_KAFKA_RESP_ERR_NO_ERROR);

        const QDir dir(broker.dataDir() + QStringLiteral("/segments-0"));
        QVERIFY2(dir.exists(), qPrintable(dir.path()));
        const auto before = logSegments(dir);
        qInfo("%zu segments after %d x %d bytes", before.size(), kMessages, kValueBytes);
        QVERIFY2(before.size() >= 20, qPrintable(QStringLiteral("only %1 segments").arg(before.size())));
        QCOMPARE(before.front().baseOffset, qint64(0));
        qint64 previous = -1;
        for (const auto& s : before) {
            QVERIFY(s.baseOffset > previous);
            previous = s.baseOffset;
            QVERIFY2(s.size <= kSegmentBytes, qPrintable(QStringLiteral("segment %1 has %2 bytes").arg(s.baseOffset).arg(s.size)));
            QVERIFY2(QFileInfo::exists(dir.filePath(baseName(s.baseOffset) + QStringLiteral(".index"))),
                     qPrintable(baseName(s.baseOffset)));
            QVERIFY2(QFileInfo::exists(dir.filePath(baseName(s.baseOffset) + QStringLiteral(".timeindex"))),
                     qPrintable(baseName(s.baseOffset)));
        }
        QCOMPARE(dir.entryList({QStringLiteral("*.index")}, QDir::Files).size(), qsizetype(before.size()));
        QCOMPARE(dir.entryList({QStringLiteral("*.timeindex")}, QDir::Files).size(), qsizetype(before.size()));

        Admin admin(bootstrap);
        std::string error;
        auto w = queryWatermarks(admin.handle(), topic, 0, &error);
        QVERIFY2(w, error.c_str());
        QCOMPARE(w->low, int64_t(0));
        QCOMPARE(w->high, int64_t(kMessages));

        error = admin.alterTopicConfigs(topic, {{"retention.bytes", std::to_string(kRetentionBytes)}});
        QVERIFY2(error.empty(), error.c_str());

        // Kafka's rule: drop the oldest segments while what remains still holds at least
        // retention.bytes, so the oldest survivor is the one that would break it. The next
        // check (every second) gets there; waiting for that end state rather than the first
        // change keeps a listing taken halfway through the deletions from being judged. The
        // deadline only guards against a hang.
        auto totalSize = [](const std::vector<SegmentFile>& segments) {
            qint64 total = 0;
            for (const auto& s : segments) total += s.size;
            return total;
        };
        std::vector<SegmentFile> after = logSegments(dir);
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
        while (!(after.size() < before.size() && totalSize(after) - after.front().size < kRetentionBytes) &&
               std::chrono::steady_clock::now() < deadline) {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            after = logSegments(dir);
        }
        qInfo("%zu segments left after retention.bytes=%lld", after.size(), kRetentionBytes);
        QVERIFY2(after.size() < before.size(), "no segment was deleted");

        const qint64 total = totalSize(after);
        QVERIFY2(total >= kRetentionBytes, qPrintable(QString::number(total)));
        QVERIFY2(total - after.front().size < kRetentionBytes, qPrintable(QString::number(total)));
        // The survivors are the newest segments, unchanged; the deleted ones left no index behind.
        QVERIFY(std::equal(after.begin(), after.end(), before.end() - qsizetype(after.size()),
                           [](const SegmentFile& a, const SegmentFile& b) { return a.baseOffset == b.baseOffset; }));
        QCOMPARE(dir.entryList({QStringLiteral("*.index")}, QDir::Files).size(), qsizetype(after.size()));
        QCOMPARE(dir.entryList({QStringLiteral("*.timeindex")}, QDir::Files).size(), qsizetype(after.size()));

        // ListOffsets(earliest) now answers the first surviving segment's base offset.
        w = queryWatermarks(admin.handle(), topic, 0, &error);
        QVERIFY2(w, error.c_str());
        QCOMPARE(w->low, int64_t(after.front().baseOffset));
        QCOMPARE(w->high, int64_t(kMessages));

        // A consumer from the beginning starts there and reads the rest intact.
        const auto rest = readPartitions(bootstrap, topic, {0}, &error);
        QVERIFY2(error.empty(), error.c_str());
        QCOMPARE(qint64(rest.size()), qint64(kMessages) - after.front().baseOffset);
        QCOMPARE(rest.front().offset, int64_t(after.front().baseOffset));
        for (const auto& m : rest) QVERIFY(m.value == valueOf(int(m.offset)));
    }
};

QTEST_GUILESS_MAIN(TestSegmentsRetention)
#include "test_segments_retention.moc"
