#pragma once

#include <QString>

class QAbstractItemView;
class QTableView;
class QWidget;

namespace samsa::app {
class ProfileStore;
}

namespace samsa::ui {

// The look every read-only table of the app shares: whole-row selection, sorting,
// compact rows, no grid, last column stretching.
void setUpReadOnlyTable(QTableView* view);

// Remembers what the user makes of the columns of `view` (a table or a tree): widths,
// order, hidden columns and the sort column, in the settings database's UI state under
// `key`. The saved layout is applied now, and once more when the first rows arrive,
// because pages often size their columns to the first data they show. Only changes made
// with the mouse on the header are saved, so a page's own sizing never overwrites the
// user's. A null store does nothing.
void rememberTableLayout(QAbstractItemView* view, samsa::app::ProfileStore* store,
                         const QString& key);
// The same for every table and tree inside `page` that has an object name, keyed by the
// page's class and the view's name (so one page's tables share a layout across clusters).
void rememberTableLayouts(QWidget* page, samsa::app::ProfileStore* store);
// The key rememberTableLayouts uses for `view` inside `page`.
QString tableLayoutKey(const QWidget* page, const QAbstractItemView* view);

} // namespace samsa::ui
