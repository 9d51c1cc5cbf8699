#include "protocol/messages/end_txn.h"
#include "server/broker_core.h"
#include "server/handlers/handlers.h"
#include "server/handlers/txn_errors.h"

namespace samsa::server::handlers {

using protocol::messages::EndTxnRequest;
using protocol::messages::EndTxnResponse;

asio::awaitable<Response> endTxn(RequestContext& ctx) {
    const auto request = ctx.decode<EndTxnRequest>();
    EndTxnResponse response;
    if (!ctx.versionServed()) {
        response.errorCode = toWire(ErrorCode::UnsupportedVersion);
        co_return ctx.respond(response);
    }
    const ErrorCode e = ctx.broker.transactions().endTransaction(request.transactionalId, request.producerId,
                                                                 request.producerEpoch, request.committed);
    response.errorCode = toWire(fencedErrorFor(e, ctx.version(), 2));
    co_return ctx.respond(response);
}

} // namespace samsa::server::handlers
