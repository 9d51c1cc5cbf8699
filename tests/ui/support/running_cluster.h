#pragma once

// An in-process local cluster in a temporary folder with a ClusterService on it.
#include "app/cluster_service.h"
#include "app/local_cluster_host.h"
#include "support/widget_test.h"

#include <QTemporaryDir>
#include <QTest>
#include <chrono>
#include <memory>
#include <string>
#include <vector>

namespace samsa::ui::testing {

// Client settings that give up within seconds, for tests that expect a failure well
// inside their time limit.
inline client::ClientConfig shortTimeoutConfig(const QString& bootstrapServers) {
    samsa::app::ClusterProfile profile;
    profile.bootstrapServers = bootstrapServers;
    auto config = samsa::app::clientConfigFor(profile);
    config.connectTimeout = std::chrono::milliseconds(2000);
    config.defaultApiTimeout = std::chrono::milliseconds(10000);
    return config;
}

struct RunningCluster {
    QTemporaryDir dir;
    std::unique_ptr<samsa::app::LocalClusterHost> host;
    std::unique_ptr<samsa::app::ClusterService> service;

    // Starts the broker on a free port; check host->state() afterwards (QTRY inside a
    // helper cannot fail the calling test).
    void start() {
        host = std::make_unique<samsa::app::LocalClusterHost>(dir.filePath(QStringLiteral("local")),
                                                              0);
        host->start();
    }
    // Starts the broker and waits until it runs. A failure fails the calling test, which
    // should stop right after (as the end of init() or initTestCase() does).
    void startAndWait() {
        start();
        QTRY_COMPARE_WITH_TIMEOUT(host->state(), samsa::app::LocalClusterHost::State::Running,
                                  kTimeoutMs);
    }
    // A running, connected cluster with two topics: "orders" (3 partitions) and
    // "payments" (2).
    void startWithTopics() {
        startAndWait();
        if (QTest::currentTestFailed()) return;
        connect();
        QVERIFY(createTopic("orders", 3));
        QVERIFY(createTopic("payments", 2));
    }
    // A service with the settings a user's profile would give.
    void connect() {
        samsa::app::ClusterProfile profile;
        profile.name = QStringLiteral("Local cluster");
        profile.bootstrapServers = host->bootstrapServers();
        connectWith(samsa::app::clientConfigFor(profile));
    }
    void connectWithShortTimeouts() { connectWith(shortTimeoutConfig(host->bootstrapServers())); }
    void connectWith(client::ClientConfig config) {
        service = std::make_unique<samsa::app::ClusterService>(std::move(config),
                                                               QStringLiteral("Local cluster"));
    }
    // Blocks the test thread, which is fine here: the broker and the client run on their
    // own threads.
    bool createTopic(const std::string& name, int partitions) {
        client::NewTopic topic;
        topic.name = name;
        topic.numPartitions = partitions;
        topic.replicationFactor = 1;
        auto result = service->client()->createTopics({topic}).get();
        return result && !result->empty() && !result->front().error;
    }
    // Every topic the broker lists, internal ones included; empty if the call failed.
    std::vector<std::string> topicNames() {
        auto topics = service->client()->listTopics().get();
        std::vector<std::string> names;
        if (topics)
            for (const auto& t : *topics)
                names.push_back(t.name);
        return names;
    }
};

} // namespace samsa::ui::testing
