#pragma once

#include <QAbstractTableModel>
#include <QSet>
#include <QString>
#include <map>
#include <string>
#include <vector>

namespace samsa::ui {

// Topic configs typed by hand in the create-topic dialog ("More configs"): key/value
// rows checked as they are edited against the topic config definitions the bundled
// broker shares with Kafka, so an unknown key or a bad value is flagged on its row
// before anything is sent.
class ConfigOverridesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Key, Value, Note, ColumnCount };
    // True on rows with a problem (Note then holds it).
    static constexpr int ProblemRole = Qt::UserRole;

    explicit ConfigOverridesModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

    // Adds a row (empty by default) and returns its number.
    int addEntry(const QString& key = {}, const QString& value = {});
    // Keys the dialog sets through its own fields; typing them here too is a conflict.
    void setReservedKeys(const QSet<QString>& keys);

    // Empty when the row is fine.
    QString problem(int row) const;
    bool hasProblems() const;
    // The rows as configs to send; rows with a problem are left out.
    std::map<std::string, std::string> configs() const;

    // Every topic config name, for completion.
    static QStringList knownKeys();
    // "Default: 604800000 (7 days)" for a known key, empty otherwise.
    static QString describeDefault(const QString& key);
    // The documentation of a known key, empty otherwise.
    static QString documentation(const QString& key);
    // The values a key accepts when they are a fixed set (cleanup.policy...).
    static QStringList allowedValues(const QString& key);

private:
    struct Entry {
        QString key;
        QString value;
    };
    void notesChanged();

    std::vector<Entry> m_entries;
    QSet<QString> m_reserved;
};

} // namespace samsa::ui
