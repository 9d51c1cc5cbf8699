// A partition's producer state: the sequence and epoch rules of the idempotent producer,
// retries recognised as duplicates, transactions opened and closed by markers, the
// snapshot file, rebuilding after a restart, and expiry.
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>

#include "txn/producer_snapshot.h"
#include "txn_test_support.h"

using namespace samsa;
using namespace txn_test;
using samsa::storage::Log;
using samsa::storage::LogConfig;
using txn::AppendOrigin;
using txn::ProducerStateManager;
namespace fs = std::filesystem;

namespace {

constexpr int64_t kPid = 1000;

txn::ProducerStateConfig neverExpire() {
    txn::ProducerStateConfig c;
    c.producerIdExpirationMs = std::numeric_limits<int64_t>::max() / 2;
    return c;
}

} // namespace

class TestProducerState : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    fs::path m_dir;

private slots:
    void init() { m_dir = fs::path(m_tmp.path().toStdString()) / QTest::currentTestFunction() / "topic-0"; }

    void sequencesMustFollowOnWithinAnEpoch() {
        auto log = Log::open(m_dir, {});
        ProducerStateManager producers(*log, neverExpire());
        QVERIFY(writeData(*log, producers, {.sequence = 0, .records = 3}).ok());
        QVERIFY(writeData(*log, producers, {.sequence = 3, .records = 2}).ok());
        // A gap, and a sequence from the past that matches no retained batch.
        QCOMPARE(writeData(*log, producers, {.sequence = 7}).error, ErrorCode::OutOfOrderSequenceNumber);
        QCOMPARE(writeData(*log, producers, {.sequence = 2}).error, ErrorCode::OutOfOrderSequenceNumber);
        QVERIFY(writeData(*log, producers, {.sequence = 5}).ok());
        QCOMPARE(producers.find(kPid)->lastSeq(), 5);
        QCOMPARE(log->logEndOffset(), int64_t{6});
    }

    void sequencesWrapAtInt32Max() {
        auto log = Log::open(m_dir, {});
        ProducerStateManager producers(*log, neverExpire());
        const int32_t max = std::numeric_limits<int32_t>::max();
        QVERIFY(writeData(*log, producers, {.sequence = max - 1, .records = 2}).ok());
        QCOMPARE(producers.find(kPid)->lastSeq(), max);
        QVERIFY(writeData(*log, producers, {.sequence = 0}).ok());
        // The batch that wrapped is still recognised by its first sequence.
        const auto wrapped = records::parseBatchHeader(makeProducerBatch({.sequence = max - 1, .records = 2}, 0));
        QVERIFY(producers.findDuplicate(wrapped).has_value());
    }

    void anUnknownProducerMayStartAnywhere() {
        // Its records may have gone with retention or DeleteRecords (KIP-360).
        auto log = Log::open(m_dir, {});
        ProducerStateManager producers(*log, neverExpire());
        QVERIFY(writeData(*log, producers, {.sequence = 42}).ok());
        QCOMPARE(writeData(*log, producers, {.sequence = 44}).error, ErrorCode::OutOfOrderSequenceNumber);
    }

    void aNewEpochStartsAtZeroAndOldEpochsAreRefused() {
        auto log = Log::open(m_dir, {});
        ProducerStateManager producers(*log, neverExpire());
        QVERIFY(writeData(*log, producers, {.epoch = 3, .sequence = 0}).ok());
        QCOMPARE(writeData(*log, producers, {.epoch = 4, .sequence = 1}).error, ErrorCode::OutOfOrderSequenceNumber);
        QVERIFY(writeData(*log, producers, {.epoch = 4, .sequence = 0}).ok());
        QCOMPARE(writeData(*log, producers, {.epoch = 3, .sequence = 1}).error, ErrorCode::InvalidProducerEpoch);
        QCOMPARE(producers.find(kPid)->epoch, int16_t{4});
        // The coordinators' writes carry no real sequence, but the epoch still counts.
        QVERIFY(writeData(*log, producers, {.epoch = 4, .sequence = 0}, AppendOrigin::Coordinator).ok());
        QCOMPARE(writeData(*log, producers, {.epoch = 2}, AppendOrigin::Coordinator).error,
                 ErrorCode::InvalidProducerEpoch);
    }

    void retriesOfTheLastFiveBatchesAreDuplicates() {
        auto log = Log::open(m_dir, {});
        ProducerStateManager producers(*log, neverExpire());
        for (int i = 0; i < 6; ++i) QVERIFY(writeData(*log, producers, {.sequence = i * 2, .records = 2}).ok());
        // Batch i sits at offsets [2i, 2i+1]; the first one fell out of the window.
        for (int i = 1; i < 6; ++i) {
            const auto retry = records::parseBatchHeader(makeProducerBatch({.sequence = i * 2, .records = 2}, 99));
            const auto dup = producers.findDuplicate(retry);
            QVERIFY2(dup.has_value(), qPrintable(QStringLiteral("batch %1").arg(i)));
            QCOMPARE(dup->firstOffset(), int64_t{2 * i});
            QCOMPARE(dup->lastOffset, int64_t{2 * i + 1});
        }
        const auto evicted = records::parseBatchHeader(makeProducerBatch({.sequence = 0, .records = 2}, 99));
        QVERIFY(!producers.findDuplicate(evicted));
        // Same sequences, other range or other epoch: not a retry.
        QVERIFY(!producers.findDuplicate(records::parseBatchHeader(makeProducerBatch({.sequence = 2, .records = 1}, 99))));
        QVERIFY(!producers.findDuplicate(
            records::parseBatchHeader(makeProducerBatch({.epoch = 1, .sequence = 2, .records = 2}, 99))));
    }

    void transactionsOpenAndCloseWithMarkers() {
        auto log = Log::open(m_dir, {});
        ProducerStateManager producers(*log, neverExpire());
        QVERIFY(writeData(*log, producers, {.producerId = 7, .sequence = 0}).ok()); // offset 0, not transactional
        const auto opened = writeData(*log, producers, {.sequence = 0, .records = 2, .transactional = true});
        QVERIFY(opened.startsTxn);
        QCOMPARE(producers.firstUnstableOffset(), std::optional<int64_t>(1));
        QVERIFY(!writeData(*log, producers, {.sequence = 2, .transactional = true}).startsTxn);
        // A plain write in the middle of the producer's own transaction is refused.
        QCOMPARE(writeData(*log, producers, {.sequence = 3}).error, ErrorCode::InvalidTxnState);
        const auto aborted = writeMarker(*log, producers, kPid, 0, false, 5);
        QVERIFY(aborted.ok());
        QCOMPARE(aborted.completedTxn, (std::optional<txn::CompletedTxn>(txn::CompletedTxn{kPid, 1, 4, true})));
        QVERIFY(!producers.firstUnstableOffset());
        // Indexed for read_committed readers, with the LSO just past the marker.
        QCOMPARE(log->collectAbortedTransactions(0, 100), (std::vector<storage::AbortedTxn>{{kPid, 1, 4, 5}}));
        // An older coordinator is fenced; a marker with no data here closes nothing.
        QCOMPARE(writeMarker(*log, producers, kPid, 0, true, 4).error, ErrorCode::TransactionCoordinatorFenced);
        const auto empty = writeMarker(*log, producers, kPid, 0, true, 5);
        QVERIFY(empty.ok());
        QVERIFY(!empty.completedTxn);
        QCOMPARE(producers.find(kPid)->coordinatorEpoch, 5);
    }

    void aFencingMarkerBumpsTheEpochAndResetsSequences() {
        auto log = Log::open(m_dir, {});
        ProducerStateManager producers(*log, neverExpire());
        QVERIFY(writeData(*log, producers, {.sequence = 0, .records = 3, .transactional = true}).ok());
        QVERIFY(writeMarker(*log, producers, kPid, 1, false).ok()); // the coordinator fenced epoch 0
        QCOMPARE(writeData(*log, producers, {.sequence = 3, .transactional = true}).error,
                 ErrorCode::InvalidProducerEpoch);
        QCOMPARE(writeData(*log, producers, {.epoch = 2, .sequence = 3, .transactional = true}).error,
                 ErrorCode::OutOfOrderSequenceNumber);
        QVERIFY(writeData(*log, producers, {.epoch = 2, .sequence = 0, .transactional = true}).ok());
    }

    void snapshotRoundTrip() {
        std::vector<txn::ProducerStateEntry> entries(3);
        entries[0].producerId = 1;
        entries[0].epoch = 2;
        entries[0].batches.push_back({9, 100, 4, 5555});
        entries[0].lastTimestamp = 5555;
        entries[0].coordinatorEpoch = 3;
        entries[1].producerId = 2;
        entries[1].epoch = 0;
        entries[1].batches.push_back({0, 7, 0, 123});
        entries[1].lastTimestamp = 123;
        entries[1].currentTxnFirstOffset = 7;
        entries[2].producerId = 3; // known only from a marker
        entries[2].epoch = 4;
        entries[2].lastTimestamp = 999;
        entries[2].coordinatorEpoch = 1;
        const Bytes bytes = txn::encodeSnapshot(entries);
        QCOMPARE(bytes.size(), size_t{2 + 4 + 4 + 3 * 46});
        const auto decoded = txn::decodeSnapshot(bytes);
        QVERIFY(decoded.has_value());
        QCOMPARE(decoded->size(), size_t{3});
        for (size_t i = 0; i < 3; ++i) {
            const auto& a = entries[i];
            const auto& b = (*decoded)[i];
            QCOMPARE(b.producerId, a.producerId);
            QCOMPARE(b.epoch, a.epoch);
            QCOMPARE(b.lastSeq(), a.lastSeq());
            QCOMPARE(b.lastDataOffset(), a.lastDataOffset());
            QCOMPARE(b.lastTimestamp, a.lastTimestamp);
            QCOMPARE(b.coordinatorEpoch, a.coordinatorEpoch);
            QCOMPARE(b.currentTxnFirstOffset, a.currentTxnFirstOffset);
            if (a.hasBatches()) QCOMPARE(b.batches.back().offsetDelta, a.batches.back().offsetDelta);
        }
        // Every byte after the version is covered by the CRC.
        for (size_t at : {size_t{6}, size_t{20}, bytes.size() - 1}) {
            Bytes corrupt = bytes;
            corrupt[at] ^= 0x40;
            QVERIFY(!txn::decodeSnapshot(corrupt));
        }
        Bytes otherVersion = bytes;
        otherVersion[1] = 2;
        QVERIFY(!txn::decodeSnapshot(otherVersion));
        QVERIFY(!txn::decodeSnapshot(std::span(bytes).first(bytes.size() - 1)));
    }

    void snapshotsAreTakenAtRollsAndFollowRetention() {
        LogConfig config;
        config.segmentBytes = static_cast<int32_t>(makeProducerBatch({}, 0).size() * 3);
        auto log = Log::open(m_dir, config);
        ProducerStateManager producers(*log, neverExpire());
        for (int i = 0; i < 9; ++i) QVERIFY(writeData(*log, producers, {.sequence = i}).ok());
        QCOMPARE(log->segmentCount(), size_t{3});
        QCOMPARE(txn::listSnapshots(m_dir), (std::vector<int64_t>{3, 6}));
        // The snapshot at 6 holds what was written before the roll to offset 6.
        const auto at6 = txn::readSnapshot(m_dir, 6);
        QVERIFY(at6.has_value());
        QCOMPARE(at6->size(), size_t{1});
        QCOMPARE(at6->front().lastSeq(), 5);
        QCOMPARE(log->deleteRecordsBefore(6).error, ErrorCode::None);
        QCOMPARE(txn::listSnapshots(m_dir), (std::vector<int64_t>{6}));
    }

    void aRestartRebuildsFromTheSnapshotAndTheLogAfterIt() {
        LogConfig config;
        config.segmentBytes = static_cast<int32_t>(makeProducerBatch({}, 0).size() * 4);
        {
            auto log = Log::open(m_dir, config);
            ProducerStateManager producers(*log, neverExpire());
            for (int i = 0; i < 10; ++i) QVERIFY(writeData(*log, producers, {.sequence = i}).ok());
            QVERIFY(writeData(*log, producers, {.producerId = 2, .sequence = 0, .transactional = true}).ok());
            // Destroyed without close(): what a kill -9 leaves.
        }
        // The recovery point says the segments below 8 were flushed, so recovery only
        // scans the last one and the snapshot where it begins can be trusted.
        auto log = Log::open(m_dir, config, {.recoveryPoint = 8});
        ProducerStateManager producers(*log, neverExpire());
        const auto loaded = producers.load(1'000'000);
        QCOMPARE(loaded.snapshotOffset, int64_t{8});
        QCOMPARE(loaded.batchesReplayed, size_t{3});
        // Every batch appended since the snapshot is a duplicate again, and the
        // sequence continues where it stopped.
        for (int i = 8; i < 10; ++i)
            QVERIFY(producers.findDuplicate(records::parseBatchHeader(makeProducerBatch({.sequence = i}, 0))));
        QCOMPARE(producers.find(kPid)->lastSeq(), 9);
        QCOMPARE(producers.firstUnstableOffset(), std::optional<int64_t>(10));
        QCOMPARE(writeData(*log, producers, {.sequence = 11}).error, ErrorCode::OutOfOrderSequenceNumber);
        QVERIFY(writeData(*log, producers, {.sequence = 10}).ok());

        // A clean stop snapshots the log end; the next start replays nothing.
        producers.snapshotAtLogEnd();
        log->close();
        auto reopened = Log::open(m_dir, config, {.hadCleanShutdown = true});
        ProducerStateManager again(*reopened, neverExpire());
        const auto clean = again.load(1'000'000);
        QCOMPARE(clean.snapshotOffset, int64_t{12});
        QCOMPARE(clean.batchesReplayed, size_t{0});
        QCOMPARE(again.find(kPid)->lastSeq(), 10);
        QCOMPARE(again.find(2)->currentTxnFirstOffset, std::optional<int64_t>(10));
    }

    void segmentsRecoveryScannedAreReplayedEvenBelowASnapshot() {
        LogConfig config;
        config.segmentBytes = static_cast<int32_t>(makeProducerBatch({}, 0).size() * 4);
        {
            auto log = Log::open(m_dir, config);
            ProducerStateManager producers(*log, neverExpire());
            for (int i = 0; i < 6; ++i) QVERIFY(writeData(*log, producers, {.sequence = i, .transactional = true}).ok());
            QVERIFY(writeMarker(*log, producers, kPid, 0, false).ok()); // offset 6, in segment 4
            QVERIFY(writeData(*log, producers, {.sequence = 6}).ok());
            QVERIFY(writeData(*log, producers, {.sequence = 7}).ok()); // rolls to 8
        }
        // Nothing was flushed: every segment is scanned, and the transaction index of
        // the segment holding the marker is rebuilt from a replay of the whole log.
        fs::remove(m_dir / "00000000000000000004.txnindex");
        auto log = Log::open(m_dir, config);
        ProducerStateManager producers(*log, neverExpire());
        const auto loaded = producers.load(1'000'000);
        QCOMPARE(loaded.snapshotOffset, int64_t{-1});
        QCOMPARE(loaded.batchesReplayed, size_t{9});
        QCOMPARE(log->collectAbortedTransactions(0, 100), (std::vector<storage::AbortedTxn>{{kPid, 0, 6, 7}}));
        QCOMPARE(producers.find(kPid)->lastSeq(), 7);
    }

    void aCorruptSnapshotFallsBackToAnOlderOne() {
        LogConfig config;
        config.segmentBytes = static_cast<int32_t>(makeProducerBatch({}, 0).size() * 2);
        {
            auto log = Log::open(m_dir, config);
            ProducerStateManager producers(*log, neverExpire());
            for (int i = 0; i < 7; ++i) QVERIFY(writeData(*log, producers, {.sequence = i}).ok());
        }
        QCOMPARE(txn::listSnapshots(m_dir), (std::vector<int64_t>{2, 4, 6}));
        Bytes damaged = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        std::ofstream(txn::snapshotPath(m_dir, 6), std::ios::binary | std::ios::trunc)
            .write(reinterpret_cast<const char*>(damaged.data()), std::streamsize(damaged.size()));
        auto log = Log::open(m_dir, config, {.recoveryPoint = 6});
        ProducerStateManager producers(*log, neverExpire());
        const auto loaded = producers.load(1'000'000);
        QCOMPARE(loaded.snapshotOffset, int64_t{4});
        QCOMPARE(loaded.snapshotsDiscarded, size_t{1});
        QCOMPARE(producers.find(kPid)->lastSeq(), 6);
    }

    void snapshotsBeyondTheRecoveredLogAreDropped() {
        LogConfig config;
        const size_t batchBytes = makeProducerBatch({}, 0).size();
        config.segmentBytes = static_cast<int32_t>(batchBytes * 2);
        {
            auto log = Log::open(m_dir, config);
            ProducerStateManager producers(*log, neverExpire());
            for (int i = 0; i < 6; ++i) QVERIFY(writeData(*log, producers, {.sequence = i}).ok());
        }
        QCOMPARE(txn::listSnapshots(m_dir), (std::vector<int64_t>{2, 4}));
        // A crash lost the last segment and half of the one before it.
        fs::remove(m_dir / "00000000000000000004.log");
        fs::resize_file(m_dir / "00000000000000000002.log", batchBytes + 10);
        auto log = Log::open(m_dir, config, {.recoveryPoint = 2});
        QCOMPARE(log->logEndOffset(), int64_t{3});
        ProducerStateManager producers(*log, neverExpire());
        const auto loaded = producers.load(1'000'000);
        QCOMPARE(loaded.snapshotOffset, int64_t{2});
        QCOMPARE(loaded.snapshotsDiscarded, size_t{1});
        QCOMPARE(txn::listSnapshots(m_dir), (std::vector<int64_t>{2}));
        QCOMPARE(producers.find(kPid)->lastSeq(), 2);
        QVERIFY(writeData(*log, producers, {.sequence = 3}).ok());
    }

    void truncationReloadsTheState() {
        auto log = Log::open(m_dir, {});
        ProducerStateManager producers(*log, neverExpire());
        for (int i = 0; i < 5; ++i) QVERIFY(writeData(*log, producers, {.sequence = i}).ok());
        QVERIFY(writeData(*log, producers, {.sequence = 5, .transactional = true}).ok());
        QVERIFY(writeMarker(*log, producers, kPid, 0, false).ok());
        QCOMPARE(log->collectAbortedTransactions(0, 100).size(), size_t{1});
        QVERIFY(log->truncateTo(3));
        QCOMPARE(producers.find(kPid)->lastSeq(), 2);
        QVERIFY(log->collectAbortedTransactions(0, 100).empty());
        QVERIFY(writeData(*log, producers, {.sequence = 3}).ok());
    }

    void idleProducersExpireButNotWithAnOpenTransaction() {
        auto log = Log::open(m_dir, {});
        txn::ProducerStateConfig config;
        config.producerIdExpirationMs = 60'000;
        ProducerStateManager producers(*log, config);
        QVERIFY(writeData(*log, producers, {.producerId = 1, .timestampMs = 1'000'000}).ok());
        QVERIFY(writeData(*log, producers, {.producerId = 2, .timestampMs = 1'030'000}).ok());
        QVERIFY(writeData(*log, producers, {.producerId = 3, .transactional = true, .timestampMs = 1'000'000}).ok());
        QCOMPARE(producers.removeExpired(1'059'999), size_t{0});
        QCOMPARE(producers.removeExpired(1'060'000), size_t{1});
        QVERIFY(!producers.find(1));
        QVERIFY(producers.find(2));
        QCOMPARE(producers.removeExpired(5'000'000), size_t{1});
        QVERIFY(producers.find(3));
        // Expired producers are left out when the state is loaded, too.
        producers.snapshotAtLogEnd();
        ProducerStateManager reloaded(*log, config);
        reloaded.load(5'000'000);
        QCOMPARE(reloaded.producers().size(), size_t{1});
    }
};

QTEST_APPLESS_MAIN(TestProducerState)
#include "test_producer_state.moc"
