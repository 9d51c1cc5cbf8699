#include "ui/groups/group_screenshots.h"

#include "app/lab/rebalance_lab.h"
#include "app/monitor/group_monitor.h"
#include "ui/groups/group_tools.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>
#include <cmath>
#include <numbers>

namespace samsa::ui {

namespace {

constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kStepMs = 2000;
// What the sample data's orders topic receives, per partition and second.
constexpr double kProducedPerSecond = 4.0 / 6.0;

// Runs the event loop until `done` or the deadline, looking every 50 ms; false on
// timeout.
template <typename Done>
bool waitFor(const Done& done, QDeadlineTimer deadline) {
    while (!done()) {
        if (deadline.hasExpired()) return false;
        QEventLoop loop;
        QTimer::singleShot(50, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

// The made-up lag of one partition at fraction x of the hour: two slow waves on top of
// a rise to where the live samples take over. Its slope stays below the produce rate,
// so the committed offsets it implies never go backwards.
double sampleLag(double x, int partition, double lagAtEnd) {
    const double wave = 250.0 * (0.8 + 0.1 * partition) * std::pow(std::sin(std::numbers::pi * x), 2);
    const double ripple = 60.0 * std::pow(std::sin(3 * std::numbers::pi * x), 2);
    return lagAtEnd * x + wave + ripple;
}

} // namespace

bool writeSampleLagHistory(GroupTools& tools, const QString& group, const QString& topic, int partitions) {
    bool written = false;
    tools.monitor()->withStore(
        [group, topic, partitions](monitor::HistoryStore& store, const QString& cluster) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            // The live samples start where this history ends; their lag is where it goes.
            monitor::LagQuery live{cluster, group, topic, -1, now - kHourMs, now};
            const QList<monitor::SeriesPoint> real = store.query(live, now);
            const qint64 end = real.isEmpty() ? now : real.front().timeMs - kStepMs;
            const double lagAtEnd = real.isEmpty() ? 0.0 : double(real.front().lag) / partitions;
            const qint64 start = end - kHourMs;
            for (qint64 t = start; t <= end; t += kStepMs) {
                const double x = double(t - start) / double(kHourMs);
                monitor::TopicSample s;
                s.groupId = group;
                s.topic = topic;
                for (int p = 0; p < partitions; ++p) {
                    const auto logEnd = qint64(kProducedPerSecond * double(t - start) / 1000.0);
                    const auto lag = std::min(logEnd, qint64(sampleLag(x, p, lagAtEnd)));
                    s.partitions.append({p, logEnd - lag, logEnd});
                    s.committed += logEnd - lag;
                    s.logEnd += logEnd;
                    s.lag += lag;
                    s.timeLagMs = std::max(s.timeLagMs, qint64(double(lag) / kProducedPerSecond * 1000.0));
                }
                if (!store.writeSamples(cluster, t, {s})) return;
            }
            store.backfilled(start);
            store.compact(now);
        },
        &tools, [&written] { written = true; });
    return waitFor([&] { return written; }, QDeadlineTimer(60000));
}

bool runLabSession(GroupTools& tools, const QString& group, const QString& topic, int limitMs) {
    const QDeadlineTimer deadline(limitMs);
    lab::RebalanceLab* lab = tools.lab();
    QString topicError = QStringLiteral("pending");
    lab->ensureTopic(topic, 6, [&topicError](const QString& error) { topicError = error; });
    if (!waitFor([&] { return topicError != QLatin1String("pending"); }, deadline) || !topicError.isEmpty())
        return false;
    lab->setProducing(topic, 20);
    // Settled: the monitor sees the group stable with this many members, all assigned.
    const auto settled = [&](int members) {
        return waitFor(
            [&] {
                const monitor::SnapshotPtr s = tools.monitor()->latest();
                const monitor::GroupSnapshot* g = s ? s->group(group) : nullptr;
                if (!g || g->state != QLatin1String("Stable") || g->members.size() != members) return false;
                int assigned = 0;
                for (const auto& m : g->members)
                    assigned += int(m.assignment.size());
                return assigned == 6;
            },
            deadline);
    };
    lab::LabConsumerOptions options;
    options.groupId = group;
    options.topic = topic;
    options.sessionTimeoutMs = 6000; // Kafka's smallest by default (group.min.session.timeout.ms)
    options.processingDelayMs = 20;
    QList<int> ids;
    for (int i = 1; i <= 3; ++i) {
        ids << lab->addConsumer(options);
        if (!settled(i)) return false;
    }
    lab->stopConsumer(ids[1]);
    if (!settled(2)) return false;
    lab->killConsumer(ids[2]);
    if (!settled(1)) return false;
    // A few more seconds of consuming after the last rebalance.
    waitFor([] { return false; }, QDeadlineTimer(3000));
    return true;
}

} // namespace samsa::ui
