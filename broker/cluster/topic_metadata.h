#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/config/config_types.h"
#include "protocol/wire/types.h"

namespace samsa::cluster {

struct PartitionAssignment {
    int32_t partition = 0;
    std::vector<int32_t> replicas;
    std::vector<int32_t> isr;
    int32_t leader = -1;
    int32_t leaderEpoch = 0;
    bool operator==(const PartitionAssignment&) const = default;
};

struct TopicMetadata {
    std::string name;
    protocol::Uuid id;
    bool internal = false;
    std::vector<PartitionAssignment> partitions;
    config::ConfigStrings overrides; // topic-level config overrides, as set by the user
    int16_t replicationFactor() const {
        return partitions.empty() ? 0 : static_cast<int16_t>(partitions.front().replicas.size());
    }
    bool operator==(const TopicMetadata&) const = default;
};

// Kafka's topic name rules: 1..249 characters of [a-zA-Z0-9._-], not "." or "..".
// Returns why a name is invalid, or nothing when it is fine.
std::optional<std::string> checkTopicName(std::string_view name);

// Names Kafka treats as internal: clients cannot create them.
bool isInternalTopic(std::string_view name);

inline constexpr std::string_view kConsumerOffsetsTopic = "__consumer_offsets";
inline constexpr std::string_view kTransactionStateTopic = "__transaction_state";

} // namespace samsa::cluster
