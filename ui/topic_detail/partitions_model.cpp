#include "ui/topic_detail/partitions_model.h"

#include "ui/common/format.h"
#include "ui/topic_detail/status_colors.h"

#include <QStringList>
#include <map>

namespace samsa::ui {

namespace {

QString joinIds(const QList<int>& ids) {
    QStringList parts;
    for (int id : ids)
        parts << QString::number(id);
    return parts.join(QStringLiteral(", "));
}

QList<int> toList(const std::vector<int32_t>& ids) { return QList<int>(ids.begin(), ids.end()); }

QList<int> outOfSync(const PartitionsModel::Row& row) {
    QList<int> missing;
    for (int id : row.replicas)
        if (!row.isr.contains(id)) missing << id;
    return missing;
}

QVariantList toVariants(const QList<int>& ids) {
    QVariantList list;
    for (int id : ids)
        list << id;
    return list;
}

qint64 messagesOf(const PartitionsModel::Row& row) {
    if (row.logStart < 0 || row.highWatermark < 0) return -1;
    return row.highWatermark - row.logStart;
}

} // namespace

PartitionsModel::PartitionsModel(QObject* parent) : QAbstractTableModel(parent) {}

QList<PartitionsModel::Row> PartitionsModel::buildRows(
    const client::TopicDescription& topic,
    const std::vector<client::PartitionWatermarks>& watermarks,
    const std::vector<client::LogDirInfo>& logDirs) {
    std::map<int, const client::PartitionWatermarks*> marks;
    for (const auto& w : watermarks)
        if (w.partition.topic == topic.name && !w.error) marks[w.partition.partition] = &w;
    // The leader's copy is the one users mean by "size"; fall back to the largest replica
    // when the leader's directory did not answer.
    std::map<int, qint64> leaderSize, anySize;
    std::map<int, int> leaders;
    for (const auto& p : topic.partitions)
        leaders[p.partition] = p.leader;
    for (const auto& dir : logDirs) {
        if (dir.error) continue;
        for (const auto& lp : dir.partitions) {
            if (lp.partition.topic != topic.name || lp.future) continue;
            const int id = lp.partition.partition;
            anySize[id] = std::max(anySize.count(id) ? anySize[id] : 0, qint64(lp.sizeBytes));
            if (leaders.count(id) && leaders[id] == dir.broker) leaderSize[id] = lp.sizeBytes;
        }
    }

    QList<Row> rows;
    rows.reserve(qsizetype(topic.partitions.size()));
    for (const auto& p : topic.partitions) {
        Row row;
        row.partition = p.partition;
        row.leader = p.leader;
        row.replicas = toList(p.replicas);
        row.isr = toList(p.isr);
        row.offline = toList(p.offline);
        if (p.error != ErrorCode::None)
            row.error = QString::fromUtf8(errorName(p.error).data(), qsizetype(errorName(p.error).size()));
        if (const auto it = marks.find(p.partition); it != marks.end()) {
            row.logStart = it->second->earliest;
            row.highWatermark = it->second->latest;
        }
        if (leaderSize.count(p.partition)) row.sizeBytes = leaderSize[p.partition];
        else if (anySize.count(p.partition)) row.sizeBytes = anySize[p.partition];
        rows << row;
    }
    return rows;
}

void PartitionsModel::setRows(QList<Row> rows) {
    // A refresh replaces everything; the partition count only grows, but a deleted and
    // recreated topic can shrink it, so a reset is the honest signal.
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

qint64 PartitionsModel::totalMessages() const {
    qint64 total = -1;
    for (const auto& row : m_rows)
        if (const qint64 n = messagesOf(row); n >= 0) total = (total < 0 ? 0 : total) + n;
    return total;
}

qint64 PartitionsModel::totalBytes() const {
    qint64 total = -1;
    for (const auto& row : m_rows)
        if (row.sizeBytes >= 0) total = (total < 0 ? 0 : total) + row.sizeBytes;
    return total;
}

int PartitionsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PartitionsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
// Numbers line up on the right, in the cells and over them.
QVariant alignment(int column) {
    return column >= PartitionsModel::LogStart ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                               : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
}
} // namespace

QVariant PartitionsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case SortRole:
        return sortValue(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case ReplicaIdsRole:
        return column == Replicas ? toVariants(row.replicas) : QVariant();
    case OutOfSyncRole:
        return column == Replicas ? toVariants(outOfSync(row)) : QVariant();
    case Qt::TextAlignmentRole:
        return alignment(column);
    case Qt::ForegroundRole:
        if (column == Leader && row.leader < 0) return errorColor();
        if ((column == Replicas || column == InSync) && !outOfSync(row).isEmpty())
            return warningColor();
        return {};
    default:
        return {};
    }
}

