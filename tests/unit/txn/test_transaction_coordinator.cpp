// The transaction coordinator's state machine, driven directly: producer ids and epochs,
// fencing, the two-step end of a transaction with its markers, timeouts, restarts in
// the middle of a commit, the admin listings, and the errors Kafka gives for each
// wrong move.
#include <QtTest>

#include "coordinator_test_support.h"
#include "txn/transaction_log_records.h"

using namespace coordinator_test;
using storage::TopicPartition;

namespace {

const std::vector<TopicPartition> kThree{{"orders", 0}, {"orders", 1}, {"orders", 2}};

} // namespace

class TestTransactionCoordinator : public QObject {
    Q_OBJECT

private slots:
    void idempotentProducersGetFreshIdsNeverReused() {
        Harness h;
        const auto a = h.coordinator->initProducerId(std::nullopt, 0, std::nullopt);
        const auto b = h.coordinator->initProducerId(std::nullopt, 0, ProducerIdAndEpoch{a.producerId, 0});
        QCOMPARE(a.error, ErrorCode::None);
        QCOMPARE(a.producerEpoch, int16_t{0});
        QCOMPARE(b.producerId, a.producerId + 1);
        // Another run on the same allocator file continues after the reserved block.
        ProducerIdManager again(std::filesystem::path(h.dir.path().toStdString()) / "ids");
        again.load();
        QCOMPARE(again.next(), std::optional<int64_t>(ProducerIdManager::kBlockSize));
    }

    void initProducerIdChecksItsInput() {
        Harness h;
        QCOMPARE(h.init("").error, ErrorCode::InvalidRequest);
        QCOMPARE(h.init("t", 0).error, ErrorCode::InvalidTransactionTimeout);
        QCOMPARE(h.init("t", -5).error, ErrorCode::InvalidTransactionTimeout);
        QCOMPARE(h.init("t", 60001).error, ErrorCode::InvalidTransactionTimeout);
        const auto ok = h.init("t", 60000);
        QCOMPARE(ok.error, ErrorCode::None);
        QCOMPARE(ok.producerEpoch, int16_t{0});
        // Every InitProducerId of a new instance bumps the epoch.
        QCOMPARE(h.init("t").producerEpoch, int16_t{1});
    }

    void commitWritesMarkersThenCompletes() {
        Harness h;
        const auto p = h.init("tx");
        QCOMPARE(h.coordinator->addPartitions("tx", p.producerId, p.producerEpoch, {kThree[0], kThree[1]}),
                 ErrorCode::None);
        QCOMPARE(h.coordinator->addPartitions("tx", p.producerId, p.producerEpoch, {kThree[2]}), ErrorCode::None);
        const auto* m = h.coordinator->find("tx");
        QCOMPARE(m->state, TxnState::Ongoing);
        QCOMPARE(m->txnStartTimestampMs, h.now);
        QCOMPARE(m->partitions.size(), size_t{3});
        const size_t writes = h.log.appends;
        // Already in the transaction: nothing to write.
        QCOMPARE(h.coordinator->addPartitions("tx", p.producerId, p.producerEpoch, {kThree[1]}), ErrorCode::None);
        QCOMPARE(h.log.appends, writes);

        QCOMPARE(h.coordinator->endTransaction("tx", p.producerId, p.producerEpoch, true), ErrorCode::None);
        QCOMPARE(h.markers.written.size(), size_t{3});
        for (const auto& w : h.markers.written) {
            QVERIFY(w.marker.committed);
            QCOMPARE(w.marker.producerId, p.producerId);
            QCOMPARE(w.marker.producerEpoch, p.producerEpoch);
            QCOMPARE(w.marker.coordinatorEpoch, 7);
        }
        QCOMPARE(m->state, TxnState::CompleteCommit);
        QVERIFY(m->partitions.empty());
        // PrepareCommit, then CompleteCommit.
        QCOMPARE(h.log.appends, writes + 2);
        // A retry of the same EndTxn succeeds; the opposite decision cannot be taken.
        QCOMPARE(h.coordinator->endTransaction("tx", p.producerId, p.producerEpoch, true), ErrorCode::None);
        QCOMPARE(h.coordinator->endTransaction("tx", p.producerId, p.producerEpoch, false), ErrorCode::InvalidTxnState);
        // The next transaction starts afresh.
        QCOMPARE(h.coordinator->addPartitions("tx", p.producerId, p.producerEpoch, {kThree[2]}), ErrorCode::None);
        QCOMPARE(m->partitions, (std::set<TopicPartition>{kThree[2]}));
    }

