#include "protocol/messages/write_txn_markers.h"
#include "server/broker_core.h"
#include "server/handlers/handlers.h"

namespace samsa::server::handlers {

using protocol::messages::WriteTxnMarkersRequest;
using protocol::messages::WriteTxnMarkersResponse;

// The coordinators of a Kafka cluster send this to partition leaders; here the local
// coordinator writes its markers directly, and this API serves admin tools that end a
// hanging transaction by hand (kafka-transactions.sh abort).
asio::awaitable<Response> writeTxnMarkers(RequestContext& ctx) {
    const auto request = ctx.decode<WriteTxnMarkersRequest>();
    const bool served = ctx.versionServed();
    WriteTxnMarkersResponse response;
    for (const auto& marker : request.markers) {
        auto& result = response.markers.emplace_back();
        result.producerId = marker.producerId;
        const cluster::TxnMarkerSpec spec{marker.producerId, marker.producerEpoch, marker.transactionResult,
                                          marker.coordinatorEpoch};
        for (const auto& topic : marker.topics) {
            auto& t = result.topics.emplace_back();
            t.name = topic.name;
            for (int32_t p : topic.partitionIndexes) {
                const ErrorCode e = served ? ctx.broker.txnMarkers().writeMarker({topic.name, p}, spec)
                                           : ErrorCode::UnsupportedVersion;
                t.partitions.push_back({p, toWire(e), {}});
            }
        }
    }
    co_return ctx.respond(response);
}

} // namespace samsa::server::handlers
