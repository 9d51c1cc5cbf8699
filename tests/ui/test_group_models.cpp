// The consumer group models and the pure pieces behind the pages: every model under
// QAbstractItemModelTester while rows come, change and go; the offset reset plan; the
// timeline layout; chart points and rates.
#include "ui/groups/group_format.h"
#include "ui/groups/group_list_model.h"
#include "ui/groups/group_members_model.h"
#include "ui/groups/group_partitions_model.h"
#include "ui/groups/lab_consumers_model.h"
#include "ui/groups/lag_series.h"
#include "ui/groups/reset_plan.h"
#include "ui/groups/reset_preview_model.h"
#include "ui/groups/timeline_layout.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace samsa;
using namespace samsa::ui;
using monitor::PartitionKey;

namespace {

const QString kTopic = QStringLiteral("orders");

monitor::GroupSnapshot group(const QString& id, qint64 lag, int partitions, int members = 1) {
    monitor::GroupSnapshot g;
    g.groupId = id;
    g.state = QStringLiteral("Stable");
    g.protocolType = QStringLiteral("consumer");
    g.assignor = QStringLiteral("range");
    g.topics = {kTopic};
    g.totalLag = lag;
    g.maxTimeLagMs = lag * 100;
    g.verdict = {lag > 0 ? monitor::LagStatus::Warn : monitor::LagStatus::Ok, QStringLiteral("why")};
    for (int m = 0; m < members; ++m) {
        monitor::MemberState ms;
        ms.memberId = QStringLiteral("member-%1").arg(m);
        ms.clientId = QStringLiteral("client-%1").arg(m);
        ms.host = QStringLiteral("/10.0.0.%1").arg(m);
        g.members.append(ms);
    }
    for (int p = 0; p < partitions; ++p) {
        monitor::PartitionState ps;
        ps.key = {kTopic, p};
        ps.committed = 100;
        ps.logEnd = 100 + lag;
        ps.lag = lag;
        ps.ownerMemberId = g.members[p % members].memberId;
        ps.ownerClientId = g.members[p % members].clientId;
        g.members[p % members].assignment.append(ps.key);
        g.partitions.append(ps);
    }
    return g;
}

monitor::ClusterSnapshot snapshot(QList<monitor::GroupSnapshot> groups) {
    monitor::ClusterSnapshot s;
    s.groups = std::move(groups);
    return s;
}

ResetRow row(int partition, qint64 current, qint64 start, qint64 end) {
    ResetRow r;
    r.partition = {kTopic, partition};
    r.current = current;
    r.logStart = start;
    r.logEnd = end;
    return r;
}

} // namespace

class TestGroupModels : public QObject {
    Q_OBJECT
private slots:
    void groupListUpdatesInPlace();
    void partitionsAndMembersModels();
    void resetPlans();
    void resetPreviewModel();
    void labConsumersModel();
    void timelineLayout();
    void chartPointsAndRates();
    void formatting();
};