    void abortWritesAbortMarkers() {
        Harness h;
        const auto p = h.init("tx");
        QCOMPARE(h.coordinator->addPartitions("tx", p.producerId, p.producerEpoch, kThree), ErrorCode::None);
        QCOMPARE(h.coordinator->endTransaction("tx", p.producerId, p.producerEpoch, false), ErrorCode::None);
        QCOMPARE(h.markers.written.size(), size_t{3});
        for (const auto& w : h.markers.written) QVERIFY(!w.marker.committed);
        QCOMPARE(h.coordinator->find("tx")->state, TxnState::CompleteAbort);
        QCOMPARE(h.coordinator->endTransaction("tx", p.producerId, p.producerEpoch, true), ErrorCode::InvalidTxnState);
    }

    void wrongMovesGetKafkasErrors() {
        Harness h;
        const auto p = h.init("tx");
        // EndTxn with nothing added to the transaction.
        QCOMPARE(h.coordinator->endTransaction("tx", p.producerId, p.producerEpoch, true), ErrorCode::InvalidTxnState);
        QCOMPARE(h.coordinator->endTransaction("nobody", p.producerId, p.producerEpoch, true),
                 ErrorCode::InvalidProducerIdMapping);
        QCOMPARE(h.coordinator->endTransaction("tx", p.producerId + 1, p.producerEpoch, true),
                 ErrorCode::InvalidProducerIdMapping);
        QCOMPARE(h.coordinator->endTransaction("", p.producerId, p.producerEpoch, true), ErrorCode::InvalidRequest);
        QCOMPARE(h.coordinator->addPartitions("tx", p.producerId, 5, kThree), ErrorCode::ProducerFenced);
        QCOMPARE(h.coordinator->addPartitions("nobody", p.producerId, 0, kThree), ErrorCode::InvalidProducerIdMapping);
        QCOMPARE(h.coordinator->addPartitions("", p.producerId, 0, kThree), ErrorCode::InvalidRequest);
        QCOMPARE(h.coordinator->addPartitions("tx", p.producerId, p.producerEpoch, kThree), ErrorCode::None);
        QCOMPARE(h.coordinator->endTransaction("tx", p.producerId, 3, true), ErrorCode::ProducerFenced);
        QCOMPARE(h.coordinator->endTransaction("tx", p.producerId, -1, true), ErrorCode::ProducerFenced);
    }

