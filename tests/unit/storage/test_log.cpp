// The partition log in normal operation: appends, reads, rolls, timestamps, retention,
// deletion, truncation and flushing.
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <map>

#include "protocol/wire/reader.h"
#include "storage/log.h"
#include "storage_test_support.h"

using namespace samsa::storage;
using namespace storage_test;
using samsa::ErrorCode;
namespace fs = std::filesystem;

namespace {

constexpr int64_t kNoLimit = std::numeric_limits<int64_t>::max();

// Every batch of the log, fetched the way a consumer would.
std::vector<records::BatchHeader> readAll(const Log& log, size_t maxBytes = 1000) {
    std::vector<records::BatchHeader> out;
    int64_t offset = log.logStartOffset();
    while (offset < log.logEndOffset()) {
        auto r = log.read(offset, maxBytes);
        if (r.error != ErrorCode::None || r.records.empty()) qFatal("read stalled at %lld", (long long)offset);
        for (const auto& h : headersOf(r.records)) out.push_back(h);
        offset = r.lastOffset + 1;
    }
    return out;
}

size_t batchSize(int records = 1) { return makeBatch({.records = records}).size(); }

} // namespace

class TestLog : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    fs::path m_dir;

    LogConfig smallSegments(int batchesPerSegment, int recordsPerBatch = 1) {
        LogConfig c;
        c.segmentBytes = static_cast<int32_t>(batchSize(recordsPerBatch) * batchesPerSegment);
        return c;
    }

