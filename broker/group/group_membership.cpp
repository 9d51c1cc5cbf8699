// The rebalance protocol: JoinGroup, SyncGroup, Heartbeat, LeaveGroup and the timeouts
// that move a group between Empty, PreparingRebalance, CompletingRebalance and Stable.
#include <algorithm>
#include <cstdio>

#include "common/log.h"
#include "group/group_coordinator.h"
#include "protocol/wire/types.h"

namespace samsa::group {

namespace {

// Kafka's member ids: the client id (or the static instance id) and a random UUID.
std::string generateMemberId(const JoinRequest& request) {
    const auto b = protocol::Uuid::random().bytes;
    char uuid[37];
    std::snprintf(uuid, sizeof uuid, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0], b[1],
                  b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
    return request.instanceId.value_or(request.clientId) + "-" + uuid;
}

JoinResult joinError(ErrorCode error, const std::string& memberId = {}) {
    JoinResult r;
    r.error = error;
    r.memberId = memberId;
    return r;
}

SyncResult syncError(ErrorCode error) {
    SyncResult r;
    r.error = error;
    return r;
}

void updateMember(Member& m, JoinRequest& request, JoinCallback done, int64_t nowMs) {
    // A second JoinGroup from the same member (a client that reconnected) replaces
    // the first, which still gets an answer.
    if (auto previous = std::exchange(m.awaitingJoin, nullptr)) previous(joinError(ErrorCode::RebalanceInProgress, m.id));
    m.protocols = std::move(request.protocols);
    m.rebalanceTimeoutMs = request.rebalanceTimeoutMs;
    m.sessionTimeoutMs = request.sessionTimeoutMs;
    m.awaitingJoin = std::move(done);
    m.lastHeartbeatMs = nowMs;
}

} // namespace

// ---------------------------------------------------------------------------- JoinGroup

void GroupCoordinator::join(JoinRequest request, JoinCallback done) {
    if (request.groupId.empty()) return done(joinError(ErrorCode::InvalidGroupId, request.memberId));
    if (auto e = coordinatorError(request.groupId); e != ErrorCode::None) return done(joinError(e, request.memberId));
    if (request.sessionTimeoutMs < m_config.minSessionTimeoutMs || request.sessionTimeoutMs > m_config.maxSessionTimeoutMs)
        return done(joinError(ErrorCode::InvalidSessionTimeout, request.memberId));

    const bool newMember = request.memberId.empty();
    Group* g = find(request.groupId);
    if (!g) {
        if (!newMember) return done(joinError(ErrorCode::UnknownMemberId, request.memberId));
        g = &create(request.groupId);
    }
    const bool known = g->has(request.memberId) || g->isPending(request.memberId);
    if (g->is(GroupState::Dead)) {
        // Deleted a moment ago: the client looks the coordinator up again and retries.
        done(joinError(ErrorCode::CoordinatorNotAvailable, request.memberId));
    } else if (!g->supportsProtocols(request.protocolType, request.protocols)) {
        done(joinError(ErrorCode::InconsistentGroupProtocol, request.memberId));
    } else if (!known && g->size() >= static_cast<size_t>(m_config.maxSize)) {
        done(joinError(ErrorCode::GroupMaxSizeReached, request.memberId));
    } else if (newMember) {
        joinNewMember(*g, request, done);
    } else {
        joinCurrentMember(*g, request, done);
    }
    // A group that a failed first join created holds nothing worth keeping.
    if (g->is(GroupState::Empty) && g->generation() == 0 && g->members().empty() && g->pending().empty() &&
        g->offsets().empty()) {
        erase(request.groupId);
        return;
    }
    noteDeadline(*g);
}

void GroupCoordinator::joinNewMember(Group& group, JoinRequest& request, JoinCallback& done) {
    const std::string memberId = generateMemberId(request);
    if (request.instanceId) return joinStaticMember(group, request, memberId, done);
    if (request.requireKnownMemberId) {
        // KIP-394: the member joins again with this id, so a client that times out and
        // retries does not leave a ghost member behind.
        group.addPending(memberId, now() + request.sessionTimeoutMs);
        return done(joinError(ErrorCode::MemberIdRequired, memberId));
    }
    addMemberAndRebalance(group, request, memberId, std::move(done));
}

void GroupCoordinator::joinStaticMember(Group& group, JoinRequest& request, const std::string& newId,
                                        JoinCallback& done) {
    const auto oldId = group.staticMemberId(*request.instanceId);
    if (!oldId) return addMemberAndRebalance(group, request, newId, std::move(done));

    // KIP-345: a known instance id came back under a new member id. The old id is fenced
    // and the member keeps its place, so a restart within the session timeout does not
    // move partitions around.
    Member* old = group.find(*oldId);
    if (auto cb = std::exchange(old->awaitingJoin, nullptr)) cb(joinError(ErrorCode::FencedInstanceId, *oldId));
    if (auto cb = std::exchange(old->awaitingSync, nullptr)) cb(syncError(ErrorCode::FencedInstanceId));
    const std::string currentLeader = group.leaderId();
    Member& m = group.replaceStaticMember(*request.instanceId, *oldId, newId);
    const auto oldProtocols = m.protocols;
    const int32_t oldRebalanceTimeout = m.rebalanceTimeoutMs;
    const int32_t oldSessionTimeout = m.sessionTimeoutMs;
    updateMember(m, request, std::move(done), now());

    switch (group.state()) {
    case GroupState::Stable: {
        if (group.selectProtocol() != group.protocolName()) {
            prepareRebalance(group, "a static member rejoined with protocols that change the group's choice");
            return;
        }
        const ErrorCode stored = storeGroup(group);
        auto cb = std::exchange(m.awaitingJoin, nullptr);
        if (stored != ErrorCode::None) {
            // Undo the replacement: the old incarnation stays the member of record.
            Member& back = group.replaceStaticMember(*request.instanceId, newId, *oldId);
            back.protocols = oldProtocols;
            back.rebalanceTimeoutMs = oldRebalanceTimeout;
            back.sessionTimeoutMs = oldSessionTimeout;
            return cb(joinError(stored));
        }
        // The leader id stays the old one, so a pre-KIP-814 client acts as a follower and
        // keeps the assignment; v9 clients learn through skipAssignment that they lead.
        JoinResult r = currentGeneration(group, m);
        r.leaderId = currentLeader;
        r.skipAssignment = group.isLeader(newId);
        if (!r.skipAssignment) r.members.clear();
        return cb(std::move(r));
    }
    case GroupState::CompletingRebalance:
        prepareRebalance(group, "a static member rejoined while the group was completing a rebalance");
        return;
    case GroupState::PreparingRebalance:
        tryCompleteJoin(group);
        return;
    case GroupState::Empty:
    case GroupState::Dead:
        break;
    }
    if (auto cb = std::exchange(m.awaitingJoin, nullptr)) cb(joinError(ErrorCode::UnknownMemberId, newId));
}

void GroupCoordinator::joinCurrentMember(Group& group, JoinRequest& request, JoinCallback& done) {
    const std::string memberId = request.memberId;
    if (group.isPending(memberId)) {
        // Static members never get pending ids; such a request is confused.
        if (request.instanceId) return done(joinError(ErrorCode::UnknownMemberId, memberId));
        return addMemberAndRebalance(group, request, memberId, std::move(done));
    }
    if (group.isStaticMemberFenced(memberId, request.instanceId))
        return done(joinError(ErrorCode::FencedInstanceId, memberId));
    if (!group.has(memberId) || (request.instanceId && !group.staticMemberId(*request.instanceId)))
        return done(joinError(ErrorCode::UnknownMemberId, memberId));

    Member& m = *group.find(memberId);
    switch (group.state()) {
    case GroupState::PreparingRebalance:
        return updateMemberAndRebalance(group, m, request, std::move(done));
    case GroupState::CompletingRebalance:
        // The same protocols again: most likely the member missed its JoinGroup answer.
        if (m.matches(request.protocols)) {
            m.lastHeartbeatMs = now();
            return done(currentGeneration(group, m));
        }
        return updateMemberAndRebalance(group, m, request, std::move(done));
    case GroupState::Stable:
        // A follower rejoining unchanged just gets the current generation back; the
        // leader rejoins to make the group reassign (for instance after a topic grew).
        if (group.isLeader(memberId) || !m.matches(request.protocols))
            return updateMemberAndRebalance(group, m, request, std::move(done));
        m.lastHeartbeatMs = now();
        return done(currentGeneration(group, m));
    case GroupState::Empty:
    case GroupState::Dead:
        break;
    }
    done(joinError(ErrorCode::UnknownMemberId, memberId));
}

void GroupCoordinator::addMemberAndRebalance(Group& group, JoinRequest& request, const std::string& memberId,
                                             JoinCallback done) {
    Member m;
    m.id = memberId;
    m.instanceId = request.instanceId;
    m.clientId = request.clientId;
    m.clientHost = request.clientHost;
    m.protocolType = request.protocolType;
    m.isNew = true;
    updateMember(m, request, std::move(done), now());
    // Members arriving during the initial delay extend it (group.initial.rebalance.delay.ms).
    if (group.is(GroupState::PreparingRebalance) && group.generation() == 0) group.newMemberAdded = true;
    group.add(std::move(m));
    maybePrepareRebalance(group, "a new member joined");
    tryCompleteJoin(group);
}

void GroupCoordinator::updateMemberAndRebalance(Group& group, Member& member, JoinRequest& request, JoinCallback done) {
    updateMember(member, request, std::move(done), now());
    maybePrepareRebalance(group, "a member rejoined");
    tryCompleteJoin(group);
}

// ---------------------------------------------------------------------- rebalancing

void GroupCoordinator::maybePrepareRebalance(Group& group, std::string_view reason) {
    if (group.is(GroupState::Stable) || group.is(GroupState::CompletingRebalance) || group.is(GroupState::Empty))
        prepareRebalance(group, reason);
}

void GroupCoordinator::prepareRebalance(Group& group, std::string_view reason) {
    // Members waiting for the assignment of a generation that will not be settled
    // rejoin instead.
    if (group.is(GroupState::CompletingRebalance)) propagateAssignment(group, ErrorCode::RebalanceInProgress);
    group.pendingSync.clear();
    group.syncDeadlineMs.reset();

    const int64_t t = now();
    const bool initial = group.is(GroupState::Empty);
    const int64_t rebalanceTimeout = group.rebalanceTimeoutMs();
    if (initial) {
        const int64_t delay = m_config.initialRebalanceDelayMs;
        group.joinWait = Group::JoinWait{t + delay, true, std::max<int64_t>(rebalanceTimeout - delay, 0)};
        group.newMemberAdded = false;
    } else {
        group.joinWait = Group::JoinWait{t + rebalanceTimeout, false, 0};
    }
    log::info("group {}: preparing to rebalance from {} at generation {} ({})", group.id(), stateName(group.state()),
              group.generation(), reason);
    group.transitionTo(GroupState::PreparingRebalance, t);
    if (!initial) tryCompleteJoin(group);
}

void GroupCoordinator::tryCompleteJoin(Group& group) {
    if (group.is(GroupState::PreparingRebalance) && group.joinWait && !group.joinWait->initial &&
        group.allMembersJoined())
        completeJoin(group);
}

void GroupCoordinator::completeJoin(Group& group) {
    group.joinWait.reset();
    const int64_t t = now();
    // Dynamic members that did not rejoin within the rebalance timeout are gone; static
    // ones keep their place until their session times out.
    std::vector<std::string> gone;
    for (const auto& [id, m] : group.members())
        if (!m.awaitingJoin && !m.instanceId) gone.push_back(id);
    for (const auto& id : gone) group.remove(id);

    if (!group.electJoinedLeader() && !group.members().empty()) {
        // Only static members that have not come back: wait another round, while
        // their sessions run out.
        group.joinWait = Group::JoinWait{t + group.rebalanceTimeoutMs(), false, 0};
        return;
    }
    group.initNextGeneration(t);
    if (group.is(GroupState::Empty)) {
        log::info("group {}: empty at generation {}", group.id(), group.generation());
        if (auto e = storeGroup(group); e != ErrorCode::None)
            log::warn("group {}: could not write its metadata: {}", group.id(), errorName(e));
        return;
    }
    log::info("group {}: generation {} with {} member(s), protocol {}", group.id(), group.generation(),
              group.members().size(), group.protocolName().value_or(""));
    // Answers go out after the bookkeeping, so a callback sees a consistent group.
    std::vector<std::pair<JoinCallback, JoinResult>> answers;
    for (auto& [id, m] : group.members()) {
        group.pendingSync.insert(id);
        if (auto cb = std::exchange(m.awaitingJoin, nullptr)) {
            m.isNew = false;
            m.lastHeartbeatMs = t;
            answers.emplace_back(std::move(cb), currentGeneration(group, m));
        }
    }
    group.syncDeadlineMs = t + group.rebalanceTimeoutMs();
    for (auto& [cb, result] : answers) cb(std::move(result));
}

JoinResult GroupCoordinator::currentGeneration(const Group& group, const Member& member) const {
    JoinResult r;
    r.generation = group.generation();
    r.protocolType = group.protocolType();
    r.protocolName = group.protocolName();
    r.leaderId = group.leaderId();
    r.memberId = member.id;
    if (group.isLeader(member.id)) r.members = group.memberMetadata();
    return r;
}

void GroupCoordinator::removeMember(Group& group, const std::string& memberId, std::string_view reason) {
    Member* m = group.find(memberId);
    if (!m) return;
    auto joinCb = std::exchange(m->awaitingJoin, nullptr);
    auto syncCb = std::exchange(m->awaitingSync, nullptr);
    group.remove(memberId);
    log::info("group {}: member {} removed ({})", group.id(), memberId, reason);
    switch (group.state()) {
    case GroupState::Stable:
    case GroupState::CompletingRebalance:
        maybePrepareRebalance(group, reason);
        break;
    case GroupState::PreparingRebalance:
        tryCompleteJoin(group);
        break;
    case GroupState::Empty:
    case GroupState::Dead:
        break;
    }
    if (joinCb) joinCb(joinError(ErrorCode::UnknownMemberId, memberId));
    if (syncCb) syncCb(syncError(ErrorCode::UnknownMemberId));
}

void GroupCoordinator::removePendingMember(Group& group, const std::string& memberId) {
    group.removePending(memberId);
    tryCompleteJoin(group);
}

void GroupCoordinator::propagateAssignment(Group& group, ErrorCode error) {
    const int64_t t = now();
    std::vector<std::pair<SyncCallback, SyncResult>> answers;
    for (auto& [id, m] : group.members()) {
        if (error != ErrorCode::None) m.assignment.clear();
        if (auto cb = std::exchange(m.awaitingSync, nullptr)) {
            m.lastHeartbeatMs = t;
            SyncResult r{error, group.protocolType(), group.protocolName(), {}};
            if (error == ErrorCode::None) r.assignment = m.assignment;
            answers.emplace_back(std::move(cb), std::move(r));
        }
    }
    for (auto& [cb, result] : answers) cb(std::move(result));
}

ErrorCode GroupCoordinator::validateMember(const Group& group, const std::string& memberId,
                                           const std::optional<std::string>& instanceId,
                                           std::optional<int32_t> generation) const {
    if (group.isStaticMemberFenced(memberId, instanceId)) return ErrorCode::FencedInstanceId;
    if (!group.has(memberId)) return ErrorCode::UnknownMemberId;
    if (generation && *generation != group.generation()) return ErrorCode::IllegalGeneration;
    return ErrorCode::None;
}

// ---------------------------------------------------------------------------- SyncGroup

void GroupCoordinator::sync(SyncRequest request, SyncCallback done) {
    if (request.groupId.empty()) return done(syncError(ErrorCode::InvalidGroupId));
    if (auto e = coordinatorError(request.groupId); e != ErrorCode::None) return done(syncError(e));
    Group* g = find(request.groupId);
    if (!g) return done(syncError(ErrorCode::UnknownMemberId));
    if (g->is(GroupState::Dead)) return done(syncError(ErrorCode::CoordinatorNotAvailable));
    if (auto e = validateMember(*g, request.memberId, request.instanceId, request.generation); e != ErrorCode::None)
        return done(syncError(e));
    if ((request.protocolType && g->protocolType() != request.protocolType) ||
        (request.protocolName && g->protocolName() != request.protocolName))
        return done(syncError(ErrorCode::InconsistentGroupProtocol));

    Member& m = *g->find(request.memberId);
    switch (g->state()) {
    case GroupState::Empty:
    case GroupState::Dead:
        return done(syncError(ErrorCode::UnknownMemberId));
    case GroupState::PreparingRebalance:
        return done(syncError(ErrorCode::RebalanceInProgress));
    case GroupState::CompletingRebalance: {
        if (auto previous = std::exchange(m.awaitingSync, nullptr)) previous(syncError(ErrorCode::RebalanceInProgress));
        m.awaitingSync = std::move(done);
        m.lastHeartbeatMs = now();
        g->pendingSync.erase(request.memberId);
        if (g->pendingSync.empty()) g->syncDeadlineMs.reset();
        if (!g->isLeader(request.memberId)) break;
        // The leader's assignment settles the generation: members it left out get an
        // empty one.
        for (auto& [id, member] : g->members()) member.assignment.clear();
        for (auto& [id, assignment] : request.assignments)
            if (Member* target = g->find(id)) target->assignment = std::move(assignment);
        if (auto e = storeGroup(*g); e != ErrorCode::None) {
            propagateAssignment(*g, e);
            maybePrepareRebalance(*g, "the group's assignment could not be written");
            break;
        }
        g->transitionTo(GroupState::Stable, now());
        log::info("group {}: generation {} is stable", g->id(), g->generation());
        propagateAssignment(*g, ErrorCode::None);
        break;
    }
    case GroupState::Stable:
        m.lastHeartbeatMs = now();
        g->pendingSync.erase(request.memberId);
        if (g->pendingSync.empty()) g->syncDeadlineMs.reset();
        done(SyncResult{ErrorCode::None, g->protocolType(), g->protocolName(), m.assignment});
        break;
    }
    noteDeadline(*g);
}

// ---------------------------------------------------------------- Heartbeat, LeaveGroup

ErrorCode GroupCoordinator::heartbeat(const std::string& groupId, const std::string& memberId,
                                      const std::optional<std::string>& instanceId, int32_t generation) {
    if (groupId.empty()) return ErrorCode::InvalidGroupId;
    if (auto e = coordinatorError(groupId); e != ErrorCode::None) return e;
    Group* g = find(groupId);
    if (!g) return ErrorCode::UnknownMemberId;
    if (g->is(GroupState::Dead)) return ErrorCode::CoordinatorNotAvailable;
    if (auto e = validateMember(*g, memberId, instanceId, generation); e != ErrorCode::None) return e;
    if (g->is(GroupState::Empty)) return ErrorCode::UnknownMemberId;
    g->find(memberId)->lastHeartbeatMs = now();
    noteDeadline(*g);
    // Heartbeats are how members learn that they must rejoin.
    return g->is(GroupState::PreparingRebalance) ? ErrorCode::RebalanceInProgress : ErrorCode::None;
}

LeaveResult GroupCoordinator::leave(const std::string& groupId, const std::vector<MemberIdentity>& members) {
    LeaveResult result;
    if (groupId.empty()) {
        result.error = ErrorCode::InvalidGroupId;
        return result;
    }
    if (auto e = coordinatorError(groupId); e != ErrorCode::None) {
        result.error = e;
        return result;
    }
    Group* g = find(groupId);
    if (g && g->is(GroupState::Dead)) {
        result.error = ErrorCode::CoordinatorNotAvailable;
        return result;
    }
    for (const auto& identity : members) {
        if (!g) {
            result.members.push_back(ErrorCode::UnknownMemberId);
            continue;
        }
        std::string memberId = identity.memberId;
        if (memberId.empty()) {
            // Batch leave by instance id (KIP-345): an admin removing static members.
            auto found = identity.instanceId ? g->staticMemberId(*identity.instanceId) : std::nullopt;
            if (!found) {
                result.members.push_back(ErrorCode::UnknownMemberId);
                continue;
            }
            memberId = *found;
        } else if (g->isPending(memberId)) {
            removePendingMember(*g, memberId);
            result.members.push_back(ErrorCode::None);
            continue;
        }
        if (auto e = validateMember(*g, memberId, identity.instanceId, std::nullopt); e != ErrorCode::None) {
            result.members.push_back(e);
            continue;
        }
        removeMember(*g, memberId, "left the group");
        result.members.push_back(ErrorCode::None);
    }
    if (g) noteDeadline(*g);
    return result;
}

// ---------------------------------------------------------------------------- timeouts

void GroupCoordinator::runTimeouts(Group& group, int64_t t) {
    std::vector<std::string> expired;
    for (const auto& [id, expiry] : group.pending())
        if (expiry <= t) expired.push_back(id);
    for (const auto& id : expired) removePendingMember(group, id);

    expired.clear();
    for (const auto& [id, m] : group.members())
        if (auto expiry = m.expiryMs(); expiry && *expiry <= t) expired.push_back(id);
    for (const auto& id : expired) removeMember(group, id, "session timed out");

    if (group.joinWait && group.joinWait->deadlineMs <= t) {
        auto& wait = *group.joinWait;
        if (!group.is(GroupState::PreparingRebalance)) {
            group.joinWait.reset();
        } else if (wait.initial && group.newMemberAdded && wait.remainingMs > 0) {
            group.newMemberAdded = false;
            const int64_t delay = std::min<int64_t>(m_config.initialRebalanceDelayMs, wait.remainingMs);
            group.joinWait = Group::JoinWait{t + delay, true, wait.remainingMs - delay};
        } else {
            completeJoin(group);
        }
    }
    if (group.syncDeadlineMs && *group.syncDeadlineMs <= t) expirePendingSync(group);
}

void GroupCoordinator::expirePendingSync(Group& group) {
    group.syncDeadlineMs.reset();
    if (!(group.is(GroupState::CompletingRebalance) || group.is(GroupState::Stable)) || group.pendingSync.empty()) {
        group.pendingSync.clear();
        return;
    }
    const std::vector<std::string> late(group.pendingSync.begin(), group.pendingSync.end());
    for (const auto& id : late) removeMember(group, id, "no SyncGroup within the rebalance timeout");
}

} // namespace samsa::group
