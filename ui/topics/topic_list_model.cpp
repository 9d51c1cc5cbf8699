#include "ui/topics/topic_list_model.h"

#include "ui/common/format.h"

#include <algorithm>
#include <limits>

namespace samsa::ui {

namespace {

constexpr qint64 kUnknown = -1;

QString pendingText() {
    return QStringLiteral("…");
}
QString unavailableText() {
    return QStringLiteral("—");
}

bool isNumeric(int column) {
    switch (column) {
    case TopicListModel::Partitions:
    case TopicListModel::ReplicationFactor:
    case TopicListModel::Messages:
    case TopicListModel::Size:
    case TopicListModel::Retention:
        return true;
    default:
        return false;
    }
}

} // namespace

TopicListModel::TopicListModel(QObject* parent) : QAbstractTableModel(parent) {}

int TopicListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TopicListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TopicListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TopicRow& t = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(t, index.column());
    case SortRole:
        return sortValue(t, index.column());
    case Qt::ToolTipRole:
        return toolTip(t, index.column());
    case InternalRole:
        return t.internal;
    case Qt::TextAlignmentRole:
        return isNumeric(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                         : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

TopicListModel::Stage TopicListModel::stageOf(int column) const {
    switch (column) {
    case Messages:
        return m_messagesStage;
    case Size:
        return m_sizesStage;
    case Retention:
    case CleanupPolicy:
        return m_configsStage;
    default:
        return Stage::Done;
    }
}

QVariant TopicListModel::display(const TopicRow& t, int column) const {
    const auto unknown = [&] {
        return stageOf(column) == Stage::Pending ? pendingText() : unavailableText();
    };
    switch (column) {
    case Name:
        return t.name;
    case Partitions:
        return formatCount(t.partitions);
    case ReplicationFactor:
        return formatCount(t.replicationFactor);
    case Messages:
        return t.messages ? formatCount(*t.messages) : unknown();
    case Size:
        return t.sizeBytes ? formatBytes(*t.sizeBytes) : unknown();
    case Retention: {
        if (!t.retentionMs && !t.retentionBytes) return unknown();
        const bool sizeLimited = t.retentionBytes && *t.retentionBytes >= 0;
        const bool timeLimited = t.retentionMs && *t.retentionMs >= 0;
        if (!sizeLimited) return t.retentionMs ? formatDurationMs(*t.retentionMs) : unknown();
        const QString size = formatBytes(*t.retentionBytes);
        if (!timeLimited) return size;
        const QString time = formatDurationMs(*t.retentionMs);
        //: Retention of a topic limited by time and by size, e.g. "7 days or 1 GiB".
        return tr("%1 or %2").arg(time, size);
    }
    case CleanupPolicy:
        return t.cleanupPolicy ? *t.cleanupPolicy : unknown();
    //: Shown in the "Internal" column for Kafka's own topics such as __consumer_offsets.
    case Internal:
        return t.internal ? tr("Yes") : QString();
    default:
        return {};
    }
}

QVariant TopicListModel::sortValue(const TopicRow& t, int column) const {
    switch (column) {
    case Name:
        return t.name;
    case Partitions:
        return qint64(t.partitions);
    case ReplicationFactor:
        return qint64(t.replicationFactor);
    case Messages:
        return t.messages.value_or(kUnknown);
    case Size:
        return t.sizeBytes.value_or(kUnknown);
    case Retention:
        // "forever" keeps data longest, so it sorts after every finite retention.
        if (!t.retentionMs) return kUnknown;
        return *t.retentionMs < 0 ? std::numeric_limits<qint64>::max() : *t.retentionMs;
    case CleanupPolicy:
        return t.cleanupPolicy.value_or(QString());
    case Internal:
        return t.internal;
    default:
        return {};
    }
}

QVariant TopicListModel::toolTip(const TopicRow& t, int column) const {
    const auto failure = [&]() -> QVariant {
        switch (column) {
        case Messages:
            return m_messagesStage == Stage::Failed ? m_messagesError : QVariant();
        case Size:
            return m_sizesStage == Stage::Failed ? m_sizesError : QVariant();
        default:
            return m_configsStage == Stage::Failed ? m_configsError : QVariant();
        }
    };
    switch (column) {
    case Name:
        return t.name;
    case Messages:
        return t.messages ? QVariant() : failure();
    case Size:
        return t.sizeBytes ? QVariant() : failure();
    case Retention:
        if (!t.retentionMs && !t.retentionBytes) return failure();
        return tr("retention.ms = %1\nretention.bytes = %2")
            .arg(t.retentionMs ? QString::number(*t.retentionMs) : unavailableText(),
                 t.retentionBytes ? QString::number(*t.retentionBytes) : unavailableText());
    case CleanupPolicy:
        return t.cleanupPolicy ? QVariant() : failure();
    default:
        return {};
    }
}

QVariant TopicListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name:
            return tr("Name");
        case Partitions:
            return tr("Partitions");
        //: Column header; short for "replication factor".
        case ReplicationFactor:
            return tr("Replicas");
        case Messages:
            return tr("Messages");
        case Size:
            return tr("Size");
        case Retention:
            return tr("Retention");
        case CleanupPolicy:
            return tr("Cleanup policy");
        case Internal:
            return tr("Internal");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case Partitions:
            return tr("Number of partitions: the topic's unit of parallelism and ordering.");
        case ReplicationFactor:
            return tr("Replication factor: how many brokers keep a copy of each partition.");
        case Messages:
            return tr("Messages currently stored: the sum over partitions of the latest offset "
                      "minus the earliest one. Compacted topics may hold fewer.");
        case Size:
            return tr("Disk space used by the topic, all replicas together.");
        case Retention:
            return tr("How long (retention.ms) and how much (retention.bytes) each partition "
                      "keeps before old segments are deleted.");
        case CleanupPolicy:
            return tr("delete: old segments are removed by retention; compact: only the latest "
                      "record of each key is kept.");
        case Internal:
            return tr("Topics Kafka uses for itself, such as committed consumer offsets.");
        default:
            return {};
        }
    } else if (role == Qt::TextAlignmentRole) {
        return isNumeric(section) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                  : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    return {};
}

