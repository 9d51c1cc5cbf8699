#include "client/group_membership.h"

#include <algorithm>
#include <set>

#include "client/consumer_protocol.h"
#include "client/coordinator_routing.h"
#include "common/log.h"
#include "protocol/messages/heartbeat.h"
#include "protocol/messages/join_group.h"
#include "protocol/messages/leave_group.h"
#include "protocol/messages/sync_group.h"

namespace samsa::client {

namespace msg = protocol::messages;

MemberStatus MemberState::status() const {
    return MemberStatus{memberId, generation, leader, stable, assignment};
}

namespace membership {

namespace {

// A join that keeps being sent back (new members arriving, ids handed out) gives up after
// this many rounds; the run loop then starts over after a pause.
constexpr int kMaxJoinRounds = 10;

bool needsRejoin(ErrorCode code) {
    return code == ErrorCode::RebalanceInProgress || code == ErrorCode::IllegalGeneration ||
           code == ErrorCode::UnknownMemberId || code == ErrorCode::FencedInstanceId;
}

void forgetMembership(MemberState& state, ErrorCode code) {
    state.rejoinNeeded = true;
    state.stable = false;
    // The coordinator no longer knows this id: join afresh as a new member.
    if (code == ErrorCode::UnknownMemberId) state.memberId.clear();
}

Clock::time_point requestDeadline(const NetworkClient& net) { return Clock::now() + net.config().requestTimeout; }

// The leader's job: range-assign the members' subscriptions over the partitions the
// cluster has now.
asio::awaitable<Result<std::vector<msg::SyncGroupRequest::SyncGroupRequestAssignment>>> assign(
    NetworkClient& net, const std::vector<msg::JoinGroupResponse::JoinGroupResponseMember>& members,
    Clock::time_point deadline) {
    std::map<std::string, std::vector<std::string>> subscriptions;
    std::set<std::string> topics;
    for (const auto& m : members) {
        auto s = decodeSubscription(m.metadata);
        subscriptions[m.memberId] = s ? s->topics : std::vector<std::string>{};
        if (s) topics.insert(s->topics.begin(), s->topics.end());
    }
    auto md = co_await net.fetchMetadata(std::vector<std::string>(topics.begin(), topics.end()), deadline);
    if (!md) co_return md.error();
    std::map<std::string, int32_t> counts;
    for (const auto& [name, t] : (*md)->topics)
        if (t.error == ErrorCode::None && topics.contains(name)) counts[name] = static_cast<int32_t>(t.partitions.size());
    std::vector<msg::SyncGroupRequest::SyncGroupRequestAssignment> out;
    for (auto& [member, partitions] : rangeAssign(subscriptions, counts)) {
        msg::SyncGroupRequest::SyncGroupRequestAssignment a;
        a.memberId = member;
        a.assignment = encodeAssignment(Assignment{std::move(partitions), std::nullopt});
        out.push_back(std::move(a));
    }
    co_return out;
}

// One JoinGroup + SyncGroup round trip, repeated while the coordinator asks for it.
asio::awaitable<Result<Done>> joinAndSync(NetworkClient& net, MemberState& state) {
    const auto& cfg = state.config;
    for (int round = 0; round < kMaxJoinRounds && !state.stopping; ++round) {
        msg::JoinGroupRequest join;
        join.groupId = cfg.groupId;
        join.sessionTimeoutMs = static_cast<int32_t>(cfg.sessionTimeout.count());
        join.rebalanceTimeoutMs = static_cast<int32_t>(cfg.rebalanceTimeout.count());
        join.memberId = state.memberId;
        join.protocolType = kConsumerProtocolType;
        std::vector<TopicPartitions> owned;
        for (const auto& tp : state.assignment) {
            if (owned.empty() || owned.back().topic != tp.topic) owned.push_back(TopicPartitions{tp.topic, {}});
            owned.back().partitions.push_back(tp.partition);
        }
        join.protocols.push_back(msg::JoinGroupRequest::JoinGroupRequestProtocol{
            kRangeAssignor, encodeSubscription(Subscription{cfg.topics, owned, std::nullopt}), {}});
        // The coordinator holds a join until every member rejoined or the rebalance
        // timeout passed.
        const auto joinDeadline = Clock::now() + cfg.rebalanceTimeout + net.config().requestTimeout;
        auto joined = co_await ops::sendToCoordinator<msg::JoinGroupResponse>(
            net, cfg.groupId, join, joinDeadline, [](const msg::JoinGroupResponse& r) { return r.errorCode; });
        if (!joined) co_return joined.error();
        const auto& jb = joined->body;
        const auto joinError = errorFromWire(jb.errorCode);
        if (joinError == ErrorCode::MemberIdRequired) {
            // KIP-394: the coordinator hands out the id and waits for a join that uses it.
            state.memberId = jb.memberId;
            continue;
        }
        if (joinError == ErrorCode::UnknownMemberId || joinError == ErrorCode::RebalanceInProgress) {
            forgetMembership(state, joinError);
            continue;
        }
        if (auto e = ops::itemError(jb.errorCode, std::nullopt, joined->nodeId)) co_return *e;
        state.memberId = jb.memberId;
        state.generation = jb.generationId;
        state.leader = jb.leader == jb.memberId;

        msg::SyncGroupRequest sync;
        sync.groupId = cfg.groupId;
        sync.generationId = jb.generationId;
        sync.memberId = jb.memberId;
        sync.protocolType = kConsumerProtocolType;
        sync.protocolName = jb.protocolName;
        if (state.leader && !jb.skipAssignment) {
            auto assignments = co_await assign(net, jb.members, requestDeadline(net));
            if (!assignments) co_return assignments.error();
            sync.assignments = std::move(*assignments);
        }
        auto synced = co_await ops::sendToCoordinator<msg::SyncGroupResponse>(
            net, cfg.groupId, sync, joinDeadline, [](const msg::SyncGroupResponse& r) { return r.errorCode; });
        if (!synced) co_return synced.error();
        const auto syncError = errorFromWire(synced->body.errorCode);
        if (needsRejoin(syncError)) {
            forgetMembership(state, syncError);
            continue;
        }
        if (auto e = ops::itemError(synced->body.errorCode, std::nullopt, synced->nodeId)) co_return *e;
        auto assignment = decodeAssignment(synced->body.assignment);
        if (!assignment)
            co_return makeError(ErrorCode::InconsistentGroupProtocol, "the group leader sent an unreadable assignment",
                                synced->nodeId);
        state.assignment.clear();
        for (const auto& t : assignment->partitions)
            for (int32_t p : t.partitions) state.assignment.push_back(TopicPartition{t.topic, p});
        std::sort(state.assignment.begin(), state.assignment.end());
        co_return Done{};
    }
    co_return makeError(ErrorCode::RebalanceInProgress, "the group " + cfg.groupId + " did not settle");
}

// After a new assignment: forget positions of partitions that went elsewhere, find
// where to start on the new ones.
asio::awaitable<Result<Done>> adoptAssignment(NetworkClient& net, MemberState& state) {
    const std::set<TopicPartition> assigned(state.assignment.begin(), state.assignment.end());
    std::erase_if(state.positions, [&](const auto& kv) { return !assigned.contains(kv.first); });
    std::erase_if(state.committed, [&](const auto& kv) { return !assigned.contains(kv.first); });
    std::vector<TopicPartition> fresh;
    for (const auto& tp : state.assignment)
        if (!state.positions.contains(tp)) fresh.push_back(tp);
    if (fresh.empty()) co_return Done{};
    co_return co_await resetPositions(net, state, fresh, false, requestDeadline(net));
}

// Waits on the member's timer, which close() cancels so a stopping member ends at once.
asio::awaitable<void> pause(MemberState& state, std::chrono::milliseconds delay) {
    if (!state.heartbeatTimer) co_return;
    state.heartbeatTimer->expires_after(delay);
    asio::error_code ec;
    co_await state.heartbeatTimer->async_wait(asio::redirect_error(asio::use_awaitable, ec));
}

} // namespace

asio::awaitable<void> run(NetworkClient& net, std::shared_ptr<MemberState> state) {
    const auto retryPause = std::max(net.config().retryBackoffMax, std::chrono::milliseconds(200));
    while (!state->stopping) {
        if (state->rejoinNeeded) {
            state->stable = false;
            auto joined = co_await joinAndSync(net, *state);
            if (state->stopping) break;
            if (joined) joined = co_await adoptAssignment(net, *state);
            if (!joined) {
                log::warn("group {}: cannot join: {}", state->config.groupId, joined.error().toString());
                co_await pause(*state, retryPause);
                continue;
            }
            state->rejoinNeeded = false;
            state->stable = true;
        }
        co_await pause(*state, state->config.heartbeatInterval);
        if (state->stopping || state->rejoinNeeded) continue;

        msg::HeartbeatRequest hb;
        hb.groupId = state->config.groupId;
        hb.generationId = state->generation;
        hb.memberId = state->memberId;
        auto reply = co_await ops::sendToCoordinator<msg::HeartbeatResponse>(
            net, state->config.groupId, hb, requestDeadline(net),
            [](const msg::HeartbeatResponse& r) { return r.errorCode; });
        if (!reply || state->stopping) continue; // unreachable coordinator: try again next beat
        const auto code = errorFromWire(reply->body.errorCode);
        if (needsRejoin(code)) {
            // Hand over cleanly: what was consumed is committed before the partitions move.
            if (code == ErrorCode::RebalanceInProgress) (void)co_await commitPositions(net, *state, requestDeadline(net));
            forgetMembership(*state, code);
        }
    }
}

asio::awaitable<Result<Done>> commitPositions(NetworkClient& net, MemberState& state, Clock::time_point deadline) {
    std::vector<OffsetToCommit> offsets;
    for (const auto& [tp, position] : state.positions) {
        auto c = state.committed.find(tp);
        if (c == state.committed.end() || c->second != position) offsets.push_back(OffsetToCommit{tp, position, -1, {}});
    }
    if (offsets.empty()) co_return Done{};
    auto results = co_await ops::commitOffsets(net, state.config.groupId, offsets, state.generation, state.memberId,
                                               deadline);
    if (!results) co_return results.error();
    std::optional<ClientError> first;
    for (const auto& r : *results) {
        if (r.error) {
            if (needsRejoin(r.error->code)) forgetMembership(state, r.error->code);
            if (!first) first = r.error;
            continue;
        }
        auto it = std::find_if(offsets.begin(), offsets.end(), [&](const auto& o) { return o.partition == r.partition; });
        if (it != offsets.end()) state.committed[r.partition] = it->offset;
    }
    if (first) co_return *first;
    co_return Done{};
}

asio::awaitable<Result<Done>> resetPositions(NetworkClient& net, MemberState& state,
                                             std::vector<TopicPartition> partitions, bool ignoreCommitted,
                                             Clock::time_point deadline) {
    std::vector<TopicPartition> missing;
    if (ignoreCommitted) {
        missing = partitions;
    } else {
        auto committed = co_await ops::fetchCommittedOffsets(net, state.config.groupId, partitions, deadline);
        if (!committed) co_return committed.error();
        for (const auto& tp : partitions) {
            auto c = std::find_if(committed->begin(), committed->end(),
                                  [&](const CommittedOffset& x) { return x.partition == tp; });
            if (c != committed->end() && !c->error && c->offset >= 0) {
                state.positions[tp] = c->offset;
                state.committed[tp] = c->offset;
            } else {
                missing.push_back(tp);
            }
        }
    }
    if (missing.empty()) co_return Done{};
    std::vector<std::string> topics;
    for (const auto& tp : missing)
        if (std::find(topics.begin(), topics.end(), tp.topic) == topics.end()) topics.push_back(tp.topic);
    auto marks = co_await ops::watermarks(net, topics, deadline);
    if (!marks) co_return marks.error();
    for (const auto& tp : missing) {
        auto m = std::find_if(marks->begin(), marks->end(), [&](const auto& x) { return x.partition == tp; });
        if (m == marks->end() || m->error)
            co_return m == marks->end() ? makeError(ErrorCode::UnknownTopicOrPartition, "no offsets for " + tp.toString())
                                        : *m->error;
        state.positions[tp] = state.config.resetToEarliest ? m->earliest : m->latest;
    }
    co_return Done{};
}

asio::awaitable<Result<Done>> leave(NetworkClient& net, MemberState& state, Clock::time_point deadline) {
    if (state.memberId.empty()) co_return Done{};
    msg::LeaveGroupRequest request;
    request.groupId = state.config.groupId;
    request.memberId = state.memberId; // up to v2
    msg::LeaveGroupRequest::MemberIdentity me;
    me.memberId = state.memberId;
    request.members.push_back(std::move(me));
    auto reply = co_await ops::sendToCoordinator<msg::LeaveGroupResponse>(
        net, state.config.groupId, request, deadline, [](const msg::LeaveGroupResponse& r) { return r.errorCode; });
    state.memberId.clear();
    state.generation = -1;
    state.stable = false;
    if (!reply) co_return reply.error();
    if (auto e = ops::itemError(reply->body.errorCode, std::nullopt, reply->nodeId)) {
        // A coordinator that already dropped the member has nothing to undo.
        if (e->code != ErrorCode::UnknownMemberId) co_return *e;
    }
    co_return Done{};
}

} // namespace membership

} // namespace samsa::client