void TestGroupModels::groupListUpdatesInPlace() {
    GroupListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(GroupListModel::SortRole);
    proxy.sort(GroupListModel::Lag);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    model.apply(snapshot({group(QStringLiteral("a"), 5, 2), group(QStringLiteral("b"), 0, 1), group(QStringLiteral("c"), 9, 3)}));
    QCOMPARE(model.rowCount(), 3);
    const QPersistentModelIndex b = model.index(model.rowOf(QStringLiteral("b")), GroupListModel::Group);
    QCOMPARE(model.index(b.row(), GroupListModel::Lag).data().toString(), QStringLiteral("0"));
    QCOMPARE(model.index(b.row(), GroupListModel::Status).data().toString(), QStringLiteral("OK"));
    QCOMPARE(model.index(model.rowOf(QStringLiteral("c")), GroupListModel::Members).data().toString(), QStringLiteral("1"));
    QVERIFY(!model.index(0, GroupListModel::Status).data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(!model.headerData(GroupListModel::TimeLag, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());

    // a goes, b's lag changes, d arrives: no reset, b keeps its place.
    model.apply(snapshot({group(QStringLiteral("b"), 42, 1), group(QStringLiteral("c"), 9, 3), group(QStringLiteral("d"), 1, 1)}));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 2); // the first listing and d
    QVERIFY(b.isValid());
    QCOMPARE(b.data().toString(), QStringLiteral("b"));
    QCOMPARE(model.index(b.row(), GroupListModel::Lag).data().toString(), QStringLiteral("42"));
    QCOMPARE(model.index(b.row(), GroupListModel::Status).data().toString(), QStringLiteral("WARN"));
    QCOMPARE(model.index(b.row(), GroupListModel::Lag).data(GroupListModel::SortRole).toLongLong(), qint64(42));
    // The proxy sorts by lag: b is last now.
    QCOMPARE(proxy.index(proxy.rowCount() - 1, GroupListModel::Group).data().toString(), QStringLiteral("b"));

    model.apply(snapshot({}));
    QCOMPARE(model.rowCount(), 0);
    model.apply(snapshot({group(QStringLiteral("x"), 0, 0, 1)}));
    QCOMPARE(model.index(0, GroupListModel::Lag).data().toString(), QStringLiteral("0"));
}

void TestGroupModels::partitionsAndMembersModels() {
    GroupPartitionsModel partitions;
    GroupMembersModel members;
    QAbstractItemModelTester t1(&partitions, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&members, QAbstractItemModelTester::FailureReportingMode::QtTest);
    monitor::GroupSnapshot g = group(QStringLiteral("g"), 7, 4, 2);
    g.partitions[1].committed = -1;
    g.partitions[1].lag = -1;
    g.partitions[2].ownerMemberId.clear();
    partitions.apply(g);
    members.apply(g);
    QCOMPARE(partitions.rowCount(), 4);
    QCOMPARE(partitions.index(0, GroupPartitionsModel::Lag).data().toString(), QStringLiteral("7"));
    QCOMPARE(partitions.index(1, GroupPartitionsModel::Committed).data().toString(), QStringLiteral("none"));
    QCOMPARE(partitions.index(1, GroupPartitionsModel::Lag).data().toString(), QStringLiteral("—"));
    QCOMPARE(partitions.index(2, GroupPartitionsModel::Owner).data().toString(), QStringLiteral("(unassigned)"));
    QCOMPARE(members.rowCount(), 2);
    QCOMPARE(members.index(0, GroupMembersModel::Assignment).data().toString(), QStringLiteral("orders: 0, 2"));
    QCOMPARE(members.index(1, GroupMembersModel::Partitions).data().toString(), QStringLiteral("2"));

    // A member leaves; the partitions shrink.
    monitor::GroupSnapshot smaller = group(QStringLiteral("g"), 3, 2, 1);
    partitions.apply(smaller);
    members.apply(smaller);
    QCOMPARE(partitions.rowCount(), 2);
    QCOMPARE(members.rowCount(), 1);
    QCOMPARE(members.index(0, GroupMembersModel::Assignment).data().toString(), QStringLiteral("orders: 0–1"));
}

void TestGroupModels::resetPlans() {
    const QList<ResetRow> rows{row(0, 50, 10, 100), row(1, -1, 0, 30), row(2, 5, 0, 5)};
    auto plan = planReset(rows, {ResetTarget::Earliest, 0});
    QCOMPARE(plan[0].target, qint64(10));
    QCOMPARE(plan[0].lagBefore(), qint64(50));
    QCOMPARE(plan[0].lagAfter(), qint64(90));
    QCOMPARE(plan[1].target, qint64(0));
    plan = planReset(rows, {ResetTarget::Latest, 0});
    QCOMPARE(plan[0].target, qint64(100));
    QCOMPARE(plan[0].lagAfter(), qint64(0));
    plan = planReset(rows, {ResetTarget::Offset, 20});
    QCOMPARE(plan[0].target, qint64(20));
    QCOMPARE(plan[1].target, qint64(20));
    QCOMPARE(plan[2].target, qint64(5)); // past the end: kept at the end
    QVERIFY(!plan[2].note.isEmpty());
    plan = planReset(rows, {ResetTarget::Shift, -45});
    QCOMPARE(plan[0].target, qint64(10)); // 5 is before the log start
    QVERIFY(!plan[0].note.isEmpty());
    QCOMPARE(plan[1].target, qint64(30)); // nothing to shift from
    QCOMPARE(plan[2].target, qint64(0));
    plan = planReset(rows, {ResetTarget::Shift, 7});
    QCOMPARE(plan[0].target, qint64(57));
    const QHash<PartitionKey, qint64> byTime{{{kTopic, 0}, 60}, {{kTopic, 1}, -1}};
    plan = planReset(rows, {ResetTarget::Timestamp, 1}, byTime);
    QCOMPARE(plan[0].target, qint64(60));
    QCOMPARE(plan[1].target, qint64(30)); // no message that recent: the end
    QCOMPARE(plan[2].target, qint64(-1)); // not answered
    // Unknown offsets cannot be planned.
    QCOMPARE(planReset({row(3, 4, -1, -1)}, {ResetTarget::Earliest, 0})[0].target, qint64(-1));
}

void TestGroupModels::resetPreviewModel() {
    ResetPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(planReset({row(0, 50, 10, 100), row(1, 100, 0, 100)}, {ResetTarget::Earliest, 0}));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ResetPreviewModel::Target).data().toString(), QStringLiteral("10"));
    QCOMPARE(model.index(0, ResetPreviewModel::LagAfter).data().toString(), QStringLiteral("90 (+40)"));
    QCOMPARE(model.index(1, ResetPreviewModel::LagAfter).data().toString(), QStringLiteral("100 (+100)"));
    model.setResults({{{kTopic, 0}, QString()}, {{kTopic, 1}, QStringLiteral("refused")}});
    QCOMPARE(model.index(0, ResetPreviewModel::Result).data().toString(), QStringLiteral("done"));
    QCOMPARE(model.index(1, ResetPreviewModel::Result).data().toString(), QStringLiteral("refused"));
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

