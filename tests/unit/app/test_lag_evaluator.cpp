// The Burrow-style lag evaluation: fixed sequences of committed and end offsets and the
// status each must give, for one partition and for a group.
#include "app/monitor/lag_evaluator.h"

#include <QTest>
#include <vector>

using namespace samsa::monitor;

namespace {

constexpr qint64 kStep = 5000; // ms between samples
constexpr qint64 kStart = 1'700'000'000'000;

// Samples kStep apart from pairs of (committed, end).
std::vector<OffsetSample> series(std::initializer_list<std::pair<qint64, qint64>> points) {
    std::vector<OffsetSample> out;
    qint64 t = kStart;
    for (const auto& [committed, end] : points) {
        out.push_back(OffsetSample{t, committed, end});
        t += kStep;
    }
    return out;
}

PartitionContext at(const std::vector<OffsetSample>& window, bool owned, qint64 lastCommitMs = -1) {
    PartitionContext c;
    c.nowMs = window.empty() ? kStart : window.back().timeMs;
    c.owned = owned;
    c.lastCommitMs = lastCommitMs;
    return c;
}

} // namespace

class TestLagEvaluator : public QObject {
    Q_OBJECT
private slots:
    void statuses_data();
    void statuses();
    void stopNeedsALongSilence();
    void groupTakesTheWorstPartition();
    void severityOrder();
};

void TestLagEvaluator::statuses_data() {
    QTest::addColumn<std::vector<OffsetSample>>("window");
    QTest::addColumn<bool>("owned");
    QTest::addColumn<qint64>("lastCommitAgoMs"); // -1: unknown
    QTest::addColumn<int>("expected");

    // OK: caught up now.
    QTest::newRow("ok: caught up") << series({{100, 120}, {120, 140}, {140, 140}}) << true
                                   << qint64(-1) << int(LagStatus::Ok);
    // OK: lag touched zero inside the window, even though it is positive now.
    QTest::newRow("ok: zero within window")
        << series({{100, 110}, {110, 110}, {115, 130}, {125, 140}}) << true << qint64(-1)
        << int(LagStatus::Ok);
    // OK: committing and lag shrinking.
    QTest::newRow("ok: gaining") << series({{100, 200}, {150, 230}, {220, 260}, {270, 290}})
                                 << true << qint64(-1) << int(LagStatus::Ok);
    // OK: lag up and down (not growing at every step).
    QTest::newRow("ok: jitter") << series({{100, 150}, {120, 190}, {180, 200}, {190, 260}})
                                << true << qint64(-1) << int(LagStatus::Ok);
    // WARN: commits advance but lag grows at every step.
    QTest::newRow("warn: falling behind")
        << series({{100, 150}, {110, 170}, {120, 190}, {130, 210}, {140, 230}}) << true
        << qint64(-1) << int(LagStatus::Warn);
    // WARN holds with a flat step in between (non-decreasing).
    QTest::newRow("warn: flat step")
        << series({{100, 150}, {110, 170}, {130, 190}, {140, 220}}) << true << qint64(-1)
        << int(LagStatus::Warn);
    // STALL: a member owns it, the position is stuck, messages wait.
    QTest::newRow("stall: stuck consumer")
        << series({{500, 600}, {500, 620}, {500, 640}, {500, 660}}) << true << qint64(-1)
        << int(LagStatus::Stall);
    // STALL even when the end does not move: the consumer reads nothing of the backlog.
    QTest::newRow("stall: stuck on a quiet log")
        << series({{500, 600}, {500, 600}, {500, 600}}) << true << qint64(-1)
        << int(LagStatus::Stall);
    // ERR: no owner, position stuck, messages wait: the consumer stopped.
    QTest::newRow("err: consumer stopped")
        << series({{500, 600}, {500, 650}, {500, 700}, {500, 750}}) << false << qint64(-1)
        << int(LagStatus::Err);
    // STOP: no commit for longer than stopAfterMs (default 15 min), messages waiting.
    QTest::newRow("stop: gone for an hour")
        << series({{500, 600}, {500, 600}, {500, 610}}) << false << qint64(3600 * 1000)
        << int(LagStatus::Stop);
    // Unknown: nothing committed yet.
    QTest::newRow("unknown: no commit") << series({{-1, 100}, {-1, 120}}) << true << qint64(-1)
                                        << int(LagStatus::Unknown);
    // Unknown: a single sample with lag cannot show a trend.
    QTest::newRow("unknown: one sample") << series({{100, 150}}) << true << qint64(-1)
                                         << int(LagStatus::Unknown);
}

