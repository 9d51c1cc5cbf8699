#pragma once

#include <QAbstractTableModel>

// After the Qt headers: moc cannot parse the standard headers this pulls in first.
#include "client/record_types.h"

#include <vector>

namespace samsa::ui {

// A record's headers in the order the producer added them (Kafka allows the same key
// twice): key, a one-line preview of the value, and the value's size.
class HeadersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Position, Key, Value, Size, ColumnCount };
    // Raw numbers for sorting, so that header 10 sorts after header 9.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit HeadersModel(QObject* parent = nullptr);

    void setHeaders(std::vector<client::RecordHeader> headers);
    const std::vector<client::RecordHeader>& headers() const { return m_headers; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<client::RecordHeader> m_headers;
};

} // namespace samsa::ui
