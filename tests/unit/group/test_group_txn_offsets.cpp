// Offsets committed inside transactions (TxnOffsetCommit): held back until the
// transaction's marker reaches the group's partition, dropped on abort, ordered against
// plain commits by their place in the log, checked against the group's generation, and
// rebuilt the same way from __consumer_offsets after a restart.
#include <QtTest>

#include "group_test_support.h"

using namespace grouptest;

namespace {

const storage::TopicPartition kT0{"t", 0};
const storage::TopicPartition kT1{"t", 1};
constexpr int64_t kProducer = 77;

TxnCommitRequest txnCommit(const std::string& group, std::vector<OffsetCommit> offsets, int64_t producer = kProducer) {
    TxnCommitRequest r;
    r.groupId = group;
    r.producerId = producer;
    r.producerEpoch = 0;
    r.offsets = std::move(offsets);
    return r;
}

FetchedOffset fetchOne(Harness& h, const storage::TopicPartition& tp, bool requireStable = false) {
    return h.coordinator->fetchOffsets("g", std::vector{tp}, requireStable).offsets.at(0);
}

// The marker the transaction coordinator writes, and what the broker tells the group
// coordinator once it is written.
void endTransaction(Harness& h, bool committed, int64_t producer = kProducer) {
    const int32_t partition = h.coordinator->partitionFor("g");
    h.log->writeMarker(partition, producer, committed);
    h.coordinator->completeTransaction(partition, producer, committed);
}

std::string stableMember(Harness& h) {
    auto a = h.joinNew("a", "g");
    h.advance(0);
    const std::string id = a.get().memberId;
    h.sync(id, a.get().generation, {{id, assignment("t", {0, 1})}}, "g");
    return id;
}

} // namespace

class TestGroupTxnOffsets : public QObject {
    Q_OBJECT

private slots:
    void visibleOnlyOnceTheTransactionCommits() {
        Harness h;
        using V = std::vector<ErrorCode>;
        QCOMPARE(h.coordinator->commitTxnOffsets(txnCommit("g", {{kT0, 10, -1, {}}, {kT1, 20, -1, {}}})),
                 (V{ErrorCode::None, ErrorCode::None}));
        QCOMPARE(fetchOne(h, kT0).offset, int64_t(-1));
        // A read_committed consumer asks for stable offsets and is told to retry.
        QCOMPARE(fetchOne(h, kT0, true).error, ErrorCode::UnstableOffsetCommit);
        endTransaction(h, true);
        QCOMPARE(fetchOne(h, kT0, true).offset, int64_t(10));
        QCOMPARE(fetchOne(h, kT1).offset, int64_t(20));
    }

    void droppedWhenTheTransactionAborts() {
        Harness h;
        QCOMPARE(h.coordinator->commitOffsets({"g", -1, "", std::nullopt, -1, {{kT0, 5, -1, {}}}}),
                 std::vector<ErrorCode>{ErrorCode::None});
        QCOMPARE(h.coordinator->commitTxnOffsets(txnCommit("g", {{kT0, 10, -1, {}}})), std::vector<ErrorCode>{ErrorCode::None});
        endTransaction(h, false);
        QCOMPARE(fetchOne(h, kT0, true).error, ErrorCode::None);
        QCOMPARE(fetchOne(h, kT0).offset, int64_t(5));
        // Another producer's marker on the partition changes nothing for this one.
        QCOMPARE(h.coordinator->commitTxnOffsets(txnCommit("g", {{kT0, 11, -1, {}}})), std::vector<ErrorCode>{ErrorCode::None});
        endTransaction(h, true, kProducer + 1);
        QCOMPARE(fetchOne(h, kT0).offset, int64_t(5));
    }

