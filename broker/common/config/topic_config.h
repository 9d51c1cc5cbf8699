#pragma once

#include "common/config/config_types.h"

#include <cstdint>
#include <string>
#include <vector>

namespace samsa::config {

class BrokerConfig;
struct ConfigDef;

enum class CompressionType : uint8_t { Producer, Uncompressed, Gzip, Snappy, Lz4, Zstd };
enum class TimestampType : uint8_t { CreateTime, LogAppendTime };

// cleanup.policy is a set: delete, compact, or both.
struct CleanupPolicy {
    bool deleteSegments = true;
    bool compact = false;
    bool operator==(const CleanupPolicy&) const = default;
};

// Resolved values of every topic config for one topic: its overrides, else the broker's
// values through the synonym chain, else Kafka's defaults. A plain value type, cheap to
// copy into a partition's log.
struct TopicConfig {
    CleanupPolicy cleanupPolicy;
    CompressionType compressionType = CompressionType::Producer;
    int32_t compressionGzipLevel = -1;
    int32_t compressionLz4Level = 9;
    int32_t compressionZstdLevel = 3;
    int64_t deleteRetentionMs = 0;
    int64_t fileDeleteDelayMs = 0;
    int64_t flushMessages = 0;
    int64_t flushMs = 0;
    std::vector<std::string> followerReplicationThrottledReplicas;
    int32_t indexIntervalBytes = 0;
    std::vector<std::string> leaderReplicationThrottledReplicas;
    int64_t maxCompactionLagMs = 0;
    int32_t maxMessageBytes = 0;
    bool messageDownconversionEnable = true;
    // Effective skew limits: each falls back to message.timestamp.difference.max.ms while it
    // is left at its own default, as Kafka does for compatibility.
    int64_t messageTimestampBeforeMaxMs = 0;
    int64_t messageTimestampAfterMaxMs = 0;
    int64_t messageTimestampDifferenceMaxMs = 0;
    TimestampType messageTimestampType = TimestampType::CreateTime;
    double minCleanableDirtyRatio = 0.5;
    int64_t minCompactionLagMs = 0;
    int32_t minInsyncReplicas = 1;
    bool preallocate = false;
    int64_t retentionBytes = -1;
    int64_t retentionMs = 0; // -1 = unlimited
    int32_t segmentBytes = 0;
    int32_t segmentIndexBytes = 0;
    int64_t segmentJitterMs = 0;
    int64_t segmentMs = 0;
    bool uncleanLeaderElectionEnable = false;

    // The values of a topic with the given (already validated) overrides.
    static TopicConfig resolve(const BrokerConfig& broker, const ConfigValues& overrides);
    // The values of a topic without overrides.
    static TopicConfig fromBroker(const BrokerConfig& broker) { return resolve(broker, {}); }
};

std::string_view compressionTypeName(CompressionType t); // "producer", "gzip", ...

// One topic config's value and where it came from: the topic's override
// (DYNAMIC_TOPIC_CONFIG), else the broker as in BrokerConfig::topicDefault.
struct ResolvedTopicValue {
    ConfigValue value;
    ConfigSource source = ConfigSource::DefaultConfig;
};
ResolvedTopicValue resolveTopicValue(const BrokerConfig& broker, const ConfigValues& overrides, const ConfigDef& topicDef);

// Validates a topic's config map (CreateTopics, AlterConfigs): every key must be a topic
// config and every value valid; the error is reported as INVALID_CONFIG by the caller.
// Also applies Kafka's cross-key rule min.compaction.lag.ms <= max.compaction.lag.ms.
ConfigResult<ConfigValues> parseTopicOverrides(const ConfigStrings& overrides);

} // namespace samsa::config
