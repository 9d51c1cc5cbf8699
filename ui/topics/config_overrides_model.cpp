#include "ui/topics/config_overrides_model.h"

#include "common/config/config_def.h"
#include "ui/common/format.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>
#include <limits>

namespace samsa::ui {

namespace {

const config::ConfigDef* definition(const QString& key) {
    return config::topicConfigRegistry().find(key.trimmed().toStdString());
}

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

} // namespace

ConfigOverridesModel::ConfigOverridesModel(QObject* parent) : QAbstractTableModel(parent) {}

int ConfigOverridesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ConfigOverridesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConfigOverridesModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& e = m_entries[size_t(index.row())];
    const QString trouble = problem(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Key:
            return e.key;
        case Value:
            return e.value;
        case Note:
            return trouble.isEmpty() ? describeDefault(e.key) : trouble;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Note && !trouble.isEmpty()) return trouble;
        return documentation(e.key);
    case Qt::ForegroundRole:
        if (index.column() == Note)
            return trouble.isEmpty() ? QGuiApplication::palette().brush(QPalette::PlaceholderText)
                                     : QBrush(QColor(200, 40, 40));
        return {};
    case ProblemRole:
        return !trouble.isEmpty();
    default:
        return {};
    }
}

bool ConfigOverridesModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        index.column() == Note)
        return false;
    Entry& e = m_entries[size_t(index.row())];
    QString& field = index.column() == Key ? e.key : e.value;
    const QString text = value.toString().trimmed();
    if (field == text) return true;
    field = text;
    // A key change can make another row a duplicate or clear one, so every note is
    // checked again; a handful of rows makes that free.
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    notesChanged();
    return true;
}

Qt::ItemFlags ConfigOverridesModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return index.column() == Note ? base : base | Qt::ItemIsEditable;
}

QVariant ConfigOverridesModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Key:
        return tr("Config");
    case Value:
        return tr("Value");
    //: Column that shows a config's default or what is wrong with the row.
    case Note:
        return tr("Default / problem");
    default:
        return {};
    }
}

bool ConfigOverridesModel::insertRows(int row, int count, const QModelIndex& parent) {
    if (parent.isValid() || row < 0 || row > rowCount() || count <= 0) return false;
    beginInsertRows({}, row, row + count - 1);
    m_entries.insert(m_entries.begin() + row, size_t(count), Entry{});
    endInsertRows();
    return true;
}

bool ConfigOverridesModel::removeRows(int row, int count, const QModelIndex& parent) {
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount()) return false;
    beginRemoveRows({}, row, row + count - 1);
    m_entries.erase(m_entries.begin() + row, m_entries.begin() + row + count);
    endRemoveRows();
    notesChanged();
    return true;
}

int ConfigOverridesModel::addEntry(const QString& key, const QString& value) {
    const int row = rowCount();
    insertRows(row, 1);
    m_entries[size_t(row)] = {key.trimmed(), value.trimmed()};
    if (!key.isEmpty() || !value.isEmpty()) notesChanged();
    return row;
}

void ConfigOverridesModel::setReservedKeys(const QSet<QString>& keys) {
    if (keys == m_reserved) return;
    m_reserved = keys;
    notesChanged();
}

void ConfigOverridesModel::notesChanged() {
    if (m_entries.empty()) return;
    emit dataChanged(index(0, Note), index(rowCount() - 1, Note),
                     {Qt::DisplayRole, Qt::ToolTipRole, Qt::ForegroundRole, ProblemRole});
}

QString ConfigOverridesModel::problem(int row) const {
    const Entry& e = m_entries[size_t(row)];
    if (e.key.isEmpty()) return e.value.isEmpty() ? QString() : tr("Choose a config name.");
    const config::ConfigDef* def = definition(e.key);
    if (!def) return tr("Not a topic config.");
    if (m_reserved.contains(e.key)) return tr("Already set by a field above.");
    for (int i = 0; i < row; ++i)
        if (m_entries[size_t(i)].key == e.key) return tr("Set twice; keep one row.");
    if (e.value.isEmpty()) return tr("Enter a value.");
    const auto parsed = config::parseValue(*def, e.value.toStdString());
    if (!parsed) {
        // The row already shows the key and the value; the rule is what is news.
        const QString message = qs(parsed.error().message);
        const qsizetype colon = message.indexOf(QLatin1String(": "));
        return message.startsWith(QLatin1String("Invalid value")) && colon > 0
                   ? message.mid(colon + 2)
                   : message;
    }
    return {};
}

bool ConfigOverridesModel::hasProblems() const {
    for (int row = 0; row < rowCount(); ++row)
        if (!problem(row).isEmpty()) return true;
    return false;
}

std::map<std::string, std::string> ConfigOverridesModel::configs() const {
    std::map<std::string, std::string> configs;
    for (int row = 0; row < rowCount(); ++row) {
        const Entry& e = m_entries[size_t(row)];
        if (!e.key.isEmpty() && problem(row).isEmpty())
            configs[e.key.toStdString()] = e.value.toStdString();
    }
    return configs;
}

QStringList ConfigOverridesModel::knownKeys() {
    QStringList keys;
    for (const auto& def : config::topicConfigRegistry().definitions())
        keys << qs(def.name);
    return keys;
}

QString ConfigOverridesModel::describeDefault(const QString& key) {
    const config::ConfigDef* def = definition(key);
    if (!def) return {};
    if (!def->defaultText) return tr("Default: none");
    const QString text = qs(*def->defaultText);
    if (text.isEmpty()) return tr("Default: empty");
    // Durations and sizes are easier to judge in units people use.
    bool numeric = false;
    const qint64 number = text.toLongLong(&numeric);
    QString readable;
    if (numeric && number != std::numeric_limits<qint64>::max()) {
        if (key.endsWith(QLatin1String(".ms")))
            readable = formatDurationMs(number);
        else if (key.endsWith(QLatin1String(".bytes")) && number >= 0)
            readable = formatBytes(number);
    } else if (numeric) {
        //: The largest possible value of a config, which Kafka uses as "no limit".
        readable = tr("no limit");
    }
    return readable.isEmpty() ? tr("Default: %1").arg(text)
                              : tr("Default: %1 (%2)").arg(text, readable);
}

QString ConfigOverridesModel::documentation(const QString& key) {
    const config::ConfigDef* def = definition(key);
    return def ? qs(def->documentation) : QString();
}

QStringList ConfigOverridesModel::allowedValues(const QString& key) {
    const config::ConfigDef* def = definition(key);
    QStringList values;
    if (def)
        for (const auto& v : def->validator.oneOf)
            values << qs(v);
    return values;
}

} // namespace samsa::ui
