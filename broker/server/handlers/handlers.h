#pragma once

// One function per Kafka API, each in its own file under handlers/: decode, validate,
// call the service, build the response.

#include "server/request_context.h"

namespace samsa::server::handlers {

asio::awaitable<Response> apiVersions(RequestContext& ctx);
asio::awaitable<Response> metadata(RequestContext& ctx);
asio::awaitable<Response> produce(RequestContext& ctx);
asio::awaitable<Response> fetch(RequestContext& ctx);
asio::awaitable<Response> listOffsets(RequestContext& ctx);
asio::awaitable<Response> createTopics(RequestContext& ctx);
asio::awaitable<Response> deleteTopics(RequestContext& ctx);
asio::awaitable<Response> deleteRecords(RequestContext& ctx);
asio::awaitable<Response> describeConfigs(RequestContext& ctx);
asio::awaitable<Response> alterConfigs(RequestContext& ctx);
asio::awaitable<Response> describeLogDirs(RequestContext& ctx);
asio::awaitable<Response> createPartitions(RequestContext& ctx);
asio::awaitable<Response> incrementalAlterConfigs(RequestContext& ctx);
asio::awaitable<Response> describeCluster(RequestContext& ctx);
asio::awaitable<Response> offsetCommit(RequestContext& ctx);
asio::awaitable<Response> offsetFetch(RequestContext& ctx);
asio::awaitable<Response> findCoordinator(RequestContext& ctx);
asio::awaitable<Response> joinGroup(RequestContext& ctx);
asio::awaitable<Response> heartbeat(RequestContext& ctx);
asio::awaitable<Response> leaveGroup(RequestContext& ctx);
asio::awaitable<Response> syncGroup(RequestContext& ctx);
asio::awaitable<Response> describeGroups(RequestContext& ctx);
asio::awaitable<Response> listGroups(RequestContext& ctx);
asio::awaitable<Response> deleteGroups(RequestContext& ctx);
asio::awaitable<Response> offsetDelete(RequestContext& ctx);
asio::awaitable<Response> initProducerId(RequestContext& ctx);
asio::awaitable<Response> addPartitionsToTxn(RequestContext& ctx);
asio::awaitable<Response> addOffsetsToTxn(RequestContext& ctx);
asio::awaitable<Response> endTxn(RequestContext& ctx);
asio::awaitable<Response> writeTxnMarkers(RequestContext& ctx);
asio::awaitable<Response> txnOffsetCommit(RequestContext& ctx);
asio::awaitable<Response> describeProducers(RequestContext& ctx);
asio::awaitable<Response> describeTransactions(RequestContext& ctx);
asio::awaitable<Response> listTransactions(RequestContext& ctx);

} // namespace samsa::server::handlers
