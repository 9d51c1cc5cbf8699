#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <vector>

#include "common/error_code.h"
#include "protocol/wire/types.h"

namespace samsa::txn {

using TransactionRecordVisitor = std::function<void(std::span<const uint8_t> key, std::optional<std::span<const uint8_t>> value)>;

// Where the transaction coordinator keeps its state: the partitions of
// __transaction_state. An interface so the state machine can be driven without a
// broker around it.
class TransactionLog {
public:
    virtual ~TransactionLog() = default;

    // The topic's partition count, or 0 while it does not exist.
    virtual int32_t partitionCount() const = 0;
    // Creates the topic on first use.
    virtual void create() = 0;
    // The partitions whose leader is this node: the transactional ids it coordinates.
    virtual std::vector<int32_t> ledPartitions() const = 0;
    // The leader epoch of the partition, which is the coordinator epoch its markers carry.
    virtual int32_t coordinatorEpoch(int32_t partition) const = 0;
    // Appends one record (no value: a tombstone); None once it is durable as far as the
    // partition's acks go.
    virtual ErrorCode append(int32_t partition, const protocol::Bytes& key, const std::optional<protocol::Bytes>& value) = 0;
    // Every record of the partition, oldest first.
    virtual void replay(int32_t partition, const TransactionRecordVisitor& visit) = 0;
};

} // namespace samsa::txn
