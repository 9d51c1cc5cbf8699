#pragma once

#include "cluster_entry.h"

#include <QList>
#include <QMainWindow>

class QAction;
class QLabel;
class QSplitter;
class QTabWidget;
class QTreeView;

namespace samsa::app {
class LocalClusterHost;
class ProfileStore;
} // namespace samsa::app

namespace samsa::ui {

class NavigatorModel;

// The app's one window: the cluster navigator on the left, pages in tabs, the local
// cluster's state in the status bar. Services are injected; either may be null (no
// local cluster in this session, no settings database).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(samsa::app::LocalClusterHost* localCluster, samsa::app::ProfileStore* store,
               QList<ClusterEntry> extraClusters = {}, QWidget* parent = nullptr);

    QTabWidget* pages() const { return m_tabs; }
    QTreeView* navigator() const { return m_navigator; }
    NavigatorModel* navigatorModel() const { return m_model; }
    QLabel* connectionStatus() const { return m_status; }
    QAction* startLocalClusterAction() const { return m_startAction; }
    QAction* stopLocalClusterAction() const { return m_stopAction; }
    QAction* resetLocalClusterAction() const { return m_resetAction; }

    // Opens (or brings forward) the overview of the cluster in navigator row `row`.
    void openOverview(int row);

protected:
    void closeEvent(QCloseEvent* event) override;
    // Asks before wiping the local cluster; tests override it.
    virtual bool confirmReset();

private:
    void createActions();
    void reloadClusters();
    void updateLocalClusterState();
    void onNavigatorActivated(const QModelIndex& index);
    void restoreLayout();
    void saveLayout();

    samsa::app::LocalClusterHost* m_localCluster;
    samsa::app::ProfileStore* m_store;
    QList<ClusterEntry> m_extraClusters;

    NavigatorModel* m_model;
    QTreeView* m_navigator;
    QTabWidget* m_tabs;
    QSplitter* m_splitter;
    QLabel* m_status;
    QAction* m_startAction = nullptr;
    QAction* m_stopAction = nullptr;
    QAction* m_resetAction = nullptr;
};

} // namespace samsa::ui
