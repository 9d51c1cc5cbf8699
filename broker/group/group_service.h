#pragma once

#include <asio.hpp>
#include <memory>
#include <optional>

#include "cluster/controller.h"
#include "cluster/metadata_store.h"
#include "cluster/partition_manager.h"
#include "common/config/broker_config.h"
#include "group/group_coordinator.h"
#include "group/partition_group_log.h"

namespace samsa::group {

// The group coordinator as a broker runs it: on __consumer_offsets, on the wall clock,
// with one timer on the event loop that wakes it at its next deadline.
class GroupService {
public:
    GroupService(asio::any_io_executor executor, const config::BrokerConfig& config, cluster::Controller& controller,
                 cluster::MetadataStore& metadata, cluster::PartitionManager& partitions);
    ~GroupService();

    // Loads groups and offsets from __consumer_offsets, if it exists yet.
    void start();
    // Answers parked JoinGroup/SyncGroup requests and stops the timer.
    void stop();

    GroupCoordinator& coordinator() { return *m_coordinator; }

    static int64_t wallClockMs();

private:
    void arm(int64_t deadlineMs);
    void onTimer();

    asio::steady_timer m_timer;
    std::optional<int64_t> m_armedFor;
    std::unique_ptr<PartitionGroupLog> m_log;
    std::unique_ptr<GroupCoordinator> m_coordinator;
    bool m_running = false;
};

} // namespace samsa::group
