#include "client/network_client.h"

#include <algorithm>

#include "common/log.h"
#include "protocol/messages/find_coordinator.h"
#include "protocol/messages/metadata.h"

namespace samsa::client {

namespace msg = protocol::messages;

bool shouldRetry(const ClientError& error) {
    switch (error.code) {
    case ErrorCode::NotController:
    case ErrorCode::NotLeaderOrFollower:
    case ErrorCode::LeaderNotAvailable:
    case ErrorCode::CoordinatorLoadInProgress:
    case ErrorCode::CoordinatorNotAvailable:
    case ErrorCode::NotCoordinator:
    case ErrorCode::NetworkException:
    case ErrorCode::BrokerNotAvailable:
        return true;
    case ErrorCode::RequestTimedOut:
        // Only when the request never reached a broker: a request that timed out on the
        // broker may have taken effect, and repeating a CreateTopics would then fail.
        return error.step != Step::Request;
    default:
        return false;
    }
}

NetworkClient::NetworkClient(ClientConfig config, std::shared_ptr<const TransportFactory> transports)
    : m_config(std::move(config)),
      m_transports(std::move(transports)),
      m_work(asio::make_work_guard(m_io)) {
    m_thread = std::thread([this] {
        for (;;) {
            try {
                m_io.run();
                return;
            } catch (const std::exception& e) {
                // A detached coroutine failed; the rest of the client keeps working.
                log::error("admin client: {}", e.what());
            }
        }
    });
}

NetworkClient::~NetworkClient() {
    std::promise<void> closed;
    asio::post(m_io, [this, &closed] {
        for (auto& [id, c] : m_connections) c->close(makeError(ErrorCode::NetworkException, "client closed", id));
        closed.set_value();
    });
    closed.get_future().wait();
    m_work.reset();
    m_io.stop();
    m_thread.join();
    std::map<uint64_t, std::function<void(const ClientError&)>> calls;
    {
        std::lock_guard lock(m_callsMutex);
        calls.swap(m_calls);
    }
    for (auto& [id, abort] : calls) abort(makeError(ErrorCode::NetworkException, "client closed"));
}

Clock::time_point NetworkClient::deadlineFor(const CallOptions& options) const {
    return Clock::now() + options.timeout.value_or(m_config.defaultApiTimeout);
}

uint64_t NetworkClient::registerCall(std::function<void(const ClientError&)> abort) {
    std::lock_guard lock(m_callsMutex);
    const uint64_t id = m_nextCallId++;
    m_calls.emplace(id, std::move(abort));
    return id;
}

void NetworkClient::unregisterCall(uint64_t id) {
    std::lock_guard lock(m_callsMutex);
    m_calls.erase(id);
}

std::string NetworkClient::describeException(std::exception_ptr e) {
    try {
        std::rethrow_exception(e);
    } catch (const std::exception& ex) {
        return std::string("internal error: ") + ex.what();
    } catch (...) {
        return "internal error";
    }
}

asio::awaitable<bool> NetworkClient::backoff(int attempt, Clock::time_point deadline) {
    if (attempt >= m_config.maxRetries) co_return false;
    auto delay = m_config.retryBackoff * (int64_t(1) << std::min(attempt, 16));
    delay = std::min(delay, m_config.retryBackoffMax);
    if (Clock::now() + delay >= deadline) co_return false;
    asio::steady_timer timer(m_io, delay);
    asio::error_code ec;
    co_await timer.async_wait(asio::redirect_error(asio::use_awaitable, ec));
    co_return true;
}

std::shared_ptr<BrokerConnection> NetworkClient::pooled(int32_t nodeId, const HostPort& address) {
    auto& slot = m_connections[nodeId];
    if (slot && slot->address() != address) {
        // The node moved (new advertised listener): the old connection is useless.
        slot->close(makeError(ErrorCode::NetworkException, "node address changed", nodeId));
        slot.reset();
    }
    if (!slot) slot = std::make_shared<BrokerConnection>(m_io.get_executor(), m_transports, m_config, nodeId, address);
    return slot;
}

std::shared_ptr<BrokerConnection> NetworkClient::detachedConnection(const HostPort& address, int32_t nodeId) {
    return std::make_shared<BrokerConnection>(m_io.get_executor(), m_transports, m_config, nodeId, address);
}

asio::awaitable<Result<std::shared_ptr<BrokerConnection>>> NetworkClient::connectionTo(Target target,
                                                                                       Clock::time_point deadline) {
    if (target.kind == Target::Kind::AnyNode) co_return co_await anyConnection(deadline);

    auto md = co_await metadata(deadline);
    if (!md) co_return md.error();
    int32_t nodeId = target.nodeId;
    if (target.kind == Target::Kind::Controller) {
        nodeId = (*md)->controllerId;
        if (nodeId < 0) co_return makeError(ErrorCode::NotController, "the cluster reports no active controller");
    }
    const BrokerNode* node = (*md)->broker(nodeId);
    if (!node) {
        // Perhaps a node that joined since the last refresh.
        md = co_await metadata(deadline, true);
        if (!md) co_return md.error();
        node = (*md)->broker(nodeId);
        if (!node)
            co_return makeError(ErrorCode::BrokerNotAvailable,
                                "node " + std::to_string(nodeId) + " is not in the cluster metadata", nodeId);
    }
    auto conn = pooled(nodeId, HostPort{node->host, static_cast<uint16_t>(node->port)});
    auto opened = co_await conn->ensureOpen(deadline);
    if (!opened) co_return opened.error();
    co_return conn;
}

asio::awaitable<Result<std::shared_ptr<BrokerConnection>>> NetworkClient::anyConnection(Clock::time_point deadline) {
    // An open connection with the fewest requests in flight, preferring known nodes
    // over bootstrap entries.
    std::shared_ptr<BrokerConnection> best;
    for (auto& [id, c] : m_connections) {
        if (!c->isOpen()) continue;
        if (!best || (best->nodeId() < 0 && id >= 0) ||
            ((best->nodeId() < 0) == (id < 0) && c->inFlight() < best->inFlight()))
            best = c;
    }
    if (best) co_return best;

    std::vector<std::pair<int32_t, HostPort>> candidates;
    if (m_metadata && !m_metadata->brokers.empty()) {
        for (const auto& [id, b] : m_metadata->brokers)
            candidates.emplace_back(id, HostPort{b.host, static_cast<uint16_t>(b.port)});
    } else {
        for (size_t i = 0; i < m_config.bootstrapServers.size(); ++i)
            candidates.emplace_back(-2 - static_cast<int32_t>(i), m_config.bootstrapServers[i]);
    }
    if (candidates.empty()) co_return makeError(ErrorCode::BrokerNotAvailable, "no bootstrap servers configured");

    // Rotate the starting point so a dead first server does not delay every call.
    std::optional<ClientError> lastError;
    const size_t first = m_nextBootstrap++ % candidates.size();
    for (size_t k = 0; k < candidates.size(); ++k) {
        const auto& [id, address] = candidates[(first + k) % candidates.size()];
        auto conn = pooled(id, address);
        auto opened = co_await conn->ensureOpen(deadline);
        if (opened) co_return conn;
        lastError = opened.error();
        if (Clock::now() >= deadline) break;
    }
    co_return *lastError;
}

asio::awaitable<Result<std::shared_ptr<const ClusterMetadata>>> NetworkClient::metadata(Clock::time_point deadline,
                                                                                        bool force) {
    if (!force && !m_metadataStale && m_metadata && Clock::now() - m_metadata->fetchedAt < m_config.metadataMaxAge)
        co_return m_metadata;
    co_return co_await fetchMetadata({}, deadline);
}

asio::awaitable<Result<std::shared_ptr<const ClusterMetadata>>> NetworkClient::fetchMetadata(
    const std::vector<std::string>& topics, Clock::time_point deadline) {
    msg::MetadataRequest request;
    request.allowAutoTopicCreation = false;
    if (topics.empty()) {
        request.topics.reset(); // every topic (v0 reads the empty list the same way)
    } else {
        request.topics.emplace();
        for (const auto& t : topics) {
            msg::MetadataRequest::MetadataRequestTopic rt;
            rt.name = t;
            request.topics->push_back(std::move(rt));
        }
    }
    auto reply = co_await retrying(deadline, [&]() -> asio::awaitable<Result<Reply<msg::MetadataResponse>>> {
        co_return co_await send<msg::MetadataResponse>(Target::any(), request, deadline);
    });
    if (!reply) co_return reply.error();
    auto fresh = std::make_shared<ClusterMetadata>(ClusterMetadata::fromResponse(reply->body));
    if (topics.empty()) {
        m_metadata = fresh;
        m_metadataStale = false;
    } else {
        // Keep what the cache knew about other topics; nodes and controller are new.
        auto merged = std::make_shared<ClusterMetadata>(*fresh);
        if (m_metadata) {
            merged->fetchedAt = m_metadata->fetchedAt;
            for (const auto& [name, t] : m_metadata->topics) merged->topics.try_emplace(name, t);
        }
        m_metadata = merged;
    }
    co_return std::shared_ptr<const ClusterMetadata>(fresh);
}

asio::awaitable<Result<int32_t>> NetworkClient::coordinatorFor(const std::string& groupId,
                                                                Clock::time_point deadline) {
    if (auto it = m_coordinators.find(groupId); it != m_coordinators.end()) co_return it->second;
    msg::FindCoordinatorRequest request;
    request.key = groupId;  // up to v3
    request.keyType = 0;    // a consumer group
    request.coordinatorKeys = {groupId}; // v4+
    auto found = co_await retrying(deadline, [&]() -> asio::awaitable<Result<int32_t>> {
        auto reply = co_await send<msg::FindCoordinatorResponse>(Target::any(), request, deadline);
        if (!reply) co_return reply.error();
        const auto& body = reply->body;
        int16_t code = body.errorCode;
        std::optional<std::string> message = body.errorMessage;
        int32_t node = body.nodeId;
        if (reply->version >= 4) {
            if (body.coordinators.empty())
                co_return makeError(ErrorCode::CoordinatorNotAvailable, "no coordinator in the answer", reply->nodeId);
            code = body.coordinators.front().errorCode;
            message = body.coordinators.front().errorMessage;
            node = body.coordinators.front().nodeId;
        }
        if (code != 0) {
            const auto e = errorFromWire(code);
            co_return makeError(e, "coordinator of group " + groupId + ": " +
                                       message.value_or(std::string(errorMessage(e))),
                                reply->nodeId);
        }
        co_return node;
    });
    if (found) m_coordinators[groupId] = *found;
    co_return found;
}

} // namespace samsa::client
