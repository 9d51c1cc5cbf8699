// Wrong moves of idempotent and transactional producers on a raw connection, each
// answered with the error code Kafka gives: bad InitProducerId input, stale epochs (with
// the older code for client versions that predate PRODUCER_FENCED), unknown producer
// ids, EndTxn without AddPartitionsToTxn, transactional writes outside the
// transaction, sequence gaps and retries, TxnOffsetCommit without AddOffsetsToTxn or
// from a stale group generation; the admin APIs' answers; and a malformed request,
// which closes only its own connection.
#include <QtTest>

#include "common/error_code.h"
#include "protocol/messages/add_offsets_to_txn.h"
#include "protocol/messages/add_partitions_to_txn.h"
#include "protocol/messages/api_versions.h"
#include "protocol/messages/describe_producers.h"
#include "protocol/messages/describe_transactions.h"
#include "protocol/messages/end_txn.h"
#include "protocol/messages/find_coordinator.h"
#include "protocol/messages/init_producer_id.h"
#include "protocol/messages/join_group.h"
#include "protocol/messages/list_offsets.h"
#include "protocol/messages/list_transactions.h"
#include "protocol/messages/produce.h"
#include "protocol/messages/sync_group.h"
#include "protocol/messages/txn_offset_commit.h"
#include "protocol/messages/write_txn_markers.h"
#include "protocol/records/record_batch.h"
#include "support/broker_process.h"
#include "support/rdkafka_client.h"
#include "support/wire_connection.h"

namespace msg = samsa::protocol::messages;
namespace records = samsa::protocol::records;
using samsa::ErrorCode;
using samsa::protocol::Bytes;

namespace {

const std::string kTopic = "payments";
constexpr int kPartitions = 3;

int16_t code(ErrorCode e) { return static_cast<int16_t>(e); }

struct Producer {
    int64_t id = -1;
    int16_t epoch = -1;
};

Bytes batch(int64_t producerId, int16_t epoch, int32_t sequence, bool transactional, int count = 1) {
    records::BatchSpec spec;
    spec.producerId = producerId;
    spec.producerEpoch = epoch;
    spec.baseSequence = sequence;
    spec.transactional = transactional;
    records::BatchBuilder builder(spec);
    for (int i = 0; i < count; ++i) {
        const std::string value = "v" + std::to_string(sequence + i);
        builder.append(1'700'000'000'000 + i, std::nullopt,
                       records::ByteView(reinterpret_cast<const uint8_t*>(value.data()), value.size()));
    }
    return builder.build();
}

} // namespace

class TestTxnBadInput : public QObject {
    Q_OBJECT

    std::unique_ptr<BrokerProcess> m_broker;
    WireConnection m_wire;

    template <typename Response, typename Request>
    Response call(const Request& request, int16_t version) {
        std::string error;
        auto response = m_wire.roundTrip<Response>(request, version, &error);
        if (!response) {
            QTest::qFail(("no answer: " + error).c_str(), __FILE__, __LINE__);
            return Response{};
        }
        return *response;
    }

    msg::InitProducerIdResponse init(const std::optional<std::string>& transactionalId, int32_t timeoutMs = 60000,
                                     int16_t version = 4, int64_t producerId = -1, int16_t epoch = -1) {
        msg::InitProducerIdRequest r;
        r.transactionalId = transactionalId;
        r.transactionTimeoutMs = timeoutMs;
        r.producerId = producerId;
        r.producerEpoch = epoch;
        return call<msg::InitProducerIdResponse>(r, version);
    }

    Producer transactional(const std::string& id) {
        const auto r = init(id);
        if (r.errorCode != 0) QTest::qFail("InitProducerId failed", __FILE__, __LINE__);
        return {r.producerId, r.producerEpoch};
    }

