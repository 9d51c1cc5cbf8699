#include "cluster/topic_metadata.h"
#include "protocol/messages/txn_offset_commit.h"
#include "server/broker_core.h"
#include "server/handlers/handlers.h"

namespace samsa::server::handlers {

using protocol::messages::TxnOffsetCommitRequest;
using protocol::messages::TxnOffsetCommitResponse;

namespace {

// KIP-890, as for produce: offsets are written into a transaction only if the
// coordinator has the group's __consumer_offsets partition in it (AddOffsetsToTxn came
// first), unless the producer's transaction already wrote there.
ErrorCode verifyOffsetsPartition(BrokerCore& broker, const TxnOffsetCommitRequest& request) {
    if (!broker.config().transactionPartitionVerificationEnable()) return ErrorCode::None;
    const storage::TopicPartition offsets{std::string(cluster::kConsumerOffsetsTopic),
                                          broker.groups().partitionFor(request.groupId)};
    if (const auto* partition = broker.partitions().get(offsets)) {
        const auto* entry = partition->producerState().find(request.producerId);
        if (entry && entry->currentTxnFirstOffset && entry->epoch == request.producerEpoch) return ErrorCode::None;
    }
    const ErrorCode e =
        broker.transactions().verifyPartition(request.transactionalId, request.producerId, request.producerEpoch, offsets);
    switch (e) {
    // A stale epoch, as the producer state of __consumer_offsets would report it.
    case ErrorCode::ProducerFenced: return ErrorCode::InvalidProducerEpoch;
    // Retriable answers; this one makes clients retry without looking the coordinator up.
    case ErrorCode::ConcurrentTransactions:
    case ErrorCode::CoordinatorNotAvailable:
    case ErrorCode::NotCoordinator: return ErrorCode::CoordinatorLoadInProgress;
    default: return e;
    }
}

} // namespace

asio::awaitable<Response> txnOffsetCommit(RequestContext& ctx) {
    const auto request = ctx.decode<TxnOffsetCommitRequest>();
    TxnOffsetCommitResponse response;
    for (const auto& t : request.topics) {
        auto& out = response.topics.emplace_back();
        out.name = t.name;
        for (const auto& p : t.partitions) out.partitions.push_back({p.partitionIndex, toWire(ErrorCode::None), {}});
    }
    // Clients before 2.0 crash on COORDINATOR_LOAD_IN_PROGRESS here (KAFKA-7296).
    const auto finish = [&] {
        if (ctx.version() < 2)
            for (auto& t : response.topics)
                for (auto& p : t.partitions)
                    if (p.errorCode == toWire(ErrorCode::CoordinatorLoadInProgress))
                        p.errorCode = toWire(ErrorCode::CoordinatorNotAvailable);
        return ctx.respond(response);
    };
    std::vector<TxnOffsetCommitResponse::TxnOffsetCommitResponsePartition*> slots;
    group::TxnCommitRequest commit;
    commit.groupId = request.groupId;
    commit.producerId = request.producerId;
    commit.producerEpoch = request.producerEpoch;
    commit.generation = request.generationId;
    commit.memberId = request.memberId;
    commit.instanceId = request.groupInstanceId;
    for (size_t ti = 0; ti < request.topics.size(); ++ti) {
        const auto& t = request.topics[ti];
        const auto* topic = ctx.broker.metadata().find(t.name);
        for (size_t pi = 0; pi < t.partitions.size(); ++pi) {
            const auto& p = t.partitions[pi];
            auto& slot = response.topics[ti].partitions[pi];
            if (!ctx.versionServed()) {
                slot.errorCode = toWire(ErrorCode::UnsupportedVersion);
                continue;
            }
            if (!topic || p.partitionIndex < 0 || p.partitionIndex >= static_cast<int32_t>(topic->partitions.size())) {
                slot.errorCode = toWire(ErrorCode::UnknownTopicOrPartition);
                continue;
            }
            commit.offsets.push_back({{t.name, p.partitionIndex}, p.committedOffset, p.committedLeaderEpoch,
                                      p.committedMetadata});
            slots.push_back(&slot);
        }
    }
    if (slots.empty()) co_return finish();
    std::vector<ErrorCode> errors;
    if (const ErrorCode e = request.groupId.empty() ? ErrorCode::InvalidGroupId : verifyOffsetsPartition(ctx.broker, request);
        e != ErrorCode::None)
        errors.assign(slots.size(), e);
    else
        errors = ctx.broker.groups().commitTxnOffsets(commit);
    for (size_t i = 0; i < errors.size(); ++i) slots[i]->errorCode = toWire(errors[i]);
    co_return finish();
}

} // namespace samsa::server::handlers
