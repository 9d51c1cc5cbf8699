#include "cluster/internal_topic.h"

#include <algorithm>

#include "common/log.h"
#include "protocol/records/record_batch.h"
#include "storage/storage_error.h"

namespace samsa::cluster {

namespace rec = protocol::records;

InternalAppend appendInternalRecords(PartitionManager& partitions, Partition& partition,
                                     std::span<const InternalRecord> records, const InternalBatchSpec& spec,
                                     int64_t nowMs) {
    rec::BatchSpec batch;
    batch.compression = spec.compression;
    batch.producerId = spec.producerId;
    batch.producerEpoch = spec.producerEpoch;
    batch.transactional = spec.transactional;
    // Kafka's coordinators write sequence 0: their batches are checked by epoch only.
    if (spec.producerId != rec::kNoProducerId) batch.baseSequence = 0;
    rec::BatchBuilder builder(batch);
    for (const auto& r : records) {
        std::optional<rec::ByteView> value;
        if (r.value) value = rec::ByteView(*r.value);
        builder.append(nowMs, rec::ByteView(r.key), value);
    }
    protocol::Bytes bytes = builder.build();
    const auto& tp = partition.topicPartition();
    try {
        const auto info = partitions.append(partition, bytes, nowMs, txn::AppendOrigin::Coordinator);
        if (info.error != ErrorCode::None)
            log::warn("writing {} record(s) to {} failed: {} {}", records.size(), tp.dirName(), errorName(info.error),
                      info.errorMessage);
        return {info.error, info.firstOffset};
    } catch (const storage::StorageError& e) {
        log::error("writing to {} failed: {}", tp.dirName(), e.what());
        return {ErrorCode::KafkaStorageError, -1};
    }
}

void forEachInternalBatch(const Partition& partition, size_t chunkBytes,
                          const std::function<void(const rec::BatchHeader&, std::span<const uint8_t>)>& visit) {
    int64_t offset = partition.logStartOffset();
    const int64_t end = partition.highWatermark();
    while (offset < end) {
        auto read = partition.read(offset, std::max<size_t>(chunkBytes, 1), true, IsolationLevel::ReadUncommitted);
        if (read.error != ErrorCode::None || read.records.empty()) break;
        std::span<const uint8_t> rest(read.records);
        while (rest.size() >= rec::kBatchHeaderSize) {
            const auto header = rec::parseBatchHeader(rest);
            const size_t size = header.totalSize();
            if (size > rest.size()) break;
            visit(header, rest.first(size));
            offset = header.lastOffset() + 1;
            rest = rest.subspan(size);
        }
        if (read.lastOffset >= 0) offset = std::max(offset, read.lastOffset + 1);
    }
}

} // namespace samsa::cluster
