#pragma once

// moc (which parses as C++17) trips over some C++20 standard headers unless Qt's
// come first, so this order is kept by hand.
// clang-format off
#include <QAbstractTableModel>

#include "client/admin_types.h"
#include "ui/overview/cluster_summary.h"

#include <map>
#include <optional>
#include <vector>
// clang-format on

namespace samsa::ui {

// The brokers of one cluster with what they host. Filled from describeCluster,
// listTopics and describeLogDirs answers, each of which may arrive on its own.
class BrokerTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Id,
        Address,
        Host,
        Port,
        Rack,
        Controller,
        LogDirSize,
        Leaders,
        Replicas,
        ColumnCount
    };
    // Numbers sort as numbers, not as their formatted text.
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int BrokerIdRole = Qt::UserRole + 1;

    explicit BrokerTableModel(QObject* parent = nullptr);

    void setCluster(const client::ClusterDescription& cluster);
    void setLoads(std::map<int, BrokerLoad> loads);
    // nullopt: the sizes could not be read (shown as unknown, not as zero).
    void setLogDirSizes(std::optional<std::map<int, qint64>> sizes);
    void clear();

    int brokerId(int row) const;
    int rowOfBroker(int id) const; // -1 if absent
    int controllerId() const { return m_controller; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void emitColumnsChanged(int first, int last);

    std::vector<client::BrokerNode> m_brokers;
    int m_controller = -1;
    std::map<int, BrokerLoad> m_loads;
    bool m_loadsKnown = false;
    std::optional<std::map<int, qint64>> m_sizes;
};

} // namespace samsa::ui
