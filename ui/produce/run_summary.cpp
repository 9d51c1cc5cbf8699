#include "ui/produce/run_summary.h"

#include "ui/common/format.h"

#include <QCoreApplication>
#include <QStringList>
#include <climits>

namespace samsa::ui {

namespace {

// The translation context of these texts; a class, so that lupdate files them under it.
class Text {
    Q_DECLARE_TR_FUNCTIONS(samsa::ui::RunSummary)
};

// Beyond this the partitions are only counted, to keep the summary readable.
constexpr int kListedPartitions = 6;

QString partitionList(const app::ProduceSummary& summary) {
    QStringList parts;
    for (const auto& [partition, tally] : summary.partitions) {
        if (parts.size() == kListedPartitions) {
            parts << Text::tr("%n more partition(s)", nullptr,
                              int(summary.partitions.size()) - kListedPartitions);
            break;
        }
        const QString offsets =
            tally.firstOffset < 0 ? QString()
            : tally.firstOffset == tally.lastOffset
                //: %1 is an offset
                ? Text::tr(" at offset %1").arg(tally.firstOffset)
                //: %1 and %2 are the first and last offset
                : Text::tr(" at offsets %1–%2").arg(tally.firstOffset).arg(tally.lastOffset);
        //: %1 is a partition number, %2 a record count, %3 where they are (may be empty)
        parts << Text::tr("partition %1: %2%3")
                     .arg(partition)
                     .arg(formatCount(tally.records), offsets);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

QString describeRun(const app::ProduceSummary& summary, const QString& topic, qint64 elapsedMs,
                    bool running) {
    const QString total = summary.total >= 0 ? formatCount(summary.total) : QStringLiteral("?");
    if (running)
        //: %1 records handed over so far, %2 all records of the run
        return Text::tr("Sending… %1 of %2 records").arg(formatCount(summary.attempted), total);

    QStringList sentences;
    const double seconds = double(elapsedMs) / 1000.0;
    QString written =
        //: %n written records, %1 the topic, %2 the duration ("12 ms", "1.5 s")
        Text::tr("%Ln record(s) written to %1 in %2", nullptr,
                 int(std::min<int64_t>(summary.succeeded, INT_MAX)))
            .arg(topic, formatDurationMs(elapsedMs));
    // A rate over a blink of an eye says nothing.
    if (summary.succeeded > 1 && elapsedMs >= 1000)
        //: records per second
        written +=
            Text::tr(" (%1/s)").arg(formatCount(qint64(double(summary.succeeded) / seconds)));
    written += summary.partitions.empty()
                   ? QStringLiteral(".")
                   : QStringLiteral(": ") + partitionList(summary) + QLatin1Char('.');
    sentences << written;
    if (summary.failed > 0)
        sentences << Text::tr("%Ln record(s) failed.", nullptr,
                              int(std::min<int64_t>(summary.failed, INT_MAX)));
    const int64_t notSent = summary.total >= 0 ? summary.total - summary.attempted : 0;
    if (summary.cancelled && notSent > 0)
        sentences << Text::tr("Cancelled: %Ln record(s) were not sent.", nullptr,
                              int(std::min<int64_t>(notSent, INT_MAX)));
    else if (notSent > 0)
        sentences << Text::tr("Stopped: %Ln record(s) were not sent.", nullptr,
                              int(std::min<int64_t>(notSent, INT_MAX)));
    return sentences.join(QLatin1Char(' '));
}

} // namespace samsa::ui
