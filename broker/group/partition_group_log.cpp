#include "group/partition_group_log.h"

#include "cluster/internal_topic.h"
#include "protocol/records/record_batch.h"
#include "txn/producer_state_manager.h"

namespace samsa::group {

namespace records = protocol::records;
using cluster::kConsumerOffsetsTopic;

PartitionGroupLog::PartitionGroupLog(const config::BrokerConfig& config, cluster::Controller& controller,
                                     cluster::MetadataStore& metadata, cluster::PartitionManager& partitions,
                                     std::function<int64_t()> clock)
    : m_config(config), m_controller(controller), m_metadata(metadata), m_partitions(partitions),
      m_clock(std::move(clock)) {}

int32_t PartitionGroupLog::partitionCount() const {
    const auto* topic = m_metadata.find(kConsumerOffsetsTopic);
    return topic ? static_cast<int32_t>(topic->partitions.size()) : 0;
}

void PartitionGroupLog::create() {
    const config::ConfigStrings configs{
        {"cleanup.policy", "compact"},
        {"compression.type", "producer"},
        {"segment.bytes", std::to_string(m_config.offsetsTopicSegmentBytes())},
    };
    m_controller.ensureInternalTopic(kConsumerOffsetsTopic, m_config.offsetsTopicNumPartitions(), configs);
}

std::vector<int32_t> PartitionGroupLog::ledPartitions() const {
    std::vector<int32_t> out;
    if (const auto* topic = m_metadata.find(kConsumerOffsetsTopic))
        for (const auto& p : topic->partitions)
            if (p.leader == m_controller.nodeId()) out.push_back(p.partition);
    return out;
}

LogAppendResult PartitionGroupLog::append(int32_t partition, std::span<const LogRecord> batch,
                                          const std::optional<TxnProducer>& txn) {
    auto* p = m_partitions.get(kConsumerOffsetsTopic, partition);
    if (!p) return {ErrorCode::NotLeaderOrFollower, -1};
    cluster::InternalBatchSpec spec;
    // offsets.topic.compression.codec uses Kafka's codec ids, the same as the batch's.
    const int32_t codec = m_config.offsetsTopicCompressionCodec();
    if (codec >= 0 && codec <= static_cast<int32_t>(records::Compression::Zstd))
        spec.compression = static_cast<records::Compression>(codec);
    if (txn) {
        spec.producerId = txn->producerId;
        spec.producerEpoch = txn->producerEpoch;
        spec.transactional = true;
    }
    std::vector<cluster::InternalRecord> records;
    records.reserve(batch.size());
    for (const auto& r : batch) records.push_back({r.key, r.value});
    const auto appended = cluster::appendInternalRecords(m_partitions, *p, records, spec, m_clock());
    return {appended.error, appended.baseOffset};
}

void PartitionGroupLog::replay(int32_t partition, const ReplayVisitor& visit) {
    auto* p = m_partitions.get(kConsumerOffsetsTopic, partition);
    if (!p) return;
    const size_t chunk = static_cast<size_t>(std::max(m_config.offsetsLoadBufferSize(), 1));
    cluster::forEachInternalBatch(*p, chunk, [&](const records::BatchHeader& header, std::span<const uint8_t> bytes) {
        if (header.isControl()) {
            if (const auto marker = txn::readTxnMarker(bytes))
                visit.marker(header.producerId, marker->type == records::ControlRecordType::Commit);
            return;
        }
        std::optional<int64_t> producer;
        if (header.isTransactional()) producer = header.producerId;
        const auto batch = records::BatchReader(bytes);
        auto reader = batch.records();
        records::RecordView record;
        while (reader.next(record))
            if (record.key) visit.record({header.baseOffset, producer, *record.key, record.value});
    });
}

} // namespace samsa::group
