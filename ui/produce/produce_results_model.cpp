#include "ui/produce/produce_results_model.h"

#include "app/cluster_service.h"
#include "app/record_io/record_json.h"
#include "ui/common/format.h"

#include <QColor>
#include <QFont>

namespace samsa::ui {

namespace {

// Enough of a key to recognise it in a table cell.
constexpr qsizetype kKeyPreviewChars = 200;

} // namespace

ProduceResultsModel::ProduceResultsModel(QObject* parent) : QAbstractTableModel(parent) {}

void ProduceResultsModel::clear() {
    beginResetModel();
    m_rows.clear();
    m_capped = false;
    endResetModel();
}

void ProduceResultsModel::append(qint64 firstIndex,
                                 const std::vector<client::ProducerRecord>& records,
                                 const std::vector<client::ProducedRecord>& results) {
    const size_t room = kMaxRows - m_rows.size();
    const size_t take = std::min({room, records.size(), results.size()});
    if (take < results.size()) m_capped = true;
    if (take == 0) return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + take - 1));
    for (size_t i = 0; i < take; ++i) {
        Row row;
        row.index = firstIndex + qint64(i);
        row.partition = results[i].partition.partition;
        row.offset = results[i].offset;
        const auto& key = records[i].key;
        if (!key) {
            row.keyIsText = false;
            //: shown for a record without a key
            row.key = tr("(null)");
        } else if (app::isStrictUtf8(*key)) {
            row.key =
                QString::fromUtf8(reinterpret_cast<const char*>(key->data()),
                                  qsizetype(std::min<size_t>(key->size(), kKeyPreviewChars * 4)))
                    .left(kKeyPreviewChars);
        } else {
            row.keyIsText = false;
            //: a key that is not text; %1 is its size
            row.key = tr("(%1 of binary)").arg(formatBytes(qint64(key->size())));
        }
        if (results[i].error) row.error = app::describeError(*results[i].error);
        m_rows.push_back(std::move(row));
    }
    endInsertRows();
}

int ProduceResultsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProduceResultsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProduceResultsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[size_t(index.row())];
    const bool failed = !row.error.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Index:
            return row.index;
        case Partition:
            return row.partition >= 0 ? QVariant(row.partition) : QVariant(QStringLiteral("—"));
        case Offset:
            return row.offset >= 0 ? QVariant(qint64(row.offset)) : QVariant(QStringLiteral("—"));
        case Key:
            return row.key;
        //: the record was written
        case Outcome:
            return failed ? row.error : tr("Written");
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Outcome && failed) return row.error;
        if (index.column() == Offset && row.offset < 0 && !failed)
            return tr("With acks=0 the broker does not say where a record was written.");
        if (index.column() == Key) return row.key;
        break;
    case Qt::ForegroundRole:
        if (index.column() == Outcome && failed) return QColor(0xc6, 0x28, 0x28);
        if (index.column() == Key && !row.keyIsText) return QColor(Qt::gray);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Index || index.column() == Partition || index.column() == Offset)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::UserRole: // sort key
        switch (index.column()) {
        case Index:
            return row.index;
        case Partition:
            return row.partition;
        case Offset:
            return qint64(row.offset);
        case Key:
            return row.key;
        case Outcome:
            return row.error;
        }
        break;
    }
    return {};
}

QVariant ProduceResultsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        //: column of the record's number in the run
        case Index:
            return tr("#");
        case Partition:
            return tr("Partition");
        case Offset:
            return tr("Offset");
        case Key:
            return tr("Key");
        case Outcome:
            return tr("Result");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Index:
            return tr("The record's number in this run, from 0; {{i}} in templates.");
        case Partition:
            return tr("The partition the record was written to.");
        case Offset:
            return tr("The record's position in its partition.");
        case Key:
            return tr("The record key, after placeholders were filled in.");
        case Outcome:
            return tr("Written, or the broker's reason for refusing the record.");
        }
    }
    return {};
}

} // namespace samsa::ui
