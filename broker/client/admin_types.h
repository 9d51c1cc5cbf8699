#pragma once

#include <chrono>
#include <compare>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "client/cancellation.h"
#include "client/client_config.h"
#include "client/result.h"
#include "protocol/messages/api_table.h"
#include "protocol/wire/types.h"

namespace samsa::client {

template <typename T>
using Callback = std::function<void(const Result<T>&)>;

// Per-call settings. Every operation ends within its timeout, retries included.
struct CallOptions {
    std::optional<std::chrono::milliseconds> timeout; // default: ClientConfig::defaultApiTimeout
    // Cancelling it ends the call at once with cancelledError() (see cancellation.h).
    // Initialised so CallOptions{timeout} stays warning-free.
    std::shared_ptr<Cancellation> cancellation = nullptr;
};

struct TopicPartition {
    std::string topic;
    int32_t partition = 0;
    auto operator<=>(const TopicPartition&) const = default;
    std::string toString() const { return topic + "-" + std::to_string(partition); }
};

struct BrokerNode {
    int32_t id = -1;
    std::string host;
    int32_t port = 0;
    std::optional<std::string> rack;
    bool operator==(const BrokerNode&) const = default;
};

struct ClusterDescription {
    std::string clusterId;
    int32_t controllerId = -1;
    std::vector<BrokerNode> brokers; // ordered by id
    bool viaDescribeCluster = false; // false: the broker lacks DescribeCluster, Metadata answered
};

struct PartitionInfo {
    int32_t partition = 0;
    ErrorCode error = ErrorCode::None; // e.g. LEADER_NOT_AVAILABLE for an offline partition
    int32_t leader = -1;
    int32_t leaderEpoch = -1;
    std::vector<int32_t> replicas;
    std::vector<int32_t> isr;
    std::vector<int32_t> offline;
};

struct TopicDescription {
    std::string name;
    protocol::Uuid topicId;
    bool internal = false;
    ErrorCode error = ErrorCode::None; // e.g. UNKNOWN_TOPIC_OR_PARTITION for a name asked about
    std::vector<PartitionInfo> partitions; // ordered by partition
};

struct PartitionWatermarks {
    TopicPartition partition;
    int32_t leader = -1;
    int64_t earliest = -1; // log start offset
    int64_t latest = -1;   // high watermark
    std::optional<ClientError> error;
};

// Where a partition's log reaches a point in time (ListOffsets by timestamp): the first
// record whose timestamp is at or after the time asked.
struct OffsetForTimestamp {
    TopicPartition partition;
    int64_t offset = -1;      // -1: no record that late (a reader would start at the end)
    int64_t timestampMs = -1; // the timestamp of that record
    std::optional<ClientError> error;
};

struct LogDirPartition {
    TopicPartition partition;
    int64_t sizeBytes = 0;
    int64_t offsetLag = 0;
    bool future = false;
};

struct LogDirInfo {
    int32_t broker = -1;
    std::string path;
    std::optional<ClientError> error;
    int64_t totalBytes = -1;  // -1 when the broker does not say
    int64_t usableBytes = -1;
    std::vector<LogDirPartition> partitions;
};

enum class ConfigResourceType : int8_t { Unknown = 0, Topic = 2, Broker = 4, BrokerLogger = 8 };

struct ConfigResource {
    ConfigResourceType type = ConfigResourceType::Topic;
    std::string name; // topic name, broker id, or "" for the cluster-wide broker default
    auto operator<=>(const ConfigResource&) const = default;
};

// Kafka's ConfigSource numbering.
enum class ConfigSource : int8_t {
    Unknown = 0,
    DynamicTopic = 1,
    DynamicBroker = 2,
    DynamicDefaultBroker = 3,
    StaticBroker = 4,
    Default = 5,
    DynamicBrokerLogger = 6,
};

struct ConfigSynonym {
    std::string name;
    std::optional<std::string> value;
    ConfigSource source = ConfigSource::Unknown;
};

struct ConfigEntry {
    std::string name;
    std::optional<std::string> value; // absent for sensitive values
    ConfigSource source = ConfigSource::Unknown;
    bool readOnly = false;
    bool sensitive = false;
    bool isDefault = false;
    int8_t type = 0; // Kafka's ConfigType: 1 boolean, 2 string, 3 int, 4 short, 5 long...
    std::vector<ConfigSynonym> synonyms;
    std::optional<std::string> documentation;
};

struct ResourceConfigs {
    ConfigResource resource;
    std::optional<ClientError> error;
    std::vector<ConfigEntry> entries;
};

struct DescribeConfigsOptions {
    bool includeSynonyms = true;
    bool includeDocumentation = true;
};

enum class AlterConfigOp : int8_t { Set = 0, Delete = 1, Append = 2, Subtract = 3 };

struct ConfigAlteration {
    std::string name;
    AlterConfigOp op = AlterConfigOp::Set;
    std::optional<std::string> value;
};

struct ResourceResult {
    ConfigResource resource;
    std::optional<ClientError> error;
};

struct NewTopic {
    std::string name;
    int32_t numPartitions = -1;      // -1: the broker's num.partitions
    int16_t replicationFactor = -1;  // -1: the broker's default.replication.factor
    std::map<int32_t, std::vector<int32_t>> assignments; // partition -> replicas; excludes the counts
    std::map<std::string, std::string> configs;
};

struct CreateTopicsOptions {
    bool validateOnly = false;
};

struct CreateTopicResult {
    std::string name;
    std::optional<ClientError> error;
    protocol::Uuid topicId;
    int32_t numPartitions = -1;
    int16_t replicationFactor = -1;
    std::vector<ConfigEntry> configs; // what the topic got, when the broker says (v5+)
};

struct NewPartitions {
    std::string topic;
    int32_t totalCount = 0;
    std::vector<std::vector<int32_t>> assignments; // replicas of each new partition; may be empty
};

struct TopicResult {
    std::string name;
    std::optional<ClientError> error;
};

struct DeleteRecordsResult {
    TopicPartition partition;
    int64_t lowWatermark = -1;
    std::optional<ClientError> error;
};

// What each step of connecting to one bootstrap server did.
struct ConnectionTestReport {
    HostPort address;
    int32_t nodeId = -1; // as the broker reports itself, when the metadata step is reached
    std::vector<StepReport> steps;
    std::optional<ClientError> error; // the first failure, with its step
    std::map<int16_t, protocol::messages::VersionRange> apiVersions;
};

} // namespace samsa::client
