#pragma once

#include "app/monitor/monitor_types.h"

#include <QHash>
#include <QList>
#include <deque>
#include <memory>

namespace samsa::monitor {

// A group as one DescribeGroups answer shows it.
struct GroupObservation {
    QString groupId;
    QString state;
    QString protocolType;
    QString assignor;
    QList<GenerationMember> members; // with their assignments
};

// A GroupMetadata record of __consumer_offsets: the coordinator writes one whenever a
// generation completes (and when a group empties), so these are the exact history.
struct GroupMetadataRecord {
    QString groupId;
    bool tombstone = false; // the group was deleted or expired
    int generation = -1;
    QString protocolType;
    QString protocol;
    QString leader;
    qint64 stateTimestampMs = -1; // when the group entered its state; -1 for old formats
    qint64 recordTimeMs = -1;     // the record's own timestamp
    QList<GenerationMember> members;
};

// Turns polled group states and GroupMetadata records into generations: one per
// completed rebalance, with its members and assignment, when the rebalance started (as
// far as polling saw) and when the group was stable again. A generation seen by both
// sources is merged into one: same members, close in time. Pure bookkeeping: the
// caller stores what takeChanged() returns and passes the ids back by sharing the
// objects.
class RebalanceTracker {
public:
    using GenerationPtr = std::shared_ptr<Generation>;

    // Polling sees a stable state a little after it begins; records and polls closer
    // than this with the same members are one generation.
    static constexpr qint64 kMatchToleranceMs = 20000;
    static constexpr size_t kKeptPerGroup = 16;

    // The last stored generations, so a restart continues the timeline.
    void restore(const QList<Generation>& stored);
    void observe(qint64 nowMs, const GroupObservation& observation);
    void observeRecord(const GroupMetadataRecord& record);

    // Generations created or changed since the last call; save them and keep their ids
    // (the objects are shared with the tracker).
    QList<GenerationPtr> takeChanged();
    QList<GroupEvent> takeEvents();

    // The latest known generations of a group, oldest first.
    QList<Generation> recent(const QString& groupId) const;

private:
    struct Tracked {
        QString lastState;
        qint64 lastSeenMs = -1;
        qint64 rebalanceSinceMs = -1;
        qint64 notBeforeMs = -1;
        QString signature; // of the generation polling last saw; empty before the first
        std::deque<GenerationPtr> recent; // by stableMs
    };

    void startGeneration(Tracked& t, qint64 nowMs, const GroupObservation& o, const QString& signature);
    void insert(Tracked& t, const GenerationPtr& g);
    void changed(const GenerationPtr& g);

    QHash<QString, Tracked> m_groups;
    QList<GenerationPtr> m_changed;
    QList<GroupEvent> m_events;
};

// Identifies a membership and assignment, to tell a new generation from the same one.
QString generationSignature(const QString& assignor, const QList<GenerationMember>& members);

} // namespace samsa::monitor
