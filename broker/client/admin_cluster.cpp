// Cluster-wide reads: connection diagnostics, cluster description, topic metadata.
#include <algorithm>

#include "client/admin_ops.h"
#include "client/gather.h"
#include "protocol/messages/describe_cluster.h"
#include "protocol/messages/metadata.h"

namespace samsa::client::ops {

namespace msg = protocol::messages;

int32_t remainingMs(Clock::time_point deadline) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    return static_cast<int32_t>(std::clamp<int64_t>(left, 0, INT32_MAX));
}

std::optional<ClientError> itemError(int16_t code, const std::optional<std::string>& message, int32_t nodeId) {
    if (code == 0) return std::nullopt;
    const auto error = errorFromWire(code);
    return makeError(error, message && !message->empty() ? *message : std::string(errorMessage(error)), nodeId);
}

namespace {

Op<ConnectionTestReport> testOne(NetworkClient& net, HostPort address, int32_t provisionalId,
                                 Clock::time_point deadline) {
    ConnectionTestReport report;
    report.address = address;
    auto conn = net.detachedConnection(address, provisionalId);
    auto opened = co_await conn->ensureOpen(deadline);
    report.steps = conn->lastSteps();
    if (!opened) {
        report.error = opened.error();
        co_return report;
    }
    report.apiVersions = conn->apiVersions().all();

    // A Metadata answer proves the broker serves requests, not just handshakes.
    const auto start = Clock::now();
    msg::MetadataRequest request;
    request.topics.emplace(); // no topics: just the brokers
    request.allowAutoTopicCreation = false;
    auto reply = co_await net.sendOn<msg::MetadataResponse>(*conn, request, deadline);
    StepReport step{Step::Request, bool(reply), elapsedSince(start), {}};
    if (reply) {
        for (const auto& b : reply->body.brokers)
            if (b.host == address.host && b.port == address.port) report.nodeId = b.nodeId;
        step.detail = "Metadata: cluster " + reply->body.clusterId.value_or("?") + ", " +
                      std::to_string(reply->body.brokers.size()) + " broker(s)";
    } else {
        step.detail = reply.error().message;
        report.error = reply.error();
    }
    report.steps.push_back(std::move(step));
    conn->close(makeError(ErrorCode::NetworkException, "connection test finished", provisionalId));
    co_return report;
}

} // namespace

Op<std::vector<ConnectionTestReport>> testConnection(NetworkClient& net, Clock::time_point deadline) {
    std::vector<Op<ConnectionTestReport>> tests;
    const auto& servers = net.config().bootstrapServers;
    for (size_t i = 0; i < servers.size(); ++i)
        tests.push_back(testOne(net, servers[i], -2 - static_cast<int32_t>(i), deadline));
    auto results = co_await gather(std::move(tests));
    std::vector<ConnectionTestReport> reports;
    for (auto& r : results) {
        if (!r) co_return r.error();
        reports.push_back(std::move(*r));
    }
    co_return reports;
}

Op<ClusterDescription> describeCluster(NetworkClient& net, Clock::time_point deadline) {
    msg::DescribeClusterRequest request;
    auto reply = co_await net.retrying(deadline, [&]() -> Op<Reply<msg::DescribeClusterResponse>> {
        co_return co_await net.send<msg::DescribeClusterResponse>(Target::any(), request, deadline);
    });
    if (reply) {
        const auto& body = reply->body;
        if (auto e = itemError(body.errorCode, body.errorMessage, reply->nodeId)) co_return *e;
        ClusterDescription d;
        d.clusterId = body.clusterId;
        d.controllerId = body.controllerId;
        d.viaDescribeCluster = true;
        for (const auto& b : body.brokers) d.brokers.push_back(BrokerNode{b.brokerId, b.host, b.port, b.rack});
        std::sort(d.brokers.begin(), d.brokers.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
        co_return d;
    }
    if (reply.error().code != ErrorCode::UnsupportedVersion) co_return reply.error();

    // Brokers before Kafka 2.8 lack DescribeCluster; Metadata carries the same facts.
    auto md = co_await net.metadata(deadline, true);
    if (!md) co_return md.error();
    ClusterDescription d;
    d.clusterId = (*md)->clusterId;
    d.controllerId = (*md)->controllerId;
    for (const auto& [id, b] : (*md)->brokers) d.brokers.push_back(b);
    co_return d;
}

Op<std::vector<TopicDescription>> describeTopics(NetworkClient& net, std::vector<std::string> topics,
                                                 Clock::time_point deadline) {
    auto md = co_await net.fetchMetadata(topics, deadline);
    if (!md) co_return md.error();
    std::vector<TopicDescription> out;
    if (topics.empty()) {
        for (const auto& [name, t] : (*md)->topics) out.push_back(t);
        co_return out;
    }
    for (const auto& name : topics) {
        auto it = (*md)->topics.find(name);
        if (it != (*md)->topics.end()) {
            out.push_back(it->second);
        } else {
            TopicDescription missing;
            missing.name = name;
            missing.error = ErrorCode::UnknownTopicOrPartition;
            out.push_back(std::move(missing));
        }
    }
    co_return out;
}

} // namespace samsa::client::ops
