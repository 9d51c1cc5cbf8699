// Log compaction: what survives a cleaning, when a log is cleaned, and that a crash at
// any point of a segment swap loses nothing.
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "protocol/records/control_record.h"
#include "storage/log.h"
#include "storage/log_cleaner.h"
#include "storage/log_manager.h"
#include "storage_test_support.h"

using namespace samsa::storage;
using namespace storage_test;
namespace fs = std::filesystem;

namespace {

constexpr int64_t kRetentionMs = 10'000;
constexpr int64_t kNow = 1'000'000;

struct Rec {
    std::string key;
    std::optional<std::string> value; // nullopt: a tombstone
    int64_t timestamp = 1000;
};

struct ReadRecord {
    int64_t offset = 0;
    std::string key;
    std::optional<std::string> value;
    bool operator==(const ReadRecord&) const = default;
};

struct LogContent {
    std::vector<records::BatchHeader> batches;
    std::vector<ReadRecord> records;
    Bytes bytes; // every batch as fetched
};

records::ByteView view(const std::string& s) { return {reinterpret_cast<const uint8_t*>(s.data()), s.size()}; }
std::string text(records::ByteView b) { return {reinterpret_cast<const char*>(b.data()), b.size()}; }

LogConfig compactConfig(int32_t segmentBytes = 64 * 1024) {
    LogConfig c;
    c.cleanupPolicyCompact = true;
    c.cleanupPolicyDelete = false;
    c.segmentBytes = segmentBytes;
    c.minCleanableDirtyRatio = 0;
    c.deleteRetentionMs = kRetentionMs;
    return c;
}

// Appends one batch at the log end; `spec` supplies codec and producer fields.
void appendKeyed(Log& log, const std::vector<Rec>& recs, records::BatchSpec spec = {}) {
    spec.baseOffset = log.logEndOffset();
    records::BatchBuilder builder(spec);
    for (const auto& r : recs) {
        std::optional<records::ByteView> value;
        if (r.value) value = view(*r.value);
        builder.append(r.timestamp, view(r.key), value);
    }
    auto result = log.append(builder.build());
    if (result.error != samsa::ErrorCode::None) qFatal("append failed: %s", result.errorMessage.c_str());
}

void appendMarker(Log& log, records::ControlRecordType type, int64_t producerId, int16_t epoch) {
    records::EndTransactionSpec spec;
    spec.type = type;
    spec.producerId = producerId;
    spec.producerEpoch = epoch;
    spec.baseOffset = log.logEndOffset();
    spec.timestampMs = 1000;
    if (log.append(records::buildEndTransactionBatch(spec)).error != samsa::ErrorCode::None) qFatal("marker");
}

// Everything a consumer reading from the log start would get, checked for increasing offsets.
LogContent readAll(const Log& log) {
    LogContent out;
    int64_t offset = log.logStartOffset();
    int64_t previous = -1;
    while (offset < log.logEndOffset()) {
        auto r = log.read(offset, 1 << 20);
        if (r.error != samsa::ErrorCode::None) qFatal("read failed at %lld", static_cast<long long>(offset));
        if (r.records.empty()) break;
        out.bytes.insert(out.bytes.end(), r.records.begin(), r.records.end());
        for (const auto& span : records::splitBatches(r.records)) {
            auto batch = records::decodeBatch(std::span(r.records).subspan(span.position, span.size));
            out.batches.push_back(batch.header);
            for (const auto& rec : batch.records) {
                ReadRecord rr{batch.offsetOf(rec), rec.key ? text(*rec.key) : "", std::nullopt};
                if (rec.value) rr.value = text(*rec.value);
                if (rr.offset <= previous) qFatal("offsets do not increase at %lld", static_cast<long long>(rr.offset));
                previous = rr.offset;
                if (!batch.header.isControl()) out.records.push_back(rr);
            }
        }
        offset = r.lastOffset + 1;
    }
    return out;
}

CleanerStats cleanNow(Log& log, int64_t nowMs, LogCleanerOptions options = {}) {
    auto range = findCleanableRange(log, nowMs);
    return LogCleaner(std::move(options)).clean(log, range, nowMs);
}

struct SimulatedCrash {};

} // namespace

