// Bad group requests on a raw connection, answered the way Kafka answers them: an empty
// group id is INVALID_GROUP_ID; a member whose protocols cannot match the group's is
// INCONSISTENT_GROUP_PROTOCOL; a join past group.max.size is GROUP_MAX_SIZE_REACHED.
// Subscription and assignment bytes are opaque to the classic protocol, so garbage in
// them is stored and handed back verbatim. Through all of it the broker and the groups
// stay healthy: real librdkafka consumers keep working.
#include <QtTest>

#include <chrono>
#include <memory>
#include <set>
#include <thread>

#include "common/error_code.h"
#include "protocol/messages/describe_groups.h"
#include "protocol/messages/find_coordinator.h"
#include "protocol/messages/heartbeat.h"
#include "protocol/messages/join_group.h"
#include "protocol/messages/leave_group.h"
#include "protocol/messages/sync_group.h"
#include "support/broker_process.h"
#include "support/rdkafka_client.h"
#include "support/wire_connection.h"

using namespace interop;
namespace msg = samsa::protocol::messages;
using samsa::ErrorCode;

namespace {

using Clock = std::chrono::steady_clock;

constexpr int16_t kJoinVersion = 5; // member ids required (KIP-394), instance ids known
constexpr int16_t kSyncVersion = 3;
const std::string kTopic = "ledger";
constexpr int kPartitions = 4;

int16_t code(ErrorCode e) { return static_cast<int16_t>(e); }

samsa::protocol::Bytes garbage(size_t n, uint8_t seed) {
    samsa::protocol::Bytes out(n);
    uint32_t x = 0x9e3779b9u * (seed + 1u);
    for (auto& b : out) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        b = uint8_t(x);
    }
    return out;
}

msg::JoinGroupRequest joinRequest(const std::string& group, const std::string& protocolType,
                                  std::vector<std::pair<std::string, samsa::protocol::Bytes>> protocols) {
    msg::JoinGroupRequest r;
    r.groupId = group;
    r.sessionTimeoutMs = 10000;
    r.rebalanceTimeoutMs = 10000;
    r.protocolType = protocolType;
    for (auto& [name, metadata] : protocols) r.protocols.push_back({name, std::move(metadata), {}});
    return r;
}

struct PartitionListDeleter {
    void operator()(rd_kafka_topic_partition_list_t* l) const { rd_kafka_topic_partition_list_destroy(l); }
};
using PartitionList = std::unique_ptr<rd_kafka_topic_partition_list_t, PartitionListDeleter>;

KafkaPtr subscribedConsumer(const std::string& bootstrap, const std::string& group, const std::string& name) {
    std::string error;
    KafkaPtr rk = createClient(RD_KAFKA_CONSUMER, bootstrap,
                               {{"group.id", group},
                                {"client.id", name},
                                {"auto.offset.reset", "earliest"},
                                {"enable.auto.commit", "false"},
                                {"heartbeat.interval.ms", "300"},
                                {"partition.assignment.strategy", "range"}},
                               &error);
    if (!rk) return rk;
    rd_kafka_poll_set_consumer(rk.get());
    PartitionList topics(rd_kafka_topic_partition_list_new(1));
    rd_kafka_topic_partition_list_add(topics.get(), kTopic.c_str(), RD_KAFKA_PARTITION_UA);
    if (rd_kafka_subscribe(rk.get(), topics.get()) != RD_KAFKA_RESP_ERR_NO_ERROR) rk.reset();
    return rk;
}

size_t assignmentSize(rd_kafka_t* rk) {
    rd_kafka_topic_partition_list_t* list = nullptr;
    if (rd_kafka_assignment(rk, &list) != RD_KAFKA_RESP_ERR_NO_ERROR) return 0;
    PartitionList guard(list);
    return size_t(list->cnt);
}

// Polls the consumers until `done` or the deadline; counts the messages they receive.
template <typename Done>
bool pollUntil(const std::vector<rd_kafka_t*>& consumers, Done done, int* received = nullptr,
               int timeoutMs = 60000) {
    const auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
    while (Clock::now() < deadline) {
        for (rd_kafka_t* rk : consumers)
            if (rd_kafka_message_t* m = rd_kafka_consumer_poll(rk, 20)) {
                if (!m->err && received) ++*received;
                rd_kafka_message_destroy(m);
            }
        if (done()) return true;
    }
    return false;
}

} // namespace

class TestGroupsBadInput : public QObject {
    Q_OBJECT

