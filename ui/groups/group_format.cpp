#include "ui/groups/group_format.h"

#include "ui/common/format.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <algorithm>

namespace samsa::ui {

using monitor::LagStatus;

namespace {
// The translation context of these texts.
class GroupFormat {
    Q_DECLARE_TR_FUNCTIONS(samsa::ui::GroupFormat)
};
} // namespace

QString formatLag(qint64 messages) {
    return messages < 0 ? QStringLiteral("—") : formatCount(messages);
}

QString formatTimeLag(qint64 ms) {
    if (ms < 0) return QStringLiteral("—");
    const qint64 s = ms / 1000;
    if (s < 60) return GroupFormat::tr("%1 s").arg(s);
    if (s < 3600) return GroupFormat::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    if (s < 86400) return GroupFormat::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return GroupFormat::tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

QString formatRate(double perSecond) {
    //: Messages per second.
    return GroupFormat::tr("%1/s").arg(QLocale().toString(perSecond, 'f', perSecond < 10 ? 1 : 0));
}

QString formatMoment(qint64 ms) {
    if (ms < 0) return QStringLiteral("—");
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms);
    const QLocale locale;
    if (t.date() == QDate::currentDate()) return locale.toString(t.time(), QStringLiteral("HH:mm:ss"));
    return locale.toString(t, QLocale::ShortFormat);
}

QString formatPartitions(const QList<monitor::PartitionKey>& partitions) {
    QList<monitor::PartitionKey> sorted = partitions;
    std::sort(sorted.begin(), sorted.end());
    QStringList topics;
    for (qsizetype i = 0; i < sorted.size();) {
        const QString topic = sorted[i].topic;
        QStringList ranges;
        while (i < sorted.size() && sorted[i].topic == topic) {
            const int first = sorted[i].partition;
            int last = first;
            ++i;
            while (i < sorted.size() && sorted[i].topic == topic && sorted[i].partition == last + 1)
                last = sorted[i++].partition;
            ranges << (first == last ? QString::number(first)
                                     : QStringLiteral("%1–%2").arg(first).arg(last));
        }
        topics << topic + QStringLiteral(": ") + ranges.join(QStringLiteral(", "));
    }
    return topics.join(QStringLiteral("; "));
}

QColor lagStatusColor(LagStatus status) {
    switch (status) {
    case LagStatus::Ok:
        return QColor(46, 160, 67);
    case LagStatus::Warn:
        return QColor(214, 150, 0);
    case LagStatus::Stall:
        return QColor(230, 110, 20);
    case LagStatus::Err:
        return QColor(210, 40, 40);
    case LagStatus::Stop:
        return QColor(150, 30, 120);
    case LagStatus::Unknown:
        break;
    }
    return QColor(140, 140, 140);
}

QIcon lagStatusIcon(LagStatus status) {
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(lagStatusColor(status));
    p.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(pixmap);
}

QString lagStatusMeaning(LagStatus status) {
    switch (status) {
    case LagStatus::Ok:
        return GroupFormat::tr("OK: the consumer keeps up (lag reached zero or is shrinking).");
    case LagStatus::Warn:
        return GroupFormat::tr("WARN: the consumer commits, but lag grows at every sample.");
    case LagStatus::Stall:
        return GroupFormat::tr("STALL: a member owns the partition, but its committed offset does "
                               "not move while messages wait.");
    case LagStatus::Err:
        return GroupFormat::tr("ERR: no member reads the partition and messages wait: the "
                               "consumer stopped.");
    case LagStatus::Stop:
        return GroupFormat::tr("STOP: no commit for a long time while messages wait: the consumer "
                               "is gone.");
    case LagStatus::Unknown:
        break;
    }
    return GroupFormat::tr("Not judged yet: the monitor needs a committed offset and a few samples.");
}

QString groupStateMeaning(const QString& state) {
    if (state == QLatin1String("Stable"))
        return GroupFormat::tr("Stable: every member has its partitions and consumes.");
    if (state == QLatin1String("PreparingRebalance"))
        return GroupFormat::tr("Preparing rebalance: members are rejoining; nobody consumes until "
                               "the group is stable again.");
    if (state == QLatin1String("CompletingRebalance"))
        return GroupFormat::tr("Completing rebalance: the leader is handing out partitions.");
    if (state == QLatin1String("Empty"))
        return GroupFormat::tr("Empty: no member is connected; the group only keeps its committed "
                               "offsets.");
    if (state == QLatin1String("Dead"))
        return GroupFormat::tr("Dead: the group no longer exists.");
    return state;
}

} // namespace samsa::ui
