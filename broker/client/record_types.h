#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "client/admin_types.h"
#include "protocol/records/batch_header.h"
#include "protocol/records/control_record.h"
#include "protocol/records/record.h"

namespace samsa::client {

using protocol::Bytes;
using protocol::records::Compression;
using protocol::records::RecordHeader;
using protocol::records::TimestampType;

// One record to produce.
struct ProducerRecord {
    std::optional<Bytes> key;
    std::optional<Bytes> value; // null: a tombstone, which compaction turns into a delete
    std::vector<RecordHeader> headers;
    std::optional<int64_t> timestampMs;  // default: when the batch is built
    std::optional<int32_t> partition;    // given: used whatever the partitioner
};

// How records without an explicit partition find one.
enum class Partitioner : uint8_t {
    Default,    // murmur2 of the key as Kafka's Java client does; round robin for null keys
    RoundRobin, // every record to the next partition, ignoring keys
    Random,
    Explicit,   // each record must name its partition
};

enum class Acks : int16_t { None = 0, Leader = 1, All = -1 };

struct ProduceOptions {
    Partitioner partitioner = Partitioner::Default;
    Compression compression = Compression::None;
    std::optional<int> compressionLevel;
    Acks acks = Acks::All;
};

// Where one record went, in the order the records were given.
struct ProducedRecord {
    TopicPartition partition;         // partition -1 when none could be chosen
    int64_t offset = -1;              // -1 with acks=0, where the broker does not say
    int64_t logAppendTimeMs = -1;     // set when the topic uses LogAppendTime
    std::optional<ClientError> error; // the batch of this record failed
};

enum class IsolationLevel : int8_t { ReadUncommitted = 0, ReadCommitted = 1 };

struct FetchOptions {
    int32_t maxBytes = 1024 * 1024; // per partition; the broker returns at least one batch
    std::chrono::milliseconds maxWait{500}; // how long the broker may wait for data
    int32_t minBytes = 1;
    IsolationLevel isolationLevel = IsolationLevel::ReadUncommitted;
};

struct FetchedRecord {
    int64_t offset = 0;
    int64_t timestampMs = -1;
    TimestampType timestampType = TimestampType::CreateTime;
    std::optional<Bytes> key;
    std::optional<Bytes> value;
    std::vector<RecordHeader> headers;
};

struct FetchedBatch {
    int64_t baseOffset = 0;
    int64_t lastOffset = 0;
    int32_t partitionLeaderEpoch = -1;
    int64_t producerId = -1;
    int16_t producerEpoch = -1;
    int32_t baseSequence = -1;
    bool isTransactional = false;
    bool isControl = false; // transaction markers; their records are the marker records
    // For control batches whose key reads: COMMIT or ABORT.
    std::optional<protocol::records::ControlRecordType> controlType;
    // Data of a transaction that was aborted, known from the partition's aborted
    // transactions (sent under read_committed). Readers skip it as Kafka consumers do.
    bool aborted = false;
    Compression compression = Compression::None;
    size_t sizeBytes = 0; // as stored, compressed
    std::vector<FetchedRecord> records;
};

struct AbortedTransaction {
    int64_t producerId = -1;
    int64_t firstOffset = -1;
};

struct FetchedPartition {
    TopicPartition partition;
    int32_t leader = -1;
    int64_t highWatermark = -1;
    int64_t lastStableOffset = -1;
    int64_t logStartOffset = -1;
    std::vector<AbortedTransaction> abortedTransactions;
    std::vector<FetchedBatch> batches; // complete batches only; a cut-off tail is dropped
    // The offset to fetch next: one past the last record returned, or the requested
    // offset when nothing came back.
    int64_t nextOffset = -1;
};

// Marks the data batches of aborted transactions, as a read_committed consumer must: a
// producer's transactional batches from an aborted transaction's first offset up to its
// ABORT marker. `batches` must be in offset order.
void markAbortedBatches(std::vector<FetchedBatch>& batches, std::vector<AbortedTransaction> aborted);

} // namespace samsa::client
