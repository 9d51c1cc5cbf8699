#pragma once

#include "app/monitor/history_store.h"
#include "app/monitor/lag_evaluator.h"
#include "app/monitor/monitor_types.h"
#include "app/monitor/offsets_topic_reader.h"

#include <QHash>
#include <QSet>
#include <deque>

namespace samsa::monitor {

struct CommittedInfo {
    qint64 offset = -1;
    QString metadata;
};

// One group as a sampling round read it, in the monitor's own types.
struct GroupInput {
    QString groupId;
    QString state;
    QString protocolType;
    QString assignor;
    int coordinator = -1;
    QList<MemberState> members;
    QHash<PartitionKey, CommittedInfo> committed;
    QString error; // describing it or reading its offsets failed
};

struct LogOffsets {
    qint64 start = -1;
    qint64 end = -1;
};

// A record whose timestamp would tell how far behind in time a partition is.
struct TimestampRequest {
    QString groupId;
    PartitionKey partition;
    qint64 offset = -1;
};

// Remembers each partition of each group across sampling rounds: the window the lag
// evaluator judges, the previous sample for rates, when the position last moved, and
// the timestamp of the record at the committed offset (for the time lag). Pure
// bookkeeping, fed by the monitor's worker.
class LagTracker {
public:
    explicit LagTracker(EvaluatorSettings settings = {}, qint64 windowStepMs = 5000);

    void setWindowStep(qint64 ms) { m_windowStepMs = ms; }
    const EvaluatorSettings& settings() const { return m_settings; }

    // Folds one round's view of a group in and returns its snapshot.
    GroupSnapshot update(qint64 nowMs, const GroupInput& input,
                         const QHash<PartitionKey, LogOffsets>& logs);
    // Drops groups that no longer exist.
    void retain(const QSet<QString>& groups);

    // Partitions behind the end whose committed record's timestamp is unknown or stale,
    // the least recently asked first; at most `budget`.
    QList<TimestampRequest> timestampRequests(int budget) const;
    // The timestamp of the record at `offset` (-1: it could not be read).
    void setRecordTimestamp(const QString& groupId, const PartitionKey& partition, qint64 offset,
                            qint64 timestampMs, qint64 nowMs);
    // A commit read from __consumer_offsets, with its exact time.
    void noteStoredCommit(const StoredCommit& commit);

    // The samples a snapshot contributes to the history: one per topic.
    static QList<TopicSample> samplesOf(const GroupSnapshot& group);

private:
    struct Track {
        std::deque<OffsetSample> window;
        OffsetSample previous;
        qint64 firstSeenMs = -1;
        qint64 unchangedSinceMs = -1;
        qint64 exactCommitMs = -1;
        qint64 exactCommitOffset = -1;
        qint64 timestampOffset = -1; // the record whose timestamp is known
        qint64 recordTimestampMs = -1;
        qint64 askedMs = -1; // when the timestamp was last asked for
        qint64 wantedOffset = -1; // committed offset, when behind; -1 caught up
    };

    void push(Track& track, const OffsetSample& sample);

    EvaluatorSettings m_settings;
    qint64 m_windowStepMs;
    QHash<QString, QHash<PartitionKey, Track>> m_tracks;
};

} // namespace samsa::monitor