    std::unique_ptr<BrokerProcess> m_broker;
    std::string bootstrap() const { return m_broker->bootstrap().toStdString(); }

    // JoinGroup through the KIP-394 round (the first answer hands out the member id),
    // retried while the coordinator is still loading.
    std::optional<msg::JoinGroupResponse> join(WireConnection& c, msg::JoinGroupRequest request) {
        const auto deadline = Clock::now() + std::chrono::seconds(30);
        while (Clock::now() < deadline) {
            std::string error;
            auto response = c.roundTrip<msg::JoinGroupResponse>(request, kJoinVersion, &error, 20000);
            if (!response) {
                qWarning("JoinGroup: %s", error.c_str());
                return std::nullopt;
            }
            if (response->errorCode == code(ErrorCode::MemberIdRequired)) {
                request.memberId = response->memberId;
                continue;
            }
            if (response->errorCode == code(ErrorCode::CoordinatorLoadInProgress) ||
                response->errorCode == code(ErrorCode::CoordinatorNotAvailable)) {
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
                continue;
            }
            return response;
        }
        return std::nullopt;
    }

    std::optional<msg::DescribeGroupsResponse::DescribedGroup> describe(WireConnection& c, const std::string& group) {
        msg::DescribeGroupsRequest request;
        request.groups = {group};
        std::string error;
        auto response = c.roundTrip<msg::DescribeGroupsResponse>(request, 4, &error);
        if (!response || response->groups.size() != 1) return std::nullopt;
        return response->groups.front();
    }

private slots:
    void initTestCase() {
        m_broker = std::make_unique<BrokerProcess>(QStringList{QStringLiteral("group.initial.rebalance.delay.ms=0"),
                                                               QStringLiteral("group.max.size=2"),
                                                               QStringLiteral("offsets.topic.num.partitions=2")});
        QVERIFY2(m_broker->start(), qPrintable(m_broker->errorText()));
        QCOMPARE(createTopicWithMessages(bootstrap(), kTopic, kPartitions, 100, "entry-"), std::string());
        // Have the offsets topic in place before the raw requests need a coordinator.
        WireConnection c;
        QVERIFY(c.connectTo(m_broker->port()));
        msg::FindCoordinatorRequest find;
        find.key = "warm-up";
        QVERIFY(c.roundTrip<msg::FindCoordinatorResponse>(find, 3));
    }

    void emptyGroupIdIsInvalid() {
        WireConnection c;
        QVERIFY(c.connectTo(m_broker->port()));
        std::string error;
        const auto joined = c.roundTrip<msg::JoinGroupResponse>(joinRequest("", "consumer", {{"range", {}}}),
                                                                kJoinVersion, &error);
        QVERIFY2(joined, error.c_str());
        QCOMPARE(joined->errorCode, code(ErrorCode::InvalidGroupId));

        msg::SyncGroupRequest sync;
        sync.memberId = "someone";
        const auto synced = c.roundTrip<msg::SyncGroupResponse>(sync, kSyncVersion, &error);
        QVERIFY2(synced, error.c_str());
        QCOMPARE(synced->errorCode, code(ErrorCode::InvalidGroupId));

        msg::HeartbeatRequest beat;
        beat.memberId = "someone";
        const auto beaten = c.roundTrip<msg::HeartbeatResponse>(beat, 3, &error);
        QVERIFY2(beaten, error.c_str());
        QCOMPARE(beaten->errorCode, code(ErrorCode::InvalidGroupId));
        QVERIFY(c.isOpen());
    }

