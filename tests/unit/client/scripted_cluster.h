#pragma once

#include <asio.hpp>

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "protocol/wire/types.h"

// A few Kafka nodes whose answers the test scripts: which node is controller, which
// errors to return next. It speaks just enough of the protocol (ApiVersions, SASL,
// Metadata, CreateTopics) to exercise the client's routing and retries in ways a real
// single-node broker cannot.
class ScriptedCluster {
public:
    explicit ScriptedCluster(int nodes);
    ~ScriptedCluster();

    std::string bootstrap() const; // "127.0.0.1:port" of node 1
    uint16_t port(int node) const { return m_ports.at(size_t(node - 1)); }

    void setController(int node) { m_controller = node; }
    // The next `count` CreateTopics requests, on any node, get this error for every topic.
    void failCreateTopics(int16_t error, int count);

    // What the nodes saw.
    int createTopicsRequests(int node) const;
    std::vector<std::string> saslMechanisms() const;
    std::vector<samsa::protocol::Bytes> saslTokens() const;

private:
    asio::awaitable<std::optional<samsa::protocol::Bytes>> handle(int node, samsa::protocol::Bytes frame);

    asio::io_context m_io;
    std::vector<std::unique_ptr<asio::ip::tcp::acceptor>> m_acceptors;
    std::vector<uint16_t> m_ports;
    std::atomic<int> m_controller{1};
    mutable std::mutex m_mutex;
    std::map<int, int> m_createTopics;
    int16_t m_createError = 0;
    int m_createErrorsLeft = 0;
    std::vector<std::string> m_mechanisms;
    std::vector<samsa::protocol::Bytes> m_tokens;
    std::thread m_thread;
};
