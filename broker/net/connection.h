#pragma once

#include <asio.hpp>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "protocol/wire/types.h"

namespace samsa::net {

using protocol::Bytes;

struct ConnectionInfo {
    uint64_t id = 0;
    std::string peer; // "host:port" of the client
    std::string listenerName;
};

// What the connection hands each complete request frame to. The frame excludes the
// 4-byte size prefix. The returned buffer is a complete response frame, size prefix
// included (the first four bytes); no value means "send nothing" (acks=0 produce).
// A thrown exception closes this connection and nothing else.
using RequestHandler =
    std::function<asio::awaitable<std::optional<Bytes>>(const ConnectionInfo&, Bytes request)>;

struct ConnectionLimits {
    int32_t maxRequestBytes = 104857600;                    // socket.request.max.bytes
    std::chrono::milliseconds idleTimeout{600000};          // connections.max.idle.ms
};

// One client connection: a coroutine reads size-prefixed frames and answers each one
// before reading the next, which keeps responses in request order (Kafka mutes a
// channel while its request is in flight for the same reason). A second coroutine
// closes the socket once it has been idle for longer than the idle timeout.
class Connection : public std::enable_shared_from_this<Connection> {
public:
    Connection(asio::ip::tcp::socket socket, ConnectionInfo info, ConnectionLimits limits,
               RequestHandler handler, std::function<void(uint64_t)> onClosed);

    void start();
    void close();
    const ConnectionInfo& info() const { return m_info; }

private:
    asio::awaitable<void> serve();
    asio::awaitable<void> watchIdle();
    void touch() { m_lastActivity = std::chrono::steady_clock::now(); }

    asio::ip::tcp::socket m_socket;
    asio::steady_timer m_idleTimer;
    ConnectionInfo m_info;
    ConnectionLimits m_limits;
    RequestHandler m_handler;
    std::function<void(uint64_t)> m_onClosed;
    std::chrono::steady_clock::time_point m_lastActivity;
    bool m_closed = false;
};

} // namespace samsa::net
