#pragma once

#include "app/monitor/monitor_types.h"

#include <QHash>
#include <QList>
#include <optional>

namespace samsa::ui {

// Where a reset moves a group's committed offsets, as kafka-consumer-groups offers.
enum class ResetTarget { Earliest, Latest, Timestamp, Offset, Shift };

struct ResetSpec {
    ResetTarget target = ResetTarget::Earliest;
    qint64 value = 0; // ms since the epoch, an offset, or a signed shift
};

// One partition of a reset: where it is, where it would go, and (after applying) how it
// went.
struct ResetRow {
    monitor::PartitionKey partition;
    qint64 current = -1; // -1: nothing committed
    qint64 logStart = -1;
    qint64 logEnd = -1;
    qint64 target = -1;  // -1: cannot be reset (offsets unknown)
    QString note;        // why the target is not exactly what was asked
    std::optional<QString> result; // after applying: empty for success, else the error

    qint64 lagBefore() const { return current < 0 || logEnd < 0 ? -1 : std::max<qint64>(0, logEnd - current); }
    qint64 lagAfter() const { return target < 0 || logEnd < 0 ? -1 : std::max<qint64>(0, logEnd - target); }
};

// The plan for `partitions` (with their current, start and end offsets filled in).
// `byTimestamp` holds the ListOffsets answer for a Timestamp reset: the first offset at or
// after the time, -1 when no record is that late. Targets are kept inside the log.
QList<ResetRow> planReset(QList<ResetRow> partitions, const ResetSpec& spec,
                          const QHash<monitor::PartitionKey, qint64>& byTimestamp = {});

} // namespace samsa::ui