    // One partition's answer to AddPartitionsToTxn (v0-v3 layout).
    std::vector<int16_t> addPartitions(const std::string& id, Producer p, std::vector<std::pair<std::string, int32_t>> tps,
                                       int16_t version = 3) {
        msg::AddPartitionsToTxnRequest r;
        r.v3AndBelowTransactionalId = id;
        r.v3AndBelowProducerId = p.id;
        r.v3AndBelowProducerEpoch = p.epoch;
        for (const auto& [topic, partition] : tps) r.v3AndBelowTopics.push_back({topic, {partition}, {}});
        const auto response = call<msg::AddPartitionsToTxnResponse>(r, version);
        std::vector<int16_t> out;
        for (const auto& t : response.resultsByTopicV3AndBelow)
            for (const auto& p : t.resultsByPartition) out.push_back(p.partitionErrorCode);
        return out;
    }

    int16_t endTxn(const std::string& id, Producer p, bool commit, int16_t version = 3) {
        msg::EndTxnRequest r;
        r.transactionalId = id;
        r.producerId = p.id;
        r.producerEpoch = p.epoch;
        r.committed = commit;
        return call<msg::EndTxnResponse>(r, version).errorCode;
    }

    msg::ProduceResponse::PartitionProduceResponse produce(Bytes records, int32_t partition = 0,
                                                            std::optional<std::string> transactionalId = std::nullopt) {
        msg::ProduceRequest r;
        r.transactionalId = std::move(transactionalId);
        r.acks = -1;
        r.timeoutMs = 10000;
        auto& t = r.topicData.emplace_back();
        t.name = kTopic;
        t.partitionData.push_back({partition, std::move(records), {}});
        const auto response = call<msg::ProduceResponse>(r, 8);
        if (response.responses.empty() || response.responses[0].partitionResponses.empty()) return {};
        return response.responses[0].partitionResponses[0];
    }

    int64_t latestOffset(int32_t partition, bool readCommitted) {
        msg::ListOffsetsRequest r;
        r.replicaId = -1;
        r.isolationLevel = readCommitted ? 1 : 0;
        auto& t = r.topics.emplace_back();
        t.name = kTopic;
        auto& p = t.partitions.emplace_back();
        p.partitionIndex = partition;
        p.timestamp = -1;
        const auto response = call<msg::ListOffsetsResponse>(r, 5);
        return response.topics.empty() ? -2 : response.topics[0].partitions[0].offset;
    }

    msg::DescribeProducersResponse::PartitionResponse describeProducers(const std::string& topic, int32_t partition) {
        msg::DescribeProducersRequest r;
        r.topics.push_back({topic, {partition}, {}});
        const auto response = call<msg::DescribeProducersResponse>(r, 0);
        return response.topics.empty() ? msg::DescribeProducersResponse::PartitionResponse{}
                                       : response.topics[0].partitions.at(0);
    }

private slots:
    void initTestCase() {
        m_broker = std::make_unique<BrokerProcess>(QStringList{
            QStringLiteral("num.partitions=%1").arg(kPartitions), QStringLiteral("group.initial.rebalance.delay.ms=0"),
            QStringLiteral("offsets.topic.num.partitions=3"), QStringLiteral("transaction.state.log.num.partitions=3")});
        QVERIFY2(m_broker->start(), qPrintable(m_broker->errorText()));
        interop::Admin admin(m_broker->bootstrap().toStdString());
        QCOMPARE(admin.createTopic(kTopic, kPartitions), std::string());
        QVERIFY(m_wire.connectTo(m_broker->port()));
    }

