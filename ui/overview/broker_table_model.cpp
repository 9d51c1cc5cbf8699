#include "ui/overview/broker_table_model.h"

#include "ui/common/format.h"

namespace samsa::ui {

namespace {
// Numbers line up on the right, in the cells and over them.
bool isNumeric(int column) {
    using C = BrokerTableModel::Column;
    return column == C::Id || column == C::Port || column == C::LogDirSize ||
           column == C::Leaders || column == C::Replicas;
}
} // namespace

BrokerTableModel::BrokerTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void BrokerTableModel::setCluster(const client::ClusterDescription& cluster) {
    beginResetModel();
    m_brokers = cluster.brokers;
    m_controller = cluster.controllerId;
    endResetModel();
}

void BrokerTableModel::setLoads(std::map<int, BrokerLoad> loads) {
    m_loads = std::move(loads);
    m_loadsKnown = true;
    emitColumnsChanged(Leaders, Replicas);
}

void BrokerTableModel::setLogDirSizes(std::optional<std::map<int, qint64>> sizes) {
    m_sizes = std::move(sizes);
    emitColumnsChanged(LogDirSize, LogDirSize);
}

void BrokerTableModel::clear() {
    beginResetModel();
    m_brokers.clear();
    m_controller = -1;
    m_loads.clear();
    m_loadsKnown = false;
    m_sizes.reset();
    endResetModel();
}

void BrokerTableModel::emitColumnsChanged(int first, int last) {
    if (m_brokers.empty()) return;
    emit dataChanged(index(0, first), index(rowCount() - 1, last));
}

int BrokerTableModel::brokerId(int row) const {
    return row >= 0 && row < rowCount() ? m_brokers[size_t(row)].id : -1;
}

int BrokerTableModel::rowOfBroker(int id) const {
    for (size_t i = 0; i < m_brokers.size(); ++i)
        if (m_brokers[i].id == id) return int(i);
    return -1;
}

int BrokerTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_brokers.size());
}

int BrokerTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BrokerTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const auto& broker = m_brokers[size_t(index.row())];
    const bool isController = broker.id == m_controller;
    if (role == BrokerIdRole) return broker.id;
    if (role == Qt::TextAlignmentRole)
        return isNumeric(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ToolTipRole && index.column() == Controller && isController)
        return tr("This broker is the active controller: it manages partition leadership "
                  "and the cluster's metadata.");
    if (role != Qt::DisplayRole && role != SortRole) return {};
    const bool sort = role == SortRole;
    auto load = [&](auto member) -> QVariant {
        if (!m_loadsKnown) return sort ? QVariant(-1) : QVariant(QStringLiteral("—"));
        const auto it = m_loads.find(broker.id);
        const int value = it == m_loads.end() ? 0 : it->second.*member;
        return sort ? QVariant(value) : QVariant(formatCount(value));
    };
    switch (index.column()) {
    case Id:
        return broker.id;
    case Address:
        return QStringLiteral("%1:%2").arg(QString::fromStdString(broker.host)).arg(broker.port);
    case Host:
        return QString::fromStdString(broker.host);
    case Port:
        return broker.port;
    case Rack:
        if (broker.rack) return QString::fromStdString(*broker.rack);
        return sort ? QString() : QStringLiteral("—");
    case Controller:
        //: Marks the broker that is the cluster's controller, in a table column.
        return isController ? (sort ? QStringLiteral("1") : tr("★ controller")) : QString();
    case LogDirSize: {
        qint64 size = -1;
        if (m_sizes) {
            const auto it = m_sizes->find(broker.id);
            size = it == m_sizes->end() ? -1 : it->second;
        }
        return sort ? QVariant(size) : QVariant(formatBytes(size));
    }
    case Leaders:
        return load(&BrokerLoad::leaders);
    case Replicas:
        return load(&BrokerLoad::replicas);
    default:
        return {};
    }
}

QVariant BrokerTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        //: Broker id column header.
        case Id:
            return tr("ID");
        case Address:
            return tr("Address");
        case Host:
            return tr("Host");
        case Port:
            return tr("Port");
        case Rack:
            return tr("Rack");
        case Controller:
            return tr("Controller");
        case LogDirSize:
            return tr("Size on disk");
        case Leaders:
            return tr("Leaders");
        case Replicas:
            return tr("Replicas");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Id:
            return tr("The broker's node.id, unique in the cluster.");
        case Address:
            return tr("The host and port clients are told to connect to.");
        case Rack:
            return tr("The broker's broker.rack. Replicas of a partition are spread over "
                      "racks, so losing one rack does not lose data.");
        case Controller:
            return tr("The controller manages partition leadership and the cluster's "
                      "metadata; exactly one broker holds the role at a time.");
        case LogDirSize:
            return tr("Bytes of partition data in the broker's log directories.");
        case Leaders:
            return tr("Partitions this broker leads: it serves their produce and fetch "
                      "requests.");
        case Replicas:
            return tr("Partition replicas stored on this broker, leaders included.");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant((isNumeric(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    return {};
}

} // namespace samsa::ui
