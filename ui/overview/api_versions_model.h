#pragma once

// moc (which parses as C++17) trips over some C++20 standard headers unless Qt's
// come first, so this order is kept by hand.
// clang-format off
#include <QAbstractTableModel>

#include "protocol/messages/api_table.h"

#include <map>
#include <vector>
// clang-format on

namespace samsa::ui {

// The Kafka protocol APIs one broker advertises (its ApiVersions answer): which
// requests it accepts and in which versions.
class ApiVersionsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Key, Name, MinVersion, MaxVersion, ColumnCount };

    explicit ApiVersionsModel(QObject* parent = nullptr);

    void setVersions(const std::map<int16_t, protocol::messages::VersionRange>& versions);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        int16_t key;
        QString name;
        protocol::messages::VersionRange range;
    };
    std::vector<Row> m_rows;
};

} // namespace samsa::ui
