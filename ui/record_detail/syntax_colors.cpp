#include "ui/record_detail/syntax_colors.h"

#include <QPalette>

namespace samsa::ui {

namespace {

// Between two colours: 0 gives `a`, 1 gives `b`.
QColor mix(const QColor& a, const QColor& b, qreal amount) {
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amount,
                            a.greenF() + (b.greenF() - a.greenF()) * amount,
                            a.blueF() + (b.blueF() - a.blueF()) * amount);
}

} // namespace

SyntaxColors syntaxColorsFor(const QPalette& palette) {
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const bool dark = base.lightness() < 128;
    SyntaxColors c;
    if (dark) {
        c.memberName = QColor(120, 180, 245);
        c.string = QColor(150, 210, 140);
        c.number = QColor(240, 170, 100);
        c.literal = QColor(210, 150, 235);
        c.invalidText = QColor(255, 200, 200);
        c.invalidBackground = QColor(120, 40, 45);
        c.controlText = QColor(210, 215, 255);
        c.controlBackground = QColor(55, 60, 105);
    } else {
        c.memberName = QColor(20, 80, 165);
        c.string = QColor(25, 120, 50);
        c.number = QColor(175, 85, 0);
        c.literal = QColor(135, 45, 160);
        c.invalidText = QColor(150, 20, 20);
        c.invalidBackground = QColor(255, 215, 215);
        c.controlText = QColor(40, 45, 130);
        c.controlBackground = QColor(222, 225, 250);
    }
    c.punctuation = mix(text, base, 0.45);
    return c;
}

} // namespace samsa::ui
