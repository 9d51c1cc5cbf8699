#include "group/await_completion.h"
#include "protocol/messages/sync_group.h"
#include "server/broker_core.h"
#include "server/handlers/handlers.h"

namespace samsa::server::handlers {

using protocol::messages::SyncGroupRequest;
using protocol::messages::SyncGroupResponse;

asio::awaitable<Response> syncGroup(RequestContext& ctx) {
    auto request = ctx.decode<SyncGroupRequest>();
    group::SyncRequest sync;
    sync.groupId = std::move(request.groupId);
    sync.generation = request.generationId;
    sync.memberId = std::move(request.memberId);
    sync.instanceId = std::move(request.groupInstanceId);
    sync.protocolType = std::move(request.protocolType);
    sync.protocolName = std::move(request.protocolName);
    for (auto& a : request.assignments) sync.assignments.emplace_back(std::move(a.memberId), std::move(a.assignment));

    auto& groups = ctx.broker.groups();
    // Followers park until the leader's assignment arrives.
    const auto result = co_await group::awaitCompletion<group::SyncResult>(
        ctx.broker.executor(), [&](group::SyncCallback done) { groups.sync(std::move(sync), std::move(done)); });

    SyncGroupResponse response;
    response.errorCode = toWire(result.error);
    response.protocolType = result.protocolType;
    response.protocolName = result.protocolName;
    response.assignment = result.assignment;
    co_return ctx.respond(response);
}

} // namespace samsa::server::handlers
