#pragma once

#include <asio.hpp>
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>

#include "net/connection.h"

namespace samsa::net {

// Accepts TCP connections on one listener and gives each its own Connection.
// Everything runs on the executor it is given; stop() closes the acceptor and every
// open connection.
class Server {
public:
    Server(asio::any_io_executor executor, std::string listenerName, ConnectionLimits limits,
           RequestHandler handler);
    ~Server();

    // Binds and listens; throws asio::system_error when the address cannot be used.
    void listen(const std::string& host, uint16_t port);
    uint16_t port() const { return m_port; }
    void stop();
    size_t connectionCount() const { return m_connections.size(); }

private:
    asio::awaitable<void> acceptLoop();

    asio::any_io_executor m_executor;
    asio::ip::tcp::acceptor m_acceptor;
    std::string m_listenerName;
    ConnectionLimits m_limits;
    RequestHandler m_handler;
    uint16_t m_port = 0;
    uint64_t m_nextId = 1;
    std::unordered_map<uint64_t, std::shared_ptr<Connection>> m_connections;
};

} // namespace samsa::net
