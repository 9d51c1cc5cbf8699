#pragma once

// moc (which parses as C++17) trips over some C++20 standard headers unless Qt's
// come first, so this order is kept by hand.
// clang-format off
#include <QAbstractTableModel>

#include "client/admin_types.h"

#include <vector>
// clang-format on

namespace samsa::ui {

// The configs of one broker as describeConfigs reports them, read-only.
class BrokerConfigModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Value, Source, ColumnCount };

    explicit BrokerConfigModel(QObject* parent = nullptr);

    void setEntries(std::vector<client::ConfigEntry> entries);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString tooltip(const client::ConfigEntry& entry) const;

    std::vector<client::ConfigEntry> m_entries;
};

} // namespace samsa::ui
