#include <algorithm>
#include <cctype>

#include "protocol/messages/list_groups.h"
#include "server/broker_core.h"
#include "server/handlers/handlers.h"

namespace samsa::server::handlers {

using protocol::messages::ListGroupsRequest;
using protocol::messages::ListGroupsResponse;

namespace {
// Every group this coordinator runs speaks the classic protocol.
constexpr std::string_view kClassicGroupType = "classic";

bool typeWanted(const std::vector<std::string>& filter) {
    if (filter.empty()) return true;
    for (const auto& t : filter)
        if (t.size() == kClassicGroupType.size() &&
            std::equal(t.begin(), t.end(), kClassicGroupType.begin(),
                       [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; }))
            return true;
    return false;
}
} // namespace

asio::awaitable<Response> listGroups(RequestContext& ctx) {
    const auto request = ctx.decode<ListGroupsRequest>();
    ListGroupsResponse response;
    // v4 filters by state (KIP-518); a name that is no state matches nothing.
    std::vector<group::GroupState> states;
    for (const auto& name : request.statesFilter)
        if (auto s = group::parseStateName(name)) states.push_back(*s);
    const bool filtered = !request.statesFilter.empty();
    if ((filtered && states.empty()) || !typeWanted(request.typesFilter)) co_return ctx.respond(response);

    for (const auto& g : ctx.broker.groups().listGroups(states)) {
        auto& out = response.groups.emplace_back();
        out.groupId = g.groupId;
        out.protocolType = g.protocolType;
        out.groupState = std::string(group::stateName(g.state));
        out.groupType = std::string(kClassicGroupType);
    }
    co_return ctx.respond(response);
}

} // namespace samsa::server::handlers
