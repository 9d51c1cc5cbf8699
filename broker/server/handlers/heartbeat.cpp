#include "protocol/messages/heartbeat.h"
#include "server/broker_core.h"
#include "server/handlers/handlers.h"

namespace samsa::server::handlers {

using protocol::messages::HeartbeatRequest;
using protocol::messages::HeartbeatResponse;

asio::awaitable<Response> heartbeat(RequestContext& ctx) {
    const auto request = ctx.decode<HeartbeatRequest>();
    HeartbeatResponse response;
    response.errorCode = toWire(ctx.broker.groups().heartbeat(request.groupId, request.memberId,
                                                              request.groupInstanceId, request.generationId));
    co_return ctx.respond(response);
}

} // namespace samsa::server::handlers
