#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>

#include "cluster/partition.h"
#include "cluster/partition_manager.h"
#include "common/error_code.h"
#include "protocol/records/batch_header.h"
#include "protocol/wire/types.h"

namespace samsa::cluster {

// Reading and writing the coordinators' internal topics (__consumer_offsets,
// __transaction_state) through the partition layer, like any produce.

struct InternalRecord {
    protocol::Bytes key;
    std::optional<protocol::Bytes> value; // none: a tombstone
};

// How the batch is built: the topic's codec, and for transactional offset commits the
// producer whose transaction the records belong to.
struct InternalBatchSpec {
    protocol::records::Compression compression = protocol::records::Compression::None;
    int64_t producerId = protocol::records::kNoProducerId;
    int16_t producerEpoch = protocol::records::kNoProducerEpoch;
    bool transactional = false;
};

struct InternalAppend {
    ErrorCode error = ErrorCode::None;
    int64_t baseOffset = -1;
};

// Appends the records as one batch, written by the coordinator (only the producer's
// epoch is checked). Storage failures become KAFKA_STORAGE_ERROR.
InternalAppend appendInternalRecords(PartitionManager& partitions, Partition& partition,
                                     std::span<const InternalRecord> records, const InternalBatchSpec& spec,
                                     int64_t nowMs);

// Every batch of the partition from its log start up to its high watermark, in order,
// whole, reading `chunkBytes` at a time. Throws DecodeError for a corrupt batch.
void forEachInternalBatch(const Partition& partition, size_t chunkBytes,
                          const std::function<void(const protocol::records::BatchHeader&, std::span<const uint8_t>)>& visit);

} // namespace samsa::cluster
