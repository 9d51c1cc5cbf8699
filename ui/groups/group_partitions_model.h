#pragma once

#include "app/monitor/monitor_types.h"
#include "ui/groups/keyed_table_model.h"

namespace samsa::ui {

// The partitions of one group: committed and end offsets, lag, time lag, status, owner.
class GroupPartitionsModel : public KeyedTableModel<monitor::PartitionState, monitor::PartitionKey> {
    Q_OBJECT
public:
    enum Column {
        Topic,
        Partition,
        Committed,
        LogEnd,
        Lag,
        TimeLag,
        Status,
        Owner,
        LastCommit,
        Metadata,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;

    explicit GroupPartitionsModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void apply(const monitor::GroupSnapshot& group);

protected:
    monitor::PartitionKey keyOf(const monitor::PartitionState& row) const override { return row.key; }

private:
    QVariant display(const monitor::PartitionState& p, int column) const;
};

} // namespace samsa::ui
