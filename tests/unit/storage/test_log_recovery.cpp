// Opening a log after clean and unclean shutdowns: torn tails, corrupt batches, damaged
// indexes, and what is skipped when the shutdown was clean.
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>

#include "storage/log.h"
#include "storage_test_support.h"

using namespace samsa::storage;
using namespace storage_test;
using samsa::ErrorCode;
namespace fs = std::filesystem;

namespace {

size_t batchSize() { return makeBatch({}).size(); }

LogConfig smallSegments() {
    LogConfig c;
    c.segmentBytes = static_cast<int32_t>(batchSize() * 10);
    c.indexIntervalBytes = 256;
    return c;
}

int64_t countReadable(const Log& log) {
    int64_t batches = 0;
    int64_t offset = log.logStartOffset();
    while (offset < log.logEndOffset()) {
        auto r = log.read(offset, 4096);
        if (r.records.empty()) qFatal("read stalled");
        batches += static_cast<int64_t>(headersOf(r.records).size());
        offset = r.lastOffset + 1;
    }
    return batches;
}

// Index files of every segment, by name.
std::map<std::string, Bytes> indexFiles(const fs::path& dir) {
    std::map<std::string, Bytes> out;
    for (const auto& suffix : {".index", ".timeindex"})
        for (const auto& p : filesWithSuffix(dir, suffix)) out[p.filename().string()] = readFile(p);
    return out;
}

} // namespace

class TestLogRecovery : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    fs::path m_dir;