    void aSecondInstanceFencesTheFirst() {
        Harness h;
        const auto first = h.init("tx");
        QCOMPARE(h.coordinator->addPartitions("tx", first.producerId, first.producerEpoch, kThree), ErrorCode::None);
        // The open transaction is aborted under a bumped epoch; the caller retries.
        QCOMPARE(h.init("tx").error, ErrorCode::ConcurrentTransactions);
        QCOMPARE(h.markers.written.size(), size_t{3});
        for (const auto& w : h.markers.written) {
            QVERIFY(!w.marker.committed);
            QCOMPARE(w.marker.producerEpoch, int16_t{1});
        }
        QCOMPARE(h.coordinator->find("tx")->state, TxnState::CompleteAbort);
        const auto second = h.init("tx");
        QCOMPARE(second.error, ErrorCode::None);
        QCOMPARE(second.producerId, first.producerId);
        QCOMPARE(second.producerEpoch, int16_t{2});
        // Whatever the first instance does next is fenced.
        QCOMPARE(h.coordinator->addPartitions("tx", first.producerId, first.producerEpoch, kThree),
                 ErrorCode::ProducerFenced);
        QCOMPARE(h.coordinator->endTransaction("tx", first.producerId, first.producerEpoch, true),
                 ErrorCode::ProducerFenced);
        QCOMPARE(h.coordinator->verifyPartition("tx", first.producerId, first.producerEpoch, kThree[0]),
                 ErrorCode::ProducerFenced);
        // Recovering with its old id and epoch (KIP-360) does not un-fence it either.
        QCOMPARE(h.init("tx", 10000, ProducerIdAndEpoch{first.producerId, first.producerEpoch}).error,
                 ErrorCode::ProducerFenced);
    }

    void aProducerBumpsItsOwnEpochAndRetriesAreAnsweredAgain() {
        Harness h;
        const auto p = h.init("tx");
        const ProducerIdAndEpoch current{p.producerId, p.producerEpoch};
        const auto bumped = h.init("tx", 10000, current);
        QCOMPARE(bumped.producerEpoch, int16_t{1});
        // The answer was lost and the request comes again: same epoch, no second bump.
        const auto retried = h.init("tx", 10000, current);
        QCOMPARE(retried.error, ErrorCode::None);
        QCOMPARE(retried.producerEpoch, int16_t{1});
        QCOMPARE(h.init("tx", 10000, ProducerIdAndEpoch{p.producerId + 1, 0}).error, ErrorCode::ProducerFenced);
    }

    void anExhaustedEpochRotatesTheProducerId() {
        Harness h;
        h.init("tx");
        // Play the epoch up to the last one the coordinator hands out.
        for (int i = 0; i < 40000 && !h.coordinator->find("tx")->isEpochExhausted(); ++i) h.init("tx");
        const auto* m = h.coordinator->find("tx");
        QVERIFY(m->isEpochExhausted());
        const int64_t oldId = m->producerId;
        const auto rotated = h.init("tx", 10000, ProducerIdAndEpoch{oldId, m->producerEpoch});
        QCOMPARE(rotated.error, ErrorCode::None);
        QVERIFY(rotated.producerId != oldId);
        QCOMPARE(rotated.producerEpoch, int16_t{0});
        QCOMPARE(h.coordinator->find("tx")->lastProducerId, oldId);
    }

    void concurrentRequestsWhileMarkersAreOutstanding() {
        auto config = Harness::defaultConfig();
        config.testOnlyMarkerDelayMs = 5000;
        Harness h(config);
        const auto p = h.init("tx");
        QCOMPARE(h.coordinator->addPartitions("tx", p.producerId, p.producerEpoch, kThree), ErrorCode::None);
        QCOMPARE(h.coordinator->endTransaction("tx", p.producerId, p.producerEpoch, true), ErrorCode::None);
        QCOMPARE(h.coordinator->find("tx")->state, TxnState::PrepareCommit);
        QVERIFY(h.markers.written.empty());
        QCOMPARE(h.coordinator->addPartitions("tx", p.producerId, p.producerEpoch, kThree),
                 ErrorCode::ConcurrentTransactions);
        QCOMPARE(h.coordinator->endTransaction("tx", p.producerId, p.producerEpoch, true),
                 ErrorCode::ConcurrentTransactions);
        QCOMPARE(h.coordinator->endTransaction("tx", p.producerId, p.producerEpoch, false), ErrorCode::InvalidTxnState);
        QCOMPARE(h.init("tx").error, ErrorCode::ConcurrentTransactions);
        QCOMPARE(h.coordinator->verifyPartition("tx", p.producerId, p.producerEpoch, kThree[0]),
                 ErrorCode::ConcurrentTransactions);
        QCOMPARE(h.coordinator->nextDeadlineMs(), std::optional<int64_t>(h.now + 5000));
        h.advance(5000);
        QCOMPARE(h.markers.written.size(), size_t{3});
        QCOMPARE(h.coordinator->find("tx")->state, TxnState::CompleteCommit);
    }

