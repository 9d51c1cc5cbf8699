#include "protocol/messages/init_producer_id.h"
#include "server/broker_core.h"
#include "server/handlers/handlers.h"
#include "server/handlers/txn_errors.h"

namespace samsa::server::handlers {

using protocol::messages::InitProducerIdRequest;
using protocol::messages::InitProducerIdResponse;

asio::awaitable<Response> initProducerId(RequestContext& ctx) {
    const auto request = ctx.decode<InitProducerIdRequest>();
    InitProducerIdResponse response;
    const auto fail = [&](ErrorCode e) {
        response.errorCode = toWire(e);
        response.producerId = -1;
        response.producerEpoch = -1;
        return ctx.respond(response);
    };
    if (!ctx.versionServed()) co_return fail(ErrorCode::UnsupportedVersion);

    // v3+ may name the producer being re-initialised (KIP-360): both or neither.
    std::optional<txn::ProducerIdAndEpoch> expected;
    const bool hasId = request.producerId != -1;
    const bool hasEpoch = request.producerEpoch != -1;
    if (hasId != hasEpoch) co_return fail(ErrorCode::InvalidRequest);
    if (hasId) expected = txn::ProducerIdAndEpoch{request.producerId, request.producerEpoch};

    const auto result =
        ctx.broker.transactions().initProducerId(request.transactionalId, request.transactionTimeoutMs, expected);
    if (result.error != ErrorCode::None) co_return fail(fencedErrorFor(result.error, ctx.version(), 4));
    response.producerId = result.producerId;
    response.producerEpoch = result.producerEpoch;
    co_return ctx.respond(response);
}

} // namespace samsa::server::handlers
