#include "ui/record_detail/headers_model.h"

#include "app/messages/payload_format.h"
#include "ui/common/format.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace samsa::ui {

namespace {

constexpr int kPreviewChars = 200;
constexpr int kTooltipChars = 2000;

QString keyText(const std::string& key) {
    return app::previewText(std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(key.data()),
                                                     key.size()),
                            kPreviewChars);
}

} // namespace

HeadersModel::HeadersModel(QObject* parent) : QAbstractTableModel(parent) {}

void HeadersModel::setHeaders(std::vector<client::RecordHeader> headers) {
    beginResetModel();
    m_headers = std::move(headers);
    endResetModel();
}

int HeadersModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_headers.size());
}

int HeadersModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HeadersModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const client::RecordHeader& h = m_headers[size_t(index.row())];
    const bool isNull = !h.value.has_value();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Position: return index.row() + 1;
        case Key: return keyText(h.key);
        case Value:
            //: A header whose value is null (absent), as opposed to empty.
            return isNull ? tr("null") : app::previewText(*h.value, kPreviewChars);
        case Size: return isNull ? QStringLiteral("—") : formatBytes(qint64(h.value->size()));
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case Position: return index.row();
        case Key: return QString::fromStdString(h.key);
        case Value: return isNull ? QString() : app::previewText(*h.value, kPreviewChars);
        case Size: return isNull ? qint64(-1) : qint64(h.value->size());
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Value && !isNull && h.value->size() > 40)
            return app::previewText(*h.value, kTooltipChars);
        if (index.column() == Value && isNull)
            return tr("The header has a key but no value at all (null), which is not the same as "
                      "an empty value.");
        return {};
    case Qt::FontRole:
        if (index.column() == Value && isNull) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Value && isNull)
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Position || index.column() == Size)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant HeadersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::ToolTipRole && section == Position)
        return tr("The order the producer added the headers in");
    if (role != Qt::DisplayRole) return {};
    switch (section) {
    //: Column of the headers table: the header's position in the record.
    case Position: return tr("#");
    case Key: return tr("Key");
    case Value: return tr("Value");
    case Size: return tr("Size");
    }
    return {};
}

} // namespace samsa::ui