    void aRestartFinishesATransactionLeftInPrepareCommit() {
        auto config = Harness::defaultConfig();
        config.testOnlyMarkerDelayMs = 60000;
        Harness h(config);
        const auto p = h.init("tx");
        QCOMPARE(h.coordinator->addPartitions("tx", p.producerId, p.producerEpoch, kThree), ErrorCode::None);
        QCOMPARE(h.coordinator->endTransaction("tx", p.producerId, p.producerEpoch, true), ErrorCode::None);
        QVERIFY(h.markers.written.empty());
        h.config.testOnlyMarkerDelayMs = 0;
        h.restart();
        QCOMPARE(h.markers.written.size(), size_t{3});
        for (const auto& w : h.markers.written) QVERIFY(w.marker.committed);
        const auto* m = h.coordinator->find("tx");
        QCOMPARE(m->state, TxnState::CompleteCommit);
        QCOMPARE(m->producerEpoch, p.producerEpoch);
        // And the completion itself was recorded: another restart has nothing to do.
        h.markers.written.clear();
        h.restart();
        QVERIFY(h.markers.written.empty());
        QCOMPARE(h.coordinator->find("tx")->state, TxnState::CompleteCommit);
    }

    void markersThatFailAreRetried() {
        Harness h;
        const auto p = h.init("tx");
        const TopicPartition deleted{"gone", 0};
        std::vector<TopicPartition> partitions = kThree;
        partitions.push_back(deleted);
        QCOMPARE(h.coordinator->addPartitions("tx", p.producerId, p.producerEpoch, partitions), ErrorCode::None);
        h.markers.failFor[kThree[1]] = ErrorCode::KafkaStorageError;
        h.markers.failFor[deleted] = ErrorCode::UnknownTopicOrPartition; // its topic was deleted: no marker needed
        QCOMPARE(h.coordinator->endTransaction("tx", p.producerId, p.producerEpoch, true), ErrorCode::None);
        QCOMPARE(h.markers.written.size(), size_t{2});
        const auto* m = h.coordinator->find("tx");
        QCOMPARE(m->state, TxnState::PrepareCommit);
        QCOMPARE(m->markersPending, (std::set<TopicPartition>{kThree[1]}));
        h.advance(h.config.markerRetryBackoffMs);
        QCOMPARE(m->state, TxnState::PrepareCommit);
        h.markers.failFor.erase(kThree[1]);
        h.advance(h.config.markerRetryBackoffMs);
        QCOMPARE(h.markers.written.size(), size_t{3});
        QCOMPARE(m->state, TxnState::CompleteCommit);
    }

    void aFailedStateWriteChangesNothing() {
        Harness h;
        const auto p = h.init("tx");
        h.log.failAppends = ErrorCode::NotLeaderOrFollower;
        QCOMPARE(h.coordinator->addPartitions("tx", p.producerId, p.producerEpoch, kThree), ErrorCode::NotCoordinator);
        QCOMPARE(h.coordinator->find("tx")->state, TxnState::Empty);
        h.log.failAppends = ErrorCode::KafkaStorageError;
        QCOMPARE(h.init("tx").error, ErrorCode::NotCoordinator);
        QCOMPARE(h.coordinator->find("tx")->producerEpoch, p.producerEpoch);
    }