QVariant PartitionsModel::display(const Row& row, int column) const {
    switch (column) {
    case Partition:
        return row.partition;
    case Leader:
        //: The partition has no leader, so nobody can read or write it.
        return row.leader < 0 ? tr("none (offline)") : QString::number(row.leader);
    case Replicas:
        return joinIds(row.replicas);
    case InSync:
        //: No replica is in sync with the leader.
        return row.isr.isEmpty() && !row.replicas.isEmpty() ? tr("none") : joinIds(row.isr);
    case LogStart:
        return row.logStart < 0 ? QStringLiteral("—") : formatCount(row.logStart);
    case HighWatermark:
        return row.highWatermark < 0 ? QStringLiteral("—") : formatCount(row.highWatermark);
    case Messages: {
        const qint64 n = messagesOf(row);
        return n < 0 ? QStringLiteral("—") : formatCount(n);
    }
    case Size:
        return formatBytes(row.sizeBytes);
    }
    return {};
}

QVariant PartitionsModel::sortValue(const Row& row, int column) const {
    switch (column) {
    case Partition:
        return row.partition;
    case Leader:
        return row.leader;
    case Replicas:
        return row.replicas.isEmpty() ? -1 : row.replicas.first();
    case InSync:
        // Partitions missing replicas first when sorted ascending: the ones to look at.
        return qint64(row.isr.size()) - qint64(row.replicas.size());
    case LogStart:
        return row.logStart;
    case HighWatermark:
        return row.highWatermark;
    case Messages:
        return messagesOf(row);
    case Size:
        return row.sizeBytes;
    }
    return {};
}

QVariant PartitionsModel::toolTip(const Row& row, int column) const {
    switch (column) {
    case Leader:
        if (row.leader < 0)
            return row.error.isEmpty()
                       ? tr("No broker leads this partition; it cannot be read or written.")
                       : tr("No broker leads this partition (%1); it cannot be read or written.")
                             .arg(row.error);
        return tr("Broker %1 leads this partition: producers write to it and consumers read "
                  "from it.")
            .arg(row.leader);
    case Replicas:
    case InSync: {
        QStringList lines;
        for (int id : outOfSync(row))
            lines << tr("replica %1 is not in sync").arg(id);
        if (!lines.isEmpty()) return lines.join(QLatin1Char('\n'));
        return column == Replicas
                   ? tr("Brokers holding a copy of this partition; the first is the preferred "
                        "leader.")
                   : tr("In-sync replicas: copies that have caught up with the leader and can "
                        "take over if it fails.");
    }
    case LogStart:
        return tr("The oldest offset still stored; older records were deleted by retention "
                  "or a purge.");
    case HighWatermark:
        return tr("The offset after the last record copied to every in-sync replica; "
                  "consumers read up to here.");
    case Messages:
        return tr("Records between the log start offset and the high watermark (with "
                  "compaction or transactions, fewer may actually be stored).");
    case Size:
        return row.sizeBytes < 0 ? tr("No broker reported the size of this partition's log.")
                                 : tr("Bytes on disk of the leader's copy of the log.");
    }
    return {};
}

QVariant PartitionsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Partition:
            return tr("Partition");
        case Leader:
            return tr("Leader");
        case Replicas:
            return tr("Replicas");
        case InSync:
            //: Column header: in-sync replicas (ISR).
            return tr("In sync");
        case LogStart:
            return tr("Log start");
        case HighWatermark:
            return tr("High watermark");
        case Messages:
            return tr("Messages");
        case Size:
            return tr("Size");
        }
    }
    if (role == Qt::ToolTipRole && section == InSync)
        return tr("In-sync replicas (ISR): the copies that have caught up with the leader.");
    if (role == Qt::TextAlignmentRole) return alignment(section);
    return {};
}

} // namespace samsa::ui
