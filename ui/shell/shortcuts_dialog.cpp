#include "ui/shell/shortcuts_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace samsa::ui {

namespace {

QString keysText(const QList<QKeySequence>& keys) {
    QStringList texts;
    for (const QKeySequence& key : keys)
        if (!key.isEmpty()) texts << key.toString(QKeySequence::NativeText);
    return texts.join(QStringLiteral(", "));
}

// Submenus are walked too, their actions under the top menu's heading.
void collect(const QList<QAction*>& actions, QList<QAction*>* into) {
    for (QAction* action : actions) {
        if (action->isSeparator()) continue;
        if (QMenu* sub = action->menu()) {
            collect(sub->actions(), into);
            continue;
        }
        if (!action->shortcuts().isEmpty() && !into->contains(action)) into->append(action);
    }
}

} // namespace

QString plainActionText(const QString& text) {
    QString plain = text;
    plain.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    plain.replace(QStringLiteral("&&"), QStringLiteral("&"));
    if (plain.endsWith(QStringLiteral("…"))) plain.chop(1);
    if (plain.endsWith(QStringLiteral("..."))) plain.chop(3);
    return plain.trimmed();
}

ShortcutsDialog::ShortcutsDialog(QMenuBar* menus, QWidget* page, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("shortcutsFilter"));
    m_filter->setPlaceholderText(tr("Filter by command or key"));
    m_filter->setClearButtonEnabled(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("shortcutsList"));
    m_list->setHeaderLabels({tr("Command"), tr("Shortcut")});
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    if (menus) {
        for (QAction* menuAction : menus->actions())
            if (QMenu* menu = menuAction->menu())
                addMenu(plainActionText(menu->title()), menu->actions());
    }
    if (page) addPage(page);
    m_list->expandAll();

    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('m'));
    resize(em * 36, fontMetrics().height() * 30);
}

QTreeWidgetItem* ShortcutsDialog::addGroup(const QString& title) {
    auto* group = new QTreeWidgetItem(m_list, {title});
    group->setFirstColumnSpanned(true);
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    return group;
}

void ShortcutsDialog::addActions(QTreeWidgetItem* group, const QList<QAction*>& actions) {
    for (QAction* action : actions) {
        auto* item = new QTreeWidgetItem(
            group, {plainActionText(action->text()), keysText(action->shortcuts())});
        item->setToolTip(0, action->toolTip());
        item->setDisabled(!action->isEnabled());
    }
}

void ShortcutsDialog::addMenu(const QString& title, const QList<QAction*>& actions) {
    QList<QAction*> withKeys;
    collect(actions, &withKeys);
    if (!withKeys.isEmpty()) addActions(addGroup(title), withKeys);
}

void ShortcutsDialog::addPage(QWidget* page) {
    // The page's own keys: actions with a text, and QShortcuts that say what they do.
    QList<QAction*> actions;
    for (QAction* action : page->findChildren<QAction*>())
        if (!action->shortcuts().isEmpty() && !action->text().isEmpty()) actions.append(action);
    QList<QShortcut*> shortcuts;
    for (QShortcut* shortcut : page->findChildren<QShortcut*>())
        if (!shortcut->whatsThis().isEmpty() && !shortcut->key().isEmpty())
            shortcuts.append(shortcut);
    if (actions.isEmpty() && shortcuts.isEmpty()) return;
    QTreeWidgetItem* group = addGroup(tr("This page"));
    addActions(group, actions);
    for (QShortcut* shortcut : shortcuts)
        new QTreeWidgetItem(group, {shortcut->whatsThis(), keysText(shortcut->keys())});
}

void ShortcutsDialog::applyFilter(const QString& text) {
    const QString needle = text.trimmed();
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_list->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* item = group->child(i);
            const bool match = needle.isEmpty() ||
                               item->text(0).contains(needle, Qt::CaseInsensitive) ||
                               item->text(1).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

} // namespace samsa::ui
