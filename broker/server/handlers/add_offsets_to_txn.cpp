#include "cluster/topic_metadata.h"
#include "protocol/messages/add_offsets_to_txn.h"
#include "server/broker_core.h"
#include "server/handlers/handlers.h"
#include "server/handlers/txn_errors.h"

namespace samsa::server::handlers {

using protocol::messages::AddOffsetsToTxnRequest;
using protocol::messages::AddOffsetsToTxnResponse;

// The group's __consumer_offsets partition joins the transaction, so that its commit
// marker makes the offsets committed in the transaction visible.
asio::awaitable<Response> addOffsetsToTxn(RequestContext& ctx) {
    const auto request = ctx.decode<AddOffsetsToTxnRequest>();
    AddOffsetsToTxnResponse response;
    if (!ctx.versionServed()) {
        response.errorCode = toWire(ErrorCode::UnsupportedVersion);
        co_return ctx.respond(response);
    }
    const storage::TopicPartition offsets{std::string(cluster::kConsumerOffsetsTopic),
                                          ctx.broker.groups().partitionFor(request.groupId)};
    const ErrorCode e = ctx.broker.transactions().addPartitions(request.transactionalId, request.producerId,
                                                                request.producerEpoch, {offsets});
    response.errorCode = toWire(fencedErrorFor(e, ctx.version(), 2));
    co_return ctx.respond(response);
}

} // namespace samsa::server::handlers
