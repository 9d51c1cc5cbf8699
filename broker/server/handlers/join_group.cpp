#include "group/await_completion.h"
#include "protocol/messages/join_group.h"
#include "server/broker_core.h"
#include "server/handlers/handlers.h"

namespace samsa::server::handlers {

using protocol::messages::JoinGroupRequest;
using protocol::messages::JoinGroupResponse;

namespace {

// Kafka reports a member's host the way Java prints an address: "/127.0.0.1".
std::string clientHost(const net::ConnectionInfo& connection) {
    const auto colon = connection.peer.rfind(':');
    return "/" + connection.peer.substr(0, colon);
}

} // namespace

asio::awaitable<Response> joinGroup(RequestContext& ctx) {
    auto request = ctx.decode<JoinGroupRequest>();
    group::JoinRequest join;
    join.groupId = std::move(request.groupId);
    join.memberId = std::move(request.memberId);
    join.instanceId = std::move(request.groupInstanceId);
    join.clientId = ctx.header.clientId.value_or(std::string());
    join.clientHost = clientHost(ctx.connection);
    join.sessionTimeoutMs = request.sessionTimeoutMs;
    // v0 has no rebalance timeout: the session timeout bounded the rebalance.
    join.rebalanceTimeoutMs = ctx.version() >= 1 ? request.rebalanceTimeoutMs : request.sessionTimeoutMs;
    join.protocolType = std::move(request.protocolType);
    for (auto& p : request.protocols) join.protocols.push_back({std::move(p.name), std::move(p.metadata)});
    join.requireKnownMemberId = ctx.version() >= 4;

    auto& groups = ctx.broker.groups();
    // Parks until the rebalance completes (or fails) for this member.
    const auto result = co_await group::awaitCompletion<group::JoinResult>(
        ctx.broker.executor(), [&](group::JoinCallback done) { groups.join(std::move(join), std::move(done)); });

    JoinGroupResponse response;
    response.errorCode = toWire(result.error);
    response.generationId = result.generation;
    response.protocolType = result.protocolType;
    response.protocolName = result.protocolName;
    // Before v7 the protocol name is not nullable.
    if (ctx.version() < 7 && !response.protocolName) response.protocolName = std::string();
    response.leader = result.leaderId;
    response.skipAssignment = result.skipAssignment;
    response.memberId = result.memberId;
    for (const auto& m : result.members) response.members.push_back({m.memberId, m.instanceId, m.metadata, {}});
    co_return ctx.respond(response);
}

} // namespace samsa::server::handlers
