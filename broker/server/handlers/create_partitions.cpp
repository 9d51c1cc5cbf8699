#include "protocol/messages/create_partitions.h"

#include "server/broker_core.h"
#include "server/handlers/admin_support.h"
#include "server/handlers/handlers.h"

namespace samsa::server::handlers {

using protocol::messages::CreatePartitionsRequest;
using protocol::messages::CreatePartitionsResponse;

asio::awaitable<Response> createPartitions(RequestContext& ctx) {
    const auto request = ctx.decode<CreatePartitionsRequest>();
    const auto repeated = duplicates(request.topics, [](const auto& t) { return t.name; });
    CreatePartitionsResponse response;
    for (const auto& topic : request.topics) {
        cluster::AdminResult result;
        if (repeated.count(topic.name)) {
            result = {ErrorCode::InvalidRequest, "Duplicate topic in request: " + topic.name};
        } else {
            // A null assignment list lets the controller place the new replicas.
            std::vector<std::vector<int32_t>> assignments;
            if (topic.assignments)
                for (const auto& a : *topic.assignments)
                    assignments.push_back(a.brokerIds);
            result = ctx.broker.controller().createPartitions(topic.name, topic.count, assignments,
                                                              request.validateOnly);
        }
        response.results.push_back({topic.name, toWire(result.error), messageOf(result), {}});
    }
    co_return ctx.respond(response);
}

} // namespace samsa::server::handlers
