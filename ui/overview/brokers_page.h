#pragma once

// moc (which parses as C++17) trips over some C++20 standard headers unless Qt's
// come first, so this order is kept by hand.
// clang-format off
#include <QPointer>
#include <QWidget>

#include "client/admin_types.h"
// clang-format on

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace samsa::app {
class ClusterService;
}

namespace samsa::ui {

class BrokerConfigModel;
class BrokerTableModel;
class InlineMessage;

// Every broker of a cluster with what it hosts, and the configuration of the one
// selected.
class BrokersPage : public QWidget {
    Q_OBJECT
public:
    explicit BrokersPage(samsa::app::ClusterService* service, QWidget* parent = nullptr);

    samsa::app::ClusterService* service() const;
    void setService(samsa::app::ClusterService* service);

    // Selects the broker's row and shows its configs; false if the broker is not listed.
    bool selectBroker(int brokerId);
    int selectedBroker() const { return m_configBroker; }
    bool isLoading() const { return m_pending > 0; }

public slots:
    void refresh();

signals:
    // The broker list and what it hosts have been read again (or failed to be).
    void refreshed();
    // The configs of `brokerId` arrived (or failed to).
    void configsLoaded(int brokerId);

private:
    QWidget* buildConfigPanel();
    void finishOne(quint64 generation);
    void showError(const client::ClientError& error);
    void onBrokersChanged();
    void onSelectionChanged();
    void loadConfigs(int brokerId);
    void updateConfigEmptyState();
    void updateLoadingLabel();

    QPointer<samsa::app::ClusterService> m_service;
    quint64 m_generation = 0;
    quint64 m_configGeneration = 0;
    int m_pending = 0;
    int m_configBroker = -1;
    bool m_configLoading = false;
    bool m_refreshFailed = false;

    QLabel* m_loading;
    QPushButton* m_refresh;
    InlineMessage* m_message;
    BrokerTableModel* m_brokers;
    QSortFilterProxyModel* m_brokerProxy;
    QTableView* m_brokerView;
    QLabel* m_configTitle;
    QLineEdit* m_filter;
    InlineMessage* m_configMessage;
    BrokerConfigModel* m_configs;
    QSortFilterProxyModel* m_configProxy;
    QTableView* m_configView;
    QLabel* m_configEmpty;
};

} // namespace samsa::ui
