#pragma once

// A running local cluster with a service on it, for the overview and brokers tests.
#include "app/cluster_service.h"
#include "app/local_cluster_host.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace samsa::ui::testing {

constexpr int kTimeoutMs = 30000;

struct RunningCluster {
    QTemporaryDir dir;
    std::unique_ptr<samsa::app::LocalClusterHost> host;
    std::unique_ptr<samsa::app::ClusterService> service;

    // Starts the broker; check host->state() afterwards (QTRY inside a helper cannot fail
    // the calling test).
    void start() {
        host = std::make_unique<samsa::app::LocalClusterHost>(dir.filePath(QStringLiteral("local")),
                                                              0);
        host->start();
    }
    void connect() {
        samsa::app::ClusterProfile profile;
        profile.name = QStringLiteral("Local cluster");
        profile.bootstrapServers = host->bootstrapServers();
        service = std::make_unique<samsa::app::ClusterService>(samsa::app::clientConfigFor(profile),
                                                               profile.name);
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
};

} // namespace samsa::ui::testing