    void initProducerIdInput() {
        QCOMPARE(init(std::string()).errorCode, code(ErrorCode::InvalidRequest));
        QCOMPARE(init("tx-init", 0).errorCode, code(ErrorCode::InvalidTransactionTimeout));
        QCOMPARE(init("tx-init", 900001).errorCode, code(ErrorCode::InvalidTransactionTimeout)); // transaction.max.timeout.ms
        QCOMPARE(init("tx-init", 60000, 3, 5, -1).errorCode, code(ErrorCode::InvalidRequest)); // id without epoch
        const auto first = init("tx-init");
        QCOMPARE(first.errorCode, int16_t{0});
        QCOMPARE(first.producerEpoch, int16_t{0});
        QCOMPARE(init("tx-init").producerEpoch, int16_t{1});
        // The first instance, recovering with its id and epoch, is fenced: PRODUCER_FENCED
        // from v4, INVALID_PRODUCER_EPOCH for the versions before it existed.
        QCOMPARE(init("tx-init", 60000, 4, first.producerId, 0).errorCode, code(ErrorCode::ProducerFenced));
        QCOMPARE(init("tx-init", 60000, 3, first.producerId, 0).errorCode, code(ErrorCode::InvalidProducerEpoch));
        // Idempotent producers get a fresh id each time.
        const auto a = init(std::nullopt);
        const auto b = init(std::nullopt);
        QCOMPARE(a.errorCode, int16_t{0});
        QVERIFY(b.producerId != a.producerId);
    }

    void addPartitionsAndEndTxnInput() {
        const Producer p = transactional("tx-add");
        QCOMPARE(addPartitions("tx-unknown", p, {{kTopic, 0}}), std::vector<int16_t>{code(ErrorCode::InvalidProducerIdMapping)});
        QCOMPARE(addPartitions("tx-add", {p.id + 1000, p.epoch}, {{kTopic, 0}}),
                 std::vector<int16_t>{code(ErrorCode::InvalidProducerIdMapping)});
        QCOMPARE(addPartitions("tx-add", {p.id, int16_t(p.epoch + 1)}, {{kTopic, 0}}, 2),
                 std::vector<int16_t>{code(ErrorCode::ProducerFenced)});
        QCOMPARE(addPartitions("tx-add", {p.id, int16_t(p.epoch + 1)}, {{kTopic, 0}}, 1),
                 std::vector<int16_t>{code(ErrorCode::InvalidProducerEpoch)});
        // One unknown partition fails the request; the others were not attempted.
        QCOMPARE(addPartitions("tx-add", p, {{kTopic, 0}, {"no-such-topic", 0}, {kTopic, 99}}),
                 (std::vector<int16_t>{code(ErrorCode::OperationNotAttempted), code(ErrorCode::UnknownTopicOrPartition),
                                       code(ErrorCode::UnknownTopicOrPartition)}));
        QCOMPARE(addPartitions("tx-add", p, {{"__consumer_offsets", 0}}),
                 std::vector<int16_t>{code(ErrorCode::TopicAuthorizationFailed)});

        // EndTxn with nothing in the transaction.
        QCOMPARE(endTxn("tx-add", p, true), code(ErrorCode::InvalidTxnState));
        QCOMPARE(endTxn("tx-unknown", p, true), code(ErrorCode::InvalidProducerIdMapping));
        QCOMPARE(addPartitions("tx-add", p, {{kTopic, 1}}), std::vector<int16_t>{0});
        QCOMPARE(endTxn("tx-add", {p.id, int16_t(p.epoch + 1)}, true, 2), code(ErrorCode::ProducerFenced));
        QCOMPARE(endTxn("tx-add", {p.id, int16_t(p.epoch + 1)}, true, 1), code(ErrorCode::InvalidProducerEpoch));
        QCOMPARE(endTxn("tx-add", p, true), int16_t{0});
        QCOMPARE(endTxn("tx-add", p, true), int16_t{0}); // a retry
        QCOMPARE(endTxn("tx-add", p, false), code(ErrorCode::InvalidTxnState));
    }

