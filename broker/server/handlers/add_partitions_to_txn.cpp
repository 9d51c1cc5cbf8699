#include "cluster/topic_metadata.h"
#include "protocol/messages/add_partitions_to_txn.h"
#include "server/broker_core.h"
#include "server/handlers/handlers.h"
#include "server/handlers/txn_errors.h"

namespace samsa::server::handlers {

using protocol::messages::AddPartitionsToTxnRequest;
using protocol::messages::AddPartitionsToTxnResponse;
using TopicResult = AddPartitionsToTxnResponse::AddPartitionsToTxnTopicResult;

namespace {

// Why a partition cannot join a transaction before the coordinator is asked, if it cannot.
ErrorCode partitionProblem(BrokerCore& broker, const std::string& topic, int32_t partition) {
    // Internal topics join only through AddOffsetsToTxn; Kafka answers as if the caller
    // lacked permission to write them.
    if (cluster::isInternalTopic(topic)) return ErrorCode::TopicAuthorizationFailed;
    const auto* meta = broker.metadata().find(topic);
    if (!meta || partition < 0 || partition >= static_cast<int32_t>(meta->partitions.size()))
        return ErrorCode::UnknownTopicOrPartition;
    return ErrorCode::None;
}

} // namespace

asio::awaitable<Response> addPartitionsToTxn(RequestContext& ctx) {
    const auto request = ctx.decode<AddPartitionsToTxnRequest>();
    AddPartitionsToTxnResponse response;
    // Fills every partition's answer from `errorOf`.
    const auto answer = [&](auto&& errorOf) {
        for (const auto& t : request.v3AndBelowTopics) {
            TopicResult& out = response.resultsByTopicV3AndBelow.emplace_back();
            out.name = t.name;
            for (int32_t p : t.partitions) out.resultsByPartition.push_back({p, toWire(errorOf(t.name, p)), {}});
        }
        return ctx.respond(response);
    };
    if (!ctx.versionServed()) co_return answer([](const auto&, int32_t) { return ErrorCode::UnsupportedVersion; });

    std::vector<storage::TopicPartition> partitions;
    bool refused = false;
    for (const auto& t : request.v3AndBelowTopics)
        for (int32_t p : t.partitions) {
            refused |= partitionProblem(ctx.broker, t.name, p) != ErrorCode::None;
            partitions.push_back({t.name, p});
        }
    // One bad partition fails the request; the others were not attempted.
    if (refused)
        co_return answer([&](const std::string& topic, int32_t p) {
            const ErrorCode e = partitionProblem(ctx.broker, topic, p);
            return e == ErrorCode::None ? ErrorCode::OperationNotAttempted : e;
        });

    const ErrorCode e = fencedErrorFor(
        ctx.broker.transactions().addPartitions(request.v3AndBelowTransactionalId, request.v3AndBelowProducerId,
                                                request.v3AndBelowProducerEpoch, partitions),
        ctx.version(), 2);
    co_return answer([e](const auto&, int32_t) { return e; });
}

} // namespace samsa::server::handlers
