#include "ui/groups/group_partitions_model.h"

#include "ui/common/format.h"
#include "ui/groups/group_format.h"

namespace samsa::ui {

using monitor::PartitionState;

GroupPartitionsModel::GroupPartitionsModel(QObject* parent) : KeyedTableModel(parent) {}

int GroupPartitionsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

void GroupPartitionsModel::apply(const monitor::GroupSnapshot& group) {
    replaceRows(group.partitions);
}

QVariant GroupPartitionsModel::display(const PartitionState& p, int column) const {
    switch (column) {
    case Topic:
        return p.key.topic;
    case Partition:
        return QString::number(p.key.partition);
    case Committed:
        //: No committed offset for this partition yet.
        return p.committed < 0 ? tr("none") : formatCount(p.committed);
    case LogEnd:
        return formatLag(p.logEnd);
    case Lag:
        return formatLag(p.lag);
    case TimeLag:
        return formatTimeLag(p.timeLagMs);
    case Status:
        return monitor::lagStatusName(p.verdict.status);
    case Owner:
        if (p.ownerMemberId.isEmpty()) return tr("(unassigned)");
        return p.ownerHost.isEmpty() ? p.ownerClientId : tr("%1 on %2").arg(p.ownerClientId, p.ownerHost);
    case LastCommit:
        if (p.lastCommitMs < 0) return QStringLiteral("—");
        //: A commit time seen from polling, accurate to the sampling interval.
        return p.lastCommitExact ? formatMoment(p.lastCommitMs) : tr("≈ %1").arg(formatMoment(p.lastCommitMs));
    case Metadata:
        return p.commitMetadata;
    default:
        return {};
    }
}

QVariant GroupPartitionsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const PartitionState& p = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(p, index.column());
    case SortRole:
        switch (index.column()) {
        case Partition:
            return qint64(p.key.partition);
        case Committed:
            return p.committed;
        case LogEnd:
            return p.logEnd;
        case Lag:
            return p.lag;
        case TimeLag:
            return p.timeLagMs;
        case Status:
            return qint64(p.verdict.status);
        case LastCommit:
            return p.lastCommitMs;
        case Topic:
            // Topic, then partition number: the natural order of a group's partitions.
            return p.key.topic + QStringLiteral("\n%1").arg(p.key.partition, 8, 10, QLatin1Char('0'));
        default:
            return display(p, index.column()).toString().toLower();
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Status:
            return p.verdict.explanation;
        case Owner:
            return p.ownerMemberId.isEmpty() ? tr("No member of the group is assigned this partition")
                                             : p.ownerMemberId;
        case Lag:
            if (p.consumeRate > 0 || p.produceRate > 0)
                return tr("Consumed %1, produced %2").arg(formatRate(p.consumeRate), formatRate(p.produceRate));
            return {};
        case LastCommit:
            return p.lastCommitExact ? tr("From the commit record in __consumer_offsets")
                                     : tr("When the monitor saw the committed offset change");
        default:
            return {};
        }
    case Qt::DecorationRole:
        return index.column() == Status ? QVariant(lagStatusIcon(p.verdict.status)) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Status && p.verdict.status > monitor::LagStatus::Ok)
            return lagStatusColor(p.verdict.status);
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Partition:
        case Committed:
        case LogEnd:
        case Lag:
        case TimeLag:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    default:
        return {};
    }
}

QVariant GroupPartitionsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Topic:
            return tr("Topic");
        case Partition:
            return tr("Partition");
        case Committed:
            return tr("Committed");
        case LogEnd:
            return tr("Log end");
        case Lag:
            return tr("Lag");
        case TimeLag:
            return tr("Time lag");
        case Status:
            return tr("Status");
        case Owner:
            return tr("Owner");
        case LastCommit:
            return tr("Last commit");
        case Metadata:
            return tr("Commit metadata");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Committed:
            return tr("The offset the group will read next: the position its consumers committed");
        case LogEnd:
            return tr("The high watermark: the offset the next message written will get");
        case Lag:
            return tr("Messages not yet consumed: log end minus committed offset");
        case TimeLag:
            return tr("How old the next message to consume is: how far behind in time the "
                      "consumer is");
        case Owner:
            return tr("The member the group's leader assigned this partition to");
        case Metadata:
            return tr("The free text a consumer may store with its commit");
        default:
            return {};
        }
    }
    return {};
}

} // namespace samsa::ui
