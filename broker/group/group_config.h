#pragma once

#include <cstdint>
#include <limits>

#include "common/config/broker_config.h"

namespace samsa::group {

// The broker settings the group coordinator reads, in one place so the coordinator can
// be built (and tested) without a whole broker configuration.
struct GroupConfig {
    int32_t minSessionTimeoutMs = 6000;             // group.min.session.timeout.ms
    int32_t maxSessionTimeoutMs = 1800000;          // group.max.session.timeout.ms
    int32_t initialRebalanceDelayMs = 3000;         // group.initial.rebalance.delay.ms
    int32_t maxSize = std::numeric_limits<int32_t>::max(); // group.max.size
    int32_t offsetMetadataMaxBytes = 4096;          // offset.metadata.max.bytes
    int32_t offsetsTopicNumPartitions = 50;         // offsets.topic.num.partitions
    int64_t offsetsRetentionMs = 7LL * 24 * 3600 * 1000; // offsets.retention.minutes
    int64_t offsetsRetentionCheckIntervalMs = 600000;    // offsets.retention.check.interval.ms

    static GroupConfig fromBroker(const config::BrokerConfig& config) {
        GroupConfig c;
        c.minSessionTimeoutMs = config.groupMinSessionTimeoutMs();
        c.maxSessionTimeoutMs = config.groupMaxSessionTimeoutMs();
        c.initialRebalanceDelayMs = config.groupInitialRebalanceDelayMs();
        c.maxSize = config.groupMaxSize();
        c.offsetMetadataMaxBytes = config.offsetMetadataMaxBytes();
        c.offsetsTopicNumPartitions = config.offsetsTopicNumPartitions();
        c.offsetsRetentionMs = config.offsetsRetentionMs();
        c.offsetsRetentionCheckIntervalMs = config.offsetsRetentionCheckIntervalMs();
        return c;
    }
};

// How long a new member that joined but never completed a join may wait before it is
// dropped (Kafka's fixed 5 minutes): it keeps a rebalance from stalling on a client
// that vanished after its first JoinGroup.
inline constexpr int64_t kNewMemberJoinTimeoutMs = 5 * 60 * 1000;

} // namespace samsa::group
