// The rebalance lab end to end, on the in-process broker with real librdkafka consumers:
// three consumers join one by one, one is stopped (it leaves), one is killed (its session
// times out); the timeline records every generation with its members and the right
// partition moves, lag samples land in SQLite, and an offset reset is previewed (dry
// run), refused while the group is active, and applied once it is empty.
#include "app/cluster_service.h"
#include "app/lab/rebalance_lab.h"
#include "app/monitor/group_monitor.h"
#include "app/monitor/rebalance_diff.h"
#include "common/config/broker_config.h"
#include "server/broker.h"
#include "support/widget_test.h"
#include "ui/common/inline_message.h"
#include "ui/groups/group_tools.h"
#include "ui/groups/lab_panel.h"
#include "ui/groups/rebalance_details.h"
#include "ui/groups/rebalance_timeline.h"
#include "ui/groups/rebalances_panel.h"
#include "ui/groups/reset_offsets_dialog.h"
#include "ui/groups/reset_preview_model.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace samsa;
using namespace samsa::ui;
using monitor::PartitionKey;
using samsa::ui::testing::kTimeoutMs;

namespace {

const QString kGroup = QStringLiteral("lab-test");
const QString kTopic = QStringLiteral("lab-events");
constexpr int kPartitions = 6;
constexpr int kSessionMs = 4000;

QList<PartitionKey> partitions(std::initializer_list<int> ids) {
    QList<PartitionKey> out;
    for (int p : ids)
        out.append({kTopic, p});
    return out;
}

} // namespace

class TestGroupLab : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void consumersJoinLeaveAndDie();
    void resetWithDryRun();

private:
    // The latest stored generations of the lab group, oldest first.
    QList<monitor::Generation> generations();
    // Waits until the latest generation has exactly these members (by client id).
    bool waitForMembers(const QStringList& clients);
    QHash<QString, QList<PartitionKey>> ownersOf(const monitor::Generation& g) const;

    QTemporaryDir m_dir;
    std::unique_ptr<server::Broker> m_broker;
    std::unique_ptr<app::ClusterService> m_service;
    std::unique_ptr<GroupTools> m_tools;
    lab::RebalanceLab* m_lab = nullptr;
    QHash<QString, int> m_ids; // client id -> lab consumer id
};

void TestGroupLab::initTestCase() {
    // Short sessions make the killed consumer's departure quick; the broker's minimum
    // must allow them, as Kafka's group.min.session.timeout.ms would have to.
    const config::ConfigStrings values{{"log.dirs", m_dir.filePath(QStringLiteral("broker")).toStdString()},
                                       {"listeners", "PLAINTEXT://127.0.0.1:0"},
                                       {"group.min.session.timeout.ms", "1000"},
                                       {"group.initial.rebalance.delay.ms", "0"}};
    auto cfg = config::BrokerConfig::create(values, config::ConfigEnvironment::fromProcess());
    QVERIFY2(cfg.ok(), cfg ? "" : cfg.error().message.c_str());
    m_broker = std::make_unique<server::Broker>(std::move(*cfg));
    m_broker->start();
    app::ClusterProfile profile;
    profile.bootstrapServers = QString::fromStdString(m_broker->bootstrapServers());
    m_service = std::make_unique<app::ClusterService>(app::clientConfigFor(profile), QStringLiteral("lab cluster"));
    m_tools = std::make_unique<GroupTools>(m_service.get(), m_dir.filePath(QStringLiteral("history.sqlite")));
    m_tools->monitor()->setIntervalMs(500);
    QTRY_VERIFY_WITH_TIMEOUT(m_tools->monitor()->isStarted(), kTimeoutMs);
    m_lab = m_tools->lab();
    QString topicError = QStringLiteral("pending");
    m_lab->ensureTopic(kTopic, kPartitions, [&](const QString& error) { topicError = error; });
    QTRY_VERIFY_WITH_TIMEOUT(topicError != QStringLiteral("pending"), kTimeoutMs);
    QVERIFY2(topicError.isEmpty(), qPrintable(topicError));
    m_lab->setProducing(kTopic, 50);
}

