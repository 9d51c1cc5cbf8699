#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace samsa::ui {

// One topic as the Topics page lists it. The optional fields arrive in later stages of
// a listing (offsets, disk usage, configs); until then they are unknown.
struct TopicRow {
    QString name;
    int partitions = 0;
    int replicationFactor = 0;
    bool internal = false;
    std::optional<qint64> messages;
    std::optional<qint64> sizeBytes;
    std::optional<qint64> retentionMs;
    std::optional<qint64> retentionBytes;
    std::optional<QString> cleanupPolicy;
};

// The topics of one cluster. The page fills it in stages; each stage is applied in one
// batch (one dataChanged per column range), so a listing of thousands of topics costs a
// handful of signals, not one per cell.
class TopicListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        Partitions,
        ReplicationFactor,
        Messages,
        Size,
        Retention,
        CleanupPolicy,
        Internal,
        ColumnCount
    };
    // Raw values for sorting: numbers as qint64 (unknown sorts first), text as text.
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int InternalRole = Qt::UserRole + 1;

    // Whether a later stage has arrived for the current listing: Pending shows "…",
    // Failed shows "—" with the reason as tool tip.
    enum class Stage { Pending, Done, Failed };

    explicit TopicListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Replaces every row; later stages start over as Pending.
    void setTopics(std::vector<TopicRow> rows);
    // Each takes the values by topic name; topics missing from the map stay unknown.
    void setMessages(const QHash<QString, qint64>& messages);
    void setSizes(const QHash<QString, qint64>& sizes);
    struct Configs {
        std::optional<qint64> retentionMs;
        std::optional<qint64> retentionBytes;
        std::optional<QString> cleanupPolicy;
    };
    void setConfigs(const QHash<QString, Configs>& configs);
    // A stage that failed as a whole: its cells show "—" and `reason` as tool tip.
    void setMessagesFailed(const QString& reason);
    void setSizesFailed(const QString& reason);
    void setConfigsFailed(const QString& reason);

    void removeTopics(const QStringList& names);

    const TopicRow* topic(int row) const;
    int rowOf(const QString& name) const;
    QStringList names() const;
    int nonInternalCount() const;

private:
    QVariant display(const TopicRow& t, int column) const;
    QVariant sortValue(const TopicRow& t, int column) const;
    QVariant toolTip(const TopicRow& t, int column) const;
    Stage stageOf(int column) const;
    void columnsChanged(int first, int last);
    void rebuildIndex();

    std::vector<TopicRow> m_rows;
    QHash<QString, int> m_rowByName;
    Stage m_messagesStage = Stage::Pending;
    Stage m_sizesStage = Stage::Pending;
    Stage m_configsStage = Stage::Pending;
    QString m_messagesError;
    QString m_sizesError;
    QString m_configsError;
};

} // namespace samsa::ui