    void anExpiredTransactionIsAbortedAndItsProducerFenced() {
        Harness h;
        const auto p = h.init("tx", 5000);
        QCOMPARE(h.coordinator->addPartitions("tx", p.producerId, p.producerEpoch, kThree), ErrorCode::None);
        h.advance(4000);
        h.coordinator->abortTimedOutTransactions();
        QCOMPARE(h.coordinator->find("tx")->state, TxnState::Ongoing);
        // The periodic check (transaction.abort.timed.out.transaction.cleanup.interval.ms) finds it.
        h.advance(h.config.abortTimedOutTransactionsIntervalMs);
        const auto* m = h.coordinator->find("tx");
        QCOMPARE(m->state, TxnState::CompleteAbort);
        QCOMPARE(m->producerEpoch, int16_t(p.producerEpoch + 1));
        QCOMPARE(h.markers.written.size(), size_t{3});
        for (const auto& w : h.markers.written) QCOMPARE(w.marker.producerEpoch, int16_t(p.producerEpoch + 1));
        QCOMPARE(h.coordinator->endTransaction("tx", p.producerId, p.producerEpoch, true), ErrorCode::ProducerFenced);
    }

    void verificationOfTransactionalWrites() {
        Harness h;
        const auto p = h.init("tx");
        QCOMPARE(h.coordinator->verifyPartition("tx", p.producerId, p.producerEpoch, kThree[0]), ErrorCode::InvalidTxnState);
        QCOMPARE(h.coordinator->addPartitions("tx", p.producerId, p.producerEpoch, {kThree[0]}), ErrorCode::None);
        QCOMPARE(h.coordinator->verifyPartition("tx", p.producerId, p.producerEpoch, kThree[0]), ErrorCode::None);
        QCOMPARE(h.coordinator->verifyPartition("tx", p.producerId, p.producerEpoch, kThree[1]), ErrorCode::InvalidTxnState);
        QCOMPARE(h.coordinator->verifyPartition("tx", p.producerId + 9, p.producerEpoch, kThree[0]),
                 ErrorCode::InvalidProducerIdMapping);
        QCOMPARE(h.coordinator->verifyPartition("other", p.producerId, p.producerEpoch, kThree[0]),
                 ErrorCode::InvalidProducerIdMapping);
    }

    void listingAndDescribing() {
        Harness h;
        const auto a = h.init("alpha");
        const auto b = h.init("beta");
        h.init("gamma");
        QCOMPARE(h.coordinator->addPartitions("alpha", a.producerId, a.producerEpoch, kThree), ErrorCode::None);
        h.now += 3000;
        QCOMPARE(h.coordinator->addPartitions("beta", b.producerId, b.producerEpoch, {kThree[0]}), ErrorCode::None);
        QCOMPARE(h.coordinator->endTransaction("beta", b.producerId, b.producerEpoch, true), ErrorCode::None);

        const auto names = [](const std::vector<ListedTransaction>& list) {
            std::vector<std::string> out;
            for (const auto& t : list) out.push_back(t.transactionalId);
            return out;
        };
        QCOMPARE(names(h.coordinator->listTransactions({})), (std::vector<std::string>{"alpha", "beta", "gamma"}));
        QCOMPARE(names(h.coordinator->listTransactions({{TxnState::Ongoing}, {}, -1})), (std::vector<std::string>{"alpha"}));
        QCOMPARE(names(h.coordinator->listTransactions({{TxnState::CompleteCommit, TxnState::Empty}, {}, -1})),
                 (std::vector<std::string>{"beta", "gamma"}));
        QCOMPARE(names(h.coordinator->listTransactions({{}, {b.producerId}, -1})), (std::vector<std::string>{"beta"}));
        // Running for longer than 2 s: only alpha started that long ago.
        QCOMPARE(names(h.coordinator->listTransactions({{TxnState::Ongoing}, {}, 2000})),
                 (std::vector<std::string>{"alpha"}));
        QCOMPARE(names(h.coordinator->listTransactions({{TxnState::Ongoing}, {}, 5000})), (std::vector<std::string>{}));

        const auto d = h.coordinator->describe("alpha");
        QCOMPARE(d.error, ErrorCode::None);
        QCOMPARE(d.metadata.state, TxnState::Ongoing);
        QCOMPARE(d.metadata.producerId, a.producerId);
        QCOMPARE(d.metadata.txnTimeoutMs, 10000);
        QCOMPARE(d.metadata.txnStartTimestampMs, h.now - 3000);
        QCOMPARE(d.metadata.partitions.size(), size_t{3});
        QCOMPARE(h.coordinator->describe("nobody").error, ErrorCode::TransactionalIdNotFound);
        QCOMPARE(stateName(TxnState::PrepareEpochFence), std::string_view("PrepareEpochFence"));
        QCOMPARE(parseStateName("CompleteAbort"), std::optional<TxnState>(TxnState::CompleteAbort));
        QVERIFY(!parseStateName("completeabort"));
    }

