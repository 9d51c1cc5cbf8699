#include <map>

#include "protocol/messages/describe_transactions.h"
#include "server/broker_core.h"
#include "server/handlers/handlers.h"

namespace samsa::server::handlers {

using protocol::messages::DescribeTransactionsRequest;
using protocol::messages::DescribeTransactionsResponse;

asio::awaitable<Response> describeTransactions(RequestContext& ctx) {
    const auto request = ctx.decode<DescribeTransactionsRequest>();
    const bool served = ctx.versionServed();
    DescribeTransactionsResponse response;
    for (const auto& id : request.transactionalIds) {
        auto& out = response.transactionStates.emplace_back();
        out.transactionalId = id;
        if (!served) {
            out.errorCode = toWire(ErrorCode::UnsupportedVersion);
            continue;
        }
        const auto d = ctx.broker.transactions().describe(id);
        out.errorCode = toWire(d.error);
        if (d.error != ErrorCode::None) continue;
        const auto& m = d.metadata;
        out.transactionState = std::string(txn::stateName(m.state));
        out.transactionTimeoutMs = m.txnTimeoutMs;
        out.transactionStartTimeMs = m.txnStartTimestampMs;
        out.producerId = m.producerId;
        out.producerEpoch = m.producerEpoch;
        std::map<std::string, std::vector<int32_t>> byTopic;
        for (const auto& tp : m.partitions) byTopic[tp.topic].push_back(tp.partition);
        for (auto& [topic, partitions] : byTopic) out.topics.push_back({topic, std::move(partitions), {}});
    }
    co_return ctx.respond(response);
}

} // namespace samsa::server::handlers
