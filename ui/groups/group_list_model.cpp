#include "ui/groups/group_list_model.h"

#include "ui/groups/group_format.h"

namespace samsa::ui {

using monitor::GroupSnapshot;

GroupListModel::GroupListModel(QObject* parent) : KeyedTableModel(parent) {}

int GroupListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

void GroupListModel::apply(const monitor::ClusterSnapshot& snapshot) {
    replaceRows(snapshot.groups);
}

QVariant GroupListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const GroupSnapshot& g = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(g, index.column());
    case SortRole:
        return sortValue(g, index.column());
    case GroupIdRole:
        return g.groupId;
    case Qt::ToolTipRole:
        return toolTip(g, index.column());
    case Qt::DecorationRole:
        if (index.column() == Status) return lagStatusIcon(g.verdict.status);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Status && g.verdict.status > monitor::LagStatus::Ok)
            return lagStatusColor(g.verdict.status);
        if (index.column() == Group && !g.error.isEmpty()) return lagStatusColor(monitor::LagStatus::Err);
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Members:
        case Lag:
        case TimeLag:
        case Coordinator:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    default:
        return {};
    }
}

QVariant GroupListModel::display(const GroupSnapshot& g, int column) const {
    switch (column) {
    case Group:
        return g.groupId;
    case State:
        return g.state.isEmpty() ? QStringLiteral("—") : g.state;
    case ProtocolType:
        //: A group without a protocol type only stores offsets (no member ever joined).
        return g.protocolType.isEmpty() ? tr("(offsets only)") : g.protocolType;
    case Assignor:
        return g.assignor.isEmpty() ? QStringLiteral("—") : g.assignor;
    case Members:
        return QString::number(g.members.size());
    case Topics:
        return g.topics.join(QStringLiteral(", "));
    case Lag:
        return formatLag(g.totalLag);
    case TimeLag:
        return formatTimeLag(g.maxTimeLagMs);
    case Status:
        return monitor::lagStatusName(g.verdict.status);
    case Coordinator:
        return g.coordinator < 0 ? QStringLiteral("—") : QString::number(g.coordinator);
    default:
        return {};
    }
}

QVariant GroupListModel::sortValue(const GroupSnapshot& g, int column) const {
    switch (column) {
    case Members:
        return qint64(g.members.size());
    case Lag:
        return g.totalLag;
    case TimeLag:
        return g.maxTimeLagMs;
    case Status:
        return qint64(g.verdict.status);
    case Coordinator:
        return qint64(g.coordinator);
    default:
        return display(g, column).toString().toLower();
    }
}

QVariant GroupListModel::toolTip(const GroupSnapshot& g, int column) const {
    switch (column) {
    case Group:
        return g.error.isEmpty() ? g.groupId : g.groupId + QStringLiteral("\n") + g.error;
    case State:
        return groupStateMeaning(g.state);
    case Status:
        return g.verdict.explanation;
    case Topics:
        return g.topics.join(QLatin1Char('\n'));
    case Lag:
        return tr("%1 messages not yet consumed, over %n partition(s)", nullptr, int(g.partitions.size()))
            .arg(formatLag(g.totalLag));
    case TimeLag:
        return tr("How far behind the slowest partition is, from the timestamp of the next "
                  "message to consume");
    default:
        return {};
    }
}

QVariant GroupListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Group:
            return tr("Group");
        case State:
            return tr("State");
        case ProtocolType:
            //: Column header: the group's protocol type, "consumer" for Kafka consumers.
            return tr("Protocol");
        case Assignor:
            return tr("Assignor");
        case Members:
            return tr("Members");
        case Topics:
            return tr("Topics");
        case Lag:
            return tr("Lag");
        case TimeLag:
            return tr("Time lag");
        case Status:
            return tr("Status");
        case Coordinator:
            return tr("Coordinator");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case State:
            return tr("The group coordinator's state for the group: Stable, PreparingRebalance, "
                      "CompletingRebalance, Empty or Dead");
        case Assignor:
            return tr("The partition assignment strategy the members agreed on (range, "
                      "roundrobin, cooperative-sticky…)");
        case Lag:
            return tr("Messages written but not yet consumed: log end offset minus committed "
                      "offset, summed over the group's partitions");
        case TimeLag:
            return tr("Estimated time the group is behind: the age of the next message it will "
                      "read, on its slowest partition");
        case Status:
            return tr("Health judged from a sliding window of commits, as Burrow does: OK, WARN, "
                      "STALL, ERR or STOP");
        case Coordinator:
            return tr("The broker that coordinates the group (chosen from the group id's hash "
                      "over the partitions of __consumer_offsets)");
        default:
            return {};
        }
    }
    return {};
}

} // namespace samsa::ui