    void idempotentProduceInput() {
        const auto r = init(std::nullopt);
        const int64_t pid = r.producerId;
        const auto first = produce(batch(pid, 0, 0, false, 3), 2);
        QCOMPARE(first.errorCode, int16_t{0});
        const int64_t end = latestOffset(2, false);
        // The same batch again: answered with the first attempt's offset, not appended.
        const auto retry = produce(batch(pid, 0, 0, false, 3), 2);
        QCOMPARE(retry.errorCode, int16_t{0});
        QCOMPARE(retry.baseOffset, first.baseOffset);
        QCOMPARE(latestOffset(2, false), end);
        QCOMPARE(produce(batch(pid, 0, 5, false), 2).errorCode, code(ErrorCode::OutOfOrderSequenceNumber));
        QCOMPARE(produce(batch(pid, 0, 3, false), 2).errorCode, int16_t{0});
        // A new epoch starts at 0, and the old one is gone.
        QCOMPARE(produce(batch(pid, 1, 4, false), 2).errorCode, code(ErrorCode::OutOfOrderSequenceNumber));
        QCOMPARE(produce(batch(pid, 1, 0, false), 2).errorCode, int16_t{0});
        QCOMPARE(produce(batch(pid, 0, 4, false), 2).errorCode, code(ErrorCode::InvalidProducerEpoch));
        QCOMPARE(produce(batch(pid, 1, -1, false), 2).errorCode, code(ErrorCode::InvalidRecord));

        const auto described = describeProducers(kTopic, 2);
        QCOMPARE(described.errorCode, int16_t{0});
        bool found = false;
        for (const auto& s : described.activeProducers) {
            if (s.producerId != pid) continue;
            found = true;
            QCOMPARE(s.producerEpoch, 1);
            QCOMPARE(s.lastSequence, 0);
            QCOMPARE(s.currentTxnStartOffset, int64_t{-1});
            QVERIFY(s.lastTimestamp > 0);
        }
        QVERIFY(found);
    }

    void transactionalProduceInput() {
        const Producer p = transactional("tx-produce");
        // Transactional records must name their transactional id.
        QCOMPARE(produce(batch(p.id, p.epoch, 0, true), 0).errorCode, code(ErrorCode::TransactionalIdAuthorizationFailed));
        // And go only to partitions added to the transaction (KIP-890).
        QCOMPARE(produce(batch(p.id, p.epoch, 0, true), 0, "tx-produce").errorCode, code(ErrorCode::InvalidTxnState));
        QCOMPARE(addPartitions("tx-produce", p, {{kTopic, 0}}), std::vector<int16_t>{0});
        const auto written = produce(batch(p.id, p.epoch, 0, true, 2), 0, "tx-produce");
        QCOMPARE(written.errorCode, int16_t{0});
        // Inside its transaction the producer may not write outside it.
        QCOMPARE(produce(batch(p.id, p.epoch, 2, false), 0).errorCode, code(ErrorCode::InvalidTxnState));
        // The open transaction holds the last stable offset at its first record.
        QCOMPARE(latestOffset(0, true), written.baseOffset);
        const auto described = describeProducers(kTopic, 0);
        bool open = false;
        for (const auto& s : described.activeProducers)
            if (s.producerId == p.id) open = s.currentTxnStartOffset == written.baseOffset;
        QVERIFY(open);

        // What kafka-transactions.sh abort does: an ABORT marker through WriteTxnMarkers.
        msg::WriteTxnMarkersRequest markers;
        auto& m = markers.markers.emplace_back();
        m.producerId = p.id;
        m.producerEpoch = p.epoch;
        m.transactionResult = false;
        m.coordinatorEpoch = 0;
        m.topics.push_back({kTopic, {0, 77}, {}});
        m.topics.push_back({"no-such-topic", {0}, {}});
        const auto written2 = call<msg::WriteTxnMarkersResponse>(markers, 1);
        QCOMPARE(written2.markers.size(), size_t{1});
        QCOMPARE(written2.markers[0].topics[0].partitions[0].errorCode, int16_t{0});
        QCOMPARE(written2.markers[0].topics[0].partitions[1].errorCode, code(ErrorCode::UnknownTopicOrPartition));
        QCOMPARE(written2.markers[0].topics[1].partitions[0].errorCode, code(ErrorCode::UnknownTopicOrPartition));
        QCOMPARE(latestOffset(0, true), latestOffset(0, false));
    }

