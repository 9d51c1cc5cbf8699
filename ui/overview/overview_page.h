#pragma once

// moc (which parses as C++17) trips over some C++20 standard headers unless Qt's
// come first, so this order is kept by hand.
// clang-format off
#include <QDateTime>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include "client/admin_types.h"
#include "ui/cluster_entry.h"
#include "ui/common/screenshot_views.h"
// clang-format on

class QBoxLayout;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace samsa::app {
class ClusterService;
class LocalClusterHost;
} // namespace samsa::app

namespace samsa::ui {

class ApiVersionsModel;
class BrokerTableModel;
class InlineMessage;
class StatTile;

// The first page of a cluster: its id and controller, its brokers, how many topics and
// partitions it holds and whether any of them are in trouble, how much disk it uses and
// which protocol versions it speaks; for the local cluster also its state, data
// directory and the address to give other clients.
class ClusterOverviewPage : public QWidget, public ScreenshotViews {
    Q_OBJECT
public:
    // localHost is used only when entry.local (it may be null otherwise). service may be
    // null while the local cluster is not running; the page then shows the host's state.
    ClusterOverviewPage(ClusterEntry entry, samsa::app::LocalClusterHost* localHost,
                        samsa::app::ClusterService* service, QWidget* parent = nullptr);

    const ClusterEntry& entry() const { return m_entry; }
    samsa::app::ClusterService* service() const;
    // The main window replaces the service when the local cluster restarts.
    void setService(samsa::app::ClusterService* service);

    bool isLoading() const { return m_pending > 0; }

    // "overview", and "overview-protocol" with the protocol table unfolded.
    QStringList screenshotViews() const override;
    QWidget* showScreenshotView(const QString& name) override;
    void hideScreenshotView(const QString& name) override;

    // How often the figures are re-read while the page is visible, unless the
    // settings say otherwise.
    static constexpr int kAutoRefreshMs = 10000;

public slots:
    // Reads everything again, protocol versions included.
    void refresh();
    // The Settings dialog's refresh interval; the main window calls it by name.
    void setAutoRefreshInterval(int ms);

signals:
    // Every answer of a refresh has arrived, successful or not.
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void buildHeader(QBoxLayout* layout);
    QWidget* buildTiles();
    QWidget* buildConnectionBox();
    QWidget* buildProtocolSection();
    void load(bool withProtocol);
    void finishOne(quint64 generation);
    void addError(const client::ClientError& error);
    void applyCluster(const client::ClusterDescription& cluster);
    void fitBrokerTable();
    void applyTopics(const std::vector<client::TopicDescription>& topics);
    void applyLogDirs(const std::vector<client::LogDirInfo>& dirs);
    void applyConnectionTest(const std::vector<client::ConnectionTestReport>& reports);
    void showDisconnected();
    void showClusterUnknown();
    void updateLocalState();
    void updateLoadingLabel();
    void setProtocolExpanded(bool expanded);

    ClusterEntry m_entry;
    QPointer<samsa::app::LocalClusterHost> m_host;
    QPointer<samsa::app::ClusterService> m_service;

    // Answers of an older refresh (or of a replaced service) are ignored.
    quint64 m_generation = 0;
    int m_pending = 0;
    QStringList m_errors;
    QDateTime m_lastLoaded;

    QLabel* m_title;
    QLabel* m_loading;
    QPushButton* m_refresh;
    InlineMessage* m_message;
    StatTile* m_brokerTile;
    StatTile* m_topicTile;
    StatTile* m_partitionTile;
    StatTile* m_underReplicatedTile;
    StatTile* m_offlineTile;
    StatTile* m_sizeTile;
    QLabel* m_clusterId;
    QLabel* m_controller;
    QLabel* m_state = nullptr;
    QLabel* m_bootstrap;
    QToolButton* m_copyBootstrap;
    QLabel* m_dataDirectory = nullptr;
    BrokerTableModel* m_brokers;
    QTableView* m_brokerView;
    QLabel* m_brokersEmpty;
    ApiVersionsModel* m_apis;
    QToolButton* m_protocolToggle;
    QLabel* m_protocolNote;
    QTableView* m_apiView;
    QTimer* m_autoRefresh;
};

} // namespace samsa::ui
