// The rebalance tracker: generations from polled DescribeGroups states, merged with the
// GroupMetadata records of __consumer_offsets, and the diff of each rebalance.
#include "app/monitor/rebalance_diff.h"
#include "app/monitor/rebalance_tracker.h"

#include <QTest>

using namespace samsa::monitor;

namespace {

const QString kGroup = QStringLiteral("payments");
const QString kTopic = QStringLiteral("orders");

GenerationMember member(const QString& id, std::initializer_list<int> partitions,
                        const QString& instance = {}) {
    GenerationMember m;
    m.memberId = id;
    m.instanceId = instance;
    m.clientId = QStringLiteral("client-") + id.left(1);
    m.host = QStringLiteral("/127.0.0.1");
    for (int p : partitions)
        m.assignment.append(PartitionKey{kTopic, p});
    return m;
}

GroupObservation poll(const QString& state, QList<GenerationMember> members = {}) {
    GroupObservation o;
    o.groupId = kGroup;
    o.state = state;
    o.protocolType = QStringLiteral("consumer");
    o.assignor = QStringLiteral("range");
    o.members = std::move(members);
    return o;
}

GroupMetadataRecord record(int generation, qint64 stateTime, QList<GenerationMember> members) {
    GroupMetadataRecord r;
    r.groupId = kGroup;
    r.generation = generation;
    r.protocolType = QStringLiteral("consumer");
    r.protocol = QStringLiteral("range");
    r.leader = members.isEmpty() ? QString() : members.front().memberId;
    r.stateTimestampMs = stateTime;
    r.recordTimeMs = stateTime + 1;
    for (GenerationMember& m : members)
        m.sessionTimeoutMs = 6000;
    r.members = std::move(members);
    return r;
}

} // namespace

class TestRebalanceTracker : public QObject {
    Q_OBJECT
private slots:
    void pollingAndRecordsMakeOneTimeline();
    void restoredTimelineContinues();
    void diffNamesMovesJoinsAndLeaves();
    void staticMemberRejoinIsNotADeparture();
};

void TestRebalanceTracker::pollingAndRecordsMakeOneTimeline() {
    RebalanceTracker tracker;
    const auto a = member(QStringLiteral("a-1"), {0, 1, 2});
    const auto b = member(QStringLiteral("b-1"), {3, 4, 5});

    tracker.observe(0, poll(QStringLiteral("Stable"), {a, b}));
    auto changed = tracker.takeChanged();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0]->rebalanceStartMs, qint64(-1)); // began before we looked
    QCOMPARE(changed[0]->notBeforeMs, qint64(-1));
    QCOMPARE(changed[0]->members.size(), 2);
    changed[0]->id = 1; // as the store would

    // A third member joins: the rebalance is seen in progress.
    tracker.observe(2000, poll(QStringLiteral("PreparingRebalance"), {a, b}));
    tracker.observe(4000, poll(QStringLiteral("CompletingRebalance")));
    QVERIFY(tracker.takeChanged().isEmpty());
    const auto a2 = member(QStringLiteral("a-1"), {0, 1});
    const auto b2 = member(QStringLiteral("b-1"), {2, 3});
    const auto c2 = member(QStringLiteral("c-1"), {4, 5});
    tracker.observe(6000, poll(QStringLiteral("Stable"), {a2, b2, c2}));
    changed = tracker.takeChanged();
    QCOMPARE(changed.size(), 1);
    const auto second = changed[0];
    QCOMPARE(second->rebalanceStartMs, qint64(2000));
    QCOMPARE(second->stableMs, qint64(6000));
    QCOMPARE(second->pauseMs(), qint64(4000));
    QCOMPARE(second->generation, -1);
    const QList<GroupEvent> events = tracker.takeEvents();
    QCOMPARE(events.size(), 3);
    QCOMPARE(events[0].fromState, QStringLiteral("Stable"));
    QCOMPARE(events[0].toState, QStringLiteral("PreparingRebalance"));
    QCOMPARE(events[2].toState, QStringLiteral("Stable"));

    // The coordinator's record of that generation: the same members, an exact time.
    tracker.observeRecord(record(7, 5500, {a2, b2, c2}));
    changed = tracker.takeChanged();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0], second); // merged, not a second entry
    QCOMPARE(second->generation, 7);
    QCOMPARE(second->stableMs, qint64(5500));
    QCOMPARE(second->pauseMs(), qint64(3500));
    QVERIFY(second->fromPolling && second->fromOffsetsTopic);
    QCOMPARE(second->members[0].sessionTimeoutMs, 6000);
    // Reading the record again changes nothing.
    tracker.observeRecord(record(7, 5500, {a2, b2, c2}));
    QVERIFY(tracker.takeChanged().isEmpty());

    // Nothing new while the group stays as it is.
    tracker.observe(8000, poll(QStringLiteral("Stable"), {a2, b2, c2}));
    QVERIFY(tracker.takeChanged().isEmpty());

    // A rebalance entirely between two samples: only its bounds are known.
    const auto a3 = member(QStringLiteral("a-1"), {0, 1, 2});
    const auto c3 = member(QStringLiteral("c-1"), {3, 4, 5});
    tracker.observe(10000, poll(QStringLiteral("Stable"), {a3, c3}));
    changed = tracker.takeChanged();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0]->rebalanceStartMs, qint64(-1));
    QCOMPARE(changed[0]->notBeforeMs, qint64(8000));
    tracker.observeRecord(record(8, 9000, {a3, c3}));
    QCOMPARE(tracker.takeChanged().front()->generation, 8);

    // Generations that happened while nobody polled come from the records alone, and a
    // later poll of the same membership joins them.
    const auto a4 = member(QStringLiteral("a-1"), {0, 1, 2, 3, 4, 5});
    tracker.observeRecord(record(9, 50000, {a4}));
    changed = tracker.takeChanged();
    QCOMPARE(changed.size(), 1);
    QVERIFY(changed[0]->fromOffsetsTopic && !changed[0]->fromPolling);
    tracker.observe(52000, poll(QStringLiteral("Stable"), {a4}));
    changed = tracker.takeChanged();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0]->generation, 9);
    QVERIFY(changed[0]->fromPolling);

    const QList<Generation> timeline = tracker.recent(kGroup);
    QCOMPARE(timeline.size(), 4);
    for (int i = 1; i < timeline.size(); ++i)
        QVERIFY(timeline[i].stableMs > timeline[i - 1].stableMs);
}

