#pragma once

#include <QKeySequence>
#include <QList>

class QWidget;

namespace samsa::ui {

// The main window's menus own a few keys (F5, Ctrl+F...). When a page binds one of them
// too, Qt finds two bindings for the key and runs neither. So when a page opens, the
// window takes over the page's bindings of its keys: the page keeps what they did, and
// the window's action runs it (see triggerPageShortcut). Bindings a page makes later are
// not seen.
void takeOverPageShortcuts(QWidget* page, const QList<QKeySequence>& windowKeys);

// Runs what `page` had bound to `key` itself (an action, a QShortcut or a button).
// False when it had nothing there, and the window does its general thing instead.
bool triggerPageShortcut(QWidget* page, const QKeySequence& key);

} // namespace samsa::ui
