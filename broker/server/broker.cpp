#include "server/broker.h"

#include <asio.hpp>
#include <future>
#include <thread>

#include "common/log.h"
#include "net/server.h"
#include "server/broker_core.h"
#include "server/dispatcher.h"
#include "server/open_file_limit.h"

namespace samsa::server {

struct Broker::Impl {
    explicit Impl(config::BrokerConfig config)
        : core(io.get_executor(), std::move(config)), dispatcher(core) {}

    asio::io_context io{1};
    BrokerCore core;
    Dispatcher dispatcher;
    std::vector<std::unique_ptr<net::Server>> servers;
    std::thread thread;
    std::optional<asio::executor_work_guard<asio::io_context::executor_type>> work;
    bool running = false;

    // Runs on the event loop thread.
    void startOnLoop() {
        core.start();
        net::ConnectionLimits limits;
        limits.maxRequestBytes = core.config().socketRequestMaxBytes();
        limits.idleTimeout = std::chrono::milliseconds(core.config().connectionsMaxIdleMs());
        for (const auto& listener : core.config().clientListeners()) {
            auto server = std::make_unique<net::Server>(
                io.get_executor(), listener.name, limits,
                [this](const net::ConnectionInfo& c, protocol::Bytes frame) {
                    return dispatcher.dispatch(c, std::move(frame));
                });
            server->listen(listener.host, listener.port);
            if (servers.empty()) core.setBoundPort(server->port());
            log::info("[samsa-broker node {}] listening on {}://{}:{}", core.nodeId(), listener.name,
                      listener.host.empty() ? "0.0.0.0" : listener.host, server->port());
            servers.push_back(std::move(server));
        }
    }

    void stopOnLoop() {
        for (auto& s : servers) s->stop();
        core.stop();
    }
};

Broker::Broker(config::BrokerConfig config) : m_impl(std::make_unique<Impl>(std::move(config))) {}

Broker::~Broker() { stop(); }

void Broker::start() {
    if (m_impl->running) return;
    raiseOpenFileLimit();
    auto& impl = *m_impl;
    std::promise<void> started;
    auto ready = started.get_future();
    impl.work.emplace(impl.io.get_executor());
    impl.thread = std::thread([&impl, &started] {
        try {
            impl.startOnLoop();
            started.set_value();
        } catch (...) {
            started.set_exception(std::current_exception());
            return;
        }
        for (;;) {
            try {
                impl.io.run();
                break;
            } catch (const std::exception& e) {
                // A bug in one handler must not take the node down.
                log::error("event loop error: {}", e.what());
            }
        }
    });
    try {
        ready.get();
    } catch (...) {
        impl.work.reset();
        impl.thread.join();
        impl.servers.clear();
        impl.io.restart();
        throw;
    }
    impl.running = true;
}

void Broker::stop() {
    auto& impl = *m_impl;
    if (!impl.running) return;
    impl.running = false;
    std::promise<void> done;
    auto finished = done.get_future();
    asio::post(impl.io, [&impl, &done] {
        impl.stopOnLoop();
        done.set_value();
    });
    finished.wait();
    impl.work.reset();
    impl.io.stop();
    impl.thread.join();
    impl.servers.clear();
    impl.io.restart();
}

bool Broker::running() const { return m_impl->running; }

uint16_t Broker::port() const { return m_impl->servers.empty() ? 0 : m_impl->servers.front()->port(); }

std::string Broker::bootstrapServers() const {
    return m_impl->core.advertisedHost() + ":" + std::to_string(port());
}

const config::BrokerConfig& Broker::config() const { return m_impl->core.config(); }

} // namespace samsa::server
