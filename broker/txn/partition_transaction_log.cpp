#include "txn/partition_transaction_log.h"

#include "cluster/internal_topic.h"
#include "protocol/records/record_batch.h"

namespace samsa::txn {

namespace rec = protocol::records;
using cluster::kTransactionStateTopic;

PartitionTransactionLog::PartitionTransactionLog(const config::BrokerConfig& config, cluster::Controller& controller,
                                                 cluster::MetadataStore& metadata,
                                                 cluster::PartitionManager& partitions, std::function<int64_t()> clock)
    : m_config(config), m_controller(controller), m_metadata(metadata), m_partitions(partitions),
      m_clock(std::move(clock)) {}

int32_t PartitionTransactionLog::partitionCount() const {
    const auto* topic = m_metadata.find(kTransactionStateTopic);
    return topic ? static_cast<int32_t>(topic->partitions.size()) : 0;
}

void PartitionTransactionLog::create() {
    const config::ConfigStrings configs{
        {"cleanup.policy", "compact"},
        {"compression.type", "uncompressed"},
        {"segment.bytes", std::to_string(m_config.transactionStateLogSegmentBytes())},
    };
    m_controller.ensureInternalTopic(kTransactionStateTopic, m_config.transactionStateLogNumPartitions(), configs);
}

std::vector<int32_t> PartitionTransactionLog::ledPartitions() const {
    std::vector<int32_t> out;
    if (const auto* topic = m_metadata.find(kTransactionStateTopic))
        for (const auto& p : topic->partitions)
            if (p.leader == m_controller.nodeId()) out.push_back(p.partition);
    return out;
}

int32_t PartitionTransactionLog::coordinatorEpoch(int32_t partition) const {
    const auto* p = m_partitions.get(kTransactionStateTopic, partition);
    return p ? p->leaderEpoch() : 0;
}

ErrorCode PartitionTransactionLog::append(int32_t partition, const protocol::Bytes& key,
                                          const std::optional<protocol::Bytes>& value) {
    auto* p = m_partitions.get(kTransactionStateTopic, partition);
    if (!p) return ErrorCode::NotLeaderOrFollower;
    const cluster::InternalRecord record{key, value};
    return cluster::appendInternalRecords(m_partitions, *p, std::span(&record, 1), {}, m_clock()).error;
}

void PartitionTransactionLog::replay(int32_t partition, const TransactionRecordVisitor& visit) {
    const auto* p = m_partitions.get(kTransactionStateTopic, partition);
    if (!p) return;
    const size_t chunk = static_cast<size_t>(std::max(m_config.transactionStateLogLoadBufferSize(), 1));
    cluster::forEachInternalBatch(*p, chunk, [&](const rec::BatchHeader& header, std::span<const uint8_t> bytes) {
        if (header.isControl()) return;
        const rec::BatchReader batch(bytes);
        auto reader = batch.records();
        rec::RecordView record;
        while (reader.next(record)) {
            if (!record.key) continue;
            std::optional<std::span<const uint8_t>> value;
            if (record.value) value = *record.value;
            visit(*record.key, value);
        }
    });
}

} // namespace samsa::txn
