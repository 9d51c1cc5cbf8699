#include "protocol/messages/delete_records.h"

#include "cluster/topic_metadata.h"
#include "common/log.h"
#include "server/broker_core.h"
#include "server/handlers/handlers.h"
#include "storage/storage_error.h"

namespace samsa::server::handlers {

using protocol::messages::DeleteRecordsRequest;
using protocol::messages::DeleteRecordsResponse;
using PartitionResult = DeleteRecordsResponse::DeleteRecordsPartitionResult;

namespace {

// Kafka's value for "no low watermark" in a failed partition.
constexpr int64_t kInvalidLowWatermark = -1;

PartitionResult deleteBefore(RequestContext& ctx, const std::string& topic, int32_t index,
                             int64_t offset) {
    PartitionResult out{index, kInvalidLowWatermark, 0, {}};
    auto* partition = ctx.broker.partitions().get(topic, index);
    if (cluster::isInternalTopic(topic)) {
        // Offsets and transaction state are the coordinators' records, not the user's.
        out.errorCode = toWire(ErrorCode::InvalidTopicException);
    } else if (!partition) {
        out.errorCode = toWire(ErrorCode::UnknownTopicOrPartition);
    } else if (!partition->config().cleanupPolicy.deleteSegments) {
        // A compacted-only topic keeps its history by policy.
        out.errorCode = toWire(ErrorCode::PolicyViolation);
    } else {
        try {
            const auto deleted = partition->deleteRecordsBefore(offset);
            out.errorCode = toWire(deleted.error);
            if (deleted.error == ErrorCode::None) out.lowWatermark = deleted.logStartOffset;
        } catch (const storage::StorageError& e) {
            log::error("DeleteRecords on {}-{} failed: {}", topic, index, e.what());
            out.errorCode = toWire(ErrorCode::KafkaStorageError);
        }
    }
    return out;
}

} // namespace

// Offset -1 means "up to the high watermark"; the answer is the new log start offset.
asio::awaitable<Response> deleteRecords(RequestContext& ctx) {
    const auto request = ctx.decode<DeleteRecordsRequest>();
    DeleteRecordsResponse response;
    for (const auto& topic : request.topics) {
        auto& out = response.topics.emplace_back();
        out.name = topic.name;
        for (const auto& p : topic.partitions) {
            out.partitions.push_back(ctx.versionServed()
                                         ? deleteBefore(ctx, topic.name, p.partitionIndex, p.offset)
                                         : PartitionResult{p.partitionIndex,
                                                           kInvalidLowWatermark,
                                                           toWire(ErrorCode::UnsupportedVersion),
                                                           {}});
        }
    }
    co_return ctx.respond(response);
}

} // namespace samsa::server::handlers
