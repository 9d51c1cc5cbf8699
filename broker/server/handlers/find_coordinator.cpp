#include "cluster/topic_metadata.h"
#include "protocol/messages/find_coordinator.h"
#include "server/broker_core.h"
#include "server/handlers/handlers.h"

namespace samsa::server::handlers {

using protocol::messages::FindCoordinatorRequest;
using protocol::messages::FindCoordinatorResponse;
using Coordinator = FindCoordinatorResponse::Coordinator;

namespace {

constexpr int8_t kGroupKeyType = 0;
constexpr int8_t kTransactionKeyType = 1;

Coordinator failed(std::string key, ErrorCode error, std::string message) {
    Coordinator c;
    c.key = std::move(key);
    c.nodeId = -1;
    c.port = -1;
    c.errorCode = toWire(error);
    c.errorMessage = std::move(message);
    return c;
}

// The coordinator of a group is the leader of its __consumer_offsets partition, that of
// a transactional id the leader of its __transaction_state partition (either topic is
// created here on first use, as Kafka does).
Coordinator locate(RequestContext& ctx, const std::string& key, int8_t keyType) {
    auto& broker = ctx.broker;
    if (keyType != kGroupKeyType && keyType != kTransactionKeyType)
        return failed(key, ErrorCode::InvalidRequest, "unknown coordinator key type");
    const bool group = keyType == kGroupKeyType;
    const int32_t partition = group ? broker.groups().partitionFor(key) : broker.transactions().partitionFor(key);
    const auto topicName = group ? cluster::kConsumerOffsetsTopic : cluster::kTransactionStateTopic;
    const auto* topic = broker.metadata().find(topicName);
    if (!topic || partition >= static_cast<int32_t>(topic->partitions.size()))
        return failed(key, ErrorCode::CoordinatorNotAvailable, std::string(topicName) + " is not available");
    if (topic->partitions[static_cast<size_t>(partition)].leader != broker.nodeId())
        return failed(key, ErrorCode::CoordinatorNotAvailable, "the coordinator's node is not reachable from here");
    Coordinator c;
    c.key = key;
    c.nodeId = broker.nodeId();
    c.host = broker.advertisedHost();
    c.port = broker.advertisedPort();
    c.errorMessage = std::nullopt;
    return c;
}

} // namespace

asio::awaitable<Response> findCoordinator(RequestContext& ctx) {
    const auto request = ctx.decode<FindCoordinatorRequest>();
    FindCoordinatorResponse response;
    // v4 looks up many keys at once; earlier versions one, answered at the top level.
    if (ctx.version() >= 4) {
        for (const auto& key : request.coordinatorKeys)
            response.coordinators.push_back(locate(ctx, key, request.keyType));
        co_return ctx.respond(response);
    }
    auto c = locate(ctx, request.key, request.keyType);
    response.errorCode = c.errorCode;
    response.errorMessage = std::move(c.errorMessage);
    response.nodeId = c.nodeId;
    response.host = std::move(c.host);
    response.port = c.port;
    co_return ctx.respond(response);
}

} // namespace samsa::server::handlers
