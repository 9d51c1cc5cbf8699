#pragma once

#include "cluster_entry.h"

#include <QList>
#include <QStandardItemModel>

namespace samsa::ui {

// The tree on the left: one row per cluster, each with its Brokers, Topics and
// Consumer groups folders.
class NavigatorModel : public QStandardItemModel {
    Q_OBJECT
public:
    enum class NodeKind { Cluster, Brokers, Topics, ConsumerGroups };
    Q_ENUM(NodeKind)
    enum Role { KindRole = Qt::UserRole + 1, ClusterRowRole };

    explicit NavigatorModel(QObject* parent = nullptr);

    void setClusters(const QList<ClusterEntry>& clusters);
    const QList<ClusterEntry>& clusters() const { return m_clusters; }
    // The cluster a node belongs to, -1 for an invalid index.
    int clusterRow(const QModelIndex& index) const;
    NodeKind kind(const QModelIndex& index) const;

private:
    QList<ClusterEntry> m_clusters;
};

} // namespace samsa::ui
