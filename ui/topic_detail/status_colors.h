#pragma once

#include <QColor>

namespace samsa::ui {

// Text colours for cells that need attention; dark enough to read on a light table and
// bright enough on a dark one.
inline QColor warningColor() { return QColor(196, 120, 0); }
inline QColor errorColor() { return QColor(210, 40, 40); }

} // namespace samsa::ui
