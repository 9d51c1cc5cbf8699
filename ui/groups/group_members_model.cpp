#include "ui/groups/group_members_model.h"

#include "ui/groups/group_format.h"

namespace samsa::ui {

using monitor::MemberState;

GroupMembersModel::GroupMembersModel(QObject* parent) : KeyedTableModel(parent) {}

int GroupMembersModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

void GroupMembersModel::apply(const monitor::GroupSnapshot& group) {
    replaceRows(group.members);
}

QVariant GroupMembersModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const MemberState& m = m_rows[index.row()];
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case ClientId:
            return m.clientId;
        case Host:
            return m.host;
        case InstanceId:
            return m.instanceId.isEmpty() ? QStringLiteral("—") : m.instanceId;
        case Partitions:
            return role == SortRole ? QVariant(qint64(m.assignment.size())) : QVariant(QString::number(m.assignment.size()));
        case Assignment:
            //: A member the group's leader gave no partition.
            return m.assignment.isEmpty() ? tr("(nothing assigned)") : formatPartitions(m.assignment);
        case MemberId:
            return m.memberId;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Assignment && !m.subscribedTopics.isEmpty())
            return tr("Subscribed to: %1").arg(m.subscribedTopics.join(QStringLiteral(", ")));
        if (index.column() == InstanceId && !m.instanceId.isEmpty())
            return tr("A static member (group.instance.id): it keeps its partitions when it "
                      "restarts within its session timeout");
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == Partitions ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                            : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

QVariant GroupMembersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ClientId:
            return tr("Client id");
        case Host:
            return tr("Host");
        case InstanceId:
            //: Kafka's group.instance.id, set by static members.
            return tr("Instance id");
        case Partitions:
            return tr("Partitions");
        case Assignment:
            return tr("Assigned partitions");
        case MemberId:
            return tr("Member id");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ClientId:
            return tr("The client.id the consumer connects with");
        case MemberId:
            return tr("The id the coordinator gave the member when it joined");
        case Assignment:
            return tr("Partitions the group's leader assigned to this member, decoded from the "
                      "consumer protocol");
        default:
            return {};
        }
    }
    return {};
}

} // namespace samsa::ui
