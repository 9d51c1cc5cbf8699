#pragma once

#include "app/lab/rebalance_lab.h"
#include "ui/groups/keyed_table_model.h"

namespace samsa::ui {

// The rebalance lab's consumers: what each is doing, what it owns, how much it read.
class LabConsumersModel : public KeyedTableModel<lab::RebalanceLab::Entry, int> {
    Q_OBJECT
public:
    enum Column { Consumer, State, Assignment, Consumed, Settings, Error, ColumnCount };
    static constexpr int IdRole = Qt::UserRole;

    explicit LabConsumersModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void apply(const QList<lab::RebalanceLab::Entry>& entries);

    static QString stateName(lab::ConsumerStatus::State state);

protected:
    int keyOf(const lab::RebalanceLab::Entry& row) const override { return row.id; }
};

} // namespace samsa::ui
