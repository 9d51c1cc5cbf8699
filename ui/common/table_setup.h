#pragma once

class QTableView;

namespace samsa::ui {

// The look every read-only table of the app shares: whole-row selection, sorting,
// compact rows, no grid, last column stretching.
void setUpReadOnlyTable(QTableView* view);

} // namespace samsa::ui
