#include "protocol/messages/alter_configs.h"

#include "server/broker_core.h"
#include "server/handlers/admin_support.h"
#include "server/handlers/handlers.h"

namespace samsa::server::handlers {

using protocol::messages::AlterConfigsRequest;
using protocol::messages::AlterConfigsResponse;

// AlterConfigs replaces the whole set of a topic's overrides: keys left out return to
// their defaults.
asio::awaitable<Response> alterConfigs(RequestContext& ctx) {
    const auto request = ctx.decode<AlterConfigsRequest>();
    auto response = alterEachResource<AlterConfigsResponse>(
        ctx, request,
        [&](const AlterConfigsRequest::AlterConfigsResource& resource) -> cluster::AdminResult {
            config::ConfigStrings configs;
            for (const auto& c : resource.configs) {
                if (!c.value)
                    return {ErrorCode::InvalidRequest, "Null value not supported for : " + c.name};
                configs[c.name] = *c.value;
            }
            return ctx.broker.controller().replaceConfigs(resource.resourceName, configs,
                                                          request.validateOnly);
        });
    co_return ctx.respond(response);
}

} // namespace samsa::server::handlers
