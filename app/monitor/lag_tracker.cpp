#include "app/monitor/lag_tracker.h"

#include <algorithm>

namespace samsa::monitor {

LagTracker::LagTracker(EvaluatorSettings settings, qint64 windowStepMs)
    : m_settings(settings), m_windowStepMs(windowStepMs) {}

void LagTracker::push(Track& track, const OffsetSample& sample) {
    auto& w = track.window;
    // Samples closer than the step replace the newest one, so the window spans
    // windowSize steps whatever the sampling interval, and always ends now.
    if (w.size() >= 2 && sample.timeMs - w[w.size() - 2].timeMs < m_windowStepMs)
        w.back() = sample;
    else
        w.push_back(sample);
    while (w.size() > size_t(std::max(2, m_settings.windowSize)))
        w.pop_front();
}

GroupSnapshot LagTracker::update(qint64 nowMs, const GroupInput& in,
                                 const QHash<PartitionKey, LogOffsets>& logs) {
    GroupSnapshot g;
    g.groupId = in.groupId;
    g.state = in.state;
    g.protocolType = in.protocolType;
    g.assignor = in.assignor;
    g.coordinator = in.coordinator;
    g.members = in.members;
    g.error = in.error;

    QHash<PartitionKey, const MemberState*> owners;
    QSet<QString> topics;
    for (const MemberState& m : in.members) {
        for (const PartitionKey& p : m.assignment)
            owners.insert(p, &m);
        for (const QString& t : m.subscribedTopics)
            topics.insert(t);
    }
    QList<PartitionKey> keys = in.committed.keys();
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        if (!in.committed.contains(it.key())) keys.append(it.key());
    std::sort(keys.begin(), keys.end());

    auto& tracks = m_tracks[in.groupId];
    QList<LagVerdict> verdicts;
    QStringList names;
    qint64 totalLag = 0;
    bool anyLag = false;
    for (const PartitionKey& key : keys) {
        topics.insert(key.topic);
        PartitionState p;
        p.key = key;
        const CommittedInfo committed = in.committed.value(key);
        p.committed = committed.offset;
        p.commitMetadata = committed.metadata;
        const LogOffsets log = logs.value(key);
        p.logStart = log.start;
        p.logEnd = log.end;
        if (const MemberState* owner = owners.value(key)) {
            p.ownerMemberId = owner->memberId;
            p.ownerClientId = owner->clientId;
            p.ownerHost = owner->host;
        }
        const OffsetSample sample{nowMs, p.committed, p.logEnd};
        p.lag = sample.lag();

        Track& t = tracks[key];
        if (t.firstSeenMs < 0) t.firstSeenMs = nowMs;
        if (t.unchangedSinceMs < 0 || t.previous.committed != p.committed) t.unchangedSinceMs = nowMs;
        t.previous = sample;
        push(t, sample);
        // Rates over the last step of the window (5 to 10 s): consumers commit in bursts,
        // and one sampling interval would show them as 0 or double.
        if (t.window.size() >= 2) {
            const OffsetSample& from = t.window[t.window.size() - 2];
            const double seconds = double(nowMs - from.timeMs) / 1000.0;
            if (seconds > 0 && p.committed >= 0 && from.committed >= 0)
                p.consumeRate = double(std::max<qint64>(0, p.committed - from.committed)) / seconds;
            if (seconds > 0 && p.logEnd >= 0 && from.logEnd >= 0)
                p.produceRate = double(std::max<qint64>(0, p.logEnd - from.logEnd)) / seconds;
        }

        if (t.exactCommitMs >= 0 && t.exactCommitOffset == p.committed) {
            p.lastCommitMs = t.exactCommitMs;
            p.lastCommitExact = true;
        } else if (t.unchangedSinceMs > t.firstSeenMs) {
            // The position moved while we watched: the commit came shortly before the
            // sample that first showed it.
            p.lastCommitMs = t.unchangedSinceMs;
        }

        t.wantedOffset = p.lag > 0 ? p.committed : -1;
        if (p.lag == 0)
            p.timeLagMs = 0;
        else if (p.lag > 0 && t.recordTimestampMs >= 0 && t.timestampOffset <= p.committed)
            p.timeLagMs = std::max<qint64>(0, nowMs - t.recordTimestampMs);

        PartitionContext context;
        context.nowMs = nowMs;
        context.owned = !p.ownerMemberId.isEmpty();
        // Without the exact time, "unchanged since we first saw it" is a lower bound on
        // how long the position has stood still, which is what STOP needs.
        context.lastCommitMs = p.lastCommitExact ? p.lastCommitMs : t.unchangedSinceMs;
        const std::vector<OffsetSample> window(t.window.begin(), t.window.end());
        p.verdict = evaluatePartition(window, context, m_settings);

        if (p.lag >= 0) {
            totalLag += p.lag;
            anyLag = true;
        }
        if (p.timeLagMs > g.maxTimeLagMs) g.maxTimeLagMs = p.timeLagMs;
        g.consumeRate += p.consumeRate;
        g.produceRate += p.produceRate;
        verdicts.append(p.verdict);
        names.append(key.toString());
        g.partitions.append(p);
    }
    // Partitions the group no longer has are forgotten.
    for (auto it = tracks.begin(); it != tracks.end();) {
        if (!in.committed.contains(it.key()) && !owners.contains(it.key()))
            it = tracks.erase(it);
        else
            ++it;
    }
    g.totalLag = anyLag ? totalLag : -1;
    g.topics = QStringList(topics.begin(), topics.end());
    g.topics.sort();
    g.verdict = evaluateGroup(verdicts, names);
    return g;
}

void LagTracker::retain(const QSet<QString>& groups) {
    for (auto it = m_tracks.begin(); it != m_tracks.end();) {
        if (!groups.contains(it.key()))
            it = m_tracks.erase(it);
        else
            ++it;
    }
}

QList<TimestampRequest> LagTracker::timestampRequests(int budget) const {
    struct Candidate {
        qint64 askedMs;
        TimestampRequest request;
    };
    std::vector<Candidate> candidates;
    for (auto g = m_tracks.cbegin(); g != m_tracks.cend(); ++g)
        for (auto p = g->cbegin(); p != g->cend(); ++p) {
            const Track& t = p.value();
            if (t.wantedOffset < 0 || t.timestampOffset == t.wantedOffset) continue;
            candidates.push_back({t.askedMs, TimestampRequest{g.key(), p.key(), t.wantedOffset}});
        }
    const size_t n = std::min(candidates.size(), size_t(std::max(0, budget)));
    std::partial_sort(candidates.begin(), candidates.begin() + qsizetype(n), candidates.end(),
                      [](const Candidate& a, const Candidate& b) { return a.askedMs < b.askedMs; });
    QList<TimestampRequest> out;
    for (size_t i = 0; i < n; ++i)
        out.append(candidates[i].request);
    return out;
}

void LagTracker::setRecordTimestamp(const QString& groupId, const PartitionKey& partition,
                                    qint64 offset, qint64 timestampMs, qint64 nowMs) {
    auto g = m_tracks.find(groupId);
    if (g == m_tracks.end()) return;
    auto t = g->find(partition);
    if (t == g->end()) return;
    t->askedMs = nowMs;
    if (timestampMs < 0) return; // keep the older estimate; asked again later
    t->timestampOffset = offset;
    t->recordTimestampMs = timestampMs;
}

void LagTracker::noteStoredCommit(const StoredCommit& c) {
    if (c.deleted) return;
    Track& t = m_tracks[c.groupId][c.partition];
    if (c.commitTimeMs >= t.exactCommitMs) {
        t.exactCommitMs = c.commitTimeMs;
        t.exactCommitOffset = c.offset;
    }
}

QList<TopicSample> LagTracker::samplesOf(const GroupSnapshot& group) {
    QList<TopicSample> out;
    for (const PartitionState& p : group.partitions) {
        if (out.isEmpty() || out.back().topic != p.key.topic) {
            TopicSample s;
            s.groupId = group.groupId;
            s.topic = p.key.topic;
            out.append(s);
        }
        TopicSample& s = out.back();
        if (p.committed >= 0) s.committed += p.committed;
        if (p.logEnd >= 0) s.logEnd += p.logEnd;
        if (p.lag >= 0) s.lag += p.lag;
        s.timeLagMs = std::max(s.timeLagMs, p.timeLagMs);
        s.partitions.append(PartitionPoint{p.key.partition, p.committed, p.logEnd});
    }
    return out;
}

} // namespace samsa::monitor
