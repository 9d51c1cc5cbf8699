#include "app/monitor/monitor_worker.h"

#include "app/cluster_service.h"
#include "client/cancellation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <algorithm>

namespace samsa::monitor {

namespace {

QString text(const std::string& s) {
    return QString::fromStdString(s);
}

const std::string kOffsetsTopic = "__consumer_offsets";
// Record timestamps asked per round: enough to refresh a busy cluster's time lags every
// few rounds without turning monitoring into a consumer of every partition.
constexpr int kTimestampBudget = 64;
// __consumer_offsets partitions read per round, each up to kOffsetsTopicBytes.
constexpr int kOffsetsTopicPartitionsPerRound = 8;
constexpr int32_t kOffsetsTopicBytes = 1024 * 1024;
constexpr qint64 kOffsetsTopicRetryMs = 5 * 60 * 1000;
constexpr qint64 kCompactEveryMs = 60 * 1000;

qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

struct MonitorWorker::Round {
    quint64 id = 0;
    qint64 startMs = 0;
    QElapsedTimer clock;
    int stage = 0;
    int pending = 0;
    std::vector<client::GroupListing> listing;
    std::map<std::string, client::GroupDescription> described;
    qint64 describedAtMs = 0; // when the states were read: the time the rebalance tracker uses
    QString describeError;
    std::map<std::string, std::vector<client::CommittedOffset>> offsets;
    std::map<std::string, QString> offsetErrors;
    QHash<PartitionKey, LogOffsets> logs;
    QString watermarkError;
    bool readOffsetsTopic = false;
    std::vector<client::PartitionWatermarks> offsetsTopicMarks;
    OffsetsTopicContent offsetsTopic;
    QString offsetsTopicError;
    struct Timestamp {
        TimestampRequest request;
        qint64 timestampMs = -1;
    };
    std::vector<Timestamp> timestamps;
    QList<GroupSnapshot> groups;
    QString error;
};

MonitorWorker::MonitorWorker(client::AdminClient* client, QString historyPath,
                             QString fallbackClusterKey)
    : m_client(client), m_inbox(std::make_shared<WorkerInbox>()),
      m_cancel(client::Cancellation::create()), m_historyPath(std::move(historyPath)),
      m_clusterKey(std::move(fallbackClusterKey)), m_timer(new QTimer(this)) {
    m_inbox->worker = this;
    connect(m_timer, &QTimer::timeout, this, &MonitorWorker::begin);
}

MonitorWorker::~MonitorWorker() {
    {
        std::lock_guard lock(m_inbox->mutex);
        m_inbox->worker = nullptr;
    }
    // Calls still on the wire end now; their answers find nobody.
    m_cancel->cancel();
}

template <typename T, typename Fn>
client::Callback<T> MonitorWorker::deliver(Fn fn) {
    return [inbox = m_inbox, fn = std::move(fn)](const client::Result<T>& result) {
        std::lock_guard lock(inbox->mutex);
        if (!inbox->worker) return;
        QMetaObject::invokeMethod(inbox->worker, [fn, result] { fn(result); }, Qt::QueuedConnection);
    };
}

client::CallOptions MonitorWorker::options() const {
    client::CallOptions o;
    // A round must end well before the next few would start.
    o.timeout = std::chrono::milliseconds(std::max(10000, 5 * m_intervalMs));
    o.cancellation = m_cancel;
    return o;
}

void MonitorWorker::start() {
    m_store = std::make_unique<HistoryStore>(m_historyPath);
    if (!m_store->open()) {
        m_storeError = m_store->errorString();
        m_store.reset();
    }
    // The cluster id keys the history, so the same cluster reached under another address
    // keeps its timeline, and a reset local cluster starts a new one.
    m_client->describeCluster(
        options(), deliver<client::ClusterDescription>([this](const auto& described) {
            if (described && !described->clusterId.empty())
                m_clusterKey = text(described->clusterId);
            if (m_store) m_rebalances.restore(m_store->latestGenerations(m_clusterKey, 4));
            emit started(m_clusterKey, m_storeError);
            m_timer->start(m_intervalMs);
            begin();
        }));
}

void MonitorWorker::setIntervalMs(int ms) {
    m_intervalMs = std::max(250, ms);
    // The window spans the same few commits whatever the interval.
    m_lags.setWindowStep(std::max<qint64>(m_intervalMs, 5000));
    if (m_timer->isActive()) m_timer->start(m_intervalMs);
}

void MonitorWorker::sampleNow() {
    if (m_timer->isActive()) begin();
}

void MonitorWorker::setRetention(const HistoryRetention& retention) {
    if (m_store) m_store->setRetention(retention);
}

void MonitorWorker::begin() {
    if (m_round) return; // the previous round is still out: skip this tick
    m_round = std::make_unique<Round>();
    m_round->id = ++m_roundId;
    m_round->startMs = nowMs();
    m_round->clock.start();
    m_round->pending = 1;
    m_client->listGroups({}, options(),
                         deliver<std::vector<client::GroupListing>>(
                             [this](const auto& listed) { onListed(listed); }));
}

void MonitorWorker::onListed(const client::Result<std::vector<client::GroupListing>>& listed) {
    Round& r = *m_round;
    if (!listed) {
        r.error = app::describeError(listed.error());
        r.pending = 0;
        return finish();
    }
    r.listing = *listed;
    r.stage = 1;
    std::vector<std::string> ids;
    for (const auto& g : r.listing)
        ids.push_back(g.groupId);
    r.readOffsetsTopic = m_store && r.startMs >= m_offsetsTopicRetryAtMs;
    // One step per call below, plus one so the stage cannot end while calls start.
    r.pending = 1 + (ids.empty() ? 0 : 1) + int(ids.size()) + (r.readOffsetsTopic ? 1 : 0);
    if (!ids.empty())
        m_client->describeGroups(ids, options(),
                                 deliver<std::vector<client::GroupDescription>>(
                                     [this](const auto& d) { onDescribed(d); }));
    for (const auto& id : ids)
        m_client->listConsumerGroupOffsets(
            id, std::nullopt, options(),
            deliver<std::vector<client::CommittedOffset>>(
                [this, id](const auto& offsets) { onOffsets(id, offsets); }));
    if (r.readOffsetsTopic)
        m_client->watermarks({kOffsetsTopic}, options(),
                             deliver<std::vector<client::PartitionWatermarks>>([this](const auto& marks) {
                                 if (marks)
                                     m_round->offsetsTopicMarks = *marks;
                                 else
                                     m_round->offsetsTopicError = app::describeError(marks.error());
                                 stepDone();
                             }));
    stepDone();
}

void MonitorWorker::onDescribed(const client::Result<std::vector<client::GroupDescription>>& described) {
    Round& r = *m_round;
    r.describedAtMs = nowMs();
    if (!described)
        r.describeError = app::describeError(described.error());
    else
        for (const auto& d : *described)
            r.described[d.groupId] = d;
    stepDone();
}

void MonitorWorker::onOffsets(const std::string& group,
                              const client::Result<std::vector<client::CommittedOffset>>& offsets) {
    Round& r = *m_round;
    if (!offsets)
        r.offsetErrors[group] = app::describeError(offsets.error());
    else
        r.offsets[group] = *offsets;
    stepDone();
}

void MonitorWorker::stepDone() {
    if (!m_round || --m_round->pending > 0) return;
    Round& r = *m_round;
    if (r.stage == 1) return fetchWatermarks();
    if (r.stage == 2) return fetchDetails();
    finish();
}

void MonitorWorker::fetchWatermarks() {
    Round& r = *m_round;
    r.stage = 2;
    QSet<QString> topics;
    for (const auto& [group, offsets] : r.offsets)
        for (const auto& c : offsets)
            topics.insert(text(c.partition.topic));
    for (const auto& [id, d] : r.described)
        for (const auto& m : d.members) {
            for (const auto& t : m.subscribedTopics)
                topics.insert(text(t));
            for (const auto& a : m.assignment)
                topics.insert(text(a.topic));
        }
    if (topics.isEmpty()) {
        r.pending = 1;
        return stepDone();
    }
    std::vector<std::string> names;
    for (const QString& t : topics)
        names.push_back(t.toStdString());
    r.pending = 1;
    m_client->watermarks(names, options(),
                         deliver<std::vector<client::PartitionWatermarks>>(
                             [this](const auto& marks) { onWatermarks(marks); }));
}

void MonitorWorker::onWatermarks(const client::Result<std::vector<client::PartitionWatermarks>>& marks) {
    Round& r = *m_round;
    if (!marks) {
        r.watermarkError = app::describeError(marks.error());
    } else {
        for (const auto& w : *marks)
            if (!w.error)
                r.logs.insert(PartitionKey{text(w.partition.topic), w.partition.partition},
                              LogOffsets{w.earliest, w.latest});
    }
    stepDone();
}

GroupInput MonitorWorker::inputFor(const client::GroupListing& listing) const {
    const Round& r = *m_round;
    GroupInput in;
    in.groupId = text(listing.groupId);
    in.protocolType = text(listing.protocolType);
    in.state = text(listing.state.value_or(std::string()));
    in.coordinator = listing.coordinator;
    QStringList errors;
    if (auto it = r.described.find(listing.groupId); it != r.described.end()) {
        const client::GroupDescription& d = it->second;
        if (d.error) errors << app::describeError(*d.error);
        if (!d.state.empty()) in.state = text(d.state);
        if (!d.protocolType.empty()) in.protocolType = text(d.protocolType);
        in.assignor = text(d.protocol);
        if (d.coordinator >= 0) in.coordinator = d.coordinator;
        for (const auto& m : d.members) {
            MemberState ms;
            ms.memberId = text(m.memberId);
            ms.instanceId = text(m.groupInstanceId.value_or(std::string()));
            ms.clientId = text(m.clientId);
            ms.host = text(m.host);
            for (const auto& t : m.subscribedTopics)
                ms.subscribedTopics << text(t);
            for (const auto& a : m.assignment)
                for (int32_t p : a.partitions)
                    ms.assignment.append(PartitionKey{text(a.topic), p});
            std::sort(ms.assignment.begin(), ms.assignment.end());
            in.members.append(ms);
        }
    } else if (!r.describeError.isEmpty()) {
        errors << r.describeError;
    }
    if (auto it = r.offsets.find(listing.groupId); it != r.offsets.end()) {
        for (const auto& c : it->second) {
            if (c.error || c.offset < 0) continue;
            in.committed.insert(PartitionKey{text(c.partition.topic), c.partition.partition},
                                CommittedInfo{c.offset, text(c.metadata.value_or(std::string()))});
        }
    } else if (auto e = r.offsetErrors.find(listing.groupId); e != r.offsetErrors.end()) {
        //: %1 explains why the committed offsets could not be read.
        errors << tr("Committed offsets could not be read: %1").arg(e->second);
    }
    if (!r.watermarkError.isEmpty())
        errors << tr("End offsets could not be read: %1").arg(r.watermarkError);
    in.error = errors.join(QLatin1Char('\n'));
    return in;
}

void MonitorWorker::fetchDetails() {
    Round& r = *m_round;
    r.stage = 3;
    QSet<QString> seen;
    for (const auto& listing : r.listing) {
        r.groups.append(m_lags.update(r.startMs, inputFor(listing), r.logs));
        seen.insert(r.groups.back().groupId);
    }
    m_lags.retain(seen);

    const QList<TimestampRequest> wanted = m_lags.timestampRequests(kTimestampBudget);
    r.timestamps.reserve(size_t(wanted.size()));
    r.pending = 1 + int(wanted.size());
    client::FetchOptions fetch;
    fetch.maxBytes = 16 * 1024; // the first batch is all that is needed
    fetch.maxWait = std::chrono::milliseconds(0);
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        r.timestamps.push_back({wanted[i], -1});
        const TimestampRequest& w = wanted[i];
        m_client->fetch(client::TopicPartition{w.partition.topic.toStdString(), w.partition.partition},
                        w.offset, fetch, options(),
                        deliver<client::FetchedPartition>([this, i, id = r.id](const auto& fetched) {
                            if (!m_round || m_round->id != id) return;
                            auto& slot = m_round->timestamps[size_t(i)];
                            if (fetched)
                                for (const auto& b : fetched->batches)
                                    for (const auto& rec : b.records)
                                        if (rec.offset >= slot.request.offset && slot.timestampMs < 0)
                                            slot.timestampMs = rec.timestampMs;
                            stepDone();
                        }));
    }
    if (r.readOffsetsTopic && r.offsetsTopicError.isEmpty()) readOffsetsTopic(r.offsetsTopicMarks);
    stepDone();
}

void MonitorWorker::readOffsetsTopic(const std::vector<client::PartitionWatermarks>& marks) {
    Round& r = *m_round;
    if (!m_cursorsLoaded && m_store) {
        m_offsetsCursors = m_store->offsetsTopicCursors(m_clusterKey);
        m_cursorsLoaded = true;
    }
    client::FetchOptions fetch;
    fetch.maxBytes = kOffsetsTopicBytes;
    fetch.maxWait = std::chrono::milliseconds(0);
    int asked = 0;
    for (const auto& w : marks) {
        // The topic appears with the cluster's first group; until then there is nothing
        // to read, which is no failure.
        if (w.error && w.error->code == ErrorCode::UnknownTopicOrPartition) continue;
        if (w.error) {
            r.offsetsTopicError = app::describeError(*w.error);
            continue;
        }
        const int partition = w.partition.partition;
        qint64 from = m_offsetsCursors.value(partition, w.earliest);
        // Compaction or retention removed what we had not read yet.
        if (from < w.earliest || from > w.latest) from = w.earliest;
        m_offsetsCursors[partition] = from;
        if (from >= w.latest || asked >= kOffsetsTopicPartitionsPerRound) continue;
        ++asked;
        ++r.pending;
        m_client->fetch(w.partition, from, fetch, options(),
                        deliver<client::FetchedPartition>([this, partition, id = r.id](const auto& fetched) {
                            if (!m_round || m_round->id != id) return;
                            onOffsetsTopicBatch(partition, fetched);
                        }));
    }
}

void MonitorWorker::onOffsetsTopicBatch(int partition, const client::Result<client::FetchedPartition>& fetched) {
    Round& r = *m_round;
    if (!fetched) {
        r.offsetsTopicError = app::describeError(fetched.error());
    } else {
        decodeOffsetsTopic(fetched->batches, r.offsetsTopic);
        if (fetched->nextOffset > m_offsetsCursors.value(partition, -1)) {
            m_offsetsCursors[partition] = fetched->nextOffset;
            m_cursorsDirty = true;
        }
    }
    stepDone();
}

void MonitorWorker::finish() {
    std::unique_ptr<Round> round = std::move(m_round);
    Round& r = *round;
    auto snapshot = std::make_shared<ClusterSnapshot>();
    snapshot->timeMs = r.startMs;
    snapshot->clusterKey = m_clusterKey;
    snapshot->error = r.error;
    if (!r.error.isEmpty()) {
        // Keep showing what was last known, with the failure above it.
        if (m_last) snapshot->groups = m_last->groups;
    } else {
        for (const auto& t : r.timestamps)
            m_lags.setRecordTimestamp(t.request.groupId, t.request.partition, t.request.offset,
                                      t.timestampMs, r.startMs);
        // The fetched timestamps belong in this round's figures too.
        for (GroupSnapshot& g : r.groups) {
            for (PartitionState& p : g.partitions)
                for (const auto& t : r.timestamps)
                    if (t.timestampMs >= 0 && t.request.groupId == g.groupId &&
                        t.request.partition == p.key && t.request.offset == p.committed)
                        p.timeLagMs = std::max<qint64>(0, r.startMs - t.timestampMs);
            g.maxTimeLagMs = -1;
            for (const PartitionState& p : g.partitions)
                g.maxTimeLagMs = std::max(g.maxTimeLagMs, p.timeLagMs);
        }
        std::sort(r.groups.begin(), r.groups.end(),
                  [](const GroupSnapshot& a, const GroupSnapshot& b) { return a.groupId < b.groupId; });
        snapshot->groups = r.groups;
    }
    if (r.readOffsetsTopic && !r.offsetsTopicError.isEmpty()) {
        m_offsetsTopicNote = tr("The exact rebalance history in __consumer_offsets cannot be "
                                "read (%1); the timeline relies on polling alone.")
                                 .arg(r.offsetsTopicError);
        m_offsetsTopicRetryAtMs = r.startMs + kOffsetsTopicRetryMs;
    } else if (r.readOffsetsTopic) {
        m_offsetsTopicNote.clear();
    }
    snapshot->offsetsTopicNote = m_offsetsTopicNote;
    for (const StoredCommit& c : r.offsetsTopic.commits)
        m_lags.noteStoredCommit(c);
    for (const GroupMetadataRecord& record : r.offsetsTopic.groups)
        m_rebalances.observeRecord(record);
    if (r.error.isEmpty())
        for (const auto& listing : r.listing) {
            GroupObservation o;
            const GroupSnapshot* g = snapshot->group(text(listing.groupId));
            if (!g || (!g->error.isEmpty() && g->state.isEmpty())) continue;
            o.groupId = g->groupId;
            o.state = g->state;
            o.protocolType = g->protocolType;
            o.assignor = g->assignor;
            for (const MemberState& m : g->members)
                o.members.append(GenerationMember{m.memberId, m.instanceId, m.clientId, m.host, -1, -1,
                                                  m.assignment});
            m_rebalances.observe(r.describedAtMs > 0 ? r.describedAtMs : r.startMs, o);
        }
    snapshot->cycleMs = r.clock.elapsed();
    snapshot->historyError = persist(*snapshot);
    m_last = snapshot;
    emit sampled(snapshot);
}

QString MonitorWorker::persist(const ClusterSnapshot& snapshot) {
    const auto changed = m_rebalances.takeChanged();
    const auto events = m_rebalances.takeEvents();
    QStringList touched;
    for (const auto& g : changed)
        if (!touched.contains(g->groupId)) touched << g->groupId;
    QString failure = m_storeError;
    if (m_store) {
        const auto check = [&](bool ok) {
            if (!ok && failure.isEmpty()) failure = m_store->errorString();
        };
        if (snapshot.error.isEmpty()) {
            QList<TopicSample> samples;
            for (const GroupSnapshot& g : snapshot.groups)
                samples += LagTracker::samplesOf(g);
            check(m_store->writeSamples(m_clusterKey, snapshot.timeMs, samples));
        }
        for (const auto& g : changed)
            check(m_store->saveGeneration(m_clusterKey, *g));
        for (const GroupEvent& e : events)
            check(m_store->addEvent(m_clusterKey, e));
        if (m_cursorsDirty && m_store->setOffsetsTopicCursors(m_clusterKey, m_offsetsCursors))
            m_cursorsDirty = false;
        if (snapshot.timeMs - m_lastCompactMs >= kCompactEveryMs) {
            check(m_store->compact(snapshot.timeMs));
            m_lastCompactMs = snapshot.timeMs;
        }
    }
    for (const GroupEvent& e : events)
        if (!touched.contains(e.groupId)) touched << e.groupId;
    if (!touched.isEmpty()) emit generationsChanged(touched);
    return failure;
}

} // namespace samsa::monitor
