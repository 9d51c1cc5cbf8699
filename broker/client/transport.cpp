#include "client/transport.h"

#include "client/tls_transport.h"

namespace samsa::client {

std::chrono::milliseconds elapsedSince(Clock::time_point start) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start);
}

DeadlineGuard::DeadlineGuard(const asio::any_io_executor& ex, Clock::time_point deadline,
                             std::function<void()> onExpire)
    : m_timer(ex, deadline) {
    m_timer.async_wait([state = m_state, onExpire = std::move(onExpire)](const asio::error_code& ec) {
        // The guard may be gone while an expiry is already queued: `armed` says so.
        if (ec || !state->armed) return;
        state->expired = true;
        onExpire();
    });
}

DeadlineGuard::~DeadlineGuard() {
    m_state->armed = false;
    m_timer.cancel();
}

namespace {

class TcpTransport final : public Transport {
public:
    explicit TcpTransport(asio::ip::tcp::socket socket) : m_socket(std::move(socket)) {}

    asio::awaitable<void> write(std::span<const uint8_t> data) override {
        co_await asio::async_write(m_socket, asio::buffer(data.data(), data.size()), asio::use_awaitable);
    }
    asio::awaitable<void> read(std::span<uint8_t> data) override {
        co_await asio::async_read(m_socket, asio::buffer(data.data(), data.size()), asio::use_awaitable);
    }
    void close() override {
        asio::error_code ec;
        m_socket.shutdown(asio::ip::tcp::socket::shutdown_both, ec);
        m_socket.close(ec);
    }

private:
    asio::ip::tcp::socket m_socket;
};

ClientError stepError(const StepReport& step, ErrorCode code, int32_t nodeId, const HostPort& address) {
    return makeError(code, std::string(stepName(step.step)) + " " + address.toString() + " failed: " + step.detail,
                     nodeId, step.step);
}

} // namespace

TransportFactory::~TransportFactory() = default;

Result<std::shared_ptr<TransportFactory>> TransportFactory::create(const ClientConfig& config) {
    std::shared_ptr<TransportFactory> factory(new TransportFactory());
    if (config.usesTls()) {
        auto tls = TlsContext::create(config.tls);
        if (!tls) return tls.error();
        factory->m_tls = std::move(*tls);
    }
    return factory;
}

asio::awaitable<Result<std::unique_ptr<Transport>>> TransportFactory::open(const HostPort& address, int32_t nodeId,
                                                                           Clock::time_point deadline,
                                                                           std::vector<StepReport>& steps) const {
    auto ex = co_await asio::this_coro::executor;

    // Resolve.
    StepReport& resolveStep = steps.emplace_back(StepReport{Step::Resolve, false, {}, {}});
    auto start = Clock::now();
    asio::ip::tcp::resolver resolver(ex);
    asio::error_code ec;
    asio::ip::tcp::resolver::results_type endpoints;
    {
        DeadlineGuard guard(ex, deadline, [&resolver] { resolver.cancel(); });
        endpoints = co_await resolver.async_resolve(address.host, std::to_string(address.port),
                                                    asio::redirect_error(asio::use_awaitable, ec));
        resolveStep.elapsed = elapsedSince(start);
        if (guard.expired()) {
            resolveStep.detail = "timed out";
            co_return stepError(resolveStep, ErrorCode::RequestTimedOut, nodeId, address);
        }
    }
    if (ec || endpoints.empty()) {
        resolveStep.detail = ec ? ec.message() : "no addresses";
        co_return stepError(resolveStep, ErrorCode::NetworkException, nodeId, address);
    }
    resolveStep.ok = true;
    resolveStep.detail = std::to_string(endpoints.size()) + " address(es)";

    // Connect: every resolved address in turn, all within the one deadline.
    StepReport& connectStep = steps.emplace_back(StepReport{Step::Connect, false, {}, {}});
    start = Clock::now();
    asio::ip::tcp::socket socket(ex);
    asio::ip::tcp::endpoint connected;
    {
        DeadlineGuard guard(ex, deadline, [&socket] {
            asio::error_code ignored;
            socket.close(ignored);
        });
        connected = co_await asio::async_connect(socket, endpoints, asio::redirect_error(asio::use_awaitable, ec));
        connectStep.elapsed = elapsedSince(start);
        if (guard.expired()) {
            connectStep.detail = "timed out";
            co_return stepError(connectStep, ErrorCode::RequestTimedOut, nodeId, address);
        }
    }
    if (ec) {
        connectStep.detail = ec.message();
        co_return stepError(connectStep, ErrorCode::NetworkException, nodeId, address);
    }
    connectStep.ok = true;
    connectStep.detail = connected.address().to_string() + ":" + std::to_string(connected.port());
    socket.set_option(asio::ip::tcp::no_delay(true), ec);

    if (!m_tls) co_return std::unique_ptr<Transport>(std::make_unique<TcpTransport>(std::move(socket)));

    StepReport& tlsStep = steps.emplace_back(StepReport{Step::Tls, false, {}, {}});
    co_return co_await tlsHandshake(std::move(socket), *m_tls, address, nodeId, deadline, tlsStep);
}

} // namespace samsa::client