void TestGroupLab::cleanupTestCase() {
    m_tools.reset();
    m_service.reset();
    // Fetches the consumers left waiting in the broker (fetch.wait.max.ms) run out first:
    // a stopping broker does not expect to answer them.
    QTest::qWait(1500);
    if (m_broker) m_broker->stop();
}

QList<monitor::Generation> TestGroupLab::generations() {
    QList<monitor::Generation> out;
    bool done = false;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_tools->monitor()->queryTimeline(kGroup, now - 3600 * 1000, now + 1000, this, [&](const monitor::Timeline& t) {
        out = t.generations;
        done = true;
    });
    // A QTRY macro cannot return a value; the callers check what comes back.
    QElapsedTimer clock;
    clock.start();
    while (!done && clock.elapsed() < kTimeoutMs)
        QTest::qWait(20);
    return out;
}

bool TestGroupLab::waitForMembers(const QStringList& clients) {
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 60000) {
        const auto gens = generations();
        if (!gens.isEmpty()) {
            QStringList seen;
            for (const auto& m : gens.back().members)
                seen << m.clientId;
            seen.sort();
            int assigned = 0;
            for (const auto& m : gens.back().members)
                assigned += int(m.assignment.size());
            if (seen == clients && assigned == kPartitions) return true;
        }
        QTest::qWait(200);
    }
    // Say what was seen instead, for the failure report.
    for (const auto& g : generations()) {
        QStringList members;
        for (const auto& m : g.members)
            members << m.clientId + QLatin1Char('=') + QString::number(m.assignment.size());
        qWarning("generation %d at %lld: %s", g.generation, g.stableMs, qPrintable(members.join(QLatin1Char(' '))));
    }
    if (const auto s = m_tools->monitor()->latest())
        if (const auto* g = s->group(kGroup))
            qWarning("now %s with %d member(s): %s", qPrintable(g->state), int(g->members.size()), qPrintable(g->error));
    for (const auto& e : m_lab->consumers())
        qWarning("%s: state %d, %d assigned, %s", qPrintable(e.name), int(e.status.state),
                 int(e.status.assignment.size()), qPrintable(e.status.lastError));
    return false;
}

QHash<QString, QList<PartitionKey>> TestGroupLab::ownersOf(const monitor::Generation& g) const {
    QHash<QString, QList<PartitionKey>> out;
    for (const auto& m : g.members)
        out.insert(m.clientId, m.assignment);
    return out;
}

