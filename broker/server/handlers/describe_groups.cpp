#include "protocol/messages/describe_groups.h"
#include "server/broker_core.h"
#include "server/handlers/handlers.h"

namespace samsa::server::handlers {

using protocol::messages::DescribeGroupsRequest;
using protocol::messages::DescribeGroupsResponse;

namespace {
// Without an authorizer every caller may do everything to a group: READ (3), DELETE (6)
// and DESCRIBE (8), as bits of Kafka's AclOperation codes.
constexpr int32_t kGroupOperations = (1 << 3) | (1 << 6) | (1 << 8);
} // namespace

asio::awaitable<Response> describeGroups(RequestContext& ctx) {
    const auto request = ctx.decode<DescribeGroupsRequest>();
    DescribeGroupsResponse response;
    for (const auto& id : request.groups) {
        const auto d = ctx.broker.groups().describe(id);
        auto& out = response.groups.emplace_back();
        out.errorCode = toWire(d.error);
        out.groupId = d.groupId;
        out.groupState = std::string(group::stateName(d.state));
        out.protocolType = d.protocolType;
        out.protocolData = d.protocolData;
        for (const auto& m : d.members)
            out.members.push_back({m.memberId, m.instanceId, m.clientId, m.clientHost, m.metadata, m.assignment, {}});
        if (request.includeAuthorizedOperations && d.error == ErrorCode::None) out.authorizedOperations = kGroupOperations;
    }
    co_return ctx.respond(response);
}

} // namespace samsa::server::handlers
