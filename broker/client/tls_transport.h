#pragma once

#include <asio.hpp>
#include <asio/ssl.hpp>
#include <memory>

#include "client/transport.h"

namespace samsa::client {

class TlsContext {
public:
    static Result<std::shared_ptr<TlsContext>> create(const TlsConfig& config);
    asio::ssl::context& context() { return m_context; }
    const TlsConfig& config() const { return m_config; }

private:
    explicit TlsContext(TlsConfig config);
    asio::ssl::context m_context;
    TlsConfig m_config;
};

// Runs the TLS handshake over a connected socket.
asio::awaitable<Result<std::unique_ptr<Transport>>> tlsHandshake(asio::ip::tcp::socket socket,
                                                                 TlsContext& tls, const HostPort& address,
                                                                 int32_t nodeId, Clock::time_point deadline,
                                                                 StepReport& step);

} // namespace samsa::client
