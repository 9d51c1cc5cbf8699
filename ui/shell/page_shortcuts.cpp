#include "ui/shell/page_shortcuts.h"

#include <QAbstractButton>
#include <QAction>
#include <QHash>
#include <QPointer>
#include <QShortcut>
#include <QWidget>

namespace samsa::ui {

namespace {

// What a page bound to the window's keys, kept on the page so it goes with it.
class TakenShortcuts : public QObject {
public:
    explicit TakenShortcuts(QObject* page) : QObject(page) { setObjectName(name()); }
    static QString name() { return QStringLiteral("samsaTakenShortcuts"); }
    // Without Q_OBJECT, findChild<TakenShortcuts*> would match any child.
    static TakenShortcuts* of(QWidget* page) {
        return dynamic_cast<TakenShortcuts*>(
            page->findChild<QObject*>(name(), Qt::FindDirectChildrenOnly));
    }
    QHash<QKeySequence, QPointer<QObject>> handlers;
};

// A dialog the page made is a window of its own: its keys never meet the main window's.
bool inPageWindow(QObject* object, QWidget* page) {
    for (QObject* o = object->parent(); o && o != page; o = o->parent()) {
        auto* widget = qobject_cast<QWidget*>(o);
        if (widget && widget->isWindow()) return false;
    }
    auto* widget = qobject_cast<QWidget*>(object);
    return !(widget && widget->isWindow());
}

template <typename T, typename Keys, typename SetKeys>
void takeOver(QWidget* page, const QList<QKeySequence>& windowKeys, TakenShortcuts* taken,
              Keys keys, SetKeys setKeys) {
    for (T* object : page->findChildren<T*>()) {
        if (!inPageWindow(object, page)) continue;
        QList<QKeySequence> own = keys(object);
        bool changed = false;
        for (const QKeySequence& key : windowKeys) {
            if (own.removeAll(key) == 0) continue;
            changed = true;
            if (!taken->handlers.value(key)) taken->handlers.insert(key, object);
        }
        if (changed) setKeys(object, own);
    }
}

} // namespace

void takeOverPageShortcuts(QWidget* page, const QList<QKeySequence>& windowKeys) {
    TakenShortcuts* taken = TakenShortcuts::of(page);
    if (!taken) taken = new TakenShortcuts(page);
    takeOver<QAction>(
        page, windowKeys, taken, [](QAction* a) { return a->shortcuts(); },
        [](QAction* a, const QList<QKeySequence>& keys) { a->setShortcuts(keys); });
    takeOver<QShortcut>(
        page, windowKeys, taken, [](QShortcut* s) { return s->keys(); },
        [](QShortcut* s, const QList<QKeySequence>& keys) { s->setKeys(keys); });
    takeOver<QAbstractButton>(
        page, windowKeys, taken,
        [](QAbstractButton* b) { return QList<QKeySequence>{b->shortcut()}; },
        [](QAbstractButton* b, const QList<QKeySequence>& keys) { b->setShortcut(keys.value(0)); });
}

bool triggerPageShortcut(QWidget* page, const QKeySequence& key) {
    if (!page) return false;
    TakenShortcuts* taken = TakenShortcuts::of(page);
    QObject* handler = taken ? taken->handlers.value(key).data() : nullptr;
    if (!handler) return false;
    if (auto* action = qobject_cast<QAction*>(handler)) {
        if (!action->isEnabled()) return false;
        action->trigger();
    } else if (auto* shortcut = qobject_cast<QShortcut*>(handler)) {
        if (!shortcut->isEnabled()) return false;
        emit shortcut->activated();
    } else if (auto* button = qobject_cast<QAbstractButton*>(handler)) {
        if (!button->isEnabled()) return false;
        button->click();
    }
    return true;
}

} // namespace samsa::ui
