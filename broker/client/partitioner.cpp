#include "client/partitioner.h"

namespace samsa::client {

int32_t murmur2(std::span<const uint8_t> data) {
    constexpr uint32_t kSeed = 0x9747b28c;
    constexpr uint32_t kM = 0x5bd1e995;
    constexpr int kR = 24;
    const size_t length = data.size();
    // Java works on signed ints with wrapping multiplication; unsigned arithmetic gives
    // the same bits without C++'s signed-overflow undefined behaviour.
    uint32_t h = kSeed ^ static_cast<uint32_t>(length);
    const size_t blocks = length / 4;
    for (size_t i = 0; i < blocks; ++i) {
        const uint8_t* p = data.data() + i * 4;
        uint32_t k = uint32_t(p[0]) | (uint32_t(p[1]) << 8) | (uint32_t(p[2]) << 16) | (uint32_t(p[3]) << 24);
        k *= kM;
        k ^= k >> kR;
        k *= kM;
        h *= kM;
        h ^= k;
    }
    const uint8_t* tail = data.data() + blocks * 4;
    switch (length % 4) {
    case 3: h ^= uint32_t(tail[2]) << 16; [[fallthrough]];
    case 2: h ^= uint32_t(tail[1]) << 8; [[fallthrough]];
    case 1:
        h ^= uint32_t(tail[0]);
        h *= kM;
    }
    h ^= h >> 13;
    h *= kM;
    h ^= h >> 15;
    return static_cast<int32_t>(h);
}

int32_t partitionForKey(std::span<const uint8_t> key, int32_t numPartitions) {
    return toPositive(murmur2(key)) % numPartitions;
}

PartitionChooser::PartitionChooser() : m_random(std::random_device{}()) {}

std::optional<int32_t> PartitionChooser::choose(const ProducerRecord& record, Partitioner partitioner,
                                                const std::string& topic, int32_t numPartitions) {
    if (record.partition) return *record.partition;
    switch (partitioner) {
    case Partitioner::Default:
        if (record.key) return partitionForKey(*record.key, numPartitions);
        return nextRoundRobin(topic, numPartitions);
    case Partitioner::RoundRobin: return nextRoundRobin(topic, numPartitions);
    case Partitioner::Random:
        return std::uniform_int_distribution<int32_t>(0, numPartitions - 1)(m_random);
    case Partitioner::Explicit: return std::nullopt;
    }
    return std::nullopt;
}

int32_t PartitionChooser::nextRoundRobin(const std::string& topic, int32_t numPartitions) {
    const uint32_t n = m_next[topic]++;
    return static_cast<int32_t>(n % static_cast<uint32_t>(numPartitions));
}

} // namespace samsa::client
