#include "protocol/messages/offset_fetch.h"
#include "server/broker_core.h"
#include "server/handlers/handlers.h"

namespace samsa::server::handlers {

using protocol::messages::OffsetFetchRequest;
using protocol::messages::OffsetFetchResponse;

namespace {

template <typename TopicList>
std::optional<std::vector<storage::TopicPartition>> wanted(const std::optional<TopicList>& topics) {
    if (!topics) return std::nullopt; // null: every committed offset of the group
    std::vector<storage::TopicPartition> out;
    for (const auto& t : *topics)
        for (int32_t p : t.partitionIndexes) out.push_back({t.name, p});
    return out;
}

// Groups the fetched offsets by topic, in the order they came.
template <typename TopicOut>
std::vector<TopicOut> byTopic(const std::vector<group::FetchedOffset>& offsets) {
    std::vector<TopicOut> out;
    for (const auto& o : offsets) {
        if (out.empty() || out.back().name != o.tp.topic) out.emplace_back().name = o.tp.topic;
        auto& p = out.back().partitions.emplace_back();
        p.partitionIndex = o.tp.partition;
        p.committedOffset = o.offset;
        p.committedLeaderEpoch = o.leaderEpoch;
        p.metadata = o.metadata;
        p.errorCode = toWire(o.error);
    }
    return out;
}

} // namespace

asio::awaitable<Response> offsetFetch(RequestContext& ctx) {
    const auto request = ctx.decode<OffsetFetchRequest>();
    auto& groups = ctx.broker.groups();
    OffsetFetchResponse response;
    if (!ctx.versionServed()) {
        response.errorCode = toWire(ErrorCode::UnsupportedVersion);
        co_return ctx.respond(response);
    }
    // v8 asks for several groups at once.
    if (ctx.version() >= 8) {
        for (const auto& g : request.groups) {
            const auto result = groups.fetchOffsets(g.groupId, wanted(g.topics), request.requireStable);
            auto& out = response.groups.emplace_back();
            out.groupId = g.groupId;
            out.errorCode = toWire(result.error);
            out.topics = byTopic<OffsetFetchResponse::OffsetFetchResponseTopics>(result.offsets);
        }
        co_return ctx.respond(response);
    }
    auto result = groups.fetchOffsets(request.groupId, wanted(request.topics), request.requireStable);
    if (result.error != ErrorCode::None && ctx.version() < 2 && request.topics) {
        // v1 has no top-level error: every requested partition carries it.
        for (const auto& t : *request.topics)
            for (int32_t p : t.partitionIndexes) result.offsets.push_back({{t.name, p}, -1, -1, {}, result.error});
    }
    response.errorCode = toWire(result.error);
    response.topics = byTopic<OffsetFetchResponse::OffsetFetchResponseTopic>(result.offsets);
    co_return ctx.respond(response);
}

} // namespace samsa::server::handlers