private slots:
    void init() {
        m_dir = fs::path(m_tmp.path().toStdString()) / QTest::currentTestFunction() / "topic-0";
    }

    void tornTailIsCut() {
        {
            auto log = Log::open(m_dir, smallSegments());
            appendBatches(*log, 45); // the last segment holds 40..44
        } // no close(): as if the process died
        fs::path last = m_dir / "00000000000000000040.log";
        resize_file(last, fs::file_size(last) - 50);

        auto log = Log::open(m_dir, smallSegments(), {.recoveryPoint = 0});
        QCOMPARE(log->logEndOffset(), int64_t{44});
        QCOMPARE(log->recoveryStats().bytesTruncated, uint64_t{batchSize() - 50});
        QCOMPARE(fs::file_size(last), uintmax_t{4 * batchSize()});
        QCOMPARE(log->recoveryStats().segmentsScanned, size_t{5});
        QCOMPARE(log->recoveryStats().segmentsDropped, size_t{0});
        appendBatches(*log, 3);
        QCOMPARE(countReadable(*log), int64_t{47});
    }

    void tornHeaderIsCut() {
        {
            auto log = Log::open(m_dir, smallSegments());
            appendBatches(*log, 5);
        }
        fs::path file = m_dir / "00000000000000000000.log";
        resize_file(file, 4 * batchSize() + 7); // not even a whole header
        auto log = Log::open(m_dir, smallSegments());
        QCOMPARE(log->logEndOffset(), int64_t{4});
        QCOMPARE(log->recoveryStats().bytesTruncated, uint64_t{7});
    }

    void corruptBatchTruncatesFromThere() {
        {
            auto log = Log::open(m_dir, smallSegments());
            appendBatches(*log, 60);
        }
        // A flipped bit inside batch 13, in the second segment; four segments follow.
        fs::path second = m_dir / "00000000000000000010.log";
        Bytes bytes = readFile(second);
        bytes[3 * batchSize() + 100] ^= 0x10;
        writeFile(second, bytes);

        auto log = Log::open(m_dir, smallSegments(), {.recoveryPoint = 0});
        QCOMPARE(log->logEndOffset(), int64_t{13});
        QCOMPARE(log->segmentCount(), size_t{2});
        QCOMPARE(log->recoveryStats().segmentsDropped, size_t{4});
        QCOMPARE(filesWithSuffix(m_dir, ".log").size(), size_t{2});
        QCOMPARE(filesWithSuffix(m_dir, ".index").size(), size_t{2});
        QCOMPARE(countReadable(*log), int64_t{13});
    }

    void offsetsGoingBackwardsTruncate() {
        {
            auto log = Log::open(m_dir, smallSegments());
            appendBatches(*log, 8);
        }
        // The base offset is outside the CRC, so only the order check can catch this.
        fs::path file = m_dir / "00000000000000000000.log";
        Bytes bytes = readFile(file);
        records::setBaseOffset(std::span(bytes).subspan(5 * batchSize()), 2);
        writeFile(file, bytes);
        auto log = Log::open(m_dir, smallSegments());
        QCOMPARE(log->logEndOffset(), int64_t{5});
    }

    void recoveryStartsAtTheRecoveryPoint() {
        {
            auto log = Log::open(m_dir, smallSegments());
            appendBatches(*log, 55); // segments 0, 10, ..., 50
            log->flushRolledSegments();
            QCOMPARE(log->recoveryPoint(), int64_t{50});
        }
        auto log = Log::open(m_dir, smallSegments(), {.recoveryPoint = 25});
        // Segments wholly below 25 are trusted; 20 holds it, so 20..50 are scanned.
        QCOMPARE(log->recoveryStats().segmentsLoaded, size_t{6});
        QCOMPARE(log->recoveryStats().segmentsScanned, size_t{4});
        QCOMPARE(log->recoveryStats().batchesScanned, size_t{35});
        QCOMPARE(log->recoveryPoint(), int64_t{25});
        QCOMPARE(log->logEndOffset(), int64_t{55});
    }

    void cleanShutdownSkipsTheScan() {
        std::map<std::string, Bytes> before;
        {
            auto log = Log::open(m_dir, smallSegments());
            appendBatches(*log, 55);
            log->close();
            before = indexFiles(m_dir);
        }
        auto log = Log::open(m_dir, smallSegments(), {.hadCleanShutdown = true});
        QCOMPARE(log->recoveryStats().segmentsLoaded, size_t{6});
        QCOMPARE(log->recoveryStats().segmentsScanned, size_t{0});
        QCOMPARE(log->recoveryStats().batchesScanned, size_t{0});
        QCOMPARE(log->recoveryStats().indexesRebuilt, size_t{0});
        QCOMPARE(log->logEndOffset(), int64_t{55});
        QCOMPARE(log->recoveryPoint(), int64_t{55});
        QCOMPARE(countReadable(*log), int64_t{55});
        QCOMPARE(indexFiles(m_dir), before);
        // Appends continue where the log stopped, in the same active segment.
        appendBatches(*log, 1);
        QCOMPARE(log->segmentCount(), size_t{6});

        // The same files after an unclean shutdown are all scanned, and rebuilt identically.
        log.reset();
        auto unclean = Log::open(m_dir, smallSegments(), {.recoveryPoint = 0});
        QCOMPARE(unclean->recoveryStats().segmentsScanned, size_t{6});
        QCOMPARE(unclean->recoveryStats().batchesScanned, size_t{56});
        QCOMPARE(unclean->recoveryStats().bytesTruncated, uint64_t{0});
    }

    void damagedIndexesAreRebuilt() {
        std::map<std::string, Bytes> before;
        {
            auto log = Log::open(m_dir, smallSegments());
            appendBatches(*log, 55, 1, 100, 7000);
            log->close();
            before = indexFiles(m_dir);
        }
        QVERIFY(before["00000000000000000010.index"].size() >= 16);
        fs::remove(m_dir / "00000000000000000010.index");
        Bytes garbled = before["00000000000000000020.timeindex"];
        std::reverse(garbled.begin(), garbled.end());
        writeFile(m_dir / "00000000000000000020.timeindex", garbled);
        // Cut short: the entries that remain are valid, but some are missing.
        resize_file(m_dir / "00000000000000000030.index", 8);
        writeFile(m_dir / "00000000000000000040.index", Bytes(13, 0x7f));

        auto log = Log::open(m_dir, smallSegments(), {.hadCleanShutdown = true});
        QCOMPARE(log->recoveryStats().indexesRebuilt, size_t{4});
        QCOMPARE(log->recoveryStats().segmentsScanned, size_t{4});
        QCOMPARE(log->logEndOffset(), int64_t{55});
        QCOMPARE(indexFiles(m_dir), before);
        QCOMPARE(log->offsetForTimestamp(7000 + 33), std::optional<TimestampOffset>({7033, 33}));
        QCOMPARE(countReadable(*log), int64_t{55});
    }

    void leaderEpochsAreRecovered() {
        {
            auto log = Log::open(m_dir, smallSegments());
            for (int32_t epoch : {1, 3, 5})
                for (int i = 0; i < 10; ++i)
                    log->append(makeBatch({.baseOffset = log->logEndOffset(), .leaderEpoch = epoch}));
        }
        // The crash lost the end of the log: epoch 5 never made it to disk.
        fs::remove(m_dir / "00000000000000000020.log");
        {
            auto log = Log::open(m_dir, smallSegments());
            QCOMPARE(log->logEndOffset(), int64_t{20});
            QCOMPARE(log->leaderEpochCache().entries(), (std::vector<EpochEntry>{{1, 0}, {3, 10}}));
            QCOMPARE(filesWithSuffix(m_dir, ".index").size(), size_t{2}); // orphan index removed
        }
        // Without the checkpoint, scanned batches bring the epochs back.
        fs::remove(m_dir / LeaderEpochCache::kFileName);
        auto log = Log::open(m_dir, smallSegments());
        QCOMPARE(log->leaderEpochCache().entries(), (std::vector<EpochEntry>{{1, 0}, {3, 10}}));
    }

    void checkpointedStartOffsetIsRestored() {
        {
            auto log = Log::open(m_dir, smallSegments());
            appendBatches(*log, 30);
            log->deleteRecordsBefore(15);
            log->close();
        }
        auto log = Log::open(m_dir, smallSegments(), {.logStartOffset = 15, .hadCleanShutdown = true});
        QCOMPARE(log->logStartOffset(), int64_t{15});
        QCOMPARE(log->read(14, 1000).error, ErrorCode::OffsetOutOfRange);
        log->close();
        // A start offset beyond the data (the tail was lost) leaves an empty log there.
        auto beyond = Log::open(m_dir, smallSegments(), {.logStartOffset = 100, .hadCleanShutdown = true});
        QCOMPARE(beyond->logStartOffset(), int64_t{100});
        QCOMPARE(beyond->logEndOffset(), int64_t{100});
        QCOMPARE(beyond->segmentCount(), size_t{1});
    }

    void leftoversAreRemoved() {
        {
            auto log = Log::open(m_dir, smallSegments());
            appendBatches(*log, 3);
            log->close();
        }
        writeFile(m_dir / "00000000000000000100.log.deleted", Bytes(10, 1));
        writeFile(m_dir / "00000000000000000200.timeindex", Bytes(12, 1));
        writeFile(m_dir / "leader-epoch-checkpoint.tmp", Bytes(3, '0'));
        auto log = Log::open(m_dir, smallSegments(), {.hadCleanShutdown = true});
        QVERIFY(!fs::exists(m_dir / "00000000000000000100.log.deleted"));
        QVERIFY(!fs::exists(m_dir / "00000000000000000200.timeindex"));
        QVERIFY(!fs::exists(m_dir / "leader-epoch-checkpoint.tmp"));
        QCOMPARE(log->logEndOffset(), int64_t{3});
    }
};

QTEST_APPLESS_MAIN(TestLogRecovery)
#include "test_log_recovery.moc"
