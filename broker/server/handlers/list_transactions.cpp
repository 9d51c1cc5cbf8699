#include "protocol/messages/list_transactions.h"
#include "server/broker_core.h"
#include "server/handlers/handlers.h"

namespace samsa::server::handlers {

using protocol::messages::ListTransactionsRequest;
using protocol::messages::ListTransactionsResponse;

asio::awaitable<Response> listTransactions(RequestContext& ctx) {
    const auto request = ctx.decode<ListTransactionsRequest>();
    ListTransactionsResponse response;
    if (!ctx.versionServed()) {
        response.errorCode = toWire(ErrorCode::UnsupportedVersion);
        co_return ctx.respond(response);
    }
    txn::ListTransactionsFilter filter;
    // State names Kafka does not know are reported back rather than failing the request.
    bool unknownOnly = !request.stateFilters.empty();
    for (const auto& name : request.stateFilters) {
        if (const auto state = txn::parseStateName(name)) {
            filter.states.push_back(*state);
            unknownOnly = false;
        } else {
            response.unknownStateFilters.push_back(name);
        }
    }
    filter.producerIds = request.producerIdFilters;
    filter.minDurationMs = request.durationFilter;
    // A filter made only of unknown states matches nothing.
    if (!unknownOnly)
        for (const auto& t : ctx.broker.transactions().listTransactions(filter))
            response.transactionStates.push_back({t.transactionalId, t.producerId, std::string(txn::stateName(t.state)), {}});
    co_return ctx.respond(response);
}

} // namespace samsa::server::handlers