private slots:
    void init() {
        m_dir = fs::path(m_tmp.path().toStdString()) / QTest::currentTestFunction() / "topic-0";
    }

    void appendAndReadAcrossManySegments() {
        auto log = Log::open(m_dir, smallSegments(12));
        auto written = appendBatches(*log, 300);
        QCOMPARE(log->logEndOffset(), int64_t{300});
        QCOMPARE(log->segmentCount(), size_t{25});
        auto logs = filesWithSuffix(m_dir, ".log");
        QCOMPARE(logs.size(), size_t{25});
        QCOMPARE(logs[1].filename().string(), std::string("00000000000000000012.log"));
        QCOMPARE(filesWithSuffix(m_dir, ".index").size(), size_t{25});
        QCOMPARE(filesWithSuffix(m_dir, ".timeindex").size(), size_t{25});

        // Fetch everything back, a few batches at a time; bytes are exactly as appended.
        Bytes expected;
        for (const auto& b : written) expected.insert(expected.end(), b.begin(), b.end());
        Bytes fetched;
        int64_t offset = 0;
        while (offset < log->logEndOffset()) {
            auto r = log->read(offset, 4 * batchSize());
            QCOMPARE(r.error, ErrorCode::None);
            QCOMPARE(r.firstOffset, offset);
            fetched.insert(fetched.end(), r.records.begin(), r.records.end());
            offset = r.lastOffset + 1;
        }
        QCOMPARE(fetched, expected);
        QCOMPARE(log->sizeInBytes(), uint64_t{expected.size()});

        log->close();
        auto reopened = Log::open(m_dir, smallSegments(12), {.hadCleanShutdown = true});
        QCOMPARE(reopened->logEndOffset(), int64_t{300});
        QCOMPARE(readAll(*reopened).size(), size_t{300});
    }

    void appendValidatesInput() {
        auto log = Log::open(m_dir, LogConfig{});
        appendBatches(*log, 2);
        QCOMPARE(log->append(makeBatch({.baseOffset = 5})).error, ErrorCode::InvalidRecord);
        QCOMPARE(log->append(makeBatch({.baseOffset = 1})).error, ErrorCode::InvalidRecord);
        Bytes corrupt = makeBatch({.baseOffset = 2});
        corrupt.back() ^= 0xff;
        QCOMPARE(log->append(corrupt).error, ErrorCode::CorruptMessage);
        Bytes torn = makeBatch({.baseOffset = 2});
        torn.pop_back();
        QCOMPARE(log->append(torn).error, ErrorCode::CorruptMessage);
        // Two batches in one call must continue each other too.
        Bytes two = makeBatch({.baseOffset = 2});
        Bytes gap = makeBatch({.baseOffset = 4});
        two.insert(two.end(), gap.begin(), gap.end());
        QCOMPARE(log->append(two).error, ErrorCode::InvalidRecord);
        QCOMPARE(log->logEndOffset(), int64_t{2});
        QCOMPARE(log->sizeInBytes(), uint64_t{2 * batchSize()});

        // A follower of a compacted log may see gaps.
        auto r = log->append(makeBatch({.baseOffset = 10, .records = 2}), AppendMode::AllowGaps);
        QCOMPARE(r.error, ErrorCode::None);
        QCOMPARE(log->logEndOffset(), int64_t{12});
        QCOMPARE(log->read(5, 1000).firstOffset, int64_t{10}); // an offset in the gap

        LogConfig tiny;
        tiny.segmentBytes = static_cast<int32_t>(batchSize() - 1);
        log->updateConfig(tiny);
        QCOMPARE(log->append(makeBatch({.baseOffset = 12})).error, ErrorCode::RecordListTooLarge);
    }

    void invalidConfigIsRejected() {
        LogConfig bad;
        bad.segmentBytes = 0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Log::open(m_dir, bad));
        auto log = Log::open(m_dir, LogConfig{});
        bad = LogConfig{};
        bad.segmentIndexBytes = 4;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, log->updateConfig(bad));
        QCOMPARE(log->config(), LogConfig{});
    }

    void indexIsSparse() {
        LogConfig config;
        config.indexIntervalBytes = 1024;
        auto log = Log::open(m_dir, config);
        appendBatches(*log, 500);
        uint64_t logSize = log->sizeInBytes();
        const Segment& segment = *log->segmentList().front();
        size_t entries = segment.offsetIndex().entries();
        // The time index grows with the max timestamp at the same points.
        QCOMPARE(segment.timeIndex().entries(), entries);
        // Cuts the active index's slack, so the file holds exactly its entries.
        log->close();
        fs::path indexPath = m_dir / "00000000000000000000.index";
        QCOMPARE(fs::file_size(indexPath), uintmax_t{entries * 8});
        // One entry once more than index.interval.bytes were written since the last.
        QVERIFY(entries >= logSize / (1024 + batchSize()) - 1);
        QVERIFY(entries <= logSize / 1024);

        // Each entry is (last offset of a batch, position where that batch starts).
        Bytes logBytes = readFile(m_dir / "00000000000000000000.log");
        std::map<uint32_t, int64_t> lastOffsetAt;
        for (const auto& span : records::splitBatches(logBytes))
            lastOffsetAt[static_cast<uint32_t>(span.position)] =
                records::parseBatchHeader(std::span(logBytes).subspan(span.position)).lastOffset();
        Bytes index = readFile(indexPath);
        samsa::protocol::Reader r(index);
        int32_t previous = -1;
        while (!r.atEnd()) {
            int32_t relative = r.readInt32();
            uint32_t position = r.readUint32();
            QVERIFY(relative > previous);
            QVERIFY(lastOffsetAt.contains(position));
            QCOMPARE(lastOffsetAt[position], int64_t{relative});
            previous = relative;
        }
    }

    void readFromInsideABatchReturnsTheWholeBatch() {
        auto log = Log::open(m_dir, smallSegments(4));
        appendBatches(*log, 20, 5);
        for (int64_t offset = 0; offset < log->logEndOffset(); ++offset) {
            auto r = log->read(offset, 1);
            auto headers = headersOf(r.records);
            QCOMPARE(headers.size(), size_t{1});
            QCOMPARE(headers[0].baseOffset, offset - offset % 5);
            QCOMPARE(r.lastOffset, offset - offset % 5 + 4);
        }
    }

    void readStopsBeforeMaxOffset() {
        auto log = Log::open(m_dir, LogConfig{});
        appendBatches(*log, 10, 5);
        auto r = log->read(0, 1 << 20, 23);
        QCOMPARE(r.lastOffset, int64_t{19}); // the batch 20..24 holds 23: not readable yet
        QCOMPARE(headersOf(r.records).size(), size_t{4});
        r = log->read(0, 1 << 20, 25);
        QCOMPARE(r.lastOffset, int64_t{24});
        r = log->read(21, 1 << 20, 23);
        QCOMPARE(r.error, ErrorCode::None);
        QVERIFY(r.records.empty());
        r = log->read(20, 1 << 20, 20);
        QVERIFY(r.records.empty());
    }

    void readHonoursMaxBytes() {
        auto log = Log::open(m_dir, LogConfig{});
        appendBatches(*log, 10);
        size_t size = batchSize();
        QCOMPARE(headersOf(log->read(0, 3 * size + size / 2).records).size(), size_t{3});
        QCOMPARE(headersOf(log->read(0, 3 * size).records).size(), size_t{3});
        // KIP-74: one whole batch even if larger than maxBytes, unless told otherwise.
        QCOMPARE(headersOf(log->read(2, size / 2, kNoLimit, true).records).size(), size_t{1});
        QCOMPARE(log->read(2, 0, kNoLimit, true).records.size(), size);
        auto r = log->read(2, size / 2, kNoLimit, false);
        QCOMPARE(r.error, ErrorCode::None);
        QVERIFY(r.records.empty());
    }

    void outOfRangeOffsets() {
        auto log = Log::open(m_dir, smallSegments(3));
        appendBatches(*log, 10);
        QCOMPARE(log->read(11, 1000).error, ErrorCode::OffsetOutOfRange);
        QCOMPARE(log->read(-1, 1000).error, ErrorCode::OffsetOutOfRange);
        auto atEnd = log->read(10, 1000);
        QCOMPARE(atEnd.error, ErrorCode::None);
        QVERIFY(atEnd.records.empty());
        QCOMPARE(log->deleteRecordsBefore(5).error, ErrorCode::None);
        QCOMPARE(log->read(4, 1000).error, ErrorCode::OffsetOutOfRange);
        QCOMPARE(log->read(5, 1000).firstOffset, int64_t{5});
    }

    void offsetForTimestampFindsTheFirstRecord() {
        auto log = Log::open(m_dir, LogConfig{});
        // Timestamps are not ordered across batches: the answer is the first offset
        // whose timestamp is large enough, not the closest timestamp.
        log->append(makeBatch({.baseOffset = 0, .records = 5, .firstTimestamp = 100}));
        log->append(makeBatch({.baseOffset = 5, .records = 5, .firstTimestamp = 200}));
        log->append(makeBatch({.baseOffset = 10, .records = 5, .firstTimestamp = 150,
                               .compression = records::Compression::Gzip}));
        QCOMPARE(log->offsetForTimestamp(0), std::optional<TimestampOffset>({100, 0}));
        QCOMPARE(log->offsetForTimestamp(102), std::optional<TimestampOffset>({102, 2}));
        QCOMPARE(log->offsetForTimestamp(105), std::optional<TimestampOffset>({200, 5}));
        QCOMPARE(log->offsetForTimestamp(204), std::optional<TimestampOffset>({204, 9}));
        QCOMPARE(log->offsetForTimestamp(205), std::nullopt);
        QCOMPARE(log->maxTimestampRecord(), std::optional<TimestampOffset>({204, 9}));
        log->append(makeBatch({.baseOffset = 15, .records = 5, .firstTimestamp = 300,
                               .compression = records::Compression::Gzip}));
        QCOMPARE(log->offsetForTimestamp(302), std::optional<TimestampOffset>({302, 17}));
        QCOMPARE(log->maxTimestampRecord(), std::optional<TimestampOffset>({304, 19}));

        // Records below the log start offset are not answers.
        log->deleteRecordsBefore(3);
        QCOMPARE(log->offsetForTimestamp(0), std::optional<TimestampOffset>({103, 3}));
    }

    void offsetForTimestampUsesTheTimeIndex() {
        LogConfig config = smallSegments(40);
        config.indexIntervalBytes = 512;
        auto log = Log::open(m_dir, config);
        appendBatches(*log, 400, 3, 100, 5000); // record timestamp = 5000 + offset
        QVERIFY(log->segmentCount() >= 10);
        for (int64_t offset = 0; offset < 1200; offset += 7)
            QCOMPARE(log->offsetForTimestamp(5000 + offset), std::optional<TimestampOffset>({5000 + offset, offset}));
        QCOMPARE(log->maxTimestampRecord(), std::optional<TimestampOffset>({5000 + 1199, 1199}));
    }

    void rollsBySize() {
        auto log = Log::open(m_dir, smallSegments(5));
        for (int i = 0; i < 12; ++i) {
            auto r = log->append(makeBatch({.baseOffset = i}));
            QCOMPARE(r.rolled, i == 5 || i == 10);
            QCOMPARE(r.segmentBaseOffset, int64_t{i - i % 5});
            QCOMPARE(r.position, uint64_t{(i % 5) * batchSize()});
        }
        auto segments = log->segments();
        QCOMPARE(segments.size(), size_t{3});
        QCOMPARE(segments[1].baseOffset, int64_t{5});
        QCOMPARE(segments[1].nextOffset, int64_t{10});
        QCOMPARE(segments[1].sizeBytes, uint64_t{5 * batchSize()});
    }

    void rollsByRecordTime() {
        LogConfig config;
        config.segmentMs = 1000;
        auto log = Log::open(m_dir, config);
        QVERIFY(!log->append(makeBatch({.baseOffset = 0, .firstTimestamp = 10'000})).rolled);
        QVERIFY(!log->append(makeBatch({.baseOffset = 1, .firstTimestamp = 11'000})).rolled);
        QVERIFY(log->append(makeBatch({.baseOffset = 2, .firstTimestamp = 11'001})).rolled);
        QCOMPARE(log->segmentCount(), size_t{2});
    }

    void rollsByWallTimeWithoutTimestamps() {
        ManualClock clock;
        LogConfig config;
        config.segmentMs = 1000;
        auto log = Log::open(m_dir, config, {.clock = clock.function()});
        auto untimed = [](int64_t offset) { return makeBatch({.baseOffset = offset, .firstTimestamp = -1}); };
        QVERIFY(!log->append(untimed(0)).rolled);
        clock.nowMs += 1000;
        QVERIFY(!log->append(untimed(1)).rolled);
        clock.nowMs += 1;
        QVERIFY(log->append(untimed(2)).rolled);
        QCOMPARE(log->segmentCount(), size_t{2});
        QVERIFY(log->roll());
        QCOMPARE(log->segmentCount(), size_t{3});
        QVERIFY(!log->roll()); // the active segment is empty
    }

    void rollsWhenTheIndexIsFull() {
        LogConfig config;
        config.indexIntervalBytes = 0;  // an entry for every batch after the first
        config.segmentIndexBytes = 24;  // 3 offset entries, 2 time entries
        auto log = Log::open(m_dir, config);
        appendBatches(*log, 30);
        QCOMPARE(log->segmentCount(), size_t{10});
        QCOMPARE(readAll(*log).size(), size_t{30});
    }

    void retentionBySize() {
        LogConfig config = smallSegments(5);
        config.retentionBytes = static_cast<int64_t>(17 * batchSize());
        auto log = Log::open(m_dir, config);
        appendBatches(*log, 50);
        QCOMPARE(log->segmentCount(), size_t{10});
        auto result = log->applyRetention(0);
        // 50 batches, 17 allowed: whole segments of 5 go while the rest stays >= 17.
        QCOMPARE(result.deletedSegments, (std::vector<int64_t>{0, 5, 10, 15, 20, 25}));
        QCOMPARE(result.bytesDeleted, uint64_t{30 * batchSize()});
        QCOMPARE(log->logStartOffset(), int64_t{30});
        QCOMPARE(result.logStartOffset, int64_t{30});
        QCOMPARE(filesWithSuffix(m_dir, ".log").size(), size_t{4});
        QCOMPARE(filesWithSuffix(m_dir, ".index").size(), size_t{4});
        QCOMPARE(log->read(29, 1000).error, ErrorCode::OffsetOutOfRange);
        QCOMPARE(log->read(30, 1000).firstOffset, int64_t{30});
        QVERIFY(log->applyRetention(0).deletedSegments.empty());
    }

    void retentionByTime() {
        LogConfig config = smallSegments(5);
        config.retentionMs = 10'000;
        auto log = Log::open(m_dir, config);
        appendBatches(*log, 15, 1, 100, 1'000);   // old: timestamps around 1 000
        appendBatches(*log, 15, 1, 100, 100'000); // recent
        QCOMPARE(log->segmentCount(), size_t{6});

        // A bound (the high watermark) keeps segments reaching past it.
        auto bounded = log->applyRetention(105'000, 7);
        QCOMPARE(bounded.deletedSegments, (std::vector<int64_t>{0}));
        auto result = log->applyRetention(105'000);
        QCOMPARE(result.deletedSegments, (std::vector<int64_t>{5, 10}));
        QCOMPARE(log->logStartOffset(), int64_t{15});
        QCOMPARE(log->segmentCount(), size_t{3});

        // Everything expired: the active segment stays.
        result = log->applyRetention(10'000'000);
        QCOMPARE(result.deletedSegments, (std::vector<int64_t>{15, 20}));
        QCOMPARE(log->segmentCount(), size_t{1});
        QCOMPARE(log->logStartOffset(), int64_t{25});
        QCOMPARE(log->logEndOffset(), int64_t{30});

        config.cleanupPolicyDelete = false;
        config.cleanupPolicyCompact = true;
        log->updateConfig(config);
        appendBatches(*log, 10, 1, 100, 1'000);
        QVERIFY(log->applyRetention(10'000'000).deletedSegments.empty());
    }

    void deleteRecordsBefore() {
        auto log = Log::open(m_dir, smallSegments(5));
        appendBatches(*log, 50);
        auto result = log->deleteRecordsBefore(12);
        QCOMPARE(result.error, ErrorCode::None);
        QCOMPARE(result.deletedSegments, (std::vector<int64_t>{0, 5}));
        QCOMPARE(log->logStartOffset(), int64_t{12});
        QCOMPARE(log->read(11, 1000).error, ErrorCode::OffsetOutOfRange);
        QCOMPARE(log->read(12, 1000).firstOffset, int64_t{12});
        QVERIFY(log->deleteRecordsBefore(3).deletedSegments.empty()); // never moves back
        QCOMPARE(log->logStartOffset(), int64_t{12});

        QCOMPARE(log->deleteRecordsBefore(51).error, ErrorCode::OffsetOutOfRange);
        result = log->deleteRecordsBefore(50);
        QCOMPARE(result.deletedSegments.size(), size_t{8});
        QCOMPARE(log->segmentCount(), size_t{1});
        QCOMPARE(log->sizeInBytes(), uint64_t{0});
        QCOMPARE(log->logStartOffset(), int64_t{50});
        QCOMPARE(log->logEndOffset(), int64_t{50});
        QCOMPARE(filesWithSuffix(m_dir, ".log"), (std::vector<fs::path>{m_dir / "00000000000000000050.log"}));
        appendBatches(*log, 1);
        QCOMPARE(log->read(50, 1000).firstOffset, int64_t{50});
    }

    void truncateTo() {
        auto log = Log::open(m_dir, smallSegments(5, 2));
        appendBatches(*log, 30, 2); // offsets 0..59, 10 per segment
        QVERIFY(!log->truncateTo(60));
        QVERIFY(log->truncateTo(33)); // the batch 32..33 goes whole
        QCOMPARE(log->logEndOffset(), int64_t{32});
        QCOMPARE(log->segmentCount(), size_t{4});
        QCOMPARE(filesWithSuffix(m_dir, ".log").size(), size_t{4});
        QCOMPARE(log->read(30, 1000).lastOffset, int64_t{31});
        QVERIFY(log->read(32, 1000).records.empty());
        appendBatches(*log, 4, 2);
        QCOMPARE(log->logEndOffset(), int64_t{40});
        QCOMPARE(readAll(*log).size(), size_t{20});
        log->close();
        auto reopened = Log::open(m_dir, smallSegments(5, 2), {.hadCleanShutdown = true});
        QCOMPARE(reopened->logEndOffset(), int64_t{40});
        QCOMPARE(reopened->recoveryStats().segmentsScanned, size_t{0});

        reopened->truncateFullyAndStartAt(100);
        QCOMPARE(reopened->logStartOffset(), int64_t{100});
        QCOMPARE(reopened->logEndOffset(), int64_t{100});
        QCOMPARE(reopened->segmentCount(), size_t{1});
        QCOMPARE(reopened->read(50, 1000).error, ErrorCode::OffsetOutOfRange);
    }

    void leaderEpochsFollowAppendsAndTruncation() {
        auto log = Log::open(m_dir, smallSegments(5));
        for (int32_t epoch : {1, 3, 5})
            for (int i = 0; i < 10; ++i)
                log->append(makeBatch({.baseOffset = log->logEndOffset(), .leaderEpoch = epoch}));
        QCOMPARE(log->leaderEpochCache().entries(), (std::vector<EpochEntry>{{1, 0}, {3, 10}, {5, 20}}));
        QCOMPARE(log->endOffsetForEpoch(3), (EpochEntry{3, 20}));
        QCOMPARE(log->endOffsetForEpoch(5), (EpochEntry{5, 30}));
        QVERIFY(log->assignEpochStartOffset(6, 30));
        QCOMPARE(log->endOffsetForEpoch(5), (EpochEntry{5, 30}));
        log->truncateTo(15);
        QCOMPARE(log->leaderEpochCache().entries(), (std::vector<EpochEntry>{{1, 0}, {3, 10}}));
        log->deleteRecordsBefore(12);
        QCOMPARE(log->leaderEpochCache().entries(), (std::vector<EpochEntry>{{3, 12}}));
    }

    void flushPolicies() {
        ManualClock clock;
        LogConfig config = smallSegments(5);
        config.flushMessages = 3;
        auto log = Log::open(m_dir, config, {.clock = clock.function()});
        appendBatches(*log, 2);
        QCOMPARE(log->recoveryPoint(), int64_t{0});
        appendBatches(*log, 1);
        QCOMPARE(log->recoveryPoint(), int64_t{3});

        config.flushMessages = kNoLimit;
        config.flushMs = 1000;
        log->updateConfig(config);
        appendBatches(*log, 6); // rolls at 5
        QCOMPARE(log->recoveryPoint(), int64_t{3});
        log->flushRolledSegments();
        QCOMPARE(log->recoveryPoint(), int64_t{5});
        QVERIFY(!log->maybeFlush(clock.nowMs + 999));
        QVERIFY(log->maybeFlush(clock.nowMs + 1000));
        QCOMPARE(log->recoveryPoint(), int64_t{9});
        QVERIFY(!log->maybeFlush(clock.nowMs + 5000)); // nothing new
    }
};

QTEST_APPLESS_MAIN(TestLog)
#include "test_log.moc"
