#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <random>
#include <span>
#include <string>

#include "client/record_types.h"

namespace samsa::client {

// Kafka's murmur2 (32-bit, seed 0x9747b28c), bit for bit as the Java client computes it,
// so keyed records land on the partitions Java, librdkafka's murmur2_random and every
// Kafka-compatible producer choose.
int32_t murmur2(std::span<const uint8_t> data);
// The Java client's Utils.toPositive: clears the sign bit (not abs(), which overflows).
constexpr int32_t toPositive(int32_t n) { return n & 0x7fffffff; }
// The partition of a keyed record under the default partitioner.
int32_t partitionForKey(std::span<const uint8_t> key, int32_t numPartitions);

// Picks partitions for records without one. Keeps per-topic round-robin positions across
// calls; used on the client thread only.
class PartitionChooser {
public:
    PartitionChooser();
    // The partition for `record`, or nothing when the partitioner is Explicit and the
    // record names none. `numPartitions` must be positive.
    std::optional<int32_t> choose(const ProducerRecord& record, Partitioner partitioner, const std::string& topic,
                                  int32_t numPartitions);

private:
    int32_t nextRoundRobin(const std::string& topic, int32_t numPartitions);

    std::map<std::string, uint32_t> m_next;
    std::minstd_rand m_random;
};

} // namespace samsa::client
