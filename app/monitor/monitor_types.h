#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <memory>

namespace samsa::monitor {

// One partition of a topic, as the monitor keys everything it tracks.
struct PartitionKey {
    QString topic;
    int partition = 0;

    bool operator==(const PartitionKey& o) const {
        return partition == o.partition && topic == o.topic;
    }
    bool operator!=(const PartitionKey& o) const { return !(*this == o); }
    bool operator<(const PartitionKey& o) const {
        return topic != o.topic ? topic < o.topic : partition < o.partition;
    }
    QString toString() const { return topic + QLatin1Char('-') + QString::number(partition); }
};

inline size_t qHash(const PartitionKey& key, size_t seed = 0) {
    return ::qHash(key.topic, seed) ^ (size_t(key.partition) * 0x9e3779b97f4a7c15ULL);
}

// The health of a consumer, judged the way Burrow does from a sliding window of
// committed offsets and log end offsets. Ordered from harmless to worst, so the worst
// partition gives the group's status.
enum class LagStatus { Unknown, Ok, Warn, Stall, Err, Stop };

struct LagVerdict {
    LagStatus status = LagStatus::Unknown;
    QString explanation; // one sentence for the user
};

// Short names shown in tables: "OK", "WARN", "STALL", "ERR", "STOP", "—".
QString lagStatusName(LagStatus status);

// One observation of a partition of a group.
struct OffsetSample {
    qint64 timeMs = 0;
    qint64 committed = -1; // -1: nothing committed
    qint64 logEnd = -1;    // high watermark; -1 unknown
    // -1 when either side is unknown.
    qint64 lag() const { return logEnd < 0 || committed < 0 ? -1 : std::max<qint64>(0, logEnd - committed); }
};

// One partition of a group as of the latest sample.
struct PartitionState {
    PartitionKey key;
    qint64 committed = -1;
    qint64 logStart = -1;
    qint64 logEnd = -1;
    qint64 lag = -1;        // -1 unknown
    qint64 timeLagMs = -1;  // how far behind in time the committed record is; -1 unknown
    QString ownerMemberId;  // empty when no member is assigned the partition
    QString ownerClientId;
    QString ownerHost;
    QString commitMetadata;
    qint64 lastCommitMs = -1; // -1 unknown
    bool lastCommitExact = false; // read from __consumer_offsets, not inferred from polling
    double consumeRate = 0; // messages/s committed past, over the last interval
    double produceRate = 0; // messages/s appended
    LagVerdict verdict;
};

struct MemberState {
    QString memberId;
    QString instanceId; // group.instance.id of static members
    QString clientId;
    QString host;
    QStringList subscribedTopics;
    QList<PartitionKey> assignment;
};

// One consumer group as of the latest sample.
struct GroupSnapshot {
    QString groupId;
    QString state; // Kafka's names: Stable, PreparingRebalance, Empty, Dead...
    QString protocolType;
    QString assignor;
    int coordinator = -1;
    QList<MemberState> members;
    QStringList topics; // subscribed or committed, sorted
    QList<PartitionState> partitions; // sorted by topic and partition
    qint64 totalLag = -1;
    qint64 maxTimeLagMs = -1;
    double consumeRate = 0;
    double produceRate = 0;
    LagVerdict verdict;
    QString error; // why part of it could not be read
};

// Everything one sampling round found.
struct ClusterSnapshot {
    qint64 timeMs = 0;
    QString clusterKey;
    QList<GroupSnapshot> groups; // sorted by id
    QString error;               // the round failed as a whole (cluster unreachable)
    QString offsetsTopicNote;    // why __consumer_offsets cannot be read, if so
    QString historyError;        // why the history database could not be written, if so
    qint64 cycleMs = 0;          // how long the round took

    const GroupSnapshot* group(const QString& id) const {
        for (const GroupSnapshot& g : groups)
            if (g.groupId == id) return &g;
        return nullptr;
    }
};
using SnapshotPtr = std::shared_ptr<const ClusterSnapshot>;

// A member of one generation of a group.
struct GenerationMember {
    QString memberId;
    QString instanceId;
    QString clientId;
    QString host;
    int sessionTimeoutMs = -1;   // known from __consumer_offsets
    int rebalanceTimeoutMs = -1; // known from __consumer_offsets
    QList<PartitionKey> assignment;

    // How people recognise a member: its static instance id, else its client id.
    QString displayName() const;
    // The identity that survives a restart: the instance id of a static member, else the
    // member id.
    QString identity() const;
};

// Names for these members that tell them apart: the display name, with the end of the
// member id added where several members share one (consumers often share a client id).
// Keyed by identity().
QHash<QString, QString> memberNames(const QList<GenerationMember>& members);

// One generation of a group: the membership and assignment between two rebalances.
// Polling DescribeGroups sees states and members; __consumer_offsets adds Kafka's
// generation number and the exact time. Either source alone makes a generation.
struct Generation {
    qint64 id = 0;          // key in the history store
    QString groupId;
    int generation = -1;    // Kafka's generation id; -1 when only polling saw it
    // Polling brackets the start of a rebalance: it began after the last sample that
    // showed the group settled (notBeforeMs) and before the first that showed it
    // rebalancing (rebalanceStartMs, -1 when no sample caught it).
    qint64 rebalanceStartMs = -1;
    qint64 notBeforeMs = -1;
    qint64 stableMs = -1;          // the generation began (Stable, or Empty)
    QString protocolType;
    QString assignor;
    QString leader;
    QList<GenerationMember> members;
    bool fromPolling = false;
    bool fromOffsetsTopic = false;

    // How long the group did not consume before this generation, from the start of the
    // rebalance to Stable: at least pauseMs() (-1 when no sample caught the rebalance)
    // and at most maxPauseMs() (-1 when the group was not watched before).
    qint64 pauseMs() const { return rebalanceStartMs >= 0 ? std::max<qint64>(0, stableMs - rebalanceStartMs) : -1; }
    qint64 maxPauseMs() const { return notBeforeMs >= 0 ? std::max<qint64>(0, stableMs - notBeforeMs) : -1; }
    QStringList memberIds() const;
};

// Something that happened to a group at one moment: a state change, a lab action.
struct GroupEvent {
    enum class Kind { StateChange, Note };
    qint64 timeMs = 0;
    QString groupId;
    Kind kind = Kind::StateChange;
    QString fromState; // for notes: a marker such as "lab-kill"
    QString toState;   // for notes: what the marker is about, such as a client id
    QString text;      // for notes
};

// A point of a lag series: sums over whatever the series covers.
struct SeriesPoint {
    qint64 timeMs = 0;
    qint64 committed = 0; // sum of committed offsets
    qint64 logEnd = 0;    // sum of log end offsets
    qint64 lag = 0;
    qint64 timeLagMs = -1;
};

} // namespace samsa::monitor

Q_DECLARE_METATYPE(samsa::monitor::SnapshotPtr)
