#pragma once

#include <QStyledItemDelegate>

namespace samsa::ui {

// Paints a partition's replica list with each replica that fell out of the in-sync set
// in the warning colour, so "1, 2, 3" shows at a glance which copy lags rather than
// only that one does.
class ReplicaListDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};

} // namespace samsa::ui
