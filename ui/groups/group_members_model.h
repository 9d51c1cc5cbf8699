#pragma once

#include "app/monitor/monitor_types.h"
#include "ui/groups/keyed_table_model.h"

namespace samsa::ui {

// The members of one group with their decoded assignments.
class GroupMembersModel : public KeyedTableModel<monitor::MemberState, QString> {
    Q_OBJECT
public:
    enum Column { ClientId, Host, InstanceId, Partitions, Assignment, MemberId, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;

    explicit GroupMembersModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void apply(const monitor::GroupSnapshot& group);

protected:
    QString keyOf(const monitor::MemberState& row) const override { return row.memberId; }
};

} // namespace samsa::ui