void TestGroupModels::labConsumersModel() {
    LabConsumersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    lab::RebalanceLab::Entry a;
    a.id = 1;
    a.name = QStringLiteral("lab-1");
    a.status.state = lab::ConsumerStatus::State::Running;
    a.status.assignment = {{kTopic, 0}, {kTopic, 1}, {kTopic, 2}};
    a.status.consumed = 1234;
    lab::RebalanceLab::Entry b = a;
    b.id = 2;
    b.name = QStringLiteral("lab-2");
    b.settings.instanceId = QStringLiteral("lab-instance-2");
    model.apply({a, b});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, LabConsumersModel::Assignment).data().toString(), QStringLiteral("orders: 0–2"));
    QVERIFY(model.index(1, LabConsumersModel::Settings).data().toString().contains(QStringLiteral("static")));
    b.status.state = lab::ConsumerStatus::State::Killed;
    b.status.assignment.clear();
    model.apply({a, b});
    QCOMPARE(model.index(1, LabConsumersModel::State).data().toString(), LabConsumersModel::stateName(b.status.state));
    model.apply({b});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(LabConsumersModel::IdRole).toInt(), 2);
}

void TestGroupModels::timelineLayout() {
    monitor::GenerationMember a{QStringLiteral("a-1"), {}, QStringLiteral("app"), QStringLiteral("/h1"), -1, -1, {{kTopic, 0}, {kTopic, 1}}};
    monitor::GenerationMember b{QStringLiteral("b-1"), {}, QStringLiteral("app"), QStringLiteral("/h2"), -1, -1, {{kTopic, 1}}};
    monitor::Generation g1;
    g1.stableMs = 1000;
    g1.members = {a};
    monitor::Generation g2;
    g2.rebalanceStartMs = 5000;
    g2.stableMs = 8000;
    a.assignment = {{kTopic, 0}};
    g2.members = {a, b};
    monitor::Generation g3; // empty, after a rebalance seen only between samples
    g3.notBeforeMs = 12000;
    g3.stableMs = 13000;
    const TimelineLayout layout = layoutTimeline({g1, g2, g3}, 20000);
    QCOMPARE(layout.lanes.size(), 2);
    QCOMPARE(layout.spans.size(), 3);
    QCOMPARE(layout.spans[0].fromMs, qint64(1000));
    QCOMPARE(layout.spans[0].toMs, qint64(5000)); // until the next rebalance began
    QCOMPARE(layout.spans[1].lane, 0);            // a stays in its lane
    QCOMPARE(layout.spans[2].lane, 1);
    QCOMPARE(layout.spans[2].toMs, qint64(12000));
    QCOMPARE(layout.pauses.size(), 2);
    QCOMPARE(layout.pauses[0].fromMs, qint64(5000));
    QVERIFY(layout.pauses[0].startKnown);
    QCOMPARE(layout.pauses[1].fromMs, qint64(12000));
    QVERIFY(!layout.pauses[1].startKnown);
    QCOMPARE(generationEndMs({g1, g2, g3}, 2, 20000), qint64(20000));
}

