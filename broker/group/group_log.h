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

using RecordVisitor = std::function<void(ByteView key, std::optional<ByteView> value)>;

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
    // Appends the records as one batch; None once they are durable as far as the
    // partition's acks go.
    virtual ErrorCode append(int32_t partition, std::span<const LogRecord> records) = 0;
    // Every record of the partition, oldest first.
    virtual void replay(int32_t partition, const RecordVisitor& visit) = 0;
};

} // namespace samsa::group
