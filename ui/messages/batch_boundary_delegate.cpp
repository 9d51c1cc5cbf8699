#include "ui/messages/batch_boundary_delegate.h"

#include "ui/messages/message_table_model.h"

#include <QPainter>

namespace samsa::ui {

void BatchBoundaryDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const {
    QStyledItemDelegate::paint(painter, option, index);
    if (!m_show || !index.data(MessageTableModel::BatchStartRole).toBool()) return;
    painter->save();
    QPen pen(option.palette.color(QPalette::Highlight));
    pen.setWidth(1);
    painter->setPen(pen);
    painter->drawLine(option.rect.topLeft(), option.rect.topRight());
    painter->restore();
}

} // namespace samsa::ui
