#include "ui/overview/broker_config_model.h"

#include "ui/common/config_source.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <algorithm>

namespace samsa::ui {

namespace {
bool isDefault(const client::ConfigEntry& entry) {
    return entry.isDefault || entry.source == client::ConfigSource::Default;
}
} // namespace

BrokerConfigModel::BrokerConfigModel(QObject* parent) : QAbstractTableModel(parent) {}

void BrokerConfigModel::setEntries(std::vector<client::ConfigEntry> entries) {
    std::sort(entries.begin(), entries.end(),
              [](const auto& a, const auto& b) { return a.name < b.name; });
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void BrokerConfigModel::clear() {
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

int BrokerConfigModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int BrokerConfigModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString BrokerConfigModel::tooltip(const client::ConfigEntry& entry) const {
    QStringList parts;
    if (entry.documentation && !entry.documentation->empty())
        parts << QString::fromStdString(*entry.documentation).toHtmlEscaped();
    if (entry.readOnly) parts << tr("Read-only: changing it needs a broker restart.");
    // Synonyms show the chain of places the value could come from, most specific first.
    if (entry.synonyms.size() > 1) {
        QStringList chain;
        for (const auto& s : entry.synonyms)
            chain << tr("%1 = %2 (%3)")
                         .arg(QString::fromStdString(s.name),
                              s.value ? QString::fromStdString(*s.value) : tr("hidden"),
                              configSourceName(s.source))
                         .toHtmlEscaped();
        parts << tr("Resolved from:") + QStringLiteral("<br>") + chain.join(QStringLiteral("<br>"));
    }
    if (parts.isEmpty()) return {};
    return QStringLiteral("<qt>%1</qt>").arg(parts.join(QStringLiteral("<br><br>")));
}

QVariant BrokerConfigModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const auto& entry = m_entries[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return QString::fromStdString(entry.name);
        case Value:
            if (entry.sensitive || !entry.value)
                //: Shown instead of a password or other secret config value.
                return entry.sensitive ? tr("(hidden)") : QString();
            return QString::fromStdString(*entry.value);
        case Source:
            return configSourceName(entry.source);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return tooltip(entry);
    case Qt::ForegroundRole:
        // Only the source of a default recedes; the values stay readable.
        if (index.column() == Source && isDefault(entry))
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case Qt::FontRole:
        // What someone set on purpose stands out from the defaults.
        if (index.column() == Name && !isDefault(entry)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant BrokerConfigModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name:
            return tr("Name");
        case Value:
            return tr("Value");
        case Source:
            return tr("Source");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && section == Source)
        return tr("Where the value comes from: the built-in default, the broker's "
                  "properties file, or a dynamic change made at run time.");
    return {};
}

} // namespace samsa::ui
