#pragma once

#include <QDialog>
#include <QList>

class QLineEdit;
class QMenuBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace samsa::ui {

// Help → Keyboard shortcuts: every key the window and the current page answer to, read
// from their actions when the dialog opens, so the list cannot drift from the truth.
// Menu actions are grouped under their menu; `page` adds the current page's own.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    ShortcutsDialog(QMenuBar* menus, QWidget* page, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    QLineEdit* filter() const { return m_filter; }

private:
    QTreeWidgetItem* addGroup(const QString& title);
    void addActions(QTreeWidgetItem* group, const QList<QAction*>& actions);
    void addMenu(const QString& title, const QList<QAction*>& actions);
    void addPage(QWidget* page);
    void applyFilter(const QString& text);

    QLineEdit* m_filter;
    QTreeWidget* m_list;
};

// An action's text as a menu shows it, without the mnemonic "&" and the "…".
QString plainActionText(const QString& text);

} // namespace samsa::ui