    void garbageMetadataAndAssignmentPassThrough() {
        const std::string group = "opaque-bytes";
        WireConnection c;
        QVERIFY(c.connectTo(m_broker->port()));
        const auto metadata = garbage(97, 1);
        const auto joined = join(c, joinRequest(group, "consumer", {{"range", metadata}}));
        QVERIFY(joined);
        QCOMPARE(joined->errorCode, code(ErrorCode::None));
        // The lone member leads and sees its own subscription bytes exactly as sent.
        QCOMPARE(joined->leader, joined->memberId);
        QCOMPARE(joined->members.size(), size_t(1));
        QCOMPARE(joined->members[0].metadata, metadata);

        const auto assignment = garbage(61, 2);
        msg::SyncGroupRequest sync;
        sync.groupId = group;
        sync.generationId = joined->generationId;
        sync.memberId = joined->memberId;
        sync.assignments.push_back({joined->memberId, assignment, {}});
        std::string error;
        const auto synced = c.roundTrip<msg::SyncGroupResponse>(sync, kSyncVersion, &error);
        QVERIFY2(synced, error.c_str());
        QCOMPARE(synced->errorCode, code(ErrorCode::None));
        QCOMPARE(synced->assignment, assignment);

        const auto described = describe(c, group);
        QVERIFY(described);
        QCOMPARE(described->groupState, std::string("Stable"));
        QCOMPARE(described->members.size(), size_t(1));
        QCOMPARE(described->members[0].memberMetadata, metadata);
        QCOMPARE(described->members[0].memberAssignment, assignment);

        // A second member speaking another protocol type, or no common assignor, is
        // refused without disturbing the group.
        WireConnection other;
        QVERIFY(other.connectTo(m_broker->port()));
        const auto wrongType = join(other, joinRequest(group, "connect", {{"range", {}}}));
        QVERIFY(wrongType);
        QCOMPARE(wrongType->errorCode, code(ErrorCode::InconsistentGroupProtocol));
        const auto wrongAssignor = join(other, joinRequest(group, "consumer", {{"roundrobin", garbage(8, 3)}}));
        QVERIFY(wrongAssignor);
        QCOMPARE(wrongAssignor->errorCode, code(ErrorCode::InconsistentGroupProtocol));
        const auto noProtocols = join(other, joinRequest("fresh-group", "consumer", {}));
        QVERIFY(noProtocols);
        QCOMPARE(noProtocols->errorCode, code(ErrorCode::InconsistentGroupProtocol));

        msg::HeartbeatRequest beat;
        beat.groupId = group;
        beat.generationId = joined->generationId;
        beat.memberId = joined->memberId;
        const auto beaten = c.roundTrip<msg::HeartbeatResponse>(beat, 3, &error);
        QVERIFY2(beaten, error.c_str());
        QCOMPARE(beaten->errorCode, code(ErrorCode::None));

        // The member leaves; a real consumer then takes the same group over and reads
        // everything.
        msg::LeaveGroupRequest leave;
        leave.groupId = group;
        leave.members.push_back({joined->memberId, std::nullopt, std::nullopt, {}});
        const auto left = c.roundTrip<msg::LeaveGroupResponse>(leave, 3, &error);
        QVERIFY2(left, error.c_str());
        QCOMPARE(left->errorCode, code(ErrorCode::None));

        KafkaPtr consumer = subscribedConsumer(bootstrap(), group, "after-garbage");
        QVERIFY(consumer);
        int received = 0;
        QVERIFY2(pollUntil({consumer.get()}, [&] { return received >= 100; }, &received),
                 qPrintable(QStringLiteral("received %1 of 100").arg(received)));
        QCOMPARE(assignmentSize(consumer.get()), size_t(kPartitions));
    }

    void joinPastMaxSizeIsRefused() {
        const std::string group = "two-at-most";
        KafkaPtr first = subscribedConsumer(bootstrap(), group, "first");
        KafkaPtr second = subscribedConsumer(bootstrap(), group, "second");
        QVERIFY(first && second);
        const std::vector<rd_kafka_t*> both{first.get(), second.get()};
        QVERIFY2(pollUntil(both, [&] { return assignmentSize(first.get()) == 2 && assignmentSize(second.get()) == 2; }),
                 "the two members never split the partitions");

        WireConnection c;
        QVERIFY(c.connectTo(m_broker->port()));
        const auto before = describe(c, group);
        QVERIFY(before);
        QCOMPARE(before->members.size(), size_t(2));

        const auto third = join(c, joinRequest(group, "consumer", {{"range", garbage(16, 4)}}));
        QVERIFY(third);
        QCOMPARE(third->errorCode, code(ErrorCode::GroupMaxSizeReached));

        // The full group carries on as it was: same two members, still Stable, each
        // keeping its partitions.
        pollUntil(both, [] { return false; }, nullptr, 1500);
        const auto after = describe(c, group);
        QVERIFY(after);
        QCOMPARE(after->groupState, std::string("Stable"));
        std::set<std::string> membersBefore, membersAfter;
        for (const auto& m : before->members) membersBefore.insert(m.memberId);
        for (const auto& m : after->members) membersAfter.insert(m.memberId);
        QCOMPARE(membersAfter, membersBefore);
        QCOMPARE(assignmentSize(first.get()), size_t(2));
        QCOMPARE(assignmentSize(second.get()), size_t(2));
    }

    void cleanupTestCase() {
        if (m_broker) m_broker->stop();
    }
};

QTEST_GUILESS_MAIN(TestGroupsBadInput)
#include "test_groups_bad_input.moc"
