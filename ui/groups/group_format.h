#pragma once

#include "app/monitor/monitor_types.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace samsa::ui {

// How the groups pages write what the monitor measures. Unknown values (-1) are "—".
QString formatLag(qint64 messages);
// "0 s", "42 s", "3 min 10 s", "2 h 5 min": how far behind the consumer is in time.
QString formatTimeLag(qint64 ms);
QString formatRate(double perSecond);
// A moment as a local clock time, with the date when it is not today.
QString formatMoment(qint64 msSinceEpoch);
// "orders: 0–2, 5; payments: 1", compact for long assignments.
QString formatPartitions(const QList<monitor::PartitionKey>& partitions);

// Colours and small round icons for the lag statuses, readable on light and dark themes.
QColor lagStatusColor(monitor::LagStatus status);
QIcon lagStatusIcon(monitor::LagStatus status);
// What a status means, for tool tips of headers and legends.
QString lagStatusMeaning(monitor::LagStatus status);
// Kafka's group states in words ("Stable — every member has its partitions").
QString groupStateMeaning(const QString& state);

} // namespace samsa::ui
