#include "protocol/messages/leave_group.h"
#include "server/broker_core.h"
#include "server/handlers/handlers.h"

namespace samsa::server::handlers {

using protocol::messages::LeaveGroupRequest;
using protocol::messages::LeaveGroupResponse;

asio::awaitable<Response> leaveGroup(RequestContext& ctx) {
    const auto request = ctx.decode<LeaveGroupRequest>();
    // v3 made LeaveGroup a batch (KIP-345); before, the one member leaving is the caller.
    const bool batch = ctx.version() >= 3;
    std::vector<group::MemberIdentity> members;
    if (batch) {
        for (const auto& m : request.members) members.push_back({m.memberId, m.groupInstanceId});
    } else {
        members.push_back({request.memberId, std::nullopt});
    }
    const auto result = ctx.broker.groups().leave(request.groupId, members);

    LeaveGroupResponse response;
    response.errorCode = toWire(result.error);
    if (!batch) {
        if (result.error == ErrorCode::None && !result.members.empty()) response.errorCode = toWire(result.members.front());
        co_return ctx.respond(response);
    }
    for (size_t i = 0; i < result.members.size(); ++i)
        response.members.push_back({members[i].memberId, members[i].instanceId, toWire(result.members[i]), {}});
    co_return ctx.respond(response);
}

} // namespace samsa::server::handlers
