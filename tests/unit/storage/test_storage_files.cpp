// Checkpoint files, the leader epoch cache, partition directory names and the two index
// files, each on their own.
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <string>

#include "storage/checkpoint_file.h"
#include "storage/leader_epoch_cache.h"
#include "storage/offset_index.h"
#include "storage/storage_error.h"
#include "storage/time_index.h"
#include "storage/topic_partition.h"
#include "storage_test_support.h"

using namespace samsa::storage;
using namespace storage_test;
namespace fs = std::filesystem;

namespace {

std::string readText(const fs::path& path) {
    Bytes b = readFile(path);
    return std::string(b.begin(), b.end());
}

void writeText(const fs::path& path, const std::string& text) {
    writeFile(path, Bytes(text.begin(), text.end()));
}

} // namespace

class TestStorageFiles : public QObject {
    Q_OBJECT
private slots:
    void partitionDirectoryNames() {
        QCOMPARE(TopicPartition({"orders", 3}).dirName(), std::string("orders-3"));
        auto tp = TopicPartition::parseDirName("my-topic-1-0");
        QVERIFY(tp);
        QCOMPARE(tp->topic, std::string("my-topic-1"));
        QCOMPARE(tp->partition, 0);
        tp = TopicPartition::parseDirName("__consumer_offsets-49");
        QVERIFY(tp);
        QCOMPARE(tp->topic, std::string("__consumer_offsets"));
        QCOMPARE(tp->partition, 49);
        tp = TopicPartition::parseDirName("orders--1"); // "orders-" is a legal topic name
        QVERIFY(tp);
        QCOMPARE(tp->topic, std::string("orders-"));
        for (const char* bad : {"orders", "orders-", "-3", "orders-03", "orders-x", "orders-3-delete",
                                "orders-+1", "orders-99999999999"})
            QVERIFY2(!TopicPartition::parseDirName(bad), bad);
    }

    void offsetCheckpointRoundTrip() {
        QTemporaryDir tmp;
        fs::path file = fs::path(tmp.path().toStdString()) / kRecoveryPointCheckpointFile;
        QVERIFY(readOffsetCheckpoint(file).empty()); // missing file: nothing checkpointed yet

        OffsetCheckpoint offsets{{{"my-topic-1", 0}, 42}, {{"orders", 2}, 7}, {{"orders", 10}, 0}};
        writeOffsetCheckpoint(file, offsets);
        QCOMPARE(readOffsetCheckpoint(file), offsets);
        QCOMPARE(readText(file), std::string("0\n3\nmy-topic-1 0 42\norders 2 7\norders 10 0\n"));
        QVERIFY(!fs::exists(file.string() + ".tmp"));

        // Rewriting replaces the content completely.
        writeOffsetCheckpoint(file, {{{"a", 0}, 1}});
        QCOMPARE(readOffsetCheckpoint(file), (OffsetCheckpoint{{{"a", 0}, 1}}));
    }

    void malformedCheckpointsAreRejected() {
        QTemporaryDir tmp;
        fs::path file = fs::path(tmp.path().toStdString()) / "checkpoint";
        for (const char* text : {"1\n0\n", "0\n2\norders 0 5\n", "0\n1\norders 0\n", "0\n1\norders x 5\n",
                                 "0\n1\norders 0 5 6\n", "", "zero\n0\n"}) {
            writeText(file, text);
            QVERIFY_THROWS_EXCEPTION(StorageError, readOffsetCheckpoint(file));
        }
    }

    void leaderEpochCheckpointRoundTrip() {
        QTemporaryDir tmp;
        fs::path dir = tmp.path().toStdString();
        {
            LeaderEpochCache cache(dir);
            QVERIFY(cache.entries().empty());
            QVERIFY(cache.assign(1, 0));
            QVERIFY(!cache.assign(1, 5)); // the latest epoch continuing: nothing to record
            QVERIFY(cache.assign(3, 10));
            QVERIFY(cache.assign(5, 20));
            // New epochs reach the file when the log flushes, not one by one.
            QVERIFY(!fs::exists(dir / LeaderEpochCache::kFileName));
            cache.flush();
        }
        QCOMPARE(readText(dir / LeaderEpochCache::kFileName), std::string("0\n3\n1 0\n3 10\n5 20\n"));
        LeaderEpochCache cache(dir);
        QCOMPARE(cache.entries(), (std::vector<EpochEntry>{{1, 0}, {3, 10}, {5, 20}}));
        QCOMPARE(cache.latestEpoch(), std::optional<int32_t>(5));
        QCOMPARE(cache.epochForOffset(0), std::optional<int32_t>(1));
        QCOMPARE(cache.epochForOffset(15), std::optional<int32_t>(3));
        QCOMPARE(cache.epochForOffset(25), std::optional<int32_t>(5));
    }

