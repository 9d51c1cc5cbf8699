// The log directories as a whole: loading partitions, checkpoints, the clean-shutdown
// marker, directory locking, deletion and retention across logs.
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>

#include "storage/checkpoint_file.h"
#include "storage/log_manager.h"
#include "storage/storage_error.h"
#include "storage_test_support.h"

using namespace samsa::storage;
using namespace storage_test;
namespace fs = std::filesystem;

namespace {

const std::vector<TopicPartition> kPartitions{
    {"orders", 0}, {"orders", 1}, {"my-topic-1", 0}, {"my-topic", 10}};

size_t batchSize() { return makeBatch({}).size(); }

} // namespace

class TestLogManager : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::vector<fs::path> m_dirs;

    LogManager::Options options() {
        LogManager::Options o;
        o.logDirs = m_dirs;
        o.defaultConfig.segmentBytes = static_cast<int32_t>(10 * batchSize());
        return o;
    }

    // Fills each partition with a different number of batches: 5, 10, 15, 20.
    void populate(LogManager& manager) {
        int count = 5;
        for (const auto& tp : kPartitions) {
            appendBatches(manager.getOrCreateLog(tp), count);
            count += 5;
        }
    }

private slots:
    void init() {
        fs::path root = fs::path(m_tmp.path().toStdString()) / QTest::currentTestFunction();
        m_dirs = {root / "a", root / "b"};
    }

    void reloadsEveryPartition() {
        {
            LogManager manager(options());
            QCOMPARE(manager.load().logsLoaded, size_t{0});
            populate(manager);
            // New partitions go to the directory with the fewest.
            QCOMPARE(manager.logDirOf(kPartitions[0]), std::optional(m_dirs[0]));
            QCOMPARE(manager.logDirOf(kPartitions[1]), std::optional(m_dirs[1]));
            QCOMPARE(manager.logDirOf(kPartitions[2]), std::optional(m_dirs[0]));
            QVERIFY(fs::is_directory(m_dirs[0] / "my-topic-1-0"));
            QVERIFY(fs::is_directory(m_dirs[1] / "my-topic-10"));
            manager.close();
        }
        for (const auto& dir : m_dirs) QVERIFY(fs::exists(dir / LogManager::kCleanShutdownFile));
        auto recoveryPoints = readOffsetCheckpoint(m_dirs[0] / kRecoveryPointCheckpointFile);
        QCOMPARE(recoveryPoints, (OffsetCheckpoint{{{"my-topic-1", 0}, 15}, {{"orders", 0}, 5}}));
        QCOMPARE(readOffsetCheckpoint(m_dirs[1] / kLogStartOffsetCheckpointFile),
                 (OffsetCheckpoint{{{"my-topic", 10}, 0}, {{"orders", 1}, 0}}));

        LogManager manager(options());
        auto summary = manager.load();
        QCOMPARE(summary.logsLoaded, size_t{4});
        QCOMPARE(summary.cleanDirs, size_t{2});
        QCOMPARE(summary.totals.segmentsScanned, size_t{0});
        for (const auto& dir : m_dirs) QVERIFY(!fs::exists(dir / LogManager::kCleanShutdownFile));
        auto partitions = manager.partitions();
        std::sort(partitions.begin(), partitions.end());
        auto expected = kPartitions;
        std::sort(expected.begin(), expected.end());
        QCOMPARE(partitions, expected);
        int64_t count = 5;
        for (const auto& tp : kPartitions) {
            QVERIFY(manager.getLog(tp));
            QCOMPARE(manager.getLog(tp)->logEndOffset(), count);
            count += 5;
        }
        QVERIFY(!manager.getLog({"my-topic", 1}));
    }

    void recoversAfterACrash() {
        fs::path root = m_dirs[0].parent_path();
        fs::path crashed = root / "crashed";
        {
            LogManager manager(options());
            manager.load();
            populate(manager);
            manager.runFlush(0); // checkpoints recovery points at the rolled segments
            // The files as they are now are what a crash would leave behind.
            fs::create_directories(crashed);
            for (const auto& dir : m_dirs) fs::copy(dir, crashed / dir.filename(), fs::copy_options::recursive);
        }
        m_dirs = {crashed / "a", crashed / "b"};
        for (const auto& dir : m_dirs) QVERIFY(!fs::exists(dir / LogManager::kCleanShutdownFile));
        LogManager manager(options());
        auto summary = manager.load();
        QCOMPARE(summary.cleanDirs, size_t{0});
        // Only each partition's active segment, above its recovery point, is scanned.
        QCOMPARE(summary.totals.segmentsScanned, size_t{4});
        QCOMPARE(summary.totals.batchesScanned, size_t{5 + 10 + 5 + 10}); // 5, 10, 15, 20 batches
        QCOMPARE(manager.getLog({"my-topic", 10})->logEndOffset(), int64_t{20});
    }

    void directoriesAreLocked() {
        LogManager first(options());
        first.load();
        LogManager second(options());
        QVERIFY_THROWS_EXCEPTION(StorageError, second.load());
        first.close();
        LogManager third(options());
        third.load();
    }

    void deletingAPartition() {
        LogManager manager(options());
        manager.load();
        populate(manager);
        manager.checkpoint();
        fs::path dir = manager.getLog({"orders", 0})->dir();
        QVERIFY(manager.deleteLog({"orders", 0}));
        QVERIFY(!fs::exists(dir));
        QVERIFY(!manager.getLog({"orders", 0}));
        QVERIFY(!manager.deleteLog({"orders", 0}));
        QCOMPARE(readOffsetCheckpoint(m_dirs[0] / kRecoveryPointCheckpointFile),
                 (OffsetCheckpoint{{{"my-topic-1", 0}, 0}}));
        // Recreated, it starts from scratch.
        QCOMPARE(manager.getOrCreateLog({"orders", 0}).logEndOffset(), int64_t{0});
    }

    void illegalTopicNamesAreRefused() {
        LogManager manager(options());
        manager.load();
        for (const char* topic : {"", "..", "a/b", "orders 1"})
            QVERIFY_THROWS_EXCEPTION(std::invalid_argument, manager.getOrCreateLog({topic, 0}));
        QVERIFY(manager.partitions().empty());
    }

    void loadSkipsForeignDirectories() {
        fs::create_directories(m_dirs[0] / "orders-3.0123456789abcdef-delete");
        fs::create_directories(m_dirs[0] / "lost+found");
        LogManager manager(options());
        QCOMPARE(manager.load().logsLoaded, size_t{0});
        QVERIFY(!fs::exists(m_dirs[0] / "orders-3.0123456789abcdef-delete"));
        QVERIFY(fs::exists(m_dirs[0] / "lost+found"));
    }

    void retentionAcrossLogs() {
        auto o = options();
        o.topicConfig = [base = o.defaultConfig](const std::string& topic) {
            LogConfig c = base;
            if (topic == "orders") c.retentionBytes = static_cast<int64_t>(10 * batchSize());
            return c;
        };
        LogManager manager(o);
        manager.load();
        for (int p = 0; p < 2; ++p) appendBatches(manager.getOrCreateLog({"orders", p}), 35);
        appendBatches(manager.getOrCreateLog({"audit", 0}), 35);

        // A bound per partition stands for the high watermark.
        auto summary = manager.runRetention(0, [](const TopicPartition& tp) {
            return tp.partition == 1 ? int64_t{10} : std::numeric_limits<int64_t>::max();
        });
        QCOMPARE(summary.segmentsDeleted, size_t{3});
        QCOMPARE(summary.bytesDeleted, uint64_t{30 * batchSize()});
        QCOMPARE(summary.perLog.at({"orders", 0}).deletedSegments, (std::vector<int64_t>{0, 10}));
        QCOMPARE(summary.perLog.at({"orders", 1}).deletedSegments, (std::vector<int64_t>{0}));
        QVERIFY(!summary.perLog.contains({"audit", 0}));
        QCOMPARE(manager.getLog({"audit", 0})->logStartOffset(), int64_t{0});
        auto dir = *manager.logDirOf({"orders", 0});
        QCOMPARE(readOffsetCheckpoint(dir / kLogStartOffsetCheckpointFile).at({"orders", 0}), int64_t{20});

        // A topic config change reaches the open logs.
        LogConfig keepAll = o.defaultConfig;
        manager.updateTopicConfig("orders", keepAll);
        appendBatches(*manager.getLog({"orders", 0}), 20);
        QCOMPARE(manager.runRetention(0).segmentsDeleted, size_t{0});
    }

    void flushRunsOnSchedule() {
        auto o = options();
        o.defaultConfig.flushMs = 1000;
        ManualClock clock;
        o.clock = clock.function();
        LogManager manager(o);
        manager.load();
        Log& log = manager.getOrCreateLog({"orders", 0});
        appendBatches(log, 5);
        manager.runFlush(clock.nowMs + 10);
        QCOMPARE(log.recoveryPoint(), int64_t{0});
        manager.runFlush(clock.nowMs + 1000);
        QCOMPARE(log.recoveryPoint(), int64_t{5});
        auto dir = *manager.logDirOf({"orders", 0});
        QCOMPARE(readOffsetCheckpoint(dir / kRecoveryPointCheckpointFile).at({"orders", 0}), int64_t{5});
    }
};

QTEST_APPLESS_MAIN(TestLogManager)
#include "test_log_manager.moc"
