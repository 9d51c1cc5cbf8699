#pragma once

#include <asio.hpp>

#include "net/connection.h"
#include "server/request_context.h"

namespace samsa::server {

// Turns a request frame into a response: decodes the header, finds the API's handler,
// checks the version and runs the handler. An unknown API key or a body that does not
// decode throws, which closes that one connection.
class Dispatcher {
public:
    explicit Dispatcher(BrokerCore& broker) : m_broker(broker) {}

    asio::awaitable<Response> dispatch(const net::ConnectionInfo& connection, protocol::Bytes frame);

private:
    BrokerCore& m_broker;
};

// The handler for an API key, or nullptr when the broker does not implement it.
Handler findHandler(int16_t apiKey);

} // namespace samsa::server
