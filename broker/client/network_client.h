#pragma once

#include <asio.hpp>
#include <future>
#include <map>
#include <memory>
#include <thread>

#include "client/admin_types.h"
#include "client/broker_connection.h"
#include "client/client_config.h"
#include "client/cluster_metadata.h"
#include "client/codec.h"
#include "client/transport.h"

namespace samsa::client {

// Where a request goes.
struct Target {
    enum class Kind { AnyNode, Controller, Node };
    Kind kind = Kind::AnyNode;
    int32_t nodeId = -1;
    static Target any() { return {}; }
    static Target controller() { return {Kind::Controller, -1}; }
    static Target node(int32_t id) { return {Kind::Node, id}; }
};

template <typename Response>
struct Reply {
    Response body;
    int16_t version = 0;
    int32_t nodeId = -1;
};

// Errors after which the same request may succeed once metadata is refreshed: leadership
// or the controller moved, a coordinator is still loading, a connection dropped.
bool shouldRetry(const ClientError& error);

// The machinery under the admin operations: the io_context thread, one connection per
// node, the metadata cache, routing and retries. Everything but start() runs on the
// client thread.
class NetworkClient {
public:
    NetworkClient(ClientConfig config, std::shared_ptr<const TransportFactory> transports);
    ~NetworkClient();
    NetworkClient(const NetworkClient&) = delete;
    NetworkClient& operator=(const NetworkClient&) = delete;

    const ClientConfig& config() const { return m_config; }
    asio::any_io_executor executor() { return m_io.get_executor(); }
    Clock::time_point deadlineFor(const CallOptions& options) const;

    // Runs `op` on the client thread. Its result goes to `done` (on the client thread)
    // and then to the returned future. An operation still running when the client is
    // destroyed ends with NETWORK_EXCEPTION.
    // A cancelled `cancellation` completes the call at once; the operation itself runs on
    // to its deadline in the background and its result is dropped.
    template <typename T, typename Op>
    std::future<Result<T>> start(Op op, Callback<T> done, std::shared_ptr<Cancellation> cancellation = {}) {
        auto call = std::make_shared<Call<T>>();
        call->done = std::move(done);
        auto future = call->promise.get_future();
        const uint64_t id = registerCall([call](const ClientError& e) { call->complete(e); });
        if (cancellation) {
            // Subscribed on the client thread, where `call` lives; queued before the
            // operation, so it is in place before the operation can finish.
            asio::post(m_io, [this, call, cancellation = std::move(cancellation)] {
                if (call->completed) return; // a handler left behind could outlive the client
                call->cancellation = cancellation;
                call->subscription = cancellation->subscribe(
                    [this, call] { asio::post(m_io, [call] { call->complete(cancelledError()); }); });
            });
        }
        // The coroutine returns nothing so Result<T> needs no default constructor
        // (co_spawn's value path wants one).
        asio::co_spawn(
            m_io,
            [this, op = std::move(op), call, id]() mutable -> asio::awaitable<void> {
                auto result = co_await op();
                unregisterCall(id);
                call->complete(std::move(result));
            },
            [this, call, id](std::exception_ptr e) {
                if (!e) return;
                unregisterCall(id);
                call->complete(makeError(ErrorCode::UnknownServerError, describeException(e)));
            });
        return future;
    }

    // Sends `request` to `target` at the highest version both sides support, at least
    // `minVersion`.
    // `maxVersion` caps it below our newest, for requests whose newer versions need
    // something the caller lacks (a topic id).
    template <typename Response, typename Request>
    asio::awaitable<Result<Reply<Response>>> send(Target target, const Request& request, Clock::time_point deadline,
                                                  int16_t minVersion = Request::kMinVersion,
                                                  int16_t maxVersion = Request::kMaxVersion) {
        auto conn = co_await connectionTo(target, deadline);
        if (!conn) co_return conn.error();
        co_return co_await sendOn<Response>(**conn, request, deadline, minVersion, maxVersion);
    }

    // Sends `request` on this connection, which must be open.
    template <typename Response, typename Request>
    asio::awaitable<Result<Reply<Response>>> sendOn(BrokerConnection& conn, const Request& request,
                                                    Clock::time_point deadline,
                                                    int16_t minVersion = Request::kMinVersion,
                                                    int16_t maxVersion = Request::kMaxVersion) {
        auto self = conn.shared_from_this();
        const int32_t nodeId = conn.nodeId();
        auto version = pickVersion<Request>(conn, minVersion, maxVersion);
        if (!version) co_return version.error();
        const int16_t v = *version;
        auto body = co_await conn.roundTrip(
            Request::kApiKey, v, [&](protocol::Writer& w) { request.encode(w, v); }, deadline);
        if (!body) co_return body.error();
        auto decoded = decodeResponse<Response>(*body, v, nodeId);
        if (!decoded) co_return decoded.error();
        co_return Reply<Response>{std::move(*decoded), v, nodeId};
    }

