#include "ui/groups/reset_preview_model.h"

#include "ui/common/format.h"
#include "ui/groups/group_format.h"

namespace samsa::ui {

ResetPreviewModel::ResetPreviewModel(QObject* parent) : QAbstractTableModel(parent) {}

int ResetPreviewModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResetPreviewModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

void ResetPreviewModel::setRows(const QList<ResetRow>& rows) {
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void ResetPreviewModel::setResults(const QHash<monitor::PartitionKey, QString>& results) {
    for (ResetRow& r : m_rows)
        if (results.contains(r.partition)) r.result = results.value(r.partition);
    if (!m_rows.isEmpty()) emit dataChanged(index(0, Result), index(int(m_rows.size()) - 1, Result));
}

QVariant ResetPreviewModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const ResetRow& r = m_rows[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Partition:
            return r.partition.toString();
        case Current:
            return r.current < 0 ? tr("none") : formatCount(r.current);
        case Target:
            return r.target < 0 ? QStringLiteral("—") : formatCount(r.target);
        case LagBefore:
            return formatLag(r.lagBefore());
        case LagAfter: {
            if (r.lagAfter() < 0) return QStringLiteral("—");
            const qint64 change = r.lagBefore() < 0 ? 0 : r.lagAfter() - r.lagBefore();
            if (change == 0) return formatCount(r.lagAfter());
            //: Lag after a reset and its change, e.g. "120 (+100)".
            return tr("%1 (%2%3)").arg(formatCount(r.lagAfter()), change > 0 ? QStringLiteral("+") : QString(),
                                      formatCount(change));
        }
        case Result:
            if (!r.result) return r.note.isEmpty() ? tr("not applied yet") : r.note;
            return r.result->isEmpty() ? tr("done") : *r.result;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Result && !r.note.isEmpty()) return r.note;
    if (role == Qt::ForegroundRole && index.column() == Result && r.result && !r.result->isEmpty())
        return lagStatusColor(monitor::LagStatus::Err);
    if (role == Qt::ForegroundRole && index.column() == Target && r.target != r.current && r.target >= 0)
        return QColor(38, 139, 210);
    if (role == Qt::TextAlignmentRole)
        return index.column() == Partition || index.column() == Result ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                                       : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ResetPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Partition:
        return tr("Partition");
    case Current:
        return tr("Committed now");
    case Target:
        return tr("After the reset");
    case LagBefore:
        return tr("Lag now");
    case LagAfter:
        return tr("Lag after");
    case Result:
        return tr("Result");
    default:
        return {};
    }
}

} // namespace samsa::ui
