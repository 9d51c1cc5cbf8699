#include "ui/messages/problem_label.h"

#include <QLabel>

namespace samsa::ui {

QLabel* makeProblemLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    label->setPalette(p);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    label->setFont(f);
    label->hide();
    return label;
}

} // namespace samsa::ui
