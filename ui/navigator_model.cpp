#include "navigator_model.h"

namespace samsa::ui {

NavigatorModel::NavigatorModel(QObject* parent) : QStandardItemModel(parent) {
    setHorizontalHeaderLabels({tr("Clusters")});
}

void NavigatorModel::setClusters(const QList<ClusterEntry>& clusters) {
    m_clusters = clusters;
    removeRows(0, rowCount());
    for (int row = 0; row < clusters.size(); ++row) {
        const ClusterEntry& entry = clusters[row];
        auto* cluster = new QStandardItem(entry.profile.name);
        cluster->setEditable(false);
        cluster->setData(QVariant::fromValue(NodeKind::Cluster), KindRole);
        cluster->setData(row, ClusterRowRole);
        cluster->setToolTip(entry.local ? tr("The cluster bundled with Samsa, on this computer")
                                        : entry.profile.bootstrapServers);
        const std::pair<NodeKind, QString> folders[] = {
            {NodeKind::Brokers, tr("Brokers")},
            {NodeKind::Topics, tr("Topics")},
            {NodeKind::ConsumerGroups, tr("Consumer groups")},
        };
        for (const auto& [kind, text] : folders) {
            auto* folder = new QStandardItem(text);
            folder->setEditable(false);
            folder->setData(QVariant::fromValue(kind), KindRole);
            folder->setData(row, ClusterRowRole);
            cluster->appendRow(folder);
        }
        appendRow(cluster);
    }
}

int NavigatorModel::clusterRow(const QModelIndex& index) const {
    return index.isValid() ? index.data(ClusterRowRole).toInt() : -1;
}

NavigatorModel::NodeKind NavigatorModel::kind(const QModelIndex& index) const {
    return index.data(KindRole).value<NodeKind>();
}

} // namespace samsa::ui
