#pragma once

#include <QStyledItemDelegate>

namespace samsa::ui {

// Draws a line above the first record of each batch when asked to, so the batches a
// producer sent (and their compression, producer and transaction) show as groups.
class BatchBoundaryDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setShowBoundaries(bool show) { m_show = show; }
    bool showsBoundaries() const { return m_show; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    bool m_show = false;
};

} // namespace samsa::ui
