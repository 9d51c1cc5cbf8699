// Index files keep no descriptor open: a log holds one per segment (its .log), and
// everything that writes or resizes an index (appends, rolls, truncation, recovery)
// still works with the index written through its mapping.
#include "../support/open_descriptors.h"
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>

#include "storage/log.h"
#include "storage/offset_index.h"
#include "storage_test_support.h"

using namespace samsa::storage;
using namespace storage_test;
using samsa::ErrorCode;
namespace fs = std::filesystem;

namespace {

constexpr int kSegments = 50;
constexpr int kBatchesPerSegment = 20;

using samsa::test::openDescriptors;

size_t batchSize() { return makeBatch({}).size(); }

LogConfig manySmallSegments() {
    LogConfig c;
    c.segmentBytes = static_cast<int32_t>(batchSize() * kBatchesPerSegment);
    c.indexIntervalBytes = 1; // an index entry for nearly every batch
    return c;
}

// Every record's offset read back one batch at a time, each from the index lookup.
void checkEveryOffsetReadable(const Log& log) {
    for (int64_t offset = log.logStartOffset(); offset < log.logEndOffset(); ++offset) {
        auto r = log.read(offset, 1);
        QCOMPARE(r.error, ErrorCode::None);
        auto headers = headersOf(r.records);
        QCOMPARE(headers.size(), size_t{1});
        QCOMPARE(headers.front().baseOffset, offset);
    }
}

} // namespace

class TestIndexDescriptors : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    fs::path m_dir;

