#pragma once

#include "app/monitor/monitor_types.h"
#include "ui/groups/keyed_table_model.h"

namespace samsa::ui {

// Every consumer group of a cluster as the monitor last sampled it, one row per group,
// refreshed in place.
class GroupListModel : public KeyedTableModel<monitor::GroupSnapshot, QString> {
    Q_OBJECT
public:
    enum Column {
        Group,
        State,
        ProtocolType,
        Assignor,
        Members,
        Topics,
        Lag,
        TimeLag,
        Status,
        Coordinator,
        ColumnCount
    };
    // Raw values for sorting: numbers as qint64, the status by severity.
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int GroupIdRole = Qt::UserRole + 1;

    explicit GroupListModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void apply(const monitor::ClusterSnapshot& snapshot);

protected:
    QString keyOf(const monitor::GroupSnapshot& row) const override { return row.groupId; }

private:
    QVariant display(const monitor::GroupSnapshot& g, int column) const;
    QVariant sortValue(const monitor::GroupSnapshot& g, int column) const;
    QVariant toolTip(const monitor::GroupSnapshot& g, int column) const;
};

} // namespace samsa::ui
