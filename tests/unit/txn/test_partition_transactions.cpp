// A partition with transactional producers: the last stable offset across interleaved
// transactions, what read_committed readers get and which aborted transactions they
// are told about, retried batches answered with their first offsets, and the
// aborted-transaction index kept by the segments (its file, retention, restarts).
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>

#include "cluster/partition.h"
#include "common/config/broker_config.h"
#include "storage/transaction_index.h"
#include "txn_test_support.h"

using namespace samsa;
using namespace txn_test;
using cluster::IsolationLevel;
using cluster::Partition;
using cluster::TxnMarkerSpec;
using storage::AbortedTxn;
using storage::Log;
namespace fs = std::filesystem;

namespace {

config::TopicConfig topicConfig() {
    static const auto broker = config::BrokerConfig::defaults({"", "/nonexistent", "localhost"});
    return config::TopicConfig::fromBroker(broker);
}

// Produces one batch of a producer the way a client does, offsets assigned by the partition.
cluster::AppendInfo produce(Partition& p, const ProducerBatch& b) {
    Bytes batch = makeProducerBatch(b, 0);
    return p.appendAsLeader(batch, b.timestampMs);
}

cluster::AppendInfo mark(Partition& p, int64_t producerId, bool committed, int16_t epoch = 0, int32_t coordinatorEpoch = 0) {
    return p.appendTxnMarker(TxnMarkerSpec{producerId, epoch, committed, coordinatorEpoch}, 1'000'000);
}

// The producer ids of the batches a read returns, in order (control batches as -id).
std::vector<int64_t> producersRead(const storage::ReadResult& r) {
    std::vector<int64_t> out;
    for (const auto& span : records::splitBatches(r.records)) {
        const auto h = records::parseBatchHeader(std::span(r.records).subspan(span.position, span.size));
        out.push_back(h.isControl() ? -h.producerId : h.producerId);
    }
    return out;
}

} // namespace

class TestPartitionTransactions : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    fs::path m_dir;

    std::unique_ptr<Log> open(const storage::LogConfig& config = {}, storage::LogOpenOptions options = {}) {
        return Log::open(m_dir, config, options);
    }