    // Sends a request the broker does not answer (a Produce with acks=0). Done once the
    // request is queued on an open connection; returns the version used.
    template <typename Request>
    asio::awaitable<Result<int16_t>> sendWithoutResponse(Target target, const Request& request,
                                                         Clock::time_point deadline,
                                                         int16_t minVersion = Request::kMinVersion) {
        auto conn = co_await connectionTo(target, deadline);
        if (!conn) co_return conn.error();
        auto version = pickVersion<Request>(**conn, minVersion, Request::kMaxVersion);
        if (!version) co_return version.error();
        const int16_t v = *version;
        auto queued = (*conn)->sendWithoutResponse(Request::kApiKey, v, [&](protocol::Writer& w) { request.encode(w, v); });
        if (!queued) co_return queued.error();
        co_return v;
    }

    // Runs `attempt` until it succeeds, fails for good, runs out of retries or the
    // deadline passes; between tries it waits (exponential backoff) and drops the
    // metadata so routing starts afresh.
    template <typename Attempt>
    auto retrying(Clock::time_point deadline, Attempt attempt) -> decltype(attempt()) {
        for (int n = 0;; ++n) {
            auto result = co_await attempt();
            if (result || !shouldRetry(result.error())) co_return result;
            if (!co_await backoff(n, deadline)) co_return result;
            invalidateMetadata();
        }
    }

    // The cached metadata, refreshed when older than metadata.max.age or `force`.
    asio::awaitable<Result<std::shared_ptr<const ClusterMetadata>>> metadata(Clock::time_point deadline,
                                                                             bool force = false);
    // Metadata for just these topics (empty: every topic); also refreshes the cache.
    asio::awaitable<Result<std::shared_ptr<const ClusterMetadata>>> fetchMetadata(
        const std::vector<std::string>& topics, Clock::time_point deadline);
    void invalidateMetadata() { m_metadataStale = true; }

    // The node coordinating `groupId` (FindCoordinator, cached until forgotten).
    asio::awaitable<Result<int32_t>> coordinatorFor(const std::string& groupId, Clock::time_point deadline);
    // Drops a cached coordinator after NOT_COORDINATOR or a lost connection.
    void forgetCoordinator(const std::string& groupId) { m_coordinators.erase(groupId); }

    asio::awaitable<Result<std::shared_ptr<BrokerConnection>>> connectionTo(Target target,
                                                                            Clock::time_point deadline);
    // Opens a fresh connection that is not pooled, for diagnostics.
    std::shared_ptr<BrokerConnection> detachedConnection(const HostPort& address, int32_t nodeId);

    // Waits before retry `attempt`; false when retries or time are exhausted.
    asio::awaitable<bool> backoff(int attempt, Clock::time_point deadline);

private:
    template <typename T>
    struct Call {
        std::promise<Result<T>> promise;
        Callback<T> done;
        std::shared_ptr<Cancellation> cancellation;
        uint64_t subscription = 0;
        bool completed = false;
        void complete(Result<T> r) {
            if (completed) return;
            completed = true;
            if (cancellation) cancellation->unsubscribe(subscription);
            if (done) done(r);
            promise.set_value(std::move(r));
        }
    };

    template <typename Request>
    Result<int16_t> pickVersion(const BrokerConnection& conn, int16_t minVersion, int16_t maxVersion) const {
        int16_t ourMax = std::min(Request::kMaxVersion, maxVersion);
        if (auto cap = m_config.maxApiVersions.find(Request::kApiKey); cap != m_config.maxApiVersions.end())
            ourMax = std::min(ourMax, cap->second);
        auto version = conn.apiVersions().pick(Request::kApiKey, minVersion, ourMax);
        if (!version)
            return makeError(ErrorCode::UnsupportedVersion,
                             std::string(Request::kName) + " (v" + std::to_string(minVersion) +
                                 "+) is not supported by the broker",
                             conn.nodeId());
        return *version;
    }

    uint64_t registerCall(std::function<void(const ClientError&)> abort);
    void unregisterCall(uint64_t id);
    static std::string describeException(std::exception_ptr e);

    std::shared_ptr<BrokerConnection> pooled(int32_t nodeId, const HostPort& address);
    asio::awaitable<Result<std::shared_ptr<BrokerConnection>>> anyConnection(Clock::time_point deadline);

    asio::io_context m_io;
    ClientConfig m_config;
    std::shared_ptr<const TransportFactory> m_transports;
    std::map<int32_t, std::shared_ptr<BrokerConnection>> m_connections; // bootstrap entries use ids < -1
    std::shared_ptr<const ClusterMetadata> m_metadata;
    bool m_metadataStale = true;
    size_t m_nextBootstrap = 0;
    std::map<std::string, int32_t> m_coordinators; // group id -> node

    std::mutex m_callsMutex; // start() runs on caller threads
    uint64_t m_nextCallId = 1;
    std::map<uint64_t, std::function<void(const ClientError&)>> m_calls;

    asio::executor_work_guard<asio::io_context::executor_type> m_work;
    std::thread m_thread;
};

} // namespace samsa::client