class TestLogCleaner : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    fs::path m_dir;

    // 100,000 updates of 1,000 keys, about one in twenty a tombstone, in batches of 10
    // (every fourth gzip-compressed). Returns each key's last record.
    std::map<std::string, ReadRecord> writeUpdates(Log& log) {
        std::mt19937 rng(42);
        std::map<std::string, ReadRecord> latest;
        for (int batch = 0; batch < 10'000; ++batch) {
            std::vector<Rec> recs;
            for (int i = 0; i < 10; ++i) {
                int64_t offset = log.logEndOffset() + i;
                std::string key = "key-" + std::to_string(rng() % 1000);
                std::optional<std::string> value;
                if (rng() % 20 != 0) value = "value-" + std::to_string(offset) + std::string(40, 'x');
                recs.push_back({key, value, 1000 + offset});
                latest[key] = {offset, key, value};
            }
            records::BatchSpec spec;
            if (batch % 4 == 0) spec.compression = records::Compression::Gzip;
            appendKeyed(log, recs, spec);
        }
        return latest;
    }

private slots:
    void init() { m_dir = fs::path(m_tmp.path().toStdString()) / QTest::currentTestFunction() / "topic-0"; }

    void keepsTheLatestRecordOfEveryKey() {
        auto log = Log::open(m_dir, compactConfig());
        auto latest = writeUpdates(*log);
        log->roll();
        const int64_t end = log->logEndOffset();
        const uint64_t sizeBefore = log->sizeInBytes();
        const size_t segmentsBefore = log->segmentCount();

        auto stats = cleanNow(*log, kNow);
        qInfo("cleaned %.1f MB in %.3f s: %.1f MB/s, %zu keys, %zu -> %zu segments", stats.bytesRead / 1e6,
              stats.seconds, stats.bytesRead / 1e6 / std::max(stats.seconds, 1e-9), stats.keys, segmentsBefore,
              log->segmentCount());
        QCOMPARE(stats.keys, size_t{1000});
        QCOMPARE(stats.records.recordsRead, uint64_t{100'000});
        QCOMPARE(stats.endOffset, end);
        QCOMPARE(log->cleanerCheckpoint(), end);
        QCOMPARE(log->logEndOffset(), end);
        QVERIFY(log->sizeInBytes() < sizeBefore / 20);

        // Before delete.retention.ms: exactly the last record of every key, tombstones too.
        auto content = readAll(*log);
        std::vector<ReadRecord> expected;
        for (const auto& [key, rec] : latest) expected.push_back(rec);
        std::sort(expected.begin(), expected.end(), [](auto& a, auto& b) { return a.offset < b.offset; });
        QCOMPARE(content.records.size(), expected.size());
        QVERIFY(content.records == expected);
        // Gzip batches that lost records were recompressed with gzip.
        bool sawGzip = false;
        for (const auto& h : content.batches) sawGzip |= h.compression() == records::Compression::Gzip;
        QVERIFY(sawGzip);

        // Past the tombstones' delete horizon, a cleaning is due with nothing dirty and
        // removes them; every live key keeps its value and offset.
        QVERIFY(!findCleanableRange(*log, kNow + kRetentionMs - 1).cleaningDue(log->config()));
        auto range = findCleanableRange(*log, kNow + kRetentionMs);
        QCOMPARE(range.dirtyBytes, uint64_t{0});
        QVERIFY(range.cleaningDue(log->config()));
        LogCleaner().clean(*log, range, kNow + kRetentionMs);
        std::erase_if(expected, [](const ReadRecord& r) { return !r.value; });
        QVERIFY(expected.size() > 900 && expected.size() < 1000);
        QVERIFY(readAll(*log).records == expected);
        QCOMPARE(log->earliestDeleteHorizonMs(), int64_t{-1});
        // Full segments cannot be merged; the second pass grouped the shrunk ones.
        QVERIFY(log->segmentCount() < segmentsBefore / 10);

        // The same after reopening: the swapped segments and their rebuilt indexes.
        log.reset();
        auto reopened = Log::open(m_dir, compactConfig());
        QVERIFY(readAll(*reopened).records == expected);
        QCOMPARE(reopened->logEndOffset(), end);
    }

    void tombstonesStayUntilTheDeleteHorizon() {
        auto log = Log::open(m_dir, compactConfig());
        appendKeyed(*log, {{"a", "1"}, {"b", "2"}});
        appendKeyed(*log, {{"a", std::nullopt}});
        log->roll();
        cleanNow(*log, kNow);
        auto content = readAll(*log);
        QVERIFY((content.records == std::vector<ReadRecord>{{1, "b", "2"}, {2, "a", std::nullopt}}));
        // The tombstone's batch now carries its horizon (KIP-534) and its record keeps
        // its timestamp.
        const auto& h = content.batches.back();
        QVERIFY(h.hasDeleteHorizon());
        QCOMPARE(h.baseTimestamp, kNow + kRetentionMs);
        QCOMPARE(log->earliestDeleteHorizonMs(), kNow + kRetentionMs);
        auto batch = records::decodeBatch(log->read(2, 1 << 20).records);
        QCOMPARE(batch.timestampOf(batch.records.front()), int64_t{1000});

        // One millisecond early the tombstone stays, even when a cleaning runs anyway.
        cleanNow(*log, kNow + kRetentionMs - 1);
        QCOMPARE(readAll(*log).records.size(), size_t{2});
        cleanNow(*log, kNow + kRetentionMs);
        QVERIFY((readAll(*log).records == std::vector<ReadRecord>{{1, "b", "2"}}));
    }

    void neverTouchesTheActiveSegment() {
        auto log = Log::open(m_dir, compactConfig());
        for (int i = 0; i < 50; ++i) appendKeyed(*log, {{"k", std::to_string(i)}});
        // Everything is in the active segment: nothing is cleanable.
        auto range = findCleanableRange(*log, kNow);
        QCOMPARE(range.firstUncleanableOffset, int64_t{0});
        QVERIFY(!range.cleaningDue(log->config()));

        log->roll();
        for (int i = 0; i < 50; ++i) appendKeyed(*log, {{"k", "active-" + std::to_string(i)}});
        auto activePath = segmentFilePath(m_dir, log->activeSegmentBaseOffset(), kLogSuffix);
        Bytes activeBefore = readFile(activePath);
        cleanNow(*log, kNow);
        QCOMPARE(readFile(activePath), activeBefore);
        auto content = readAll(*log);
        // The cleaned segment keeps its last record only; the active one all 50.
        QCOMPARE(content.records.size(), size_t{51});
        QCOMPARE(content.records.front(), (ReadRecord{49, "k", "49"}));
    }

    void honoursTheDirtyRatio() {
        auto config = compactConfig();
        config.minCleanableDirtyRatio = 0.5;
        auto log = Log::open(m_dir, config);
        for (int i = 0; i < 200; ++i) appendKeyed(*log, {{"key-" + std::to_string(i), std::string(100, 'v')}});
        log->roll();
        auto first = findCleanableRange(*log, kNow);
        QCOMPARE(first.dirtyRatio(), 1.0);
        QVERIFY(first.cleaningDue(config));
        cleanNow(*log, kNow);
        QCOMPARE(log->cleanerCheckpoint(), int64_t{200});

        // 50 updates over 250 records: a dirty ratio of about 0.2, below the threshold.
        for (int i = 0; i < 50; ++i) appendKeyed(*log, {{"key-" + std::to_string(i), std::string(100, 'w')}});
        log->roll();
        auto low = findCleanableRange(*log, kNow);
        QCOMPARE(low.firstDirtyOffset, int64_t{200});
        QVERIFY(low.dirtyRatio() > 0.15 && low.dirtyRatio() < 0.25);
        QVERIFY(!low.cleaningDue(config));

        // 250 more: 300 dirty records against 200 clean ones.
        for (int i = 0; i < 250; ++i) appendKeyed(*log, {{"key-" + std::to_string(i % 200), std::string(100, 'w')}});
        log->roll();
        auto high = findCleanableRange(*log, kNow);
        QVERIFY(high.dirtyRatio() > 0.5);
        QVERIFY(high.cleaningDue(config));
        cleanNow(*log, kNow);
        auto content = readAll(*log);
        QCOMPARE(content.records.size(), size_t{200});
        for (const auto& r : content.records) QCOMPARE(r.value, std::optional<std::string>(std::string(100, 'w')));
    }

    void honoursTheCompactionLags() {
        auto config = compactConfig();
        config.minCompactionLagMs = 5'000;
        auto log = Log::open(m_dir, config);
        appendKeyed(*log, {{"a", "old", kNow - 10'000}});
        log->roll();
        appendKeyed(*log, {{"a", "new", kNow - 1'000}});
        log->roll();
        // The second segment is younger than min.compaction.lag.ms: it is not cleaned,
        // so the old value cannot be removed yet.
        auto range = findCleanableRange(*log, kNow);
        QCOMPARE(range.firstUncleanableOffset, int64_t{1});
        LogCleaner().clean(*log, range, kNow);
        QCOMPARE(readAll(*log).records.size(), size_t{2});
        range = findCleanableRange(*log, kNow + 4'000);
        QCOMPARE(range.firstUncleanableOffset, int64_t{2});
        LogCleaner().clean(*log, range, kNow + 4'000);
        QVERIFY((readAll(*log).records == std::vector<ReadRecord>{{1, "a", "new"}}));

        // max.compaction.lag.ms makes a log due whatever its dirty ratio.
        config.minCompactionLagMs = 0;
        config.minCleanableDirtyRatio = 1;
        config.maxCompactionLagMs = 60'000;
        log->updateConfig(config);
        appendKeyed(*log, {{"a", "newer", kNow}});
        log->roll();
        QVERIFY(!findCleanableRange(*log, kNow + 60'000).cleaningDue(config));
        QVERIFY(findCleanableRange(*log, kNow + 60'001).cleaningDue(config));
    }

    void compressedBatchesKeepTheirCodec() {
        for (auto codec : {records::Compression::Gzip, records::Compression::Zstd}) {
            auto dir = m_dir.parent_path() / std::string(records::compressionName(codec));
            auto log = Log::open(dir, compactConfig());
            records::BatchSpec spec;
            spec.compression = codec;
            appendKeyed(*log, {{"a", "1"}, {"b", "1"}, {"c", "1"}}, spec);
            appendKeyed(*log, {{"b", "2"}}, spec);
            log->roll();
            cleanNow(*log, kNow);
            auto content = readAll(*log);
            QVERIFY((content.records == std::vector<ReadRecord>{{0, "a", "1"}, {2, "c", "1"}, {3, "b", "2"}}));
            QCOMPARE(content.batches.size(), size_t{2});
            QCOMPARE(content.batches[0].compression(), codec);
            QCOMPARE(content.batches[0].recordCount, int32_t{2});
            QCOMPARE(content.batches[0].lastOffsetDelta, int32_t{2}); // the offset range is kept
            QVERIFY(records::verifyCrc(content.bytes));
        }
    }

    void handlesTransactionsAndProducerState() {
        auto log = Log::open(m_dir, compactConfig());
        records::BatchSpec txn;
        txn.producerId = 7;
        txn.producerEpoch = 3;
        txn.baseSequence = 0;
        txn.transactional = true;
        appendKeyed(*log, {{"a", "committed"}, {"b", "committed"}}, txn);  // 0-1
        appendMarker(*log, records::ControlRecordType::Commit, 7, 3);      // 2
        txn.baseSequence = 2;
        appendKeyed(*log, {{"a", "aborted"}}, txn);                         // 3
        appendMarker(*log, records::ControlRecordType::Abort, 7, 3);       // 4
        appendKeyed(*log, {{"b", "plain"}});                                // 5
        log->roll();

        cleanNow(*log, kNow);
        // The aborted write neither survives nor shadows the committed value of "a".
        QVERIFY((readAll(*log).records ==
                 std::vector<ReadRecord>{{0, "a", "committed"}, {5, "b", "plain"}}));
        auto batches = readAll(*log).batches;
        QCOMPARE(batches.size(), size_t{4}); // data 0, both markers, data 5
        QCOMPARE(batches[0].producerId, int64_t{7});
        QCOMPARE(batches[0].producerEpoch, int16_t{3});
        QCOMPARE(batches[0].baseSequence, int32_t{0});
        QCOMPARE(batches[0].lastOffsetDelta, int32_t{1});

        // The abort marker has no batch of its transaction left: it gets a horizon, and
        // goes once it has passed; as producer 7's last batch it remains, emptied.
        cleanNow(*log, kNow);
        QVERIFY(readAll(*log).batches[2].hasDeleteHorizon());
        cleanNow(*log, kNow + kRetentionMs);
        batches = readAll(*log).batches;
        QCOMPARE(batches.size(), size_t{4});
        QCOMPARE(batches[2].baseOffset, int64_t{4});
        QCOMPARE(batches[2].recordCount, int32_t{0});
        QCOMPARE(batches[2].producerId, int64_t{7});
        QCOMPARE(batches[2].producerEpoch, int16_t{3});
        QVERIFY(batches[2].isControl());
        QVERIFY(batches[1].isControl()); // its transaction's "a" is still there
        QCOMPARE(batches[1].recordCount, int32_t{1});
    }

    void crashDuringSwapLosesNothing_data() {
        QTest::addColumn<int>("step");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<bool>("completes");
        QTest::newRow("cleaned file written") << int(SwapStep::CleanedWritten) << 1 << false;
        QTest::newRow("renamed to swap") << int(SwapStep::CleanedRenamedToSwap) << 1 << true;
        QTest::newRow("first old segment deleted") << int(SwapStep::OldSegmentDeleted) << 1 << true;
        QTest::newRow("second old segment deleted") << int(SwapStep::OldSegmentDeleted) << 2 << true;
        QTest::newRow("swap renamed to log") << int(SwapStep::SwapRenamedToLog) << 1 << true;
    }

    void crashDuringSwapLosesNothing() {
        QFETCH(int, step);
        QFETCH(int, occurrence);
        QFETCH(bool, completes);
        // Small segments, rolled by hand, so that one cleaning merges several.
        auto build = [](const fs::path& dir) {
            auto log = Log::open(dir, compactConfig(1 << 20));
            for (int s = 0; s < 6; ++s) {
                for (int i = 0; i < 30; ++i)
                    appendKeyed(*log, {{"key-" + std::to_string((s * 30 + i) % 40), "v" + std::to_string(s * 30 + i)},
                                       {"t-" + std::to_string(i % 7), std::nullopt}});
                log->roll();
            }
            return log;
        };
        auto reference = build(m_dir.parent_path() / "reference");
        const LogContent before = readAll(*reference);
        cleanNow(*reference, kNow);
        const LogContent after = readAll(*reference);
        QVERIFY(after.records.size() < before.records.size());

        auto log = build(m_dir);
        int seen = 0;
        LogCleanerOptions options;
        options.swapObserver = [&](SwapStep s) {
            if (int(s) == step && ++seen == occurrence) throw SimulatedCrash{};
        };
        QVERIFY_THROWS_EXCEPTION(SimulatedCrash, cleanNow(*log, kNow, options));
        log.reset(); // no close(): the files stay as the crash left them
        const bool swapLeft = completes && step != int(SwapStep::SwapRenamedToLog);
        QCOMPARE(filesWithSuffix(m_dir, ".cleaned").size(), completes ? size_t{0} : size_t{1});
        QCOMPARE(filesWithSuffix(m_dir, ".swap").size(), swapLeft ? size_t{1} : size_t{0});

        auto reopened = Log::open(m_dir, compactConfig(1 << 20));
        QVERIFY(filesWithSuffix(m_dir, ".cleaned").empty());
        QVERIFY(filesWithSuffix(m_dir, ".swap").empty());
        auto content = readAll(*reopened);
        QCOMPARE(reopened->logEndOffset(), reference->logEndOffset());
        QVERIFY(content.bytes == (completes ? after.bytes : before.bytes));
        // And a later cleaning of the recovered log ends where the uninterrupted one did.
        cleanNow(*reopened, kNow);
        QVERIFY(readAll(*reopened).bytes == after.bytes);
    }

    void logManagerCleansAndCheckpoints() {
        auto root = m_dir.parent_path() / "logs";
        LogManager::Options options;
        options.logDirs = {root};
        options.defaultConfig = compactConfig();
        TopicPartition tp{"compacted", 0};
        {
            LogManager manager(options);
            manager.load();
            Log& log = manager.getOrCreateLog(tp);
            for (int i = 0; i < 100; ++i) appendKeyed(log, {{"k" + std::to_string(i % 10), "v"}});
            log.roll();
            for (int i = 0; i < 5; ++i) appendKeyed(log, {{"k0", "active"}});
            // The bound (last stable offset) keeps the cleaner out of unreplicated data.
            auto none = manager.runCleaner(kNow, [](const TopicPartition&) { return int64_t{0}; });
            QVERIFY(!none.cleaned);
            auto summary = manager.runCleaner(kNow);
            QCOMPARE(summary.cleaned, std::optional<TopicPartition>(tp));
            QCOMPARE(summary.stats.endOffset, int64_t{100});
            QCOMPARE(readOffsetCheckpoint(root / kCleanerOffsetCheckpointFile), (OffsetCheckpoint{{tp, 100}}));
            QVERIFY(!manager.runCleaner(kNow).cleaned); // nothing dirty is left
            manager.close();
        }
        LogManager manager(options);
        manager.load();
        QCOMPARE(manager.getLog(tp)->cleanerCheckpoint(), int64_t{100});
        QCOMPARE(readAll(*manager.getLog(tp)).records.size(), size_t{15});
        // Truncation below the checkpoint pulls it down: rewritten offsets are dirty.
        manager.getLog(tp)->truncateTo(95);
        QCOMPARE(manager.getLog(tp)->cleanerCheckpoint(), int64_t{95});
    }
};

QTEST_GUILESS_MAIN(TestLogCleaner)
#include "test_log_cleaner.moc"
