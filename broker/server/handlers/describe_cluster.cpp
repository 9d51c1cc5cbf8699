#include "protocol/messages/describe_cluster.h"

#include "server/broker_core.h"
#include "server/handlers/admin_support.h"
#include "server/handlers/handlers.h"

namespace samsa::server::handlers {

using protocol::messages::DescribeClusterRequest;
using protocol::messages::DescribeClusterResponse;

namespace {

// DescribeCluster v1 endpoint types: a broker listener answers for brokers only.
constexpr int8_t kBrokersEndpoint = 1;
constexpr int8_t kControllersEndpoint = 2;

// Without an authorizer every operation on the cluster resource is allowed: CREATE,
// ALTER, DESCRIBE, CLUSTER_ACTION, DESCRIBE_CONFIGS, ALTER_CONFIGS, IDEMPOTENT_WRITE.
constexpr int32_t kAllClusterOperations =
    (1 << 4) | (1 << 7) | (1 << 8) | (1 << 9) | (1 << 10) | (1 << 11) | (1 << 12);

cluster::AdminResult checkEndpoint(int8_t requested) {
    if (requested == kBrokersEndpoint) return {};
    if (requested == kControllersEndpoint)
        return {ErrorCode::MismatchedEndpointType,
                "The request was sent to an endpoint of type BROKER, but we wanted an endpoint of "
                "type CONTROLLER"};
    return {ErrorCode::UnsupportedEndpointType,
            "Unsupported endpoint type " + std::to_string(requested)};
}

} // namespace

asio::awaitable<Response> describeCluster(RequestContext& ctx) {
    const auto request = ctx.decode<DescribeClusterRequest>();
    auto& broker = ctx.broker;
    DescribeClusterResponse response;
    const auto result =
        ctx.versionServed()
            ? checkEndpoint(ctx.version() >= 1 ? request.endpointType : kBrokersEndpoint)
            : unsupportedVersion(ctx);
    response.errorCode = toWire(result.error);
    response.errorMessage = messageOf(result);
    response.endpointType = kBrokersEndpoint;
    if (result.ok()) {
        response.clusterId = broker.clusterId();
        response.controllerId = broker.controller().nodeId();
        response.brokers.push_back({broker.nodeId(),
                                    broker.advertisedHost(),
                                    broker.advertisedPort(),
                                    broker.config().brokerRack(),
                                    {}});
        if (request.includeClusterAuthorizedOperations)
            response.clusterAuthorizedOperations = kAllClusterOperations;
    }
    co_return ctx.respond(response);
}

} // namespace samsa::server::handlers
