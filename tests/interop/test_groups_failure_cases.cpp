// Group members that fail: a kafka-python consumer process killed with SIGKILL (no
// LeaveGroup) loses its partitions to the surviving librdkafka member once its session
// times out; a member that exceeds max.poll.interval.ms is dropped and its later commit
// fails with CommitFailedError (on the wire: a member that misses a rebalance is dropped
// and refused with UNKNOWN_MEMBER_ID); and a standalone consumer (assign only) sharing
// the group id of an active group cannot commit, while it can for an empty group.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <chrono>
#include <memory>
#include <set>

#include "common/error_code.h"
#include "protocol/messages/heartbeat.h"
#include "protocol/messages/join_group.h"
#include "protocol/messages/offset_commit.h"
#include "protocol/messages/sync_group.h"
#include "support/broker_process.h"
#include "support/rdkafka_client.h"
#include "support/wire_connection.h"

using namespace interop;
namespace msg = samsa::protocol::messages;
using samsa::ErrorCode;

namespace {

using Clock = std::chrono::steady_clock;

constexpr int kPartitions = 4;
const std::string kTopic = "jobs";
const std::string kGroup = "job-runners";
constexpr int kSessionTimeoutMs = 3000;
constexpr int kHeartbeatIntervalMs = 300;

struct PartitionListDeleter {
    void operator()(rd_kafka_topic_partition_list_t* l) const { rd_kafka_topic_partition_list_destroy(l); }
};
using PartitionList = std::unique_ptr<rd_kafka_topic_partition_list_t, PartitionListDeleter>;

std::set<int32_t> assignmentOf(rd_kafka_t* rk) {
    std::set<int32_t> out;
    rd_kafka_topic_partition_list_t* list = nullptr;
    if (rd_kafka_assignment(rk, &list) != RD_KAFKA_RESP_ERR_NO_ERROR) return out;
    PartitionList guard(list);
    for (int i = 0; i < list->cnt; ++i) out.insert(list->elems[i].partition);
    return out;
}

int16_t code(ErrorCode e) { return static_cast<int16_t>(e); }

// The kafka-python member process; its stdout reports each assignment it applies.
class ChildMember {
public:
    ChildMember(const QString& bootstrap) {
        m_process.setProgram(systemPython());
        m_process.setArguments({QStringLiteral(SAMSA_INTEROP_SCRIPTS "/groups_member.py"), bootstrap,
                                QString::fromStdString(kTopic), QString::fromStdString(kGroup),
                                QStringLiteral("python-member"), QString::number(kSessionTimeoutMs)});
        m_process.start();
    }
    ~ChildMember() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    bool started() { return m_process.waitForStarted(10000); }
    void kill9() {
        m_process.kill(); // SIGKILL on Unix
        m_process.waitForFinished(5000);
    }
    bool exited() const { return m_process.state() == QProcess::NotRunning; }
    QByteArray errors() { return m_process.readAllStandardError(); }

    // The latest assignment the process reported (reads whatever arrived).
    std::set<int32_t> assignment() {
        m_process.waitForReadyRead(0);
        m_buffer += m_process.readAllStandardOutput();
        qsizetype nl;
        while ((nl = m_buffer.indexOf('\n')) >= 0) {
            const auto doc = QJsonDocument::fromJson(m_buffer.left(nl));
            m_buffer.remove(0, nl + 1);
            if (!doc.isObject()) continue;
            m_assigned.clear();
            for (const auto& p : doc.object().value(QStringLiteral("assigned")).toArray()) m_assigned.insert(p.toInt());
        }
        return m_assigned;
    }

private:
    QProcess m_process;
    QByteArray m_buffer;
    std::set<int32_t> m_assigned;
};

} // namespace

class TestGroupsFailureCases : public QObject {
    Q_OBJECT

    std::unique_ptr<BrokerProcess> m_broker;
    KafkaPtr m_survivor; // the librdkafka member of kGroup, still in it after the kill test
    std::string bootstrap() const { return m_broker->bootstrap().toStdString(); }

