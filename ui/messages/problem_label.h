#pragma once

class QLabel;
class QWidget;

namespace samsa::ui {

// A hidden, small red label for what is wrong with the input just above or beside it;
// the browse and filter bars share it so their problems look alike.
QLabel* makeProblemLabel(QWidget* parent);

} // namespace samsa::ui
