#include "server/dispatcher.h"

#include "common/log.h"
#include "protocol/messages/api_table.h"
#include "protocol/messages/api_versions.h"
#include "server/handlers/handlers.h"

namespace samsa::server {

using protocol::messages::findApi;

bool RequestContext::versionServed() const {
    return protocol::messages::isServed(header.apiKey, header.apiVersion);
}

asio::awaitable<Response> Dispatcher::dispatch(const net::ConnectionInfo& connection,
                                               protocol::Bytes frame) {
    protocol::Reader reader(frame);
    auto header = protocol::messages::decodeRequestHeader(reader);
    RequestContext ctx{connection, std::move(header), protocol::Reader({}), m_broker};
    ctx.body = protocol::Reader(std::span<const uint8_t>(frame).subspan(reader.position()));

    const auto* api = findApi(ctx.header.apiKey);
    // ApiVersions is exempt from the version check: a client asking with a version the
    // broker does not know gets a v0 answer listing what the broker supports.
    if (ctx.header.apiKey == protocol::messages::ApiVersionsRequest::kApiKey) co_return co_await handlers::apiVersions(ctx);

    const Handler handler = findHandler(ctx.header.apiKey);
    if (!api || !handler)
        throw protocol::DecodeError("unsupported api key " + std::to_string(ctx.header.apiKey));
    if (!api->advertised.contains(ctx.header.apiVersion))
        throw protocol::DecodeError(std::string(api->name) + " version " +
                                    std::to_string(ctx.header.apiVersion) + " is not supported");
    co_return co_await handler(ctx);
}

} // namespace samsa::server
