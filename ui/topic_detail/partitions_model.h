#pragma once

#include <QAbstractTableModel>
#include <QList>

// After the Qt headers: moc cannot parse the standard headers this pulls in first.
#include "client/admin_types.h"

#include <vector>

namespace samsa::ui {

// One row per partition of a topic: who leads it, where its replicas are, which of them
// keep up, and how much log it holds. The page feeds it whole snapshots; it never asks
// the cluster for anything.
class PartitionsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Partition, Leader, Replicas, InSync, LogStart, HighWatermark, Messages, Size,
                  ColumnCount };
    // Raw numbers for sorting, so that partition 10 sorts after partition 9.
    static constexpr int SortRole = Qt::UserRole + 1;
    // For the Replicas column: every replica id, and the ids missing from the ISR.
    static constexpr int ReplicaIdsRole = Qt::UserRole + 2;
    static constexpr int OutOfSyncRole = Qt::UserRole + 3;

    struct Row {
        int partition = 0;
        int leader = -1;
        QList<int> replicas;
        QList<int> isr;
        QList<int> offline;
        qint64 logStart = -1;      // -1: not known (the offsets could not be read)
        qint64 highWatermark = -1;
        qint64 sizeBytes = -1;     // -1: no log directory reported it
        QString error;             // why the partition is unavailable, if it is
    };

    explicit PartitionsModel(QObject* parent = nullptr);

    // Builds the rows from one refresh's answers; watermarks and log dirs may be empty
    // when those calls failed, and the cells then read as unknown.
    static QList<Row> buildRows(const client::TopicDescription& topic,
                                const std::vector<client::PartitionWatermarks>& watermarks,
                                const std::vector<client::LogDirInfo>& logDirs);

    void setRows(QList<Row> rows);
    void clear() { setRows({}); }
    const QList<Row>& rows() const { return m_rows; }
    // Sums over the partitions whose numbers are known; -1 if none are.
    qint64 totalMessages() const;
    qint64 totalBytes() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Row& row, int column) const;
    QVariant sortValue(const Row& row, int column) const;
    QVariant toolTip(const Row& row, int column) const;

    QList<Row> m_rows;
};

} // namespace samsa::ui