    void idleTransactionalIdsExpire() {
        auto config = Harness::defaultConfig();
        config.transactionalIdExpirationMs = 60000;
        config.removeExpiredTransactionalIdsIntervalMs = 1000;
        Harness h(config);
        const auto a = h.init("idle");
        h.init("busy");
        const auto open = h.init("open");
        QCOMPARE(h.coordinator->addPartitions("open", open.producerId, open.producerEpoch, {kThree[0]}), ErrorCode::None);
        h.advance(59000);
        h.init("busy");
        h.advance(2000);
        QVERIFY(!h.coordinator->find("idle"));
        QVERIFY(h.coordinator->find("busy"));
        QVERIFY(h.coordinator->find("open"));
        h.restart();
        QVERIFY(!h.coordinator->find("idle"));
        // A new InitProducerId for the id starts over with a new producer id.
        QVERIFY(h.init("idle").producerId != a.producerId);
    }

    void stateRecordsRoundTrip() {
        TransactionMetadata m;
        m.transactionalId = "tx";
        m.producerId = 42;
        m.producerEpoch = 3;
        m.txnTimeoutMs = 60000;
        m.state = TxnState::Ongoing;
        m.partitions = {{"a", 1}, {"a", 0}, {"b", 7}};
        m.txnStartTimestampMs = 111;
        m.txnLastUpdateTimestampMs = 222;
        const auto key = encodeTransactionKey("tx");
        QCOMPARE(decodeTransactionKey(key), std::optional<std::string>("tx"));
        const auto value = encodeTransactionValue(m);
        QCOMPARE(value[0], uint8_t{0});
        QCOMPARE(value[1], uint8_t{0}); // version 0: readable by every Kafka release
        const auto back = decodeTransactionValue("tx", value);
        QCOMPARE(back.producerId, m.producerId);
        QCOMPARE(back.producerEpoch, m.producerEpoch);
        QCOMPARE(back.txnTimeoutMs, m.txnTimeoutMs);
        QCOMPARE(back.state, m.state);
        QCOMPARE(back.partitions, m.partitions);
        QCOMPARE(back.txnStartTimestampMs, m.txnStartTimestampMs);
        QCOMPARE(back.txnLastUpdateTimestampMs, m.txnLastUpdateTimestampMs);
        // An unknown state id is malformed, not a new state.
        auto corrupt = value;
        corrupt[2 + 8 + 2 + 4] = 9;
        QVERIFY_THROWS_EXCEPTION(protocol::DecodeError, decodeTransactionValue("tx", corrupt));
    }

    void aStoppedCoordinatorIsNotAvailable() {
        Harness h;
        h.init("tx");
        h.coordinator->shutdown();
        QCOMPARE(h.coordinator->coordinatorError("tx"), ErrorCode::CoordinatorNotAvailable);
        QCOMPARE(h.init("tx").error, ErrorCode::CoordinatorNotAvailable);
    }
};

QTEST_APPLESS_MAIN(TestTransactionCoordinator)
#include "test_transaction_coordinator.moc"
