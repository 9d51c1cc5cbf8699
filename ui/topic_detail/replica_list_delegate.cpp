#include "ui/topic_detail/replica_list_delegate.h"

#include "ui/topic_detail/partitions_model.h"
#include "ui/topic_detail/status_colors.h"

#include <QApplication>
#include <QPainter>

namespace samsa::ui {

void ReplicaListDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const {
    const QVariantList replicas = index.data(PartitionsModel::ReplicaIdsRole).toList();
    const QVariantList lagging = index.data(PartitionsModel::OutOfSyncRole).toList();
    if (lagging.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background, focus and selection as usual, then the ids one by one.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
                           .adjusted(2, 0, -2, 0);
    const bool selected = option.state & QStyle::State_Selected;
    const QColor normal = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QFont bold = option.font;
    bold.setBold(true);
    painter->save();
    int x = text.left();
    const auto draw = [&](const QString& part, bool behind) {
        painter->setFont(behind ? bold : option.font);
        painter->setPen(behind && !selected ? warningColor() : normal);
        painter->drawText(QRect(x, text.top(), std::max(0, text.right() - x), text.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, part);
        x += QFontMetrics(painter->font()).horizontalAdvance(part);
    };
    for (qsizetype i = 0; i < replicas.size() && x < text.right(); ++i) {
        if (i > 0) draw(QStringLiteral(", "), false);
        draw(replicas.at(i).toString(), lagging.contains(replicas.at(i)));
    }
    painter->restore();
}

} // namespace samsa::ui
