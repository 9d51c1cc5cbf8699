#include "protocol/messages/offset_commit.h"
#include "server/broker_core.h"
#include "server/handlers/handlers.h"

namespace samsa::server::handlers {

using protocol::messages::OffsetCommitRequest;
using protocol::messages::OffsetCommitResponse;

asio::awaitable<Response> offsetCommit(RequestContext& ctx) {
    const auto request = ctx.decode<OffsetCommitRequest>();
    OffsetCommitResponse response;
    for (const auto& t : request.topics) {
        auto& out = response.topics.emplace_back();
        out.name = t.name;
        for (const auto& p : t.partitions) out.partitions.push_back({p.partitionIndex, toWire(ErrorCode::None), {}});
    }
    const auto failAll = [&](ErrorCode e) {
        for (auto& t : response.topics)
            for (auto& p : t.partitions) p.errorCode = toWire(e);
    };
    if (!ctx.versionServed()) {
        failAll(ErrorCode::UnsupportedVersion);
        co_return ctx.respond(response);
    }

    group::CommitRequest commit;
    commit.groupId = request.groupId;
    commit.generation = request.generationIdOrMemberEpoch;
    commit.memberId = request.memberId;
    commit.instanceId = request.groupInstanceId;
    commit.retentionMs = request.retentionTimeMs;
    // Where each committed partition's answer goes.
    std::vector<OffsetCommitResponse::OffsetCommitResponsePartition*> slots;
    for (size_t ti = 0; ti < request.topics.size(); ++ti) {
        const auto& t = request.topics[ti];
        for (size_t pi = 0; pi < t.partitions.size(); ++pi) {
            const auto& p = t.partitions[pi];
            auto& slot = response.topics[ti].partitions[pi];
            const auto* topic = ctx.broker.metadata().find(t.name);
            if (!topic || p.partitionIndex < 0 || p.partitionIndex >= static_cast<int32_t>(topic->partitions.size())) {
                slot.errorCode = toWire(ErrorCode::UnknownTopicOrPartition);
                continue;
            }
            commit.offsets.push_back({{t.name, p.partitionIndex}, p.committedOffset, p.committedLeaderEpoch,
                                      p.committedMetadata});
            slots.push_back(&slot);
        }
    }
    const auto errors = ctx.broker.groups().commitOffsets(commit);
    for (size_t i = 0; i < errors.size(); ++i) slots[i]->errorCode = toWire(errors[i]);
    co_return ctx.respond(response);
}

} // namespace samsa::server::handlers