    void txnOffsetCommitInput() {
        // A consumer group at generation 1 with one member.
        msg::JoinGroupRequest join;
        join.groupId = "txn-group";
        join.sessionTimeoutMs = 30000;
        join.rebalanceTimeoutMs = 30000;
        join.protocolType = "consumer";
        join.protocols.push_back({"range", Bytes{0, 0, 0, 0, 0, 0, 0, 0}, {}});
        auto joined = call<msg::JoinGroupResponse>(join, 5);
        QCOMPARE(joined.errorCode, code(ErrorCode::MemberIdRequired));
        join.memberId = joined.memberId;
        joined = call<msg::JoinGroupResponse>(join, 5);
        QCOMPARE(joined.errorCode, int16_t{0});
        msg::SyncGroupRequest sync;
        sync.groupId = "txn-group";
        sync.generationId = joined.generationId;
        sync.memberId = joined.memberId;
        QCOMPARE(call<msg::SyncGroupResponse>(sync, 3).errorCode, int16_t{0});

        const Producer p = transactional("tx-offsets");
        const auto commit = [&](int32_t generation, const std::string& member, const std::string& topic, Producer who) {
            msg::TxnOffsetCommitRequest r;
            r.transactionalId = "tx-offsets";
            r.groupId = "txn-group";
            r.producerId = who.id;
            r.producerEpoch = who.epoch;
            r.generationId = generation;
            r.memberId = member;
            auto& t = r.topics.emplace_back();
            t.name = topic;
            t.partitions.push_back({0, 42, -1, std::string(), {}});
            const auto response = call<msg::TxnOffsetCommitResponse>(r, 3);
            return response.topics.empty() ? int16_t{-999} : response.topics[0].partitions[0].errorCode;
        };
        // Offsets join a transaction only through AddOffsetsToTxn.
        QCOMPARE(commit(joined.generationId, joined.memberId, kTopic, p), code(ErrorCode::InvalidTxnState));
        msg::AddOffsetsToTxnRequest add;
        add.transactionalId = "tx-offsets";
        add.producerId = p.id;
        add.producerEpoch = p.epoch;
        add.groupId = "txn-group";
        QCOMPARE(call<msg::AddOffsetsToTxnResponse>(add, 2).errorCode, int16_t{0});
        add.producerEpoch = int16_t(p.epoch + 1);
        QCOMPARE(call<msg::AddOffsetsToTxnResponse>(add, 2).errorCode, code(ErrorCode::ProducerFenced));
        QCOMPARE(call<msg::AddOffsetsToTxnResponse>(add, 1).errorCode, code(ErrorCode::InvalidProducerEpoch));

        QCOMPARE(commit(joined.generationId + 1, joined.memberId, kTopic, p), code(ErrorCode::IllegalGeneration));
        QCOMPARE(commit(joined.generationId, "ghost", kTopic, p), code(ErrorCode::UnknownMemberId));
        QCOMPARE(commit(joined.generationId, joined.memberId, "no-such-topic", p), code(ErrorCode::UnknownTopicOrPartition));
        QCOMPARE(commit(joined.generationId, joined.memberId, kTopic, {p.id, int16_t(p.epoch + 3)}),
                 code(ErrorCode::InvalidProducerEpoch));
        QCOMPARE(commit(joined.generationId, joined.memberId, kTopic, p), int16_t{0});
        QCOMPARE(endTxn("tx-offsets", p, true), int16_t{0});
    }

