#include "net/connection.h"

#include <cstring>

#include "common/log.h"

namespace samsa::net {

Connection::Connection(asio::ip::tcp::socket socket, ConnectionInfo info, ConnectionLimits limits,
                       RequestHandler handler, std::function<void(uint64_t)> onClosed)
    : m_socket(std::move(socket)),
      m_idleTimer(m_socket.get_executor()),
      m_info(std::move(info)),
      m_limits(limits),
      m_handler(std::move(handler)),
      m_onClosed(std::move(onClosed)) {
    asio::error_code ec;
    m_socket.set_option(asio::ip::tcp::no_delay(true), ec);
    touch();
}

void Connection::start() {
    auto self = shared_from_this();
    asio::co_spawn(m_socket.get_executor(), [self]() { return self->serve(); }, asio::detached);
    asio::co_spawn(m_socket.get_executor(), [self]() { return self->watchIdle(); }, asio::detached);
}

void Connection::close() {
    if (m_closed) return;
    m_closed = true;
    asio::error_code ec;
    m_socket.shutdown(asio::ip::tcp::socket::shutdown_both, ec);
    m_socket.close(ec);
    m_idleTimer.cancel();
    if (m_onClosed) m_onClosed(m_info.id);
}

asio::awaitable<void> Connection::serve() {
    auto self = shared_from_this(); // keep alive for the coroutine's lifetime
    try {
        for (;;) {
            uint8_t sizeBytes[4];
            co_await asio::async_read(m_socket, asio::buffer(sizeBytes), asio::use_awaitable);
            touch();
            uint32_t raw;
            std::memcpy(&raw, sizeBytes, 4);
            const int32_t size = static_cast<int32_t>(__builtin_bswap32(raw));
            // A frame must at least hold api key, version and correlation id.
            if (size < 8 || size > m_limits.maxRequestBytes) {
                log::warn("closing connection {} from {}: invalid frame size {}", m_info.id,
                          m_info.peer, size);
                break;
            }
            Bytes frame(static_cast<size_t>(size));
            co_await asio::async_read(m_socket, asio::buffer(frame), asio::use_awaitable);
            touch();
            std::optional<Bytes> response = co_await m_handler(m_info, std::move(frame));
            if (m_closed) break;
            if (response) {
                co_await asio::async_write(m_socket, asio::buffer(*response), asio::use_awaitable);
                touch();
            }
        }
    } catch (const asio::system_error& e) {
        if (e.code() != asio::error::eof && e.code() != asio::error::operation_aborted &&
            e.code() != asio::error::connection_reset)
            log::debug("connection {} from {}: {}", m_info.id, m_info.peer, e.what());
    } catch (const std::exception& e) {
        log::warn("closing connection {} from {}: {}", m_info.id, m_info.peer, e.what());
    }
    close();
}

asio::awaitable<void> Connection::watchIdle() {
    auto self = shared_from_this();
    while (!m_closed) {
        m_idleTimer.expires_at(m_lastActivity + m_limits.idleTimeout);
        asio::error_code ec;
        co_await m_idleTimer.async_wait(asio::redirect_error(asio::use_awaitable, ec));
        if (m_closed) break;
        if (std::chrono::steady_clock::now() - m_lastActivity >= m_limits.idleTimeout) {
            log::info("closing connection {} from {}: idle for longer than connections.max.idle.ms",
                      m_info.id, m_info.peer);
            close();
        }
    }
}

} // namespace samsa::net
