#include "ui/overview/api_versions_model.h"

namespace samsa::ui {

ApiVersionsModel::ApiVersionsModel(QObject* parent) : QAbstractTableModel(parent) {}

void ApiVersionsModel::setVersions(
    const std::map<int16_t, protocol::messages::VersionRange>& versions) {
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(versions.size());
    for (const auto& [key, range] : versions) {
        const auto* api = protocol::messages::findApi(key);
        // A newer broker can list APIs this build has never heard of; they still count.
        const QString name =
            api ? QString::fromLatin1(api->name.data(), qsizetype(api->name.size()))
                : tr("Unknown API %1").arg(key);
        m_rows.push_back(Row{key, name, range});
    }
    endResetModel();
}

void ApiVersionsModel::clear() {
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int ApiVersionsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApiVersionsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApiVersionsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const Row& row = m_rows[size_t(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() != Name)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case Key:
        return row.key;
    case Name:
        return row.name;
    case MinVersion:
        return row.range.min;
    case MaxVersion:
        return row.range.max;
    default:
        return {};
    }
}

QVariant ApiVersionsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        //: The numeric API key of a Kafka protocol request.
        case Key:
            return tr("Key");
        case Name:
            return tr("API");
        case MinVersion:
            return tr("Min version");
        case MaxVersion:
            return tr("Max version");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Key:
            return tr("The request's API key on the wire.");
        case MinVersion:
            return tr("The oldest version of this request the broker accepts.");
        case MaxVersion:
            return tr("The newest version the broker accepts; clients use the highest "
                      "version both sides know.");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant((section == Name ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    return {};
}

} // namespace samsa::ui