    void theLaterRecordWins() {
        Harness h;
        // A plain commit written after the transactional one is newer: the commit of the
        // transaction does not roll it back.
        QCOMPARE(h.coordinator->commitTxnOffsets(txnCommit("g", {{kT0, 10, -1, {}}, {kT1, 10, -1, {}}})),
                 (std::vector<ErrorCode>{ErrorCode::None, ErrorCode::None}));
        QCOMPARE(h.coordinator->commitOffsets({"g", -1, "", std::nullopt, -1, {{kT0, 30, -1, {}}}}),
                 std::vector<ErrorCode>{ErrorCode::None});
        endTransaction(h, true);
        QCOMPARE(fetchOne(h, kT0).offset, int64_t(30));
        QCOMPARE(fetchOne(h, kT1).offset, int64_t(10));
        // And the same after a restart, from the records alone.
        h.restart();
        QCOMPARE(fetchOne(h, kT0).offset, int64_t(30));
        QCOMPARE(fetchOne(h, kT1).offset, int64_t(10));
    }

    void theProducerMustBeAMemberOfTheCurrentGeneration() {
        Harness h;
        const std::string id = stableMember(h);
        using V = std::vector<ErrorCode>;
        auto r = txnCommit("g", {{kT0, 10, -1, {}}});
        r.memberId = id;
        r.generation = 1;
        QCOMPARE(h.coordinator->commitTxnOffsets(r), V{ErrorCode::None});
        r.generation = 2;
        QCOMPARE(h.coordinator->commitTxnOffsets(r), V{ErrorCode::IllegalGeneration});
        r.generation = 1;
        r.memberId = "ghost";
        QCOMPARE(h.coordinator->commitTxnOffsets(r), V{ErrorCode::UnknownMemberId});
        // Producers before KIP-447 name no member: only the transaction vouches for them.
        QCOMPARE(h.coordinator->commitTxnOffsets(txnCommit("g", {{kT1, 3, -1, {}}})), V{ErrorCode::None});
        QCOMPARE(h.coordinator->commitTxnOffsets(txnCommit("", {{kT1, 3, -1, {}}})), V{ErrorCode::InvalidGroupId});
        const std::string big(5000, 'x');
        QCOMPARE(h.coordinator->commitTxnOffsets(txnCommit("g", {{kT1, 3, -1, big}})), V{ErrorCode::OffsetMetadataTooLarge});
        h.log->failAppends = ErrorCode::RecordListTooLarge;
        QCOMPARE(h.coordinator->commitTxnOffsets(txnCommit("g", {{kT1, 3, -1, {}}})), V{ErrorCode::InvalidCommitOffsetSize});
    }

    void aRestartKeepsPendingOffsetsPendingUntilTheMarker() {
        Harness h;
        QCOMPARE(h.coordinator->commitTxnOffsets(txnCommit("g", {{kT0, 10, -1, {}}})), std::vector<ErrorCode>{ErrorCode::None});
        QCOMPARE(h.coordinator->commitTxnOffsets(txnCommit("g", {{kT1, 50, -1, {}}}, kProducer + 1)),
                 std::vector<ErrorCode>{ErrorCode::None});
        // Producer 78 aborted before the restart; 77's marker comes after it.
        h.log->writeMarker(h.coordinator->partitionFor("g"), kProducer + 1, false);
        h.restart();
        QCOMPARE(fetchOne(h, kT0, true).error, ErrorCode::UnstableOffsetCommit);
        QCOMPARE(fetchOne(h, kT1, true).error, ErrorCode::None);
        QCOMPARE(fetchOne(h, kT1).offset, int64_t(-1));
        endTransaction(h, true);
        QCOMPARE(fetchOne(h, kT0, true).offset, int64_t(10));
        h.restart();
        QCOMPARE(fetchOne(h, kT0, true).offset, int64_t(10));
    }

    void aGroupWithPendingOffsetsIsNotExpired() {
        auto config = Harness::defaultConfig();
        config.offsetsRetentionMs = 1000;
        Harness h(config);
        QCOMPARE(h.coordinator->commitTxnOffsets(txnCommit("g", {{kT0, 10, -1, {}}})), std::vector<ErrorCode>{ErrorCode::None});
        h.now += 5000;
        h.coordinator->expireOffsets();
        QVERIFY(h.coordinator->group("g"));
        endTransaction(h, true);
        QCOMPARE(fetchOne(h, kT0).offset, int64_t(10));
    }
};

QTEST_APPLESS_MAIN(TestGroupTxnOffsets)
#include "test_group_txn_offsets.moc"
