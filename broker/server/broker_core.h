#pragma once

#include <asio.hpp>
#include <memory>

#include "cluster/controller.h"
#include "cluster/metadata_store.h"
#include "cluster/partition_manager.h"
#include "common/config/broker_config.h"
#include "group/group_service.h"
#include "storage/log_manager.h"
#include "txn/txn_service.h"

namespace samsa::server {

// The services of one broker node, as handlers see them. Lives on the node's event
// loop thread; nothing here is locked because nothing else touches it.
class BrokerCore {
public:
    BrokerCore(asio::any_io_executor executor, config::BrokerConfig config);
    ~BrokerCore();

    // Loads logs and metadata (recovering after an unclean stop) and starts the
    // background tasks: retention, flush and checkpoints.
    void start();
    // Stops the tasks and closes every log cleanly (writes the clean-shutdown marker).
    void stop();

    asio::any_io_executor executor() const { return m_executor; }
    const config::BrokerConfig& config() const { return m_config; }
    int32_t nodeId() const { return m_config.nodeId(); }
    const std::string& clusterId() const { return m_clusterId; }
    // Host and port clients should use to reach this node (advertised listener).
    std::string advertisedHost() const;
    uint16_t advertisedPort() const;
    void setBoundPort(uint16_t port) { m_boundPort = port; }

    // False once stop() began: a request that was parked (a long-poll fetch) and wakes
    // after that must not touch the partitions, which are gone.
    bool running() const { return m_started; }

    cluster::MetadataStore& metadata() { return *m_metadata; }
    cluster::PartitionManager& partitions() { return *m_partitions; }
    cluster::Controller& controller() { return *m_controller; }
    storage::LogManager& logs() { return *m_logs; }
    group::GroupCoordinator& groups() { return m_groups->coordinator(); }
    txn::TransactionCoordinator& transactions() { return m_txns->coordinator(); }
    txn::TxnMarkerWriter& txnMarkers() { return m_txns->markers(); }

    int64_t nowMs() const;

private:
    void scheduleEvery(asio::steady_timer& timer, int64_t intervalMs, void (BrokerCore::*task)());
    void runRetention();
    void runFlush();
    void expireProducers();
    void loadOrCreateClusterId();

    asio::any_io_executor m_executor;
    config::BrokerConfig m_config;
    std::string m_clusterId;
    uint16_t m_boundPort = 0;
    std::unique_ptr<storage::LogManager> m_logs;
    std::unique_ptr<cluster::MetadataStore> m_metadata;
    std::unique_ptr<cluster::PartitionManager> m_partitions;
    std::unique_ptr<cluster::Controller> m_controller;
    std::unique_ptr<group::GroupService> m_groups;
    std::unique_ptr<txn::TxnService> m_txns;
    asio::steady_timer m_retentionTimer;
    asio::steady_timer m_flushTimer;
    asio::steady_timer m_producerExpiryTimer;
    bool m_started = false;
};

} // namespace samsa::server
