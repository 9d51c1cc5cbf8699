#include <algorithm>
#include <set>

#include "protocol/messages/fetch.h"
#include "server/broker_core.h"
#include "server/handlers/handlers.h"

namespace samsa::server::handlers {

using protocol::messages::FetchRequest;
using protocol::messages::FetchResponse;
using PartitionData = FetchResponse::PartitionData;

namespace {

const std::string* topicName(const FetchRequest::FetchTopic& t, RequestContext& ctx, int16_t version) {
    if (version <= 12) return &t.topic;
    const auto* meta = ctx.broker.metadata().findById(t.topicId);
    return meta ? &meta->name : nullptr;
}

// One pass over every requested partition. Kafka's limits: each partition returns at
// most its partition_max_bytes, the response at most max_bytes, except that the first
// partition with data may exceed both by one batch so a consumer never stalls on a
// batch larger than its limits (KIP-74).
FetchResponse readAll(RequestContext& ctx, const FetchRequest& request, size_t& totalBytes) {
    auto& broker = ctx.broker;
    const auto isolation = static_cast<cluster::IsolationLevel>(request.isolationLevel == 1 ? 1 : 0);
    FetchResponse response;
    size_t budget = static_cast<size_t>(std::max(request.maxBytes, 0));
    totalBytes = 0;
    for (const auto& topic : request.topics) {
        auto& out = response.responses.emplace_back();
        out.topic = topic.topic;
        out.topicId = topic.topicId;
        const std::string* name = topicName(topic, ctx, ctx.version());
        for (const auto& p : topic.partitions) {
            auto& data = out.partitions.emplace_back();
            data.partitionIndex = p.partition;
            auto* partition = name ? broker.partitions().get(*name, p.partition) : nullptr;
            if (!partition) {
                data.errorCode = toWire(ctx.version() > 12 && !name ? ErrorCode::UnknownTopicId
                                                                      : ErrorCode::UnknownTopicOrPartition);
                data.highWatermark = -1;
                continue;
            }
            data.highWatermark = partition->highWatermark();
            data.lastStableOffset = partition->lastStableOffset();
            data.logStartOffset = partition->logStartOffset();
            // Kafka sends the list only to read_committed readers.
            if (isolation == cluster::IsolationLevel::ReadUncommitted) data.abortedTransactions.reset();
            if (p.currentLeaderEpoch >= 0 && p.currentLeaderEpoch < partition->leaderEpoch()) {
                data.errorCode = toWire(ErrorCode::FencedLeaderEpoch);
                continue;
            }
            if (p.currentLeaderEpoch > partition->leaderEpoch()) {
                data.errorCode = toWire(ErrorCode::UnknownLeaderEpoch);
                continue;
            }
            const size_t limit = std::min(budget, static_cast<size_t>(std::max(p.partitionMaxBytes, 0)));
            auto read = partition->read(p.fetchOffset, limit, totalBytes == 0, isolation);
            if (read.error != ErrorCode::None) {
                data.errorCode = toWire(read.error);
                continue;
            }
            totalBytes += read.records.size();
            budget -= std::min(budget, read.records.size());
            // The reader drops the records of these transactions, up to their ABORT
            // markers; control batches reach it like any other and it skips them.
            if (isolation == cluster::IsolationLevel::ReadCommitted && read.lastOffset >= 0)
                for (const auto& t : partition->abortedTransactions(p.fetchOffset, read.lastOffset + 1))
                    data.abortedTransactions->push_back({t.producerId, t.firstOffset, {}});
            data.records = std::move(read.records);
        }
    }
    return response;
}

bool hasErrors(const FetchResponse& r) {
    for (const auto& t : r.responses)
        for (const auto& p : t.partitions)
            if (p.errorCode != 0) return true;
    return false;
}

} // namespace

asio::awaitable<Response> fetch(RequestContext& ctx) {
    const auto request = ctx.decode<FetchRequest>();
    if (!ctx.versionServed()) {
        FetchResponse response;
        response.errorCode = toWire(ErrorCode::UnsupportedVersion);
        co_return ctx.respond(response);
    }
    size_t bytes = 0;
    FetchResponse response = readAll(ctx, request, bytes);
    const auto minBytes = static_cast<size_t>(std::max(request.minBytes, 0));
    if (bytes >= minBytes || request.maxWaitMs <= 0 || hasErrors(response)) co_return ctx.respond(response);

    // Long poll: park until an append to one of these partitions could satisfy
    // min_bytes, or until max_wait_ms runs out, then read again.
    std::set<storage::TopicPartition> interest;
    for (const auto& t : request.topics)
        if (const auto* name = topicName(t, ctx, ctx.version()))
            for (const auto& p : t.partitions) interest.insert({*name, p.partition});
    asio::steady_timer wake(ctx.broker.executor());
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(request.maxWaitMs);
    auto subscription = ctx.broker.partitions().appendNotifier().subscribe(
        [&](const storage::TopicPartition& tp) {
            if (interest.count(tp)) wake.cancel();
        });
    while (std::chrono::steady_clock::now() < deadline) {
        wake.expires_at(deadline);
        asio::error_code ec;
        co_await wake.async_wait(asio::redirect_error(asio::use_awaitable, ec));
        if (!ctx.broker.running()) break; // shutting down: answer with what was read
        response = readAll(ctx, request, bytes);
        if (bytes >= minBytes || hasErrors(response)) break;
    }
    co_return ctx.respond(response);
}

} // namespace samsa::server::handlers
