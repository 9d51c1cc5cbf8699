#include "app/monitor/lag_evaluator.h"

#include <QCoreApplication>
#include <QLocale>

namespace samsa::monitor {

namespace {

// The translation context of these texts; a class, so that lupdate files them under it.
class Text {
    Q_DECLARE_TR_FUNCTIONS(samsa::monitor::LagEvaluator)
};

QString count(qint64 n) {
    return QLocale().toString(n);
}

// Durations in explanations are rough on purpose: "3 min", not "3 min 12 s".
QString roughDuration(qint64 ms) {
    const qint64 s = ms / 1000;
    if (s < 120) return Text::tr("%n s", nullptr, int(s));
    if (s < 2 * 3600) return Text::tr("%n min", nullptr, int(s / 60));
    if (s < 2 * 86400) return Text::tr("%n h", nullptr, int(s / 3600));
    return Text::tr("%n days", nullptr, int(s / 86400));
}

} // namespace

LagVerdict evaluatePartition(std::span<const OffsetSample> window, const PartitionContext& context,
                             const EvaluatorSettings& settings) {
    if (window.empty()) return {LagStatus::Unknown, Text::tr("Not sampled yet.")};
    const OffsetSample& last = window.back();
    if (last.logEnd < 0) return {LagStatus::Unknown, Text::tr("The end of the log is not known.")};
    if (last.committed < 0)
        return {LagStatus::Unknown,
                Text::tr("The group has committed no offset for this partition.")};

    const qint64 lag = last.lag();
    if (lag == 0) return {LagStatus::Ok, Text::tr("Caught up: every message has been consumed.")};
    for (const OffsetSample& s : window)
        if (s.committed >= 0 && s.lag() == 0)
            return {LagStatus::Ok, Text::tr("Keeping up: the consumer reached the end of the log "
                                            "within the last %1.")
                                       .arg(roughDuration(context.nowMs - s.timeMs))};

    // How long the position has been where it is: the commit time when known, else the
    // oldest sample of the window that already shows it.
    qint64 since = context.lastCommitMs;
    if (since < 0) {
        since = last.timeMs;
        for (auto it = window.rbegin(); it != window.rend() && it->committed == last.committed; ++it)
            since = it->timeMs;
    }
    const qint64 idleMs = std::max<qint64>(0, context.nowMs - since);
    if (context.lastCommitMs >= 0 && idleMs > settings.stopAfterMs)
        return {LagStatus::Stop, Text::tr("No commit for %1 while %2 messages wait: the consumer "
                                          "appears to be gone.")
                                     .arg(roughDuration(idleMs), count(lag))};

    if (window.size() < 2)
        return {LagStatus::Unknown, Text::tr("Collecting samples to judge the trend.")};
    const OffsetSample& first = window.front();
    if (first.committed == last.committed) {
        if (idleMs > settings.stopAfterMs)
            return {LagStatus::Stop, Text::tr("The position has not moved for %1 while %2 messages "
                                              "wait: the consumer appears to be gone.")
                                         .arg(roughDuration(idleMs), count(lag))};
        if (context.owned)
            return {LagStatus::Stall,
                    Text::tr("A member owns this partition, but its position has not moved for %1 "
                             "while %2 messages wait.")
                        .arg(roughDuration(idleMs), count(lag))};
        return {LagStatus::Err, Text::tr("No consumer is reading: the position stopped %1 ago with "
                                         "%2 messages unread.")
                                    .arg(roughDuration(idleMs), count(lag))};
    }

    bool growing = true;
    for (size_t i = 1; i < window.size() && growing; ++i)
        growing = window[i].lag() >= window[i - 1].lag();
    const qint64 firstLag = first.lag();
    if (growing && lag > firstLag)
        return {LagStatus::Warn,
                Text::tr("Falling behind: the consumer commits, but lag grew from "
                         "%1 to %2 in %3.")
                    .arg(count(firstLag), count(lag), roughDuration(last.timeMs - first.timeMs))};
    return {LagStatus::Ok,
            Text::tr("Consuming: lag is %1 (it was %2 %3 ago).")
                .arg(count(lag), count(firstLag), roughDuration(last.timeMs - first.timeMs))};
}

LagVerdict evaluateGroup(const QList<LagVerdict>& partitions, const QStringList& partitionNames) {
    if (partitions.isEmpty())
        return {LagStatus::Unknown, Text::tr("The group has no committed offsets to judge.")};
    qsizetype worst = 0;
    int same = 0;
    for (qsizetype i = 0; i < partitions.size(); ++i) {
        if (partitions[i].status > partitions[worst].status) {
            worst = i;
            same = 0;
        }
        if (partitions[i].status == partitions[worst].status) ++same;
    }
    const LagVerdict& w = partitions[worst];
    if (w.status == LagStatus::Ok || w.status == LagStatus::Unknown) {
        if (w.status == LagStatus::Ok)
            return {LagStatus::Ok, Text::tr("All %n partition(s) are consumed normally.", nullptr,
                                            int(partitions.size()))};
        return {LagStatus::Unknown, w.explanation};
    }
    const QString where = worst < partitionNames.size() ? partitionNames[worst] : QString();
    if (same == 1) return {w.status, where + QStringLiteral(": ") + w.explanation};
    //: %1 is a partition such as orders-3; %n how many partitions share its status.
    return {w.status,
            Text::tr("%n partition(s) like %1: ", nullptr, same).arg(where) + w.explanation};
}

} // namespace samsa::monitor
