#include "net/server.h"

#include "common/log.h"

namespace samsa::net {

Server::Server(asio::any_io_executor executor, std::string listenerName, ConnectionLimits limits,
               RequestHandler handler)
    : m_executor(executor),
      m_acceptor(executor),
      m_listenerName(std::move(listenerName)),
      m_limits(limits),
      m_handler(std::move(handler)) {}

Server::~Server() { stop(); }

void Server::listen(const std::string& host, uint16_t port) {
    asio::ip::tcp::resolver resolver(m_executor);
    auto endpoints = resolver.resolve(host.empty() ? "0.0.0.0" : host, std::to_string(port),
                                      asio::ip::tcp::resolver::passive);
    const asio::ip::tcp::endpoint endpoint = *endpoints.begin();
    m_acceptor.open(endpoint.protocol());
    m_acceptor.set_option(asio::ip::tcp::acceptor::reuse_address(true));
    m_acceptor.bind(endpoint);
    m_acceptor.listen(asio::socket_base::max_listen_connections);
    m_port = m_acceptor.local_endpoint().port();
    asio::co_spawn(m_executor, acceptLoop(), asio::detached);
}

void Server::stop() {
    asio::error_code ec;
    m_acceptor.close(ec);
    // close() calls back into m_connections, so work on a copy.
    auto open = std::move(m_connections);
    m_connections.clear();
    for (auto& [id, conn] : open) conn->close();
}

asio::awaitable<void> Server::acceptLoop() {
    while (m_acceptor.is_open()) {
        asio::error_code ec;
        auto socket = co_await m_acceptor.async_accept(asio::redirect_error(asio::use_awaitable, ec));
        if (ec) {
            if (ec == asio::error::operation_aborted || !m_acceptor.is_open()) break;
            log::warn("accept failed on listener {}: {}", m_listenerName, ec.message());
            continue;
        }
        ConnectionInfo info;
        info.id = m_nextId++;
        info.listenerName = m_listenerName;
        asio::error_code peerEc;
        auto peer = socket.remote_endpoint(peerEc);
        info.peer = peerEc ? "?" : peer.address().to_string() + ":" + std::to_string(peer.port());
        auto conn = std::make_shared<Connection>(std::move(socket), std::move(info), m_limits, m_handler,
                                                 [this](uint64_t id) { m_connections.erase(id); });
        m_connections.emplace(conn->info().id, conn);
        conn->start();
    }
}

} // namespace samsa::net
