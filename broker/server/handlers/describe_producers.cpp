#include <algorithm>

#include "protocol/messages/describe_producers.h"
#include "server/broker_core.h"
#include "server/handlers/handlers.h"

namespace samsa::server::handlers {

using protocol::messages::DescribeProducersRequest;
using protocol::messages::DescribeProducersResponse;

namespace {

DescribeProducersResponse::PartitionResponse describe(BrokerCore& broker, const std::string& topic, int32_t index) {
    DescribeProducersResponse::PartitionResponse out;
    out.partitionIndex = index;
    const auto* meta = broker.metadata().find(topic);
    if (!meta || index < 0 || index >= static_cast<int32_t>(meta->partitions.size())) {
        out.errorCode = toWire(ErrorCode::UnknownTopicOrPartition);
        return out;
    }
    const auto* partition = broker.partitions().get(topic, index);
    if (!partition) {
        out.errorCode = toWire(ErrorCode::NotLeaderOrFollower);
        return out;
    }
    for (const auto& [id, p] : partition->producerState().producers()) {
        auto& state = out.activeProducers.emplace_back();
        state.producerId = id;
        state.producerEpoch = p.epoch;
        state.lastSequence = p.lastSeq();
        state.lastTimestamp = p.lastTimestamp;
        state.coordinatorEpoch = p.coordinatorEpoch;
        state.currentTxnStartOffset = p.currentTxnFirstOffset.value_or(-1);
    }
    std::sort(out.activeProducers.begin(), out.activeProducers.end(),
              [](const auto& a, const auto& b) { return a.producerId < b.producerId; });
    return out;
}

} // namespace

// The producers a partition remembers: who writes to it, with which epoch and sequence,
// and which of them hold a transaction open there (where it began).
asio::awaitable<Response> describeProducers(RequestContext& ctx) {
    const auto request = ctx.decode<DescribeProducersRequest>();
    const bool served = ctx.versionServed();
    DescribeProducersResponse response;
    for (const auto& t : request.topics) {
        auto& out = response.topics.emplace_back();
        out.name = t.name;
        for (int32_t p : t.partitionIndexes) {
            if (served) {
                out.partitions.push_back(describe(ctx.broker, t.name, p));
            } else {
                auto& failed = out.partitions.emplace_back();
                failed.partitionIndex = p;
                failed.errorCode = toWire(ErrorCode::UnsupportedVersion);
            }
        }
    }
    co_return ctx.respond(response);
}

} // namespace samsa::server::handlers
