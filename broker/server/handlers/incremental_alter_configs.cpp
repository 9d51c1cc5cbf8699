#include "protocol/messages/incremental_alter_configs.h"

#include "server/broker_core.h"
#include "server/handlers/admin_support.h"
#include "server/handlers/handlers.h"

namespace samsa::server::handlers {

using protocol::messages::IncrementalAlterConfigsRequest;
using protocol::messages::IncrementalAlterConfigsResponse;

asio::awaitable<Response> incrementalAlterConfigs(RequestContext& ctx) {
    const auto request = ctx.decode<IncrementalAlterConfigsRequest>();
    auto response = alterEachResource<IncrementalAlterConfigsResponse>(
        ctx, request,
        [&](const IncrementalAlterConfigsRequest::AlterConfigsResource& resource)
            -> cluster::AdminResult {
            std::vector<cluster::ConfigChange> changes;
            for (const auto& c : resource.configs) {
                if (c.configOperation < 0 ||
                    c.configOperation > static_cast<int8_t>(cluster::AlterOp::Subtract))
                    return {ErrorCode::InvalidRequest, "Unknown operation type " +
                                                           std::to_string(c.configOperation) +
                                                           " for config " + c.name};
                changes.push_back(
                    {c.name, static_cast<cluster::AlterOp>(c.configOperation), c.value});
            }
            return ctx.broker.controller().alterConfigs(resource.resourceName, changes,
                                                        request.validateOnly);
        });
    co_return ctx.respond(response);
}

} // namespace samsa::server::handlers
