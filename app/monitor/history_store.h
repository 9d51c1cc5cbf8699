#pragma once

#include "app/monitor/monitor_types.h"
#include "app/monitor/sample_codec.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

class QSqlDatabase;

namespace samsa::monitor {

// One topic of one group in a sampling round: sums over its partitions, and the
// partitions themselves.
struct TopicSample {
    QString groupId;
    QString topic;
    qint64 committed = 0; // sum of committed offsets (partitions without a commit count 0)
    qint64 logEnd = 0;
    qint64 lag = 0;
    qint64 timeLagMs = -1; // the largest of its partitions; -1 unknown
    QList<PartitionPoint> partitions;
};

// Which series a chart asks for: a whole group, one topic of it, or one partition.
struct LagQuery {
    QString clusterKey;
    QString groupId;
    QString topic;     // empty: every topic of the group, summed
    int partition = -1; // >= 0: that partition of `topic`
    qint64 fromMs = 0;
    qint64 toMs = 0;
};

// How stored samples age: every sample for a while, then one per bucket (the last of
// the bucket, since offsets are counters and rates stay exact across buckets).
struct HistoryRetention {
    qint64 rawKeepMs = 10 * 60 * 1000;           // every sample
    qint64 mediumBucketMs = 30 * 1000;
    qint64 mediumKeepMs = 6 * 3600 * 1000LL;
    qint64 mediumDetailKeepMs = 2 * 3600 * 1000LL; // per-partition detail in the medium tier
    qint64 coarseBucketMs = 5 * 60 * 1000;
    qint64 coarseKeepMs = 14 * 86400 * 1000LL;   // the retention limit
    qint64 coarseDetailKeepMs = 48 * 3600 * 1000LL; // per-partition detail in the coarse tier
};

// The history database, a SQLite file next to the settings one: lag samples of every
// group (three tiers of resolution), the generations and events of the rebalance
// timeline, and how far __consumer_offsets has been read. One instance per thread, as
// with every Qt SQL connection; the monitor's worker thread owns the app's instance.
class HistoryStore {
public:
    explicit HistoryStore(QString databasePath);
    ~HistoryStore();
    HistoryStore(const HistoryStore&) = delete;
    HistoryStore& operator=(const HistoryStore&) = delete;

    // $XDG_DATA_HOME/samsa/history.sqlite, next to the settings database.
    static QString defaultDatabasePath();

    bool open();
    bool isOpen() const;
    QString errorString() const { return m_error; }
    QString databasePath() const { return m_path; }

    void setRetention(const HistoryRetention& retention) { m_retention = retention; }
    const HistoryRetention& retention() const { return m_retention; }

    // --- lag samples
    // Writes one round in one transaction.
    bool writeSamples(const QString& clusterKey, qint64 timeMs, const QList<TopicSample>& samples);
    // Rolls closed buckets into the coarser tiers and drops what aged out. Cheap to call
    // often: each call only looks at what is new since the last one.
    bool compact(qint64 nowMs);
    // Samples older than the last compaction were written (imported or sample history):
    // the next compact() rolls them up too.
    void backfilled(qint64 fromMs);
    // Points in time order from the coarsest tier the range needs, continued with finer
    // tiers after its last point, so a long range still ends at the latest sample.
    QList<SeriesPoint> query(const LagQuery& query, qint64 nowMs) const;
    // Topics with stored samples for the group.
    QStringList topics(const QString& clusterKey, const QString& groupId) const;
    // Groups with stored samples.
    QStringList groups(const QString& clusterKey) const;

    // --- rebalance timeline
    // Inserts (id 0, the new id is written back) or replaces a generation.
    bool saveGeneration(const QString& clusterKey, Generation& generation);
    // Generations of the group that overlap [fromMs, toMs], in time order, plus the one
    // before the range (it tells who owned what when the range starts).
    QList<Generation> generations(const QString& clusterKey, const QString& groupId, qint64 fromMs,
                                  qint64 toMs) const;
    // The most recent generations of every group, to pick up where the last run ended.
    QList<Generation> latestGenerations(const QString& clusterKey, int perGroup) const;
    bool addEvent(const QString& clusterKey, const GroupEvent& event);
    QList<GroupEvent> events(const QString& clusterKey, const QString& groupId, qint64 fromMs,
                             qint64 toMs) const;

    // --- __consumer_offsets reading
    QHash<int, qint64> offsetsTopicCursors(const QString& clusterKey) const;
    bool setOffsetsTopicCursors(const QString& clusterKey, const QHash<int, qint64>& cursors);

    qint64 sizeBytes() const;

private:
    QSqlDatabase database() const;
    bool fail(const QString& message) const;
    std::optional<qint64> seriesId(const QString& clusterKey, const QString& groupId,
                                   const QString& topic, bool create);
    QList<qint64> seriesOf(const LagQuery& query) const;
    bool rollUp(int fromTier, int toTier, qint64 bucketMs, qint64 untilMs);
    qint64 lastTime(int tier) const;

    QString m_path;
    QString m_connectionName;
    HistoryRetention m_retention;
    mutable QString m_error;
    QHash<QString, qint64> m_seriesIds; // "cluster\ngroup\ntopic"
    qint64 m_rolledMedium = -1;  // buckets before this are rolled into tier 1
    qint64 m_rolledCoarse = -1;  // and into tier 2
    qint64 m_strippedUntil = 0;  // coarse rows before this have no detail left
    qint64 m_mediumStrippedUntil = 0;
};

} // namespace samsa::monitor
