#include "protocol/messages/api_table.h"
#include "protocol/messages/api_versions.h"
#include "server/handlers/handlers.h"

namespace samsa::server::handlers {

using protocol::messages::ApiVersionsRequest;
using protocol::messages::ApiVersionsResponse;

asio::awaitable<Response> apiVersions(RequestContext& ctx) {
    ApiVersionsResponse response;
    // The whole table is listed, handlers or not: librdkafka 2.0.2 switches features
    // off (LZ4 among them) unless it sees the group APIs from v0. A request for an API
    // without a handler closes that connection.
    for (const auto& api : protocol::messages::allApis())
        response.apiKeys.push_back({api.key, api.advertised.min, api.advertised.max, {}});

    if (ctx.version() > ApiVersionsRequest::kMaxVersion || ctx.version() < 0) {
        // The client's version is newer than ours: answer at v0 (whose layout every
        // version can read) so it can retry with one we list.
        response.errorCode = toWire(ErrorCode::UnsupportedVersion);
        ctx.header.apiVersion = 0;
        co_return ctx.respond(response);
    }
    const auto request = ctx.decode<ApiVersionsRequest>();
    (void)request; // client software name/version are informational
    co_return ctx.respond(response);
}

} // namespace samsa::server::handlers