void TestGroupModels::chartPointsAndRates() {
    const QList<monitor::SeriesPoint> points{{0, 100, 200, 100, 5000}, {2000, 120, 260, 140, -1}, {4000, 180, 260, 80, 1000},
                                             {6000, 10, 20, 10, 0} /* offsets went back: no rate */};
    const QList<QPointF> lag = chartPoints(points, LagMetric::Lag);
    QCOMPARE(lag.size(), 4);
    QCOMPARE(lag[1], QPointF(2000, 140));
    const QList<QPointF> consume = chartPoints(points, LagMetric::ConsumeRate);
    QCOMPARE(consume.size(), 2);
    QCOMPARE(consume[0], QPointF(2000, 10));
    QCOMPARE(consume[1], QPointF(4000, 30));
    const QList<QPointF> produce = chartPoints(points, LagMetric::ProduceRate);
    QCOMPARE(produce[0], QPointF(2000, 30));
    QCOMPARE(produce[1], QPointF(4000, 0));
    const QList<QPointF> time = chartPoints(points, LagMetric::TimeLag);
    QCOMPARE(time.size(), 3);
    QCOMPARE(time[0], QPointF(0, 5));
    QCOMPARE(nearestPoint(lag, 2900)->y(), 140.0);
    QCOMPARE(nearestPoint(lag, 3100)->y(), 80.0);
    QVERIFY(!nearestPoint({}, 1));
}

void TestGroupModels::formatting() {
    QCOMPARE(formatPartitions({{QStringLiteral("b"), 3}, {QStringLiteral("a"), 2}, {QStringLiteral("a"), 0},
                               {QStringLiteral("a"), 1}, {QStringLiteral("a"), 5}}),
             QStringLiteral("a: 0–2, 5; b: 3"));
    QCOMPARE(formatTimeLag(-1), QStringLiteral("—"));
    QCOMPARE(formatTimeLag(42000), QStringLiteral("42 s"));
    QCOMPARE(formatTimeLag(190000), QStringLiteral("3 min 10 s"));
    QVERIFY(lagStatusColor(monitor::LagStatus::Err) != lagStatusColor(monitor::LagStatus::Ok));
    QVERIFY(!lagStatusMeaning(monitor::LagStatus::Stall).isEmpty());
}

QTEST_MAIN(TestGroupModels)
#include "test_group_models.moc"
