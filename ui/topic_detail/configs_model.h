#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QSortFilterProxyModel>

// After the Qt headers: moc cannot parse the standard headers this pulls in first.
#include "client/admin_types.h"

#include <optional>
#include <vector>

namespace samsa::ui {

// A topic's configuration as DescribeConfigs reports it: every key, its value, where
// that value comes from, and what it would be without the topic's own override.
class ConfigsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Value, Source, Default, ColumnCount };
    static constexpr int NameRole = Qt::UserRole + 1;
    static constexpr int OverrideRole = Qt::UserRole + 2; // bool: the topic sets this key

    struct Row {
        QString name;
        std::optional<QString> value; // absent: sensitive, or no value
        client::ConfigSource source = client::ConfigSource::Unknown;
        bool readOnly = false;
        bool sensitive = false;
        int type = 0; // Kafka's ConfigType
        QString documentation;
        std::optional<QString> defaultValue; // what deleting the override would leave
        QString defaultFrom;                 // the key that default comes from, if another

        bool isOverride() const { return source == client::ConfigSource::DynamicTopic; }
        // Overrides that change something; an override equal to the default is noise.
        bool differsFromDefault() const {
            return isOverride() && (!defaultValue || value != defaultValue);
        }
    };

    explicit ConfigsModel(QObject* parent = nullptr);

    static QList<Row> buildRows(const std::vector<client::ConfigEntry>& entries);
    // The value with a reading aid where the key's suffix tells the unit:
    // "86400000 (1 day)" for a *.ms key, "1048576 (1.0 MiB)" for a *.bytes key.
    static QString readable(const QString& key, const QString& value);
    // Just the reading aid ("1 day"), or empty when the key's unit is not known.
    static QString unitHint(const QString& key, const QString& value);

    void setRows(QList<Row> rows);
    void clear() { setRows({}); }
    const QList<Row>& rows() const { return m_rows; }
    int rowOf(const QString& name) const;
    const Row* find(const QString& name) const;
    QString displayValue(const QString& name) const;
    QString sourceText(const QString& name) const;

    // A change to `name` is on its way to the broker: the row says so until the next
    // setRows() or setPending(false).
    void setPending(const QString& name, bool pending);
    bool isPending(const QString& name) const { return m_pending.contains(name); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Row& row, int column) const;
    QVariant toolTip(const Row& row, int column) const;

    QList<Row> m_rows;
    QSet<QString> m_pending;
};

// The filter box and "show only overrides" over a ConfigsModel.
class ConfigsFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ConfigsFilterModel(QObject* parent = nullptr);

    void setText(const QString& text);
    void setOnlyOverrides(bool only);
    bool onlyOverrides() const { return m_onlyOverrides; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    bool m_onlyOverrides = false;
};

} // namespace samsa::ui
