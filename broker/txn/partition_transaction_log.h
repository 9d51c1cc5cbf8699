#pragma once

#include "cluster/controller.h"
#include "cluster/metadata_store.h"
#include "cluster/partition_manager.h"
#include "common/config/broker_config.h"
#include "txn/transaction_log.h"

namespace samsa::txn {

// __transaction_state on this broker's partitions: created on first use with Kafka's
// settings for it (compacted, uncompressed, transaction.state.log.segment.bytes),
// written through the partition layer like any produce, read back on startup.
class PartitionTransactionLog final : public TransactionLog {
public:
    PartitionTransactionLog(const config::BrokerConfig& config, cluster::Controller& controller,
                            cluster::MetadataStore& metadata, cluster::PartitionManager& partitions,
                            std::function<int64_t()> clock);

    int32_t partitionCount() const override;
    void create() override;
    std::vector<int32_t> ledPartitions() const override;
    int32_t coordinatorEpoch(int32_t partition) const override;
    ErrorCode append(int32_t partition, const protocol::Bytes& key, const std::optional<protocol::Bytes>& value) override;
    void replay(int32_t partition, const TransactionRecordVisitor& visit) override;

private:
    const config::BrokerConfig& m_config;
    cluster::Controller& m_controller;
    cluster::MetadataStore& m_metadata;
    cluster::PartitionManager& m_partitions;
    std::function<int64_t()> m_clock;
};

} // namespace samsa::txn
