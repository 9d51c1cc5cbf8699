#include "ui/topic_detail/configs_model.h"

#include "ui/common/config_source.h"
#include "ui/common/format.h"
#include "ui/topic_detail/status_colors.h"

#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <limits>

namespace samsa::ui {

namespace {

QString fromStd(const std::optional<std::string>& s) {
    return s ? QString::fromStdString(*s) : QString();
}

// Brokers report some defaults under a coarser key (log.retention.hours for
// retention.ms); bring such a value into the topic key's unit so the two compare.
std::optional<QString> inKeyUnit(const QString& key, const QString& synonym,
                                 const std::optional<QString>& value) {
    if (!value || synonym == key || !key.endsWith(QLatin1String(".ms"))) return value;
    qint64 factor = 0;
    if (synonym.endsWith(QLatin1String(".hours"))) factor = 3600000;
    else if (synonym.endsWith(QLatin1String(".minutes"))) factor = 60000;
    if (factor == 0) return value;
    bool ok = false;
    const qint64 n = value->toLongLong(&ok);
    if (!ok) return value;
    return QString::number(n < 0 ? n : n * factor);
}

} // namespace

QString ConfigsModel::unitHint(const QString& key, const QString& value) {
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    // Long.MAX_VALUE is Kafka's "no limit"; spelled out in days it only confuses.
    if (!ok || n == std::numeric_limits<qint64>::max()) return {};
    if (key.endsWith(QLatin1String(".ms"))) return formatDurationMs(n);
    if (key.endsWith(QLatin1String(".bytes")) && n >= 1024) return formatBytes(n);
    return {};
}

QString ConfigsModel::readable(const QString& key, const QString& value) {
    if (value.isEmpty()) return tr("(empty)");
    const QString hint = unitHint(key, value);
    return hint.isEmpty() ? value : QStringLiteral("%1 (%2)").arg(value, hint);
}

namespace {

QIcon overrideMarker() {
    static const QIcon icon = [] {
        QPixmap pixmap(12, 12);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(38, 139, 210));
        painter.drawEllipse(QRectF(2, 2, 8, 8));
        return QIcon(pixmap);
    }();
    return icon;
}

} // namespace

ConfigsModel::ConfigsModel(QObject* parent) : QAbstractTableModel(parent) {}

QList<ConfigsModel::Row> ConfigsModel::buildRows(const std::vector<client::ConfigEntry>& entries) {
    QList<Row> rows;
    rows.reserve(qsizetype(entries.size()));
    for (const auto& e : entries) {
        Row row;
        row.name = QString::fromStdString(e.name);
        if (e.value) row.value = QString::fromStdString(*e.value);
        row.source = e.source;
        row.readOnly = e.readOnly;
        row.sensitive = e.sensitive;
        row.type = e.type;
        row.documentation = fromStd(e.documentation);
        if (!row.isOverride()) {
            row.defaultValue = row.value;
        } else {
            // Synonyms come in order of precedence: the first one below the topic's own
            // value is what takes over when the override goes.
            for (const auto& s : e.synonyms) {
                if (s.source == client::ConfigSource::DynamicTopic) continue;
                const QString from = QString::fromStdString(s.name);
                std::optional<QString> v;
                if (s.value) v = QString::fromStdString(*s.value);
                row.defaultValue = inKeyUnit(row.name, from, v);
                if (from != row.name) row.defaultFrom = from;
                break;
            }
        }
        rows << row;
    }
    return rows;
}

void ConfigsModel::setRows(QList<Row> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    m_pending.clear();
    endResetModel();
}

int ConfigsModel::rowOf(const QString& name) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).name == name) return i;
    return -1;
}

const ConfigsModel::Row* ConfigsModel::find(const QString& name) const {
    const int row = rowOf(name);
    return row < 0 ? nullptr : &m_rows.at(row);
}

QString ConfigsModel::displayValue(const QString& name) const {
    const Row* row = find(name);
    return row && row->value ? *row->value : QString();
}

