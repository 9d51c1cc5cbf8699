#pragma once

#include "ui/groups/reset_plan.h"

#include <QAbstractTableModel>

namespace samsa::ui {

// The dry run of an offset reset: each partition's committed offset now and after, the
// lag before and after, and once applied, the broker's answer for it.
class ResetPreviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Partition, Current, Target, LagBefore, LagAfter, Result, ColumnCount };

    explicit ResetPreviewModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(const QList<ResetRow>& rows);
    const QList<ResetRow>& rows() const { return m_rows; }
    // Records the broker's answer per partition (empty string: success).
    void setResults(const QHash<monitor::PartitionKey, QString>& results);

private:
    QList<ResetRow> m_rows;
};

} // namespace samsa::ui
