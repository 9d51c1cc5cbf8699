#include "app/monitor/rebalance_tracker.h"

#include <algorithm>

namespace samsa::monitor {

namespace {

bool isRebalancing(const QString& state) {
    return state == QLatin1String("PreparingRebalance") ||
           state == QLatin1String("CompletingRebalance") ||
           state == QLatin1String("AwaitingSync"); // the name older brokers report
}

bool isSettled(const QString& state) {
    return state == QLatin1String("Stable") || state == QLatin1String("Empty");
}

// Records carry the timeouts polling cannot see; polls carry nothing records lack.
void adoptTimeouts(QList<GenerationMember>& into, const QList<GenerationMember>& from) {
    for (GenerationMember& m : into)
        for (const GenerationMember& f : from)
            if (f.memberId == m.memberId) {
                m.sessionTimeoutMs = f.sessionTimeoutMs;
                m.rebalanceTimeoutMs = f.rebalanceTimeoutMs;
                if (m.assignment.isEmpty()) m.assignment = f.assignment;
            }
}

QStringList idsOf(const QList<GenerationMember>& members) {
    QStringList ids;
    for (const GenerationMember& m : members)
        ids << m.memberId;
    ids.sort();
    return ids;
}

} // namespace

QString generationSignature(const QString& assignor, const QList<GenerationMember>& members) {
    QStringList parts;
    for (const GenerationMember& m : members) {
        QList<PartitionKey> assignment = m.assignment;
        std::sort(assignment.begin(), assignment.end());
        QStringList owned;
        for (const PartitionKey& p : assignment)
            owned << p.toString();
        parts << m.memberId + QLatin1Char('=') + owned.join(QLatin1Char(','));
    }
    parts.sort();
    return assignor + QLatin1Char('|') + parts.join(QLatin1Char(';'));
}

void RebalanceTracker::restore(const QList<Generation>& stored) {
    for (const Generation& g : stored)
        insert(m_groups[g.groupId], std::make_shared<Generation>(g));
}

void RebalanceTracker::insert(Tracked& t, const GenerationPtr& g) {
    auto at = std::upper_bound(t.recent.begin(), t.recent.end(), g->stableMs,
                               [](qint64 time, const GenerationPtr& x) { return time < x->stableMs; });
    t.recent.insert(at, g);
    while (t.recent.size() > kKeptPerGroup)
        t.recent.pop_front();
}

void RebalanceTracker::changed(const GenerationPtr& g) {
    if (!m_changed.contains(g)) m_changed.append(g);
}

void RebalanceTracker::observe(qint64 nowMs, const GroupObservation& o) {
    Tracked& t = m_groups[o.groupId];
    if (!t.lastState.isEmpty() && t.lastState != o.state) {
        GroupEvent e;
        e.timeMs = nowMs;
        e.groupId = o.groupId;
        e.kind = GroupEvent::Kind::StateChange;
        e.fromState = t.lastState;
        e.toState = o.state;
        m_events.append(e);
    }
    if (isRebalancing(o.state)) {
        if (t.rebalanceSinceMs < 0) {
            t.rebalanceSinceMs = nowMs;
            t.notBeforeMs = t.lastSeenMs;
        }
    } else if (isSettled(o.state)) {
        const QString signature = generationSignature(o.assignor, o.members);
        if (t.signature.isEmpty()) {
            // The first look in this run: the stored timeline may already end with this
            // generation.
            const bool known = !t.recent.empty() &&
                               generationSignature(t.recent.back()->assignor,
                                                   t.recent.back()->members) == signature;
            if (!known) startGeneration(t, nowMs, o, signature);
            t.signature = signature;
        } else if (signature != t.signature || t.rebalanceSinceMs >= 0) {
            startGeneration(t, nowMs, o, signature);
        }
        t.rebalanceSinceMs = -1;
        t.notBeforeMs = -1;
    } else if (o.state == QLatin1String("Dead")) {
        t.signature.clear();
    }
    t.lastState = o.state;
    t.lastSeenMs = nowMs;
}

void RebalanceTracker::startGeneration(Tracked& t, qint64 nowMs, const GroupObservation& o,
                                       const QString& signature) {
    t.signature = signature;
    const qint64 rebalanceStart = t.rebalanceSinceMs;
    // The last sample that still showed the group settled.
    const qint64 notBefore = rebalanceStart >= 0 ? t.notBeforeMs : t.lastSeenMs;
    const QStringList ids = idsOf(o.members);
    for (auto it = t.recent.rbegin(); it != t.recent.rend(); ++it) {
        Generation& g = **it;
        if (g.fromPolling || !g.fromOffsetsTopic || g.memberIds() != ids) continue;
        if (std::abs(g.stableMs - nowMs) > kMatchToleranceMs) continue;
        // The record came first: it has the exact time; polling adds the start.
        g.fromPolling = true;
        if (rebalanceStart >= 0 && rebalanceStart <= g.stableMs) g.rebalanceStartMs = rebalanceStart;
        if (notBefore >= 0 && notBefore <= g.stableMs) g.notBeforeMs = notBefore;
        if (g.assignor.isEmpty()) g.assignor = o.assignor;
        changed(*it);
        return;
    }
    auto g = std::make_shared<Generation>();
    g->groupId = o.groupId;
    g->rebalanceStartMs = rebalanceStart;
    g->notBeforeMs = notBefore;
    g->stableMs = nowMs;
    g->protocolType = o.protocolType;
    g->assignor = o.assignor;
    g->members = o.members;
    g->fromPolling = true;
    insert(t, g);
    changed(g);
}

void RebalanceTracker::observeRecord(const GroupMetadataRecord& r) {
    Tracked& t = m_groups[r.groupId];
    if (r.tombstone) {
        GroupEvent e;
        e.timeMs = r.recordTimeMs;
        e.groupId = r.groupId;
        e.kind = GroupEvent::Kind::StateChange;
        e.toState = QStringLiteral("Dead");
        m_events.append(e);
        return;
    }
    const qint64 stable = r.stateTimestampMs >= 0 ? r.stateTimestampMs : r.recordTimeMs;
    const QStringList ids = idsOf(r.members);
    for (const GenerationPtr& g : t.recent) {
        if (g->generation != r.generation || !g->fromOffsetsTopic) continue;
        // The same generation written again (a static member came back under a new
        // member id): keep the newest membership.
        if (g->memberIds() != ids) {
            g->members = r.members;
            changed(g);
        }
        return;
    }
    for (auto it = t.recent.rbegin(); it != t.recent.rend(); ++it) {
        Generation& g = **it;
        if (g.generation >= 0 || g.memberIds() != ids) continue;
        if (std::abs(g.stableMs - stable) > kMatchToleranceMs) continue;
        g.generation = r.generation;
        g.fromOffsetsTopic = true;
        g.stableMs = stable;
        if (g.rebalanceStartMs > stable) g.rebalanceStartMs = -1;
        if (g.notBeforeMs > stable) g.notBeforeMs = -1;
        if (g.leader.isEmpty()) g.leader = r.leader;
        if (g.assignor.isEmpty()) g.assignor = r.protocol;
        adoptTimeouts(g.members, r.members);
        changed(*it);
        return;
    }
    auto g = std::make_shared<Generation>();
    g->groupId = r.groupId;
    g->generation = r.generation;
    g->stableMs = stable;
    g->protocolType = r.protocolType;
    g->assignor = r.protocol;
    g->leader = r.leader;
    g->members = r.members;
    g->fromOffsetsTopic = true;
    // Polling may be watching this very rebalance.
    if (t.rebalanceSinceMs >= 0 && t.rebalanceSinceMs <= stable) g->rebalanceStartMs = t.rebalanceSinceMs;
    insert(t, g);
    changed(g);
}

QList<RebalanceTracker::GenerationPtr> RebalanceTracker::takeChanged() {
    return std::exchange(m_changed, {});
}

QList<GroupEvent> RebalanceTracker::takeEvents() {
    return std::exchange(m_events, {});
}

QList<Generation> RebalanceTracker::recent(const QString& groupId) const {
    QList<Generation> out;
    auto it = m_groups.constFind(groupId);
    if (it == m_groups.cend()) return out;
    for (const GenerationPtr& g : it->recent)
        out.append(*g);
    return out;
}

} // namespace samsa::monitor