void TestGroupLab::consumersJoinLeaveAndDie() {
    LabPanel* panel = m_tools->showLab(nullptr, kGroup);
    QVERIFY(panel);
    panel->topicEdit()->setText(kTopic);
    panel->sessionBox()->setValue(kSessionMs);
    // One at a time, so each join is its own generation.
    for (const QString& client : {QStringLiteral("lab-1"), QStringLiteral("lab-2"), QStringLiteral("lab-3")}) {
        panel->addConsumer();
        QTRY_VERIFY_WITH_TIMEOUT(m_lab->consumers().size() == m_ids.size() + 1, kTimeoutMs);
        m_ids.insert(client, m_lab->consumers().back().id);
        QStringList expected = m_ids.keys();
        expected.sort();
        QVERIFY2(waitForMembers(expected), qPrintable(client));
    }
    testing::saveScreenshot(panel->window(), QStringLiteral("rebalance-lab.png"));

    // Range over six partitions, members in member-id order (lab-1 < lab-2 < lab-3).
    QList<monitor::Generation> gens = generations();
    QVERIFY(gens.size() >= 3);
    const monitor::Generation three = gens.back();
    QCOMPARE(ownersOf(three).value(QStringLiteral("lab-1")), partitions({0, 1}));
    QCOMPARE(ownersOf(three).value(QStringLiteral("lab-2")), partitions({2, 3}));
    QCOMPARE(ownersOf(three).value(QStringLiteral("lab-3")), partitions({4, 5}));
    // The timeline agrees with what the consumers themselves were given.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const auto& e : m_lab->consumers())
                if (ownersOf(three).value(e.name) != e.status.assignment) return false;
            return true;
        }(),
        kTimeoutMs);
    const monitor::RebalanceDiff joined = monitor::diffGenerations(gens[gens.size() - 2], three);
    QCOMPARE(joined.joined.size(), 1);
    QCOMPARE(joined.joined.front().clientId, QStringLiteral("lab-3"));
    QCOMPARE(joined.moved.size(), 3); // 2: lab-1 -> lab-2; 4, 5: lab-2 -> lab-3
    QCOMPARE(joined.moved[0].partition, (PartitionKey{kTopic, 2}));
    QVERIFY(joined.moved[0].from.startsWith(QStringLiteral("lab-1")));
    QVERIFY(joined.moved[0].to.startsWith(QStringLiteral("lab-2")));
    QVERIFY(joined.moved[2].to.startsWith(QStringLiteral("lab-3")));

    // lab-2 stops properly: it leaves at once and its partitions move.
    m_lab->stopConsumer(m_ids.value(QStringLiteral("lab-2")));
    QVERIFY(waitForMembers({QStringLiteral("lab-1"), QStringLiteral("lab-3")}));
    gens = generations();
    const monitor::Generation afterStop = gens.back();
    QCOMPARE(ownersOf(afterStop).value(QStringLiteral("lab-1")), partitions({0, 1, 2}));
    QCOMPARE(ownersOf(afterStop).value(QStringLiteral("lab-3")), partitions({3, 4, 5}));
    const monitor::RebalanceDiff stopped = monitor::diffGenerations(gens[gens.size() - 2], afterStop);
    QCOMPARE(stopped.left.size(), 1);
    QCOMPARE(stopped.left.front().clientId, QStringLiteral("lab-2"));

    // lab-3 is killed: the coordinator only notices when its session times out.
    const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
    m_lab->killConsumer(m_ids.value(QStringLiteral("lab-3")));
    QVERIFY(waitForMembers({QStringLiteral("lab-1")}));
    gens = generations();
    const monitor::Generation alone = gens.back();
    QCOMPARE(ownersOf(alone).value(QStringLiteral("lab-1")), partitions({0, 1, 2, 3, 4, 5}));
    const qint64 began = alone.rebalanceStartMs >= 0 ? alone.rebalanceStartMs : alone.stableMs;
    QVERIFY2(began - killedAt >= kSessionMs - 1500,
             qPrintable(QStringLiteral("rebalance %1 ms after the kill").arg(began - killedAt)));
    const monitor::RebalanceDiff died = monitor::diffGenerations(gens[gens.size() - 2], alone);
    QCOMPARE(died.left.size(), 1);
    QCOMPARE(died.moved.size(), 3);

    // Every generation of the session is there: one, two, three members, then two, one.
    QStringList sizes;
    for (const auto& g : gens)
        sizes << QString::number(g.members.size());
    QVERIFY2(sizes.join(QLatin1Char(',')).endsWith(QStringLiteral("1,2,3,2,1")), qPrintable(sizes.join(QLatin1Char(','))));
    // The coordinator's records give the generation numbers, in order.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto latest = generations();
            if (latest.size() < 5) return false;
            for (qsizetype i = latest.size() - 5; i < latest.size(); ++i) {
                if (latest[i].generation < 0) return false;
                if (i > latest.size() - 5 && latest[i].generation <= latest[i - 1].generation) return false;
            }
            return true;
        }(),
        kTimeoutMs);

    // The details of the last rebalance tell the story.
    RebalancesPanel rebalances(m_tools->monitor(), kGroup);
    rebalances.resize(1100, 700);
    rebalances.setRangeMs(15 * 60 * 1000);
    QTRY_VERIFY_WITH_TIMEOUT(rebalances.timeline()->timeline().generations.size() >= 5, kTimeoutMs);
    rebalances.timeline()->selectGeneration(int(rebalances.timeline()->timeline().generations.size()) - 1);
    const QString story = rebalances.details()->toPlainText();
    QVERIFY2(story.contains(QStringLiteral("lab-3")) && story.contains(QStringLiteral("killed")), qPrintable(story));
    QVERIFY2(story.contains(QStringLiteral("moved")), qPrintable(story));
    rebalances.show();
    testing::saveScreenshot(&rebalances, QStringLiteral("rebalance-timeline-lab.png"));

    // Lag samples of the lab group are in the history.
    QList<QList<monitor::SeriesPoint>> lag;
    bool done = false;
    monitor::LagQuery q;
    q.groupId = kGroup;
    q.toMs = QDateTime::currentMSecsSinceEpoch();
    q.fromMs = q.toMs - 15 * 60 * 1000;
    m_tools->monitor()->queryLag({q}, this, [&](const QList<QList<monitor::SeriesPoint>>& r) {
        lag = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, kTimeoutMs);
    QVERIFY(lag.size() == 1 && lag.front().size() >= 5);
    QVERIFY2(m_tools->monitor()->latest()->historyError.isEmpty(), qPrintable(m_tools->monitor()->latest()->historyError));
}

