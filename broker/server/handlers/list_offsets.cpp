#include "protocol/messages/list_offsets.h"
#include "server/broker_core.h"
#include "server/handlers/handlers.h"

namespace samsa::server::handlers {

using protocol::messages::ListOffsetsRequest;
using protocol::messages::ListOffsetsResponse;
using PartitionResponse = ListOffsetsResponse::ListOffsetsPartitionResponse;

namespace {

// ListOffsets' special timestamps.
constexpr int64_t kLatest = -1;
constexpr int64_t kEarliest = -2;
constexpr int64_t kMaxTimestamp = -3;
constexpr int64_t kEarliestLocal = -4;
constexpr int64_t kLatestTiered = -5;

PartitionResponse lookup(const cluster::Partition& partition, int64_t timestamp, cluster::IsolationLevel isolation) {
    PartitionResponse out;
    out.leaderEpoch = partition.leaderEpoch();
    switch (timestamp) {
    case kLatest:
    case kLatestTiered: out.offset = partition.visibleEnd(isolation); return out;
    case kEarliest:
    case kEarliestLocal: out.offset = partition.logStartOffset(); return out;
    case kMaxTimestamp: {
        const auto found = partition.log().maxTimestampRecord();
        if (found && found->offset < partition.visibleEnd(isolation)) {
            out.offset = found->offset;
            out.timestamp = found->timestamp;
        }
        return out;
    }
    default: break;
    }
    if (timestamp < 0) {
        out.errorCode = toWire(ErrorCode::InvalidRequest);
        return out;
    }
    const auto found = partition.log().offsetForTimestamp(timestamp);
    if (found && found->offset < partition.visibleEnd(isolation)) { // else -1/-1: none found
        out.offset = found->offset;
        out.timestamp = found->timestamp;
    }
    return out;
}

} // namespace

asio::awaitable<Response> listOffsets(RequestContext& ctx) {
    const auto request = ctx.decode<ListOffsetsRequest>();
    const bool served = ctx.versionServed();
    const auto isolation = request.isolationLevel == 1 ? cluster::IsolationLevel::ReadCommitted
                                                       : cluster::IsolationLevel::ReadUncommitted;
    ListOffsetsResponse response;
    for (const auto& topic : request.topics) {
        auto& out = response.topics.emplace_back();
        out.name = topic.name;
        for (const auto& p : topic.partitions) {
            PartitionResponse result;
            const auto* partition = ctx.broker.partitions().get(topic.name, p.partitionIndex);
            if (!served) {
                result.errorCode = toWire(ErrorCode::UnsupportedVersion);
            } else if (!partition) {
                result.errorCode = toWire(ErrorCode::UnknownTopicOrPartition);
            } else if (p.currentLeaderEpoch >= 0 && p.currentLeaderEpoch != partition->leaderEpoch()) {
                result.errorCode = toWire(p.currentLeaderEpoch < partition->leaderEpoch()
                                              ? ErrorCode::FencedLeaderEpoch
                                              : ErrorCode::UnknownLeaderEpoch);
            } else {
                try {
                    result = lookup(*partition, p.timestamp, isolation);
                } catch (const protocol::DecodeError&) {
                    result.errorCode = toWire(ErrorCode::CorruptMessage);
                }
            }
            result.partitionIndex = p.partitionIndex;
            out.partitions.push_back(std::move(result));
        }
    }
    co_return ctx.respond(response);
}

} // namespace samsa::server::handlers
