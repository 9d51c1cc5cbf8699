#pragma once

#include "cluster_entry.h"
#include "ui/shell/app_settings.h"

#include <QHash>
#include <QList>
#include <QMainWindow>
#include <functional>
#include <optional>

class QAction;
class QLabel;
class QMenu;
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
class GroupTools;
class NavigatorModel;
class ThemeManager;

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
    enum class Page { Overview, Brokers, Topics, Topic, Groups, Group, Messages };

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
    // Produce… (Ctrl+P) and Import records…: for the topic of the current page, or the
    // one selected on the Topics page.
    QAction* produceAction() const { return m_produceAction; }
    QAction* importAction() const { return m_importAction; }
    samsa::app::SampleDataLoader* sampleData() const { return m_sampleData; }
    QAction* newTopicAction() const { return m_newTopicAction; }
    QAction* findAction() const { return m_findAction; }
    QAction* refreshAction() const { return m_refreshAction; }
    QAction* settingsAction() const { return m_settingsAction; }
    QAction* shortcutsAction() const { return m_shortcutsAction; }
    QAction* aboutAction() const { return m_aboutAction; }
    // Every key the window's menus bind.
    QList<QKeySequence> windowShortcuts() const;

    // The Settings dialog switches the theme through it; without one (tests) the choice
    // is only saved.
    void setThemeManager(ThemeManager* themes) { m_themes = themes; }
    const AppSettings& settings() const { return m_settings; }

    // Opens (or brings forward) the overview of the cluster in navigator row `row`.
    void openOverview(int row) { openPage(row, Page::Overview); }
    // Opens (or brings forward) a page of the cluster in navigator row `row`; `topic`
    // names the topic of a Topic page, or the group of a Group page. Pages that need a connection open once the
    // cluster's service exists (a password may have to be read first).
    void openPage(int row, Page page, const QString& topic = {});
    // The open page for this cluster row and key, or null.
    QWidget* findPage(int row, const QString& key) const;
    // The consumer group monitor and rebalance lab of the cluster in navigator row `row`;
    // null until the cluster's service exists.
    GroupTools* groupTools(int row) const;
    // Where the consumer group history goes; by default next to the settings database.
    // Must be set before clusters connect.
    void setHistoryPath(const QString& path) { m_historyPath = path; }

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
    // Opens the produce or import dialog for the current topic (see produceAction()).
    void produceRecords();
    void importRecords();
    // Edit → Find: the current page's filter field gets the focus.
    void findInCurrentPage();
    void showSettings();
    void showShortcuts();
    void showAbout();

protected:
    void closeEvent(QCloseEvent* event) override;
    // Asks before wiping the local cluster; tests override it.
    virtual bool confirmReset();
    virtual bool confirmRemoveProfile(const samsa::app::ClusterProfile& profile);

private:
    // In main_window_menus.cpp.
    void createActions();
    // A menu command; when the current page bound its key itself, the page's handler
    // runs instead of `command`.
    QAction* addCommand(QMenu* menu, const QString& text, const char* objectName,
                        const QList<QKeySequence>& shortcuts, std::function<void()> command);
    // Fits a new page into the window: its bindings of the window's keys, its remembered
    // column layouts, the refresh interval of the settings.
    void adoptPage(QWidget* page);
    void applyRefreshInterval(QWidget* page);
    // The produce (false) or import (true) dialog for the current topic, on its cluster.
    void openRecordsDialog(bool import);
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
    QString m_historyPath;
    QHash<samsa::app::ClusterService*, GroupTools*> m_groupTools;

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
    QAction* m_produceAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_newTopicAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_shortcutsAction = nullptr;
    QAction* m_aboutAction = nullptr;
    ThemeManager* m_themes = nullptr;
    AppSettings m_settings;
    samsa::app::SampleDataLoader* m_sampleData = nullptr;
};

} // namespace samsa::ui
