#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <vector>

#include "common/error_code.h"
#include "group/group_records.h"

namespace samsa::group {

// One record for __consumer_offsets: a key and a value, or no value for a tombstone.
struct LogRecord {
    Bytes key;
    std::optional<Bytes> value;
};

// The producer whose transaction a batch of offsets belongs to (TxnOffsetCommit).
struct TxnProducer {
    int64_t producerId = -1;
    int16_t producerEpoch = -1;
};

struct LogAppendResult {
    ErrorCode error = ErrorCode::None;
    int64_t baseOffset = -1; // where the batch landed; what orders commits of one partition
};

// A record met while loading, with the batch it came in.
struct ReplayedRecord {
    int64_t batchOffset = -1;
    std::optional<int64_t> transactionalProducer; // set for offsets committed in a transaction
    ByteView key;
    std::optional<ByteView> value;
};

struct ReplayVisitor {
    std::function<void(const ReplayedRecord&)> record;
    // A COMMIT or ABORT marker ending the producer's transaction on this partition.
    std::function<void(int64_t producerId, bool committed)> marker;
};

// Where the coordinator keeps its state: the partitions of __consumer_offsets. An
// interface so the state machine can be driven without a broker around it.
class GroupLog {
public:
    virtual ~GroupLog() = default;

    // The topic's partition count, or 0 while it does not exist.
    virtual int32_t partitionCount() const = 0;
    // Creates the topic on first use.
    virtual void create() = 0;
    // The partitions whose leader is this node: the groups it coordinates.
    virtual std::vector<int32_t> ledPartitions() const = 0;
    // Appends the records as one batch, transactional when `txn` is set; None once they
    // are durable as far as the partition's acks go.
    virtual LogAppendResult append(int32_t partition, std::span<const LogRecord> records,
                                   const std::optional<TxnProducer>& txn) = 0;
    // Every record and transaction marker of the partition, oldest first.
    virtual void replay(int32_t partition, const ReplayVisitor& visit) = 0;
};

} // namespace samsa::group
