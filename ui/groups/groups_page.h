#pragma once

#include "app/monitor/monitor_types.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace samsa::monitor {
class GroupMonitor;
}

namespace samsa::ui {

class GroupListModel;
class InlineMessage;

// Every consumer group of a cluster in one table (state, assignor, members, topics, lag,
// time lag, Burrow-style status, coordinator), refreshed in place from the group
// monitor at its interval (2 s by default) without losing the selection or the scroll
// position.
class GroupsPage : public QWidget {
    Q_OBJECT
public:
    explicit GroupsPage(monitor::GroupMonitor* monitor, QWidget* parent = nullptr);

    GroupListModel* model() const { return m_model; }
    QTableView* tableView() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filter; }
    QComboBox* intervalBox() const { return m_interval; }
    InlineMessage* message() const { return m_message; }
    bool isShowingTable() const;
    QString statusText() const;
    // Selects a group by id; false when it is not listed.
    bool selectGroup(const QString& groupId);

public slots:
    // Samples now instead of waiting for the next tick.
    void refresh();

signals:
    void groupActivated(const QString& groupId);
    void labRequested();
    // A snapshot has been applied (or has failed).
    void refreshed();

private:
    void apply(const monitor::SnapshotPtr& snapshot);
    void updateState();
    void sizeColumns();

    monitor::GroupMonitor* m_monitor;
    GroupListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLineEdit* m_filter;
    QComboBox* m_interval;
    QLabel* m_count;
    InlineMessage* m_message;
    QStackedWidget* m_stack;
    QLabel* m_statusText;
    QWidget* m_spinner;
    bool m_sampledOnce = false;
    bool m_sized = false;
    QString m_lastError;
};

} // namespace samsa::ui