private slots:
    void init() { m_dir = fs::path(m_tmp.path().toStdString()) / QTest::currentTestFunction() / "topic-0"; }

    void aLogHoldsOneDescriptorPerSegment() {
        {
            auto log = Log::open(m_dir, manySmallSegments());
            appendBatches(*log, kSegments * kBatchesPerSegment);
            QCOMPARE(log->segmentCount(), size_t{kSegments});
            log->close();
        }
        QCOMPARE(filesWithSuffix(m_dir, ".index").size(), size_t{kSegments});
        QCOMPARE(filesWithSuffix(m_dir, ".timeindex").size(), size_t{kSegments});

        const size_t before = openDescriptors();
        LogOpenOptions clean;
        clean.hadCleanShutdown = true;
        auto log = Log::open(m_dir, manySmallSegments(), clean);
        const size_t opened = openDescriptors() - before;
        QCOMPARE(log->recoveryStats().indexesRebuilt, size_t{0});
        // One per .log; three per segment would be 150.
        QCOMPARE(opened, size_t{kSegments});

        // The indexes were loaded, not rebuilt, and lookups through them land right.
        for (const Segment* segment : log->segmentList()) {
            QVERIFY(segment->offsetIndex().entries() > 0);
            QVERIFY(!segment->offsetIndex().file().isMapped());
        }
        checkEveryOffsetReadable(*log);
        QCOMPARE(log->offsetForTimestamp(1000 + 777), std::optional<TimestampOffset>({1000 + 777, 777}));

        // Appends, rolls and truncation neither leak descriptors nor lose entries.
        appendBatches(*log, 3 * kBatchesPerSegment);
        QCOMPARE(log->segmentCount(), size_t{kSegments + 3});
        QCOMPARE(openDescriptors() - before, size_t{kSegments + 3});
        QVERIFY(log->truncateTo(log->logEndOffset() - kBatchesPerSegment - 5));
        QCOMPARE(openDescriptors() - before, size_t{kSegments + 2});
        appendBatches(*log, 2);
        checkEveryOffsetReadable(*log);
        const int64_t end = log->logEndOffset();
        log->close();
        log.reset();
        QCOMPARE(openDescriptors(), before);

        // Closed cleanly: every index is trimmed to its entries and loads as it is.
        for (const auto& path : filesWithSuffix(m_dir, ".index")) QCOMPARE(fs::file_size(path) % 8, uintmax_t{0});
        log = Log::open(m_dir, manySmallSegments(), clean);
        QCOMPARE(log->recoveryStats().indexesRebuilt, size_t{0});
        QCOMPARE(log->logEndOffset(), end);
        checkEveryOffsetReadable(*log);
    }

    void theActiveIndexGrowsThroughItsMappingAndIsTrimmedOnRoll() {
        LogConfig config;
        config.indexIntervalBytes = 1;
        auto log = Log::open(m_dir, config);
        const size_t before = openDescriptors();
        appendBatches(*log, 1200); // 9,600 bytes of offset index: two doublings past a page
        QCOMPARE(openDescriptors(), before);
        const Segment* active = log->segmentList().back();
        const auto& index = active->offsetIndex();
        QVERIFY(index.file().isMapped());
        QCOMPARE(index.entries(), size_t{1199}); // no entry for the batch at position 0
        QVERIFY(index.file().fileSize() >= index.entries() * OffsetIndex::kEntrySize);
        QCOMPARE(index.lookup(600), (OffsetPosition{600, static_cast<uint32_t>(600 * batchSize())}));

        QVERIFY(log->roll());
        const Segment* rolled = log->segmentList().front();
        QVERIFY(!rolled->offsetIndex().file().isMapped());
        QCOMPARE(fs::file_size(rolled->offsetIndex().path()), uintmax_t{1199 * OffsetIndex::kEntrySize});
        QCOMPARE(fs::file_size(rolled->timeIndex().path()) % 12, uintmax_t{0});
        QCOMPARE(rolled->offsetIndex().lookup(1100), (OffsetPosition{1100, static_cast<uint32_t>(1100 * batchSize())}));
        checkEveryOffsetReadable(*log);
    }

    void aCrashLeavesSlackThatRecoveryRebuilds() {
        LogConfig config;
        config.indexIntervalBytes = 1;
        {
            auto log = Log::open(m_dir, config);
            appendBatches(*log, 300);
            // Destroyed without close(), as a crash leaves it: the active index still
            // has the zeros it grew ahead of its entries.
        }
        const auto index = m_dir / "00000000000000000000.index";
        QVERIFY(fs::file_size(index) > 299 * OffsetIndex::kEntrySize);

        auto log = Log::open(m_dir, config);
        QCOMPARE(log->recoveryStats().segmentsScanned, size_t{1});
        QCOMPARE(log->logEndOffset(), int64_t{300});
        QCOMPARE(fs::file_size(index), uintmax_t{299 * OffsetIndex::kEntrySize});
        checkEveryOffsetReadable(*log);

        // Even a log claiming a clean shutdown rejects the untrimmed index and rebuilds it.
        appendBatches(*log, 10);
        log.reset();
        LogOpenOptions clean;
        clean.hadCleanShutdown = true;
        log = Log::open(m_dir, config, clean);
        QCOMPARE(log->recoveryStats().indexesRebuilt, size_t{1});
        QCOMPARE(log->logEndOffset(), int64_t{310});
        checkEveryOffsetReadable(*log);
    }

    void aTruncatedIndexRegrowsAndSyncs() {
        fs::path path = fs::path(m_tmp.path().toStdString()) / "00000000000000000000.index";
        OffsetIndex index(path, 0, 100000);
        for (int i = 1; i <= 1000; ++i) index.append(i, static_cast<uint32_t>(i * 10));
        index.sync();
        index.truncateTo(500);
        QVERIFY(!index.file().isMapped());
        QCOMPARE(fs::file_size(path), uintmax_t{499 * OffsetIndex::kEntrySize});
        index.append(500, 5000);
        index.sync();
        index.trim();
        QCOMPARE(fs::file_size(path), uintmax_t{500 * OffsetIndex::kEntrySize});

        OffsetIndex reloaded(path, 0, 100000);
        QVERIFY(reloaded.load(100000));
        QCOMPARE(reloaded.entries(), size_t{500});
        QCOMPARE(reloaded.lookup(777), (OffsetPosition{500, 5000}));
        QCOMPARE(reloaded.lookup(250), (OffsetPosition{250, 2500}));
    }
};

QTEST_APPLESS_MAIN(TestIndexDescriptors)
#include "test_index_descriptors.moc"
