#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "common/config/broker_config.h"

namespace samsa::server {

// One broker node with its own event loop thread. The samsa-broker program, the
// desktop app and the tests all run the broker through this class; several can run
// in one process on different ports.
class Broker {
public:
    explicit Broker(config::BrokerConfig config);
    ~Broker(); // stops if running
    Broker(const Broker&) = delete;
    Broker& operator=(const Broker&) = delete;

    // Loads the logs, binds the listeners and starts serving. Returns once the broker
    // accepts connections; throws with the reason if it cannot start (port taken,
    // log dir locked, corrupt metadata...).
    void start();
    // Closes every connection and the logs cleanly. Safe to call more than once.
    void stop();
    bool running() const;

    // The port the first listener is bound to (useful with port 0).
    uint16_t port() const;
    std::string bootstrapServers() const; // "host:port"
    const config::BrokerConfig& config() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace samsa::server
