#include "protocol/messages/delete_groups.h"
#include "server/broker_core.h"
#include "server/handlers/handlers.h"

namespace samsa::server::handlers {

using protocol::messages::DeleteGroupsRequest;
using protocol::messages::DeleteGroupsResponse;

asio::awaitable<Response> deleteGroups(RequestContext& ctx) {
    const auto request = ctx.decode<DeleteGroupsRequest>();
    DeleteGroupsResponse response;
    for (const auto& id : request.groupsNames)
        response.results.push_back({id, toWire(ctx.broker.groups().deleteGroup(id)), {}});
    co_return ctx.respond(response);
}

} // namespace samsa::server::handlers
