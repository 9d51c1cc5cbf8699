#pragma once

#include <QColor>

class QPalette;

namespace samsa::ui {

// Colours for payload views. The palette gives the text and background; the accents are
// picked for its lightness, so they read on a light and on a dark theme alike.
struct SyntaxColors {
    QColor memberName;
    QColor string;
    QColor number;
    QColor literal;     // true, false, null
    QColor punctuation; // braces, brackets, commas, colons; also offsets in the hex view
    QColor invalidText; // bytes that are not UTF-8, shown as \xNN
    QColor invalidBackground;
    QColor controlText; // control characters, shown as \uNNNN or \r
    QColor controlBackground;
};

SyntaxColors syntaxColorsFor(const QPalette& palette);

} // namespace samsa::ui