private slots:
    void init() { m_dir = fs::path(m_tmp.path().toStdString()) / QTest::currentTestFunction() / "t-0"; }

    void lastStableOffsetFollowsTheEarliestOpenTransaction() {
        auto log = open();
        Partition p({"t", 0}, *log, topicConfig(), 0, {});
        QVERIFY(produce(p, {.producerId = 9}).error == ErrorCode::None);                         // 0: plain
        QVERIFY(produce(p, {.producerId = 1, .transactional = true}).error == ErrorCode::None);   // 1: txn A
        QVERIFY(produce(p, {.producerId = 2, .records = 2, .transactional = true}).error == ErrorCode::None); // 2-3: txn B
        QCOMPARE(p.highWatermark(), int64_t{4});
        QCOMPARE(p.lastStableOffset(), int64_t{1});
        QCOMPARE(p.visibleEnd(IsolationLevel::ReadCommitted), int64_t{1});
        QCOMPARE(p.visibleEnd(IsolationLevel::ReadUncommitted), int64_t{4});
        QVERIFY(mark(p, 2, true).error == ErrorCode::None); // 4: B commits, A still holds the LSO
        QCOMPARE(p.lastStableOffset(), int64_t{1});
        QVERIFY(mark(p, 1, false).error == ErrorCode::None); // 5: A aborts
        QCOMPARE(p.lastStableOffset(), int64_t{6});
        QCOMPARE(p.lastStableOffset(), p.highWatermark());
    }

    void readCommittedStopsAtTheLastStableOffset() {
        auto log = open();
        Partition p({"t", 0}, *log, topicConfig(), 0, {});
        QVERIFY(produce(p, {.producerId = 9}).error == ErrorCode::None);                        // 0
        QVERIFY(produce(p, {.producerId = 1, .transactional = true}).error == ErrorCode::None);  // 1
        QVERIFY(produce(p, {.producerId = 9, .sequence = 1}).error == ErrorCode::None);         // 2
        const auto committed = p.read(0, 1 << 20, true, IsolationLevel::ReadCommitted);
        QCOMPARE(producersRead(committed), (std::vector<int64_t>{9}));
        const auto uncommitted = p.read(0, 1 << 20, true, IsolationLevel::ReadUncommitted);
        QCOMPARE(producersRead(uncommitted), (std::vector<int64_t>{9, 1, 9}));
        // At the LSO a read_committed reader waits: nothing, and no error.
        const auto waiting = p.read(1, 1 << 20, true, IsolationLevel::ReadCommitted);
        QCOMPARE(waiting.error, ErrorCode::None);
        QVERIFY(waiting.records.empty());
        QVERIFY(mark(p, 1, true).error == ErrorCode::None); // 3
        // Control batches pass through to the reader, which skips them.
        QCOMPARE(producersRead(p.read(0, 1 << 20, true, IsolationLevel::ReadCommitted)),
                 (std::vector<int64_t>{9, 1, 9, -1}));
    }

    void abortedTransactionsAreListedForTheRangeRead() {
        auto log = open();
        Partition p({"t", 0}, *log, topicConfig(), 0, {});
        QVERIFY(produce(p, {.producerId = 1, .records = 2, .transactional = true}).error == ErrorCode::None); // 0-1
        QVERIFY(produce(p, {.producerId = 2, .transactional = true}).error == ErrorCode::None);               // 2
        QVERIFY(mark(p, 1, false).error == ErrorCode::None);                                                  // 3
        QVERIFY(produce(p, {.producerId = 3, .transactional = true}).error == ErrorCode::None);               // 4
        QVERIFY(mark(p, 3, false).error == ErrorCode::None);                                                  // 5
        QVERIFY(mark(p, 2, true).error == ErrorCode::None);                                                   // 6
        QVERIFY(produce(p, {.producerId = 1, .sequence = 2, .transactional = true}).error == ErrorCode::None); // 7
        QVERIFY(mark(p, 1, false).error == ErrorCode::None);                                                  // 8
        // When producer 1 aborted, producer 2's transaction (from 2) still held the LSO.
        QCOMPARE(log->collectAbortedTransactions(0, 100),
                 (std::vector<AbortedTxn>{{1, 0, 3, 2}, {3, 4, 5, 2}, {1, 7, 8, 9}}));
        // Only those overlapping what was read.
        QCOMPARE(p.abortedTransactions(0, 2), (std::vector<AbortedTxn>{{1, 0, 3, 2}}));
        QCOMPARE(p.abortedTransactions(4, 7), (std::vector<AbortedTxn>{{3, 4, 5, 2}}));
        QCOMPARE(p.abortedTransactions(6, 9), (std::vector<AbortedTxn>{{1, 7, 8, 9}}));
        QCOMPARE(p.abortedTransactions(9, 10), (std::vector<AbortedTxn>{}));
    }

    void retriesAreAnsweredWithTheirFirstOffsets() {
        auto log = open();
        Partition p({"t", 0}, *log, topicConfig(), 0, {});
        const auto first = produce(p, {.sequence = 0, .records = 3});
        QVERIFY(produce(p, {.sequence = 3, .records = 2}).error == ErrorCode::None);
        const auto retry = produce(p, {.sequence = 0, .records = 3});
        QCOMPARE(retry.error, ErrorCode::None);
        QVERIFY(retry.duplicate);
        QCOMPARE(retry.firstOffset, first.firstOffset);
        QCOMPARE(retry.lastOffset, int64_t{2});
        QCOMPARE(p.logEndOffset(), int64_t{5});
        QCOMPARE(produce(p, {.sequence = 9}).error, ErrorCode::OutOfOrderSequenceNumber);
        QCOMPARE(produce(p, {.epoch = 1, .sequence = 5}).error, ErrorCode::OutOfOrderSequenceNumber);
        QCOMPARE(produce(p, {.epoch = 1, .sequence = 0}).error, ErrorCode::None);
        QCOMPARE(produce(p, {.epoch = 0, .sequence = 5}).error, ErrorCode::InvalidProducerEpoch);
        // A producer id without a sequence, or a transaction without a producer, is not a batch a client may send.
        QCOMPARE(produce(p, {.sequence = -1}).error, ErrorCode::InvalidRecord);
        QCOMPARE(produce(p, {.producerId = -1, .transactional = true}).error, ErrorCode::InvalidRecord);
    }

    void markersFromAnOlderCoordinatorAreFenced() {
        auto log = open();
        Partition p({"t", 0}, *log, topicConfig(), 0, {});
        QVERIFY(produce(p, {.transactional = true}).error == ErrorCode::None);
        QCOMPARE(mark(p, 1000, true, 0, 3).error, ErrorCode::None);
        QVERIFY(produce(p, {.sequence = 1, .transactional = true}).error == ErrorCode::None);
        QCOMPARE(mark(p, 1000, true, 0, 2).error, ErrorCode::TransactionCoordinatorFenced);
        QCOMPARE(mark(p, 1000, true, 0, 3).error, ErrorCode::None);
        QCOMPARE(p.lastStableOffset(), p.highWatermark());
    }

    void theTransactionIndexFileFollowsItsSegment() {
        storage::LogConfig config;
        config.segmentBytes = static_cast<int32_t>(makeProducerBatch({}, 0).size() * 3);
        auto log = open(config);
        Partition p({"t", 0}, *log, topicConfig(), 0, {});
        QVERIFY(produce(p, {.transactional = true}).error == ErrorCode::None); // 0
        QVERIFY(mark(p, 1000, false).error == ErrorCode::None);                // 1
        for (int i = 0; i < 6; ++i) QVERIFY(produce(p, {.producerId = 5, .sequence = i}).error == ErrorCode::None);
        const auto segments = log->segments();
        QVERIFY(segments.size() >= 2);
        const auto index = m_dir / "00000000000000000000.txnindex";
        QVERIFY(fs::exists(index));
        QCOMPARE(fs::file_size(index), uint64_t{storage::TransactionIndex::kEntrySize});
        // Only a segment where a transaction aborted has the file.
        for (size_t i = 1; i < segments.size(); ++i)
            QVERIFY(!fs::exists(storage::segmentFilePath(m_dir, segments[i].baseOffset, storage::kTxnIndexSuffix)));
        // The file is Kafka's layout: version, producer id, first, last, LSO.
        storage::TransactionIndex reread(index);
        reread.load();
        QCOMPARE(reread.entries(), (std::vector<AbortedTxn>{{1000, 0, 1, 2}}));
        // Deleting the segment deletes its aborted transactions with it.
        QVERIFY(p.deleteRecordsBefore(segments[1].baseOffset).error == ErrorCode::None);
        QVERIFY(!fs::exists(index));
        QVERIFY(log->collectAbortedTransactions(0, 100).empty());
    }

    void aTornIndexTailIsCutAndRebuiltOnRestart() {
        {
            auto log = open();
            Partition p({"t", 0}, *log, topicConfig(), 0, {});
            QVERIFY(produce(p, {.transactional = true}).error == ErrorCode::None);
            QVERIFY(mark(p, 1000, false).error == ErrorCode::None);
            QVERIFY(produce(p, {.sequence = 1, .transactional = true}).error == ErrorCode::None);
            QVERIFY(mark(p, 1000, false).error == ErrorCode::None);
        }
        const auto index = m_dir / "00000000000000000000.txnindex";
        fs::resize_file(index, storage::TransactionIndex::kEntrySize + 5);
        auto log = open();
        QCOMPARE(fs::file_size(index), uint64_t{storage::TransactionIndex::kEntrySize});
        // Nothing was flushed, so the producer state is replayed from the log start and
        // re-indexes both aborted transactions.
        Partition p({"t", 0}, *log, topicConfig(), 0, {});
        p.loadProducerState(1'000'000);
        QCOMPARE(log->collectAbortedTransactions(0, 100), (std::vector<AbortedTxn>{{1000, 0, 1, 2}, {1000, 2, 3, 4}}));
        QCOMPARE(p.lastStableOffset(), int64_t{4});
    }

    void anOpenTransactionHoldsTheLsoAcrossARestart() {
        {
            auto log = open();
            Partition p({"t", 0}, *log, topicConfig(), 0, {});
            QVERIFY(produce(p, {.producerId = 9}).error == ErrorCode::None);
            QVERIFY(produce(p, {.transactional = true}).error == ErrorCode::None);
            QVERIFY(produce(p, {.producerId = 9, .sequence = 1}).error == ErrorCode::None);
            p.producerState().snapshotAtLogEnd();
            log->close();
        }
        auto log = open({}, {.hadCleanShutdown = true});
        Partition p({"t", 0}, *log, topicConfig(), 0, {});
        const auto loaded = p.loadProducerState(1'000'000);
        QCOMPARE(loaded.snapshotOffset, int64_t{3});
        QCOMPARE(p.lastStableOffset(), int64_t{1});
        QVERIFY(mark(p, 1000, true).error == ErrorCode::None);
        QCOMPARE(p.lastStableOffset(), int64_t{4});
    }
};

QTEST_APPLESS_MAIN(TestPartitionTransactions)
#include "test_partition_transactions.moc"
