#pragma once

#include <functional>

#include "cluster/controller.h"
#include "cluster/metadata_store.h"
#include "cluster/partition_manager.h"
#include "common/config/broker_config.h"
#include "group/group_log.h"

namespace samsa::group {

// __consumer_offsets on this broker's partitions: created on first use with Kafka's
// settings for it (compacted, offsets.topic.segment.bytes), written through the
// partition layer like any produce, read back from the log on startup.
class PartitionGroupLog final : public GroupLog {
public:
    PartitionGroupLog(const config::BrokerConfig& config, cluster::Controller& controller,
                      cluster::MetadataStore& metadata, cluster::PartitionManager& partitions,
                      std::function<int64_t()> clock);

    int32_t partitionCount() const override;
    void create() override;
    std::vector<int32_t> ledPartitions() const override;
    LogAppendResult append(int32_t partition, std::span<const LogRecord> records,
                           const std::optional<TxnProducer>& txn) override;
    void replay(int32_t partition, const ReplayVisitor& visit) override;

private:
    const config::BrokerConfig& m_config;
    cluster::Controller& m_controller;
    cluster::MetadataStore& m_metadata;
    cluster::PartitionManager& m_partitions;
    std::function<int64_t()> m_clock;
};

} // namespace samsa::group