    void pollSurvivor(int timeoutMs) {
        if (rd_kafka_message_t* m = rd_kafka_consumer_poll(m_survivor.get(), timeoutMs)) rd_kafka_message_destroy(m);
    }

private slots:
    void initTestCase() {
        // Kafka's default minimum (6 s) would make the kill test slow; lowering it is
        // the documented way to allow short sessions.
        m_broker = std::make_unique<BrokerProcess>(QStringList{QStringLiteral("group.initial.rebalance.delay.ms=0"),
                                                               QStringLiteral("group.min.session.timeout.ms=1000"),
                                                               QStringLiteral("offsets.topic.num.partitions=2")});
        QVERIFY2(m_broker->start(), qPrintable(m_broker->errorText()));
        QCOMPARE(createTopicWithMessages(bootstrap(), kTopic, kPartitions, 40, "job-"), std::string());
    }

    void killedMemberProcessLosesItsPartitions() {
        std::string error;
        m_survivor = createClient(RD_KAFKA_CONSUMER, bootstrap(),
                                  {{"group.id", kGroup},
                                   {"client.id", "rdkafka-member"},
                                   {"auto.offset.reset", "earliest"},
                                   {"enable.auto.commit", "false"},
                                   {"session.timeout.ms", std::to_string(kSessionTimeoutMs)},
                                   {"heartbeat.interval.ms", std::to_string(kHeartbeatIntervalMs)},
                                   {"partition.assignment.strategy", "range"}},
                                  &error);
        QVERIFY2(m_survivor, error.c_str());
        rd_kafka_poll_set_consumer(m_survivor.get());
        PartitionList topics(rd_kafka_topic_partition_list_new(1));
        rd_kafka_topic_partition_list_add(topics.get(), kTopic.c_str(), RD_KAFKA_PARTITION_UA);
        QCOMPARE(rd_kafka_subscribe(m_survivor.get(), topics.get()), RD_KAFKA_RESP_ERR_NO_ERROR);

        ChildMember child(m_broker->bootstrap());
        QVERIFY(child.started());
        // Both members hold half of the partitions, disjointly.
        const auto split = [&] {
            const auto mine = assignmentOf(m_survivor.get());
            const auto theirs = child.assignment();
            if (mine.size() != 2 || theirs.size() != 2) return false;
            for (int32_t p : theirs)
                if (mine.contains(p)) return false;
            return true;
        };
        auto deadline = Clock::now() + std::chrono::seconds(60);
        while (Clock::now() < deadline && !split() && !child.exited()) pollSurvivor(50);
        QVERIFY2(split(), child.errors().constData());

        const auto killedAt = Clock::now();
        child.kill9();
        deadline = killedAt + std::chrono::seconds(60);
        while (Clock::now() < deadline && assignmentOf(m_survivor.get()).size() != size_t(kPartitions)) pollSurvivor(50);
        const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - killedAt).count();
        QCOMPARE(assignmentOf(m_survivor.get()), (std::set<int32_t>{0, 1, 2, 3}));
        // Without a LeaveGroup the coordinator only learns of the death when the
        // session lapses: its last heartbeat came at most one interval before the kill.
        QVERIFY2(elapsed >= kSessionTimeoutMs - kHeartbeatIntervalMs - 200,
                 qPrintable(QStringLiteral("partitions moved after %1 ms").arg(elapsed)));
    }

    void standaloneConsumerCannotCommitToActiveGroup() {
        QVERIFY(m_survivor);
        // Keep the survivor's session alive: the group must stay non-empty.
        for (int i = 0; i < 10; ++i) pollSurvivor(50);

        auto standaloneCommit = [&](const std::string& group) {
            std::string error;
            KafkaPtr rk = createClient(RD_KAFKA_CONSUMER, bootstrap(),
                                       {{"group.id", group}, {"enable.auto.commit", "false"}}, &error);
            if (!rk) return RD_KAFKA_RESP_ERR__INVALID_ARG;
            PartitionList partitions(rd_kafka_topic_partition_list_new(1));
            rd_kafka_topic_partition_list_add(partitions.get(), kTopic.c_str(), 0)->offset = 5;
            if (rd_kafka_assign(rk.get(), partitions.get()) != RD_KAFKA_RESP_ERR_NO_ERROR)
                return RD_KAFKA_RESP_ERR__STATE;
            const auto err = rd_kafka_commit(rk.get(), partitions.get(), 0);
            rd_kafka_assign(rk.get(), nullptr);
            return err;
        };
        // Kafka answers a generation -1 commit to a group with members UNKNOWN_MEMBER_ID:
        // only a group without members may hold offsets of consumers outside it.
        QCOMPARE(standaloneCommit(kGroup), RD_KAFKA_RESP_ERR_UNKNOWN_MEMBER_ID);
        QCOMPARE(standaloneCommit("standalone-only"), RD_KAFKA_RESP_ERR_NO_ERROR);

        // The rejected commit left the group's offsets alone.
        PartitionList committed(rd_kafka_topic_partition_list_new(1));
        rd_kafka_topic_partition_list_add(committed.get(), kTopic.c_str(), 0);
        QCOMPARE(rd_kafka_committed(m_survivor.get(), committed.get(), 10000), RD_KAFKA_RESP_ERR_NO_ERROR);
        QCOMPARE(committed->elems[0].offset, int64_t(RD_KAFKA_OFFSET_INVALID));
        // And the member itself still commits.
        rd_kafka_topic_partition_list_t* mine = rd_kafka_topic_partition_list_new(1);
        rd_kafka_topic_partition_list_add(mine, kTopic.c_str(), 0)->offset = 7;
        PartitionList mineGuard(mine);
        QCOMPARE(rd_kafka_commit(m_survivor.get(), mine, 0), RD_KAFKA_RESP_ERR_NO_ERROR);
        m_survivor.reset();
    }

    void memberPastMaxPollIntervalCannotCommit() {
        QByteArray out, err;
        const int rc = runProgram(systemPython(),
                                  {QStringLiteral(SAMSA_INTEROP_SCRIPTS "/groups_commit_failed.py"), m_broker->bootstrap(),
                                   QString::fromStdString(kTopic), QStringLiteral("slow-group")},
                                  &out, &err, 120000);
        QVERIFY2(rc == 0, (out + err).constData());
        QHash<QString, QJsonObject> results;
        for (const auto& line : out.split('\n')) {
            const auto doc = QJsonDocument::fromJson(line);
            if (doc.isObject()) results.insert(doc.object().value(QStringLiteral("check")).toString(), doc.object());
        }
        const auto joined = results.value(QStringLiteral("joined"));
        QCOMPARE(joined.value(QStringLiteral("assigned")).toArray().size(), kPartitions);
        QCOMPARE(joined.value(QStringLiteral("group")).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("Stable"));
        QVERIFY(results.value(QStringLiteral("commit_in_time")).value(QStringLiteral("ok")).toBool());
        const auto removed = results.value(QStringLiteral("removed")).value(QStringLiteral("group")).toObject();
        QVERIFY2(!removed.isEmpty(), "the member was never dropped from the group");
        QCOMPARE(removed.value(QStringLiteral("state")).toString(), QStringLiteral("Empty"));
        QCOMPARE(results.value(QStringLiteral("late_commit")).value(QStringLiteral("error")).toString(),
                 QStringLiteral("CommitFailedError"));
        // Only the commit made in time counts.
        QCOMPARE(results.value(QStringLiteral("committed")).value(QStringLiteral("offset")).toInt(), 1);
    }

    // The broker's side of max.poll.interval.ms: it is the member's rebalance timeout.
    // A member that does not rejoin within it is dropped when the rebalance completes,
    // and its commits with the old generation are refused with UNKNOWN_MEMBER_ID.
    void memberMissingRebalanceIsDroppedAndCannotCommit() {
        const std::string group = "poll-group";
        WireConnection c;
        QVERIFY(c.connectTo(m_broker->port()));
        msg::JoinGroupRequest join;
        join.groupId = group;
        join.sessionTimeoutMs = 30000; // the session alone keeps it in the group
        join.rebalanceTimeoutMs = 1000;
        join.protocolType = "consumer";
        join.protocols.push_back({"range", {}, {}});
        std::optional<msg::JoinGroupResponse> joined;
        const auto deadline = Clock::now() + std::chrono::seconds(30);
        std::string error;
        while (Clock::now() < deadline) {
            joined = c.roundTrip<msg::JoinGroupResponse>(join, 5, &error);
            QVERIFY2(joined, error.c_str());
            if (joined->errorCode == code(ErrorCode::MemberIdRequired)) join.memberId = joined->memberId;
            else if (joined->errorCode != code(ErrorCode::CoordinatorLoadInProgress)) break;
        }
        QCOMPARE(joined->errorCode, code(ErrorCode::None));
        msg::SyncGroupRequest sync;
        sync.groupId = group;
        sync.generationId = joined->generationId;
        sync.memberId = joined->memberId;
        sync.assignments.push_back({joined->memberId, {}, {}});
        const auto synced = c.roundTrip<msg::SyncGroupResponse>(sync, 3, &error);
        QVERIFY2(synced, error.c_str());
        QCOMPARE(synced->errorCode, code(ErrorCode::None));

        msg::OffsetCommitRequest commit;
        commit.groupId = group;
        commit.generationIdOrMemberEpoch = joined->generationId;
        commit.memberId = joined->memberId;
        commit.topics.push_back({kTopic, {{0, 3, -1, -1, std::string(), {}}}, {}});
        const auto commitError = [&] {
            const auto r = c.roundTrip<msg::OffsetCommitResponse>(commit, 8, &error);
            return r && r->topics.size() == 1 && r->topics[0].partitions.size() == 1
                       ? r->topics[0].partitions[0].errorCode
                       : int16_t(-2);
        };
        QCOMPARE(commitError(), code(ErrorCode::None));

        // A real consumer joins; the raw member never answers the rebalance.
        std::string createError;
        KafkaPtr other = createClient(RD_KAFKA_CONSUMER, bootstrap(),
                                      {{"group.id", group},
                                       {"auto.offset.reset", "earliest"},
                                       {"enable.auto.commit", "false"},
                                       {"session.timeout.ms", "3000"},
                                       {"max.poll.interval.ms", "3000"},
                                       {"heartbeat.interval.ms", "300"},
                                       {"partition.assignment.strategy", "range"}},
                                      &createError);
        QVERIFY2(other, createError.c_str());
        rd_kafka_poll_set_consumer(other.get());
        PartitionList topics(rd_kafka_topic_partition_list_new(1));
        rd_kafka_topic_partition_list_add(topics.get(), kTopic.c_str(), RD_KAFKA_PARTITION_UA);
        QCOMPARE(rd_kafka_subscribe(other.get(), topics.get()), RD_KAFKA_RESP_ERR_NO_ERROR);
        const auto takeoverDeadline = Clock::now() + std::chrono::seconds(60);
        while (Clock::now() < takeoverDeadline && assignmentOf(other.get()).size() != size_t(kPartitions))
            if (rd_kafka_message_t* m = rd_kafka_consumer_poll(other.get(), 50)) rd_kafka_message_destroy(m);
        QCOMPARE(assignmentOf(other.get()).size(), size_t(kPartitions));

        QCOMPARE(commitError(), code(ErrorCode::UnknownMemberId));
        msg::HeartbeatRequest beat;
        beat.groupId = group;
        beat.generationId = joined->generationId;
        beat.memberId = joined->memberId;
        const auto beaten = c.roundTrip<msg::HeartbeatResponse>(beat, 3, &error);
        QVERIFY2(beaten, error.c_str());
        QCOMPARE(beaten->errorCode, code(ErrorCode::UnknownMemberId));
    }

    void cleanupTestCase() {
        m_survivor.reset();
        if (m_broker) m_broker->stop();
    }
};

QTEST_GUILESS_MAIN(TestGroupsFailureCases)
#include "test_groups_failure_cases.moc"