    void adminListings() {
        const Producer p = transactional("tx-listed");
        QCOMPARE(addPartitions("tx-listed", p, {{kTopic, 1}}), std::vector<int16_t>{0});

        // (tx-produce is still Ongoing at its coordinator: the marker written by hand
        // closed it on the partition only, as in Kafka.)
        msg::ListTransactionsRequest list;
        list.stateFilters = {"Ongoing", "Bogus"};
        QCOMPARE(call<msg::ListTransactionsResponse>(list, 1).transactionStates.size(), size_t{2});
        list.producerIdFilters = {p.id};
        auto listed = call<msg::ListTransactionsResponse>(list, 1);
        QCOMPARE(listed.errorCode, int16_t{0});
        QCOMPARE(listed.unknownStateFilters, std::vector<std::string>{"Bogus"});
        QCOMPARE(listed.transactionStates.size(), size_t{1});
        QCOMPARE(listed.transactionStates[0].transactionalId, std::string("tx-listed"));
        QCOMPARE(listed.transactionStates[0].producerId, p.id);
        QCOMPARE(listed.transactionStates[0].transactionState, std::string("Ongoing"));
        list.stateFilters = {"Bogus"};
        QVERIFY(call<msg::ListTransactionsResponse>(list, 1).transactionStates.empty());
        list.stateFilters.clear();
        QCOMPARE(call<msg::ListTransactionsResponse>(list, 0).transactionStates.size(), size_t{1});
        // Running for more than an hour: none.
        list.durationFilter = 3600000;
        QVERIFY(call<msg::ListTransactionsResponse>(list, 1).transactionStates.empty());

        msg::DescribeTransactionsRequest describe;
        describe.transactionalIds = {"tx-listed", "tx-nobody"};
        const auto described = call<msg::DescribeTransactionsResponse>(describe, 0);
        QCOMPARE(described.transactionStates.size(), size_t{2});
        const auto& s = described.transactionStates[0];
        QCOMPARE(s.errorCode, int16_t{0});
        QCOMPARE(s.transactionState, std::string("Ongoing"));
        QCOMPARE(s.transactionTimeoutMs, 60000);
        QCOMPARE(s.producerId, p.id);
        QCOMPARE(s.producerEpoch, p.epoch);
        QVERIFY(s.transactionStartTimeMs > 0);
        QCOMPARE(s.topics.size(), size_t{1});
        QCOMPARE(s.topics[0].topic, kTopic);
        QCOMPARE(s.topics[0].partitions, std::vector<int32_t>{1});
        QCOMPARE(described.transactionStates[1].errorCode, code(ErrorCode::TransactionalIdNotFound));

        QCOMPARE(describeProducers("no-such-topic", 0).errorCode, code(ErrorCode::UnknownTopicOrPartition));
        QCOMPARE(describeProducers(kTopic, 42).errorCode, code(ErrorCode::UnknownTopicOrPartition));
        QCOMPARE(endTxn("tx-listed", p, false), int16_t{0});
    }

    void findTheTransactionCoordinator() {
        msg::FindCoordinatorRequest r;
        r.keyType = 1;
        r.coordinatorKeys = {"tx-anything"};
        const auto found = call<msg::FindCoordinatorResponse>(r, 4);
        QCOMPARE(found.coordinators.size(), size_t{1});
        QCOMPARE(found.coordinators[0].errorCode, int16_t{0});
        QCOMPARE(found.coordinators[0].port, int32_t(m_broker->port()));
        r.keyType = 7;
        QCOMPARE(call<msg::FindCoordinatorResponse>(r, 4).coordinators[0].errorCode, code(ErrorCode::InvalidRequest));
    }

    void aMalformedRequestClosesOnlyItsConnection() {
        WireConnection bad;
        QVERIFY(bad.connectTo(m_broker->port()));
        msg::InitProducerIdRequest r;
        r.transactionalId = "tx-malformed";
        r.transactionTimeoutMs = 1000;
        QByteArray frame = WireConnection::encode(r, 4, 1);
        frame.chop(5); // the body ends in the middle of a field
        QVERIFY(bad.sendFrame(frame));
        QVERIFY(bad.waitForClosed());
        // Everyone else carries on.
        QCOMPARE(init("tx-after-malformed").errorCode, int16_t{0});
        WireConnection fresh;
        QVERIFY(fresh.connectTo(m_broker->port()));
        std::string error;
        QVERIFY2(fresh.roundTrip<msg::ApiVersionsResponse>(msg::ApiVersionsRequest{}, 0, &error), error.c_str());
    }

    void cleanupTestCase() {
        m_wire.close();
        m_broker->stop();
        QCOMPARE(m_broker->exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTxnBadInput)
#include "test_txn_bad_input.moc"
