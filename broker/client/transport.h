#pragma once

#include <asio.hpp>
#include <chrono>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "client/client_config.h"
#include "client/result.h"

namespace samsa::client {

// A byte stream to one broker. Plain TCP and TLS look the same to the connection above,
// which frames requests and runs SASL on top without knowing what carries the bytes.
// Reads and writes throw asio::system_error; close() makes pending ones fail.
class Transport {
public:
    virtual ~Transport() = default;
    virtual asio::awaitable<void> write(std::span<const uint8_t> data) = 0;
    virtual asio::awaitable<void> read(std::span<uint8_t> data) = 0;
    virtual void close() = 0;
};

class TlsContext; // owns the OpenSSL context; defined in tls_transport.h

// Opens transports as the configuration says: resolve, TCP connect and, for SSL and
// SASL_SSL, the TLS handshake. Each step is appended to `steps`; a failure names the
// step. Everything happens before `deadline` or fails with REQUEST_TIMED_OUT.
class TransportFactory {
public:
    // Fails if the TLS material (CA, certificate, key) cannot be loaded.
    static Result<std::shared_ptr<TransportFactory>> create(const ClientConfig& config);
    ~TransportFactory();

    asio::awaitable<Result<std::unique_ptr<Transport>>> open(const HostPort& address, int32_t nodeId,
                                                             Clock::time_point deadline,
                                                             std::vector<StepReport>& steps) const;

private:
    TransportFactory() = default;
    std::shared_ptr<TlsContext> m_tls; // null for plaintext
};

// Runs `onExpire` once if the deadline passes while the guard is alive. Used to abort
// an asio operation (cancel a resolver, close a socket) that has no timeout of its own.
class DeadlineGuard {
public:
    DeadlineGuard(const asio::any_io_executor& ex, Clock::time_point deadline, std::function<void()> onExpire);
    ~DeadlineGuard();
    DeadlineGuard(const DeadlineGuard&) = delete;
    DeadlineGuard& operator=(const DeadlineGuard&) = delete;
    bool expired() const { return m_state->expired; }

private:
    struct State {
        bool armed = true;
        bool expired = false;
    };
    std::shared_ptr<State> m_state = std::make_shared<State>();
    asio::steady_timer m_timer;
};

std::chrono::milliseconds elapsedSince(Clock::time_point start);

} // namespace samsa::client