void TopicListModel::setTopics(std::vector<TopicRow> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    m_messagesStage = m_sizesStage = m_configsStage = Stage::Pending;
    m_messagesError.clear();
    m_sizesError.clear();
    m_configsError.clear();
    rebuildIndex();
    endResetModel();
}

void TopicListModel::rebuildIndex() {
    m_rowByName.clear();
    m_rowByName.reserve(qsizetype(m_rows.size()));
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_rowByName.insert(m_rows[i].name, int(i));
}

void TopicListModel::columnsChanged(int first, int last) {
    if (m_rows.empty()) return;
    emit dataChanged(index(0, first), index(int(m_rows.size()) - 1, last),
                     {Qt::DisplayRole, SortRole, Qt::ToolTipRole});
}

void TopicListModel::setMessages(const QHash<QString, qint64>& messages) {
    for (TopicRow& t : m_rows) {
        const auto it = messages.constFind(t.name);
        t.messages = it == messages.cend() ? std::nullopt : std::optional<qint64>(*it);
    }
    m_messagesStage = Stage::Done;
    columnsChanged(Messages, Messages);
}

void TopicListModel::setSizes(const QHash<QString, qint64>& sizes) {
    for (TopicRow& t : m_rows) {
        const auto it = sizes.constFind(t.name);
        t.sizeBytes = it == sizes.cend() ? std::nullopt : std::optional<qint64>(*it);
    }
    m_sizesStage = Stage::Done;
    columnsChanged(Size, Size);
}

void TopicListModel::setConfigs(const QHash<QString, Configs>& configs) {
    for (TopicRow& t : m_rows) {
        const auto it = configs.constFind(t.name);
        const Configs c = it == configs.cend() ? Configs{} : *it;
        t.retentionMs = c.retentionMs;
        t.retentionBytes = c.retentionBytes;
        t.cleanupPolicy = c.cleanupPolicy;
    }
    m_configsStage = Stage::Done;
    columnsChanged(Retention, CleanupPolicy);
}

void TopicListModel::setMessagesFailed(const QString& reason) {
    m_messagesStage = Stage::Failed;
    m_messagesError = reason;
    columnsChanged(Messages, Messages);
}

void TopicListModel::setSizesFailed(const QString& reason) {
    m_sizesStage = Stage::Failed;
    m_sizesError = reason;
    columnsChanged(Size, Size);
}

void TopicListModel::setConfigsFailed(const QString& reason) {
    m_configsStage = Stage::Failed;
    m_configsError = reason;
    columnsChanged(Retention, CleanupPolicy);
}

void TopicListModel::removeTopics(const QStringList& names) {
    // Rows go in descending order so the indexes still to remove stay valid; adjacent
    // rows are removed together.
    std::vector<int> rows;
    for (const QString& name : names)
        if (const auto it = m_rowByName.constFind(name); it != m_rowByName.cend())
            rows.push_back(*it);
    if (rows.empty()) return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    size_t i = 0;
    while (i < rows.size()) {
        int last = rows[i];
        int first = last;
        while (i + 1 < rows.size() && rows[i + 1] == first - 1)
            first = rows[++i];
        ++i;
        beginRemoveRows({}, first, last);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        endRemoveRows();
    }
    rebuildIndex();
}

const TopicRow* TopicListModel::topic(int row) const {
    return row >= 0 && size_t(row) < m_rows.size() ? &m_rows[size_t(row)] : nullptr;
}

int TopicListModel::rowOf(const QString& name) const {
    return m_rowByName.value(name, -1);
}

QStringList TopicListModel::names() const {
    QStringList names;
    names.reserve(qsizetype(m_rows.size()));
    for (const TopicRow& t : m_rows)
        names << t.name;
    return names;
}

int TopicListModel::nonInternalCount() const {
    return int(
        std::count_if(m_rows.begin(), m_rows.end(), [](const TopicRow& t) { return !t.internal; }));
}

} // namespace samsa::ui