    void leaderEpochEndOffsets() {
        QTemporaryDir tmp;
        LeaderEpochCache cache(fs::path(tmp.path().toStdString()));
        QCOMPARE(cache.endOffsetFor(1, 30), (EpochEntry{-1, -1}));
        cache.assign(1, 0);
        cache.assign(3, 10);
        cache.assign(5, 20);
        QCOMPARE(cache.endOffsetFor(5, 30), (EpochEntry{5, 30})); // latest: the log end
        QCOMPARE(cache.endOffsetFor(3, 30), (EpochEntry{3, 20}));
        QCOMPARE(cache.endOffsetFor(4, 30), (EpochEntry{3, 20})); // unknown epoch: the one before
        QCOMPARE(cache.endOffsetFor(2, 30), (EpochEntry{1, 10}));
        QCOMPARE(cache.endOffsetFor(0, 30), (EpochEntry{0, 0})); // older than all known
        QCOMPARE(cache.endOffsetFor(6, 30), (EpochEntry{-1, -1}));
        QCOMPARE(cache.endOffsetFor(-1, 30), (EpochEntry{-1, -1}));
    }

    void leaderEpochTruncation() {
        QTemporaryDir tmp;
        fs::path dir = tmp.path().toStdString();
        LeaderEpochCache cache(dir);
        cache.assign(1, 0);
        cache.assign(3, 10);
        cache.assign(5, 20);
        cache.truncateFromEnd(20);
        QCOMPARE(cache.entries(), (std::vector<EpochEntry>{{1, 0}, {3, 10}}));
        cache.truncateFromStart(12); // epoch 3 still covers the new start
        QCOMPARE(cache.entries(), (std::vector<EpochEntry>{{3, 12}}));
        QCOMPARE(LeaderEpochCache(dir).entries(), cache.entries());

        // A lower epoch at a lower offset replaces what it contradicts.
        cache.assign(4, 30);
        cache.assign(2, 11);
        QCOMPARE(cache.entries(), (std::vector<EpochEntry>{{2, 11}}));
        cache.clear();
        QVERIFY(LeaderEpochCache(dir).entries().empty());
    }

    void malformedEpochCheckpointIsDiscarded() {
        QTemporaryDir tmp;
        fs::path dir = tmp.path().toStdString();
        writeText(dir / LeaderEpochCache::kFileName, "0\n2\n3 10\n1 20\n");
        QVERIFY(LeaderEpochCache(dir).entries().empty());
    }

    void offsetIndexLookupAndTruncation() {
        QTemporaryDir tmp;
        fs::path path = fs::path(tmp.path().toStdString()) / "00000000000000000100.index";
        OffsetIndex index(path, 100, 10);
        QCOMPARE(index.lookup(150), (OffsetPosition{100, 0}));
        index.append(104, 500);
        index.append(109, 1000);
        index.append(120, 2000);
        index.trim(); // the file grows ahead of its entries until trimmed
        QCOMPARE(fs::file_size(path), uintmax_t{24});
        QCOMPARE(index.lookup(103), (OffsetPosition{100, 0}));
        QCOMPARE(index.lookup(104), (OffsetPosition{104, 500}));
        QCOMPARE(index.lookup(119), (OffsetPosition{109, 1000}));
        QCOMPARE(index.lookup(5000), (OffsetPosition{120, 2000}));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, index.append(120, 3000));

        OffsetIndex reloaded(path, 100, 10);
        QVERIFY(reloaded.load(2500));
        QCOMPARE(reloaded.entries(), size_t{3});
        QVERIFY(!reloaded.load(1500)); // a position beyond the log: corrupt
        QVERIFY(reloaded.load(2500));
        reloaded.truncateTo(109);
        QCOMPARE(reloaded.lastEntry(), std::optional<OffsetPosition>(OffsetPosition{104, 500}));
        QCOMPARE(fs::file_size(path), uintmax_t{8});
    }

    void timeIndexOnlyGrows() {
        QTemporaryDir tmp;
        fs::path path = fs::path(tmp.path().toStdString()) / "00000000000000000000.timeindex";
        TimeIndex index(path, 0, 3);
        QCOMPARE(index.lookup(10), (TimestampOffset{-1, 0}));
        index.maybeAppend(100, 4);
        index.maybeAppend(100, 9); // not larger: ignored
        index.maybeAppend(90, 9);
        index.maybeAppend(200, 9);
        index.maybeAppend(300, 15);
        index.maybeAppend(400, 20); // full
        QCOMPARE(index.entries(), size_t{3});
        index.maybeAppend(400, 20, true);
        QCOMPARE(index.entries(), size_t{4});
        QCOMPARE(index.lookup(99), (TimestampOffset{-1, 0}));
        QCOMPARE(index.lookup(250), (TimestampOffset{200, 9}));
        index.trim();
        QCOMPARE(fs::file_size(path), uintmax_t{48});

        TimeIndex reloaded(path, 0, 3);
        QVERIFY(reloaded.load(20));
        QCOMPARE(reloaded.lastEntry(), std::optional<TimestampOffset>(TimestampOffset{400, 20}));
        QVERIFY(!reloaded.load(19)); // an offset past the end of the log
        resize_file(path, 30);
        QVERIFY(!reloaded.load(20)); // not a whole number of entries
    }
};

QTEST_APPLESS_MAIN(TestStorageFiles)
#include "test_storage_files.moc"