void TestLagEvaluator::statuses() {
    QFETCH(std::vector<OffsetSample>, window);
    QFETCH(bool, owned);
    QFETCH(qint64, lastCommitAgoMs);
    QFETCH(int, expected);
    PartitionContext context = at(window, owned);
    if (lastCommitAgoMs >= 0) context.lastCommitMs = context.nowMs - lastCommitAgoMs;
    const LagVerdict verdict = evaluatePartition(window, context);
    QCOMPARE(int(verdict.status), expected);
    QVERIFY2(!verdict.explanation.isEmpty(), "every status explains itself");
    QVERIFY(!lagStatusName(verdict.status).isEmpty());
}

void TestLagEvaluator::stopNeedsALongSilence() {
    const auto window = series({{500, 600}, {500, 620}, {500, 640}});
    EvaluatorSettings settings;
    settings.stopAfterMs = 10 * 60 * 1000;
    PartitionContext context = at(window, true);
    context.lastCommitMs = context.nowMs - 9 * 60 * 1000;
    QCOMPARE(evaluatePartition(window, context, settings).status, LagStatus::Stall);
    context.lastCommitMs = context.nowMs - 11 * 60 * 1000;
    QCOMPARE(evaluatePartition(window, context, settings).status, LagStatus::Stop);
    // Caught up beats silence: an idle topic with nothing to read is fine.
    const auto idle = series({{600, 600}, {600, 600}});
    PartitionContext idleContext = at(idle, false, idle.back().timeMs - 3600 * 1000);
    QCOMPARE(evaluatePartition(idle, idleContext, settings).status, LagStatus::Ok);
}

void TestLagEvaluator::groupTakesTheWorstPartition() {
    const QList<LagVerdict> verdicts{{LagStatus::Ok, QStringLiteral("fine")},
                                     {LagStatus::Warn, QStringLiteral("behind")},
                                     {LagStatus::Stall, QStringLiteral("stuck")},
                                     {LagStatus::Stall, QStringLiteral("stuck too")}};
    const LagVerdict group =
        evaluateGroup(verdicts, {QStringLiteral("t-0"), QStringLiteral("t-1"),
                                 QStringLiteral("t-2"), QStringLiteral("t-3")});
    QCOMPARE(group.status, LagStatus::Stall);
    QVERIFY2(group.explanation.contains(QStringLiteral("t-2")), qPrintable(group.explanation));
    QVERIFY2(group.explanation.contains(QStringLiteral("2")), qPrintable(group.explanation));

    const LagVerdict allOk = evaluateGroup({{LagStatus::Ok, {}}, {LagStatus::Ok, {}}},
                                           {QStringLiteral("a-0"), QStringLiteral("a-1")});
    QCOMPARE(allOk.status, LagStatus::Ok);
    QCOMPARE(evaluateGroup({}, {}).status, LagStatus::Unknown);
}

void TestLagEvaluator::severityOrder() {
    QVERIFY(LagStatus::Ok < LagStatus::Warn);
    QVERIFY(LagStatus::Warn < LagStatus::Stall);
    QVERIFY(LagStatus::Stall < LagStatus::Err);
    QVERIFY(LagStatus::Err < LagStatus::Stop);
}

QTEST_GUILESS_MAIN(TestLagEvaluator)
#include "test_lag_evaluator.moc"