void TestRebalanceTracker::restoredTimelineContinues() {
    Generation stored;
    stored.id = 42;
    stored.groupId = kGroup;
    stored.generation = 3;
    stored.stableMs = 1000;
    stored.assignor = QStringLiteral("range");
    stored.members = {member(QStringLiteral("a-1"), {0, 1})};
    RebalanceTracker tracker;
    tracker.restore({stored});
    // The app restarts and finds the group as it left it: no new generation.
    tracker.observe(90000, poll(QStringLiteral("Stable"), stored.members));
    QVERIFY(tracker.takeChanged().isEmpty());
    // It changed while the app was closed: a new one, start unknown.
    RebalanceTracker other;
    other.restore({stored});
    other.observe(90000, poll(QStringLiteral("Stable"), {member(QStringLiteral("b-1"), {0, 1})}));
    const auto changed = other.takeChanged();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0]->id, qint64(0));
    QCOMPARE(changed[0]->rebalanceStartMs, qint64(-1));
}

void TestRebalanceTracker::diffNamesMovesJoinsAndLeaves() {
    Generation before;
    before.assignor = QStringLiteral("range");
    before.members = {member(QStringLiteral("a-1"), {0, 1, 2}), member(QStringLiteral("b-1"), {3, 4, 5})};
    Generation after;
    after.assignor = QStringLiteral("range");
    after.members = {member(QStringLiteral("a-1"), {0, 1}), member(QStringLiteral("b-1"), {2, 3}),
                     member(QStringLiteral("c-1"), {4, 5})};
    const RebalanceDiff diff = diffGenerations(before, after);
    QCOMPARE(diff.joined.size(), 1);
    QCOMPARE(diff.joined[0].memberId, QStringLiteral("c-1"));
    QVERIFY(diff.left.isEmpty());
    QCOMPARE(diff.kept, 3); // 0, 1 with a; 3 with b
    QCOMPARE(diff.moved.size(), 3);
    QCOMPARE(diff.moved[0].partition, (PartitionKey{kTopic, 2}));
    QCOMPARE(diff.moved[0].from, before.members[0].displayName());
    QCOMPARE(diff.moved[0].to, after.members[1].displayName());
    QCOMPARE(diff.moved[1].partition, (PartitionKey{kTopic, 4}));
    QCOMPARE(diff.moved[1].to, after.members[2].displayName());

    // Everything to one member when the others go; nothing to anyone when all go.
    Generation alone;
    alone.members = {member(QStringLiteral("c-1"), {0, 1, 2, 3, 4, 5})};
    const RebalanceDiff shrink = diffGenerations(after, alone);
    QCOMPARE(shrink.left.size(), 2);
    QCOMPARE(shrink.moved.size(), 4);
    QCOMPARE(shrink.kept, 2);
    const RebalanceDiff empty = diffGenerations(alone, Generation{});
    QCOMPARE(empty.left.size(), 1);
    QCOMPARE(empty.moved.size(), 6);
    QVERIFY(empty.moved[0].to.isEmpty());
}

void TestRebalanceTracker::staticMemberRejoinIsNotADeparture() {
    Generation before;
    before.members = {member(QStringLiteral("a-1"), {0, 1}, QStringLiteral("worker-a")),
                      member(QStringLiteral("b-1"), {2, 3}, QStringLiteral("worker-b"))};
    Generation after;
    after.members = {member(QStringLiteral("a-2"), {0, 1}, QStringLiteral("worker-a")),
                     member(QStringLiteral("b-1"), {2, 3}, QStringLiteral("worker-b"))};
    const RebalanceDiff diff = diffGenerations(before, after);
    QVERIFY(diff.joined.isEmpty());
    QVERIFY(diff.left.isEmpty());
    QCOMPARE(diff.rejoined.size(), 1);
    QCOMPARE(diff.rejoined[0].instanceId, QStringLiteral("worker-a"));
    QVERIFY(diff.moved.isEmpty());
    QCOMPARE(diff.kept, 4);
    QCOMPARE(after.members[0].displayName(), QStringLiteral("worker-a"));
}

QTEST_GUILESS_MAIN(TestRebalanceTracker)
#include "test_rebalance_tracker.moc"
