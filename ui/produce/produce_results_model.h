#pragma once

#include "client/record_types.h"

#include <QAbstractTableModel>
#include <QString>
#include <vector>

namespace samsa::ui {

// Where each sent record went (partition and offset) or why it failed. Holds the first
// kMaxRows records of a run; the counts of the rest are in the run's summary.
class ProduceResultsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Index, Partition, Offset, Key, Outcome, ColumnCount };
    static constexpr int kMaxRows = 1000;

    explicit ProduceResultsModel(QObject* parent = nullptr);

    void clear();
    // Appends a batch (as far as the cap allows); `firstIndex` numbers its first record.
    void append(qint64 firstIndex, const std::vector<client::ProducerRecord>& records,
                const std::vector<client::ProducedRecord>& results);
    bool isCapped() const { return m_capped; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        qint64 index = 0;
        int32_t partition = -1;
        int64_t offset = -1;
        QString key; // as shown: text, or a note for null and binary keys
        bool keyIsText = true;
        QString error;
    };
    std::vector<Row> m_rows;
    bool m_capped = false;
};

} // namespace samsa::ui