void TestGroupLab::resetWithDryRun() {
    // lab-1 still runs: the dry run works, applying is refused and says who is in the way.
    m_lab->stopProducing();
    ResetOffsetsDialog dialog(m_service.get(), m_tools->monitor(), kGroup);
    dialog.setScope(ResetOffsetsDialog::Scope::Topic, kTopic);
    dialog.setSpec({ResetTarget::Earliest, 0});
    QSignalSpy previewed(&dialog, &ResetOffsetsDialog::previewed);
    dialog.preview();
    QTRY_COMPARE_WITH_TIMEOUT(previewed.count(), 1, kTimeoutMs);
    QCOMPARE(dialog.previewModel()->rowCount(), kPartitions);
    QCOMPARE(dialog.activeMembers().size(), 1);
    QVERIFY(dialog.activeMembers().front().startsWith(QStringLiteral("lab-1")));
    QVERIFY(!dialog.applyButton()->isEnabled());
    QVERIFY2(dialog.message()->text().contains(QStringLiteral("lab-1")), qPrintable(dialog.message()->text()));

    m_lab->stopConsumer(m_ids.value(QStringLiteral("lab-1")));
    QTRY_VERIFY_WITH_TIMEOUT(m_lab->runningCount() == 0, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            auto d = m_service->client()->describeGroups({kGroup.toStdString()}).get();
            return d && d->front().state == "Empty";
        }(),
        kTimeoutMs);
    auto before = m_service->client()->listConsumerGroupOffsets(kGroup.toStdString()).get();
    QVERIFY(before && before->size() == size_t(kPartitions));
    auto marks = m_service->client()->watermarks({kTopic.toStdString()}).get();
    QVERIFY(marks);

    // The dry run shows each partition moving from its commit to the start of the log.
    dialog.preview();
    QTRY_COMPARE_WITH_TIMEOUT(previewed.count(), 2, kTimeoutMs);
    QVERIFY(dialog.activeMembers().isEmpty());
    QVERIFY(dialog.applyButton()->isEnabled());
    const QList<ResetRow> rows = dialog.previewModel()->rows();
    QCOMPARE(rows.size(), kPartitions);
    for (const ResetRow& r : rows) {
        const auto committed = std::find_if(before->begin(), before->end(), [&](const auto& c) {
            return c.partition.partition == r.partition.partition;
        });
        const auto mark = std::find_if(marks->begin(), marks->end(), [&](const auto& w) {
            return w.partition.partition == r.partition.partition;
        });
        QCOMPARE(r.current, qint64(committed->offset));
        QCOMPARE(r.target, qint64(0));
        QCOMPARE(r.lagAfter(), qint64(mark->latest));
        QVERIFY(!r.result); // nothing applied yet
    }
    // Nothing changed yet.
    auto unchanged = m_service->client()->listConsumerGroupOffsets(kGroup.toStdString()).get();
    QVERIFY(unchanged && unchanged->front().offset == before->front().offset);

    QSignalSpy applied(&dialog, &ResetOffsetsDialog::applied);
    dialog.show();
    testing::saveScreenshot(&dialog, QStringLiteral("reset-offsets.png"));
    dialog.apply();
    QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 1, kTimeoutMs);
    QCOMPARE(applied.front().front().toInt(), 0);
    auto after = m_service->client()->listConsumerGroupOffsets(kGroup.toStdString()).get();
    QVERIFY(after && after->size() == size_t(kPartitions));
    for (const auto& c : *after)
        QCOMPARE(c.offset, int64_t(0));
    for (const ResetRow& r : dialog.previewModel()->rows())
        QCOMPARE(r.result.value_or(QStringLiteral("missing")), QString());
}

QTEST_MAIN(TestGroupLab)
#include "test_group_lab.moc"