QString ConfigsModel::sourceText(const QString& name) const {
    const Row* row = find(name);
    return row ? configSourceName(row->source) : QString();
}

void ConfigsModel::setPending(const QString& name, bool pending) {
    const int row = rowOf(name);
    if (row < 0 || pending == m_pending.contains(name)) return;
    if (pending) m_pending.insert(name);
    else m_pending.remove(name);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ConfigsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConfigsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConfigsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const int column = index.column();
    const bool pending = m_pending.contains(row.name);
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case NameRole:
        return row.name;
    case OverrideRole:
        return row.isOverride();
    case Qt::DecorationRole:
        if (column == Name && row.differsFromDefault()) return overrideMarker();
        return {};
    case Qt::FontRole: {
        if (!pending && !(row.differsFromDefault() && (column == Name || column == Value)))
            return {};
        QFont font;
        font.setBold(!pending);
        font.setItalic(pending);
        return font;
    }
    case Qt::ForegroundRole:
        if (pending) return QColor(Qt::gray);
        if (column == Value && (row.sensitive || (row.value && row.value->isEmpty())))
            return QColor(Qt::gray);
        // Without an override the default only repeats the value; keep it quiet.
        if (column == Default && !row.isOverride()) return QColor(Qt::gray);
        return {};
    default:
        return {};
    }
}

QVariant ConfigsModel::display(const Row& row, int column) const {
    switch (column) {
    case Name:
        return row.name;
    case Value:
        if (m_pending.contains(row.name)) return tr("applying…");
        if (row.sensitive) return tr("(hidden)");
        return row.value ? readable(row.name, *row.value) : tr("(none)");
    case Source:
        return configSourceName(row.source);
    case Default:
        if (row.sensitive) return tr("(hidden)");
        if (!row.defaultValue) return row.isOverride() ? QStringLiteral("—") : tr("(none)");
        return readable(row.name, *row.defaultValue);
    }
    return {};
}

QVariant ConfigsModel::toolTip(const Row& row, int column) const {
    switch (column) {
    case Name:
    case Value: {
        QString tip = row.documentation;
        if (row.readOnly) tip += (tip.isEmpty() ? QString() : QStringLiteral("\n\n")) +
                                 tr("Read-only: this setting cannot be changed on a topic.");
        if (row.differsFromDefault())
            tip += (tip.isEmpty() ? QString() : QStringLiteral("\n\n")) +
                   tr("This topic overrides the default.");
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Source:
        switch (row.source) {
        case client::ConfigSource::DynamicTopic:
            return tr("Set on this topic; it applies to this topic only.");
        case client::ConfigSource::Default:
            return tr("Kafka's built-in default; neither the topic nor the broker sets it.");
        default:
            return tr("Inherited from the broker's configuration; override it to change this "
                      "topic only.");
        }
    case Default:
        if (!row.defaultFrom.isEmpty())
            return tr("Without the override, the broker's %1 applies.").arg(row.defaultFrom);
        if (row.isOverride() && !row.defaultValue)
            return tr("The broker did not say what applies without the override.");
        return tr("The value this topic has when it does not override the setting.");
    }
    return {};
}

QVariant ConfigsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Value:
        return tr("Value");
    case Source:
        return tr("Source");
    case Default:
        return tr("Default");
    }
    return {};
}

ConfigsFilterModel::ConfigsFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ConfigsFilterModel::setText(const QString& text) {
    m_text = text.trimmed();
    invalidateFilter();
}

void ConfigsFilterModel::setOnlyOverrides(bool only) {
    m_onlyOverrides = only;
    invalidateFilter();
}

bool ConfigsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex name = sourceModel()->index(sourceRow, ConfigsModel::Name, sourceParent);
    if (m_onlyOverrides && !name.data(ConfigsModel::OverrideRole).toBool()) return false;
    if (m_text.isEmpty()) return true;
    if (name.data(ConfigsModel::NameRole).toString().contains(m_text, Qt::CaseInsensitive))
        return true;
    const QModelIndex value = sourceModel()->index(sourceRow, ConfigsModel::Value, sourceParent);
    return value.data().toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace samsa::ui
