#pragma once

#include "cluster_entry.h"

#include <QList>
#include <QMainWindow>
#include <optional>

class QAction;
class QLabel;
class QSplitter;
class QTabWidget;
class QTreeView;

namespace samsa::app {
class ClusterService;
class LocalClusterHost;
class ProfileStore;
class SampleDataLoader;
class SecretStore;
} // namespace samsa::app

namespace samsa::ui {

class ClusterServices;
class NavigatorModel;

// The app's one window: the cluster navigator on the left, pages in tabs, the local
// cluster's state and the current cluster's connection in the status bar. Services are
// injected; any may be null (no local cluster in this session, no settings database,
// no keychain).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(samsa::app::LocalClusterHost* localCluster, samsa::app::ProfileStore* store,
               QList<ClusterEntry> extraClusters = {}, samsa::app::SecretStore* secrets = nullptr,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    // The pages a cluster can show; each is opened once per cluster and brought forward
    // when asked again.
    enum class Page { Overview, Brokers, Topics, Topic };

    QTabWidget* pages() const { return m_tabs; }
    QTreeView* navigator() const { return m_navigator; }
    NavigatorModel* navigatorModel() const { return m_model; }
    QLabel* connectionStatus() const { return m_status; }
    QLabel* clusterHealth() const { return m_health; }
    ClusterServices* services() const { return m_services; }
    QAction* startLocalClusterAction() const { return m_startAction; }
    QAction* stopLocalClusterAction() const { return m_stopAction; }
    QAction* resetLocalClusterAction() const { return m_resetAction; }
    QAction* sampleDataAction() const { return m_sampleDataAction; }
    samsa::app::SampleDataLoader* sampleData() const { return m_sampleData; }

    // Opens (or brings forward) the overview of the cluster in navigator row `row`.
    void openOverview(int row) { openPage(row, Page::Overview); }
    // Opens (or brings forward) a page of the cluster in navigator row `row`; `topic`
    // names the topic of a Topic page. Pages that need a connection open once the
    // cluster's service exists (a password may have to be read first).
    void openPage(int row, Page page, const QString& topic = {});
    // The open page for this cluster row and key, or null.
    QWidget* findPage(int row, const QString& key) const;

public slots:
    void refreshCurrentPage();
    // Starts the sample traffic on the local cluster (creating its topics first), or
    // stops it.
    void setSampleDataRunning(bool run);
    // First run: offers to fill the empty local cluster with sample data.
    void offerSampleData();
    // Opens the connection dialog for a new (nullopt) or saved cluster profile.
    void editProfile(std::optional<samsa::app::ClusterProfile> existing);
    void removeProfile(const samsa::app::ClusterProfile& profile);
    void newTopic();

protected:
    void closeEvent(QCloseEvent* event) override;
    // Asks before wiping the local cluster; tests override it.
    virtual bool confirmReset();
    virtual bool confirmRemoveProfile(const samsa::app::ClusterProfile& profile);

private:
    void createActions();
    void reloadClusters();
    void updateLocalClusterState();
    void onNavigatorActivated(const QModelIndex& index);
    void showNavigatorMenu(const QPoint& position);
    QWidget* createPage(int row, Page page, const QString& topic,
                        samsa::app::ClusterService* service);
    void closePagesOf(samsa::app::ClusterService* service);
    // Marks `page` settled when it first announces its data (for screenshots).
    void watchSettling(QWidget* page);
    Q_SLOT void markSettled();
    void updateHealth();
    int currentClusterRow() const;
    void restoreLayout();
    void saveLayout();

    samsa::app::LocalClusterHost* m_localCluster;
    samsa::app::ProfileStore* m_store;
    samsa::app::SecretStore* m_secrets;
    ClusterServices* m_services;
    QList<ClusterEntry> m_extraClusters;

    NavigatorModel* m_model;
    QTreeView* m_navigator;
    QTabWidget* m_tabs;
    QSplitter* m_splitter;
    QLabel* m_status;
    QLabel* m_health;
    QAction* m_startAction = nullptr;
    QAction* m_stopAction = nullptr;
    QAction* m_resetAction = nullptr;
    QAction* m_sampleDataAction = nullptr;
    QAction* m_addClusterAction = nullptr;
    samsa::app::SampleDataLoader* m_sampleData = nullptr;
};

} // namespace samsa::ui
