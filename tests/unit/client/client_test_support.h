#pragma once

#include <QTemporaryDir>
#include <QtTest>

#include <chrono>
#include <future>
#include <memory>

#include "client/admin_client.h"
#include "common/config/broker_config.h"
#include "server/broker.h"

namespace client_test {

inline std::unique_ptr<samsa::server::Broker> startBroker(const QString& dir, samsa::config::ConfigStrings extra = {}) {
    samsa::config::ConfigStrings values{{"log.dirs", dir.toStdString()}, {"listeners", "PLAINTEXT://127.0.0.1:0"}};
    for (auto& [k, v] : extra) values[k] = v;
    auto cfg = samsa::config::BrokerConfig::create(values, samsa::config::ConfigEnvironment::fromProcess());
    if (!cfg) qFatal("bad config: %s", cfg.error().message.c_str());
    auto broker = std::make_unique<samsa::server::Broker>(std::move(*cfg));
    broker->start();
    return broker;
}

inline samsa::client::ClientConfig clientConfig(uint16_t port) {
    samsa::client::ClientConfig config;
    config.bootstrapServers = {{"127.0.0.1", port}};
    config.clientId = "client-test";
    config.defaultApiTimeout = std::chrono::seconds(20);
    return config;
}

// Waits for a call; a call that never completes is a bug the test must report, so the
// wait is bounded well past every client timeout.
template <typename T>
samsa::client::Result<T> get(std::future<samsa::client::Result<T>> f) {
    if (f.wait_for(std::chrono::seconds(60)) != std::future_status::ready)
        return samsa::client::makeError(samsa::ErrorCode::UnknownServerError, "the call never completed");
    return f.get();
}

} // namespace client_test

#define REQUIRE_OK(result) QVERIFY2((result).ok(), (result) ? "" : (result).error().toString().c_str())
