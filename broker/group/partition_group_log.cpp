#include "group/partition_group_log.h"

#include "common/log.h"
#include "protocol/records/record_batch.h"
#include "storage/storage_error.h"

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

ErrorCode PartitionGroupLog::append(int32_t partition, std::span<const LogRecord> batch) {
    auto* p = m_partitions.get(kConsumerOffsetsTopic, partition);
    if (!p) return ErrorCode::NotLeaderOrFollower;
    const int64_t now = m_clock();
    records::BatchSpec spec;
    // offsets.topic.compression.codec uses Kafka's codec ids, the same as the batch's.
    const int32_t codec = m_config.offsetsTopicCompressionCodec();
    if (codec >= 0 && codec <= static_cast<int32_t>(records::Compression::Zstd))
        spec.compression = static_cast<records::Compression>(codec);
    records::BatchBuilder builder(spec);
    for (const auto& r : batch) {
        std::optional<records::ByteView> value;
        if (r.value) value = records::ByteView(*r.value);
        builder.append(now, records::ByteView(r.key), value);
    }
    Bytes bytes = builder.build();
    try {
        const auto info = m_partitions.append(*p, bytes, now);
        if (info.error != ErrorCode::None)
            log::warn("writing {} record(s) to {}-{} failed: {} {}", batch.size(), kConsumerOffsetsTopic, partition,
                      errorName(info.error), info.errorMessage);
        return info.error;
    } catch (const storage::StorageError& e) {
        log::error("writing to {}-{} failed: {}", kConsumerOffsetsTopic, partition, e.what());
        return ErrorCode::KafkaStorageError;
    }
}

void PartitionGroupLog::replay(int32_t partition, const RecordVisitor& visit) {
    auto* p = m_partitions.get(kConsumerOffsetsTopic, partition);
    if (!p) return;
    const size_t chunk = static_cast<size_t>(std::max(m_config.offsetsLoadBufferSize(), 1));
    int64_t offset = p->logStartOffset();
    const int64_t end = p->highWatermark();
    while (offset < end) {
        auto read = p->read(offset, chunk, true, cluster::IsolationLevel::ReadUncommitted);
        if (read.error != ErrorCode::None || read.records.empty()) break;
        records::ByteView rest(read.records);
        while (rest.size() >= records::kBatchHeaderSize) {
            const auto header = records::parseBatchHeader(rest);
            const size_t size = header.totalSize();
            if (size > rest.size()) break;
            // Only plain commits are state yet: offsets committed inside a transaction
            // count once its commit marker follows, which the transaction coordinator
            // will resolve.
            if (!header.isControl() && !header.isTransactional()) {
                const auto batch = records::BatchReader(rest.first(size));
                auto reader = batch.records();
                records::RecordView record;
                while (reader.next(record))
                    if (record.key) visit(*record.key, record.value);
            }
            offset = header.lastOffset() + 1;
            rest = rest.subspan(size);
        }
        if (read.lastOffset >= 0) offset = std::max(offset, read.lastOffset + 1);
    }
}

} // namespace samsa::group
