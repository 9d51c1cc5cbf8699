#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cluster/metadata_store.h"
#include "cluster/partition_manager.h"
#include "common/config/broker_config.h"
#include "common/error_code.h"

namespace samsa::cluster {

struct AdminResult {
    ErrorCode error = ErrorCode::None;
    std::string message;
    bool ok() const { return error == ErrorCode::None; }
};

struct NewTopic {
    std::string name;
    int32_t numPartitions = -1;      // -1: num.partitions
    int16_t replicationFactor = -1;  // -1: default.replication.factor
    std::map<int32_t, std::vector<int32_t>> assignments; // explicit replica lists, if any
    config::ConfigStrings configs;
};

// The partition count and replication factor a NewTopic resolves to: the broker's
// defaults for -1, the assignment's shape when replicas are assigned explicitly.
struct TopicShape {
    int32_t partitions = 0;
    int16_t replicationFactor = 0;
};

enum class AlterOp : int8_t { Set = 0, Delete = 1, Append = 2, Subtract = 3 };
struct ConfigChange {
    std::string key;
    AlterOp op = AlterOp::Set;
    std::optional<std::string> value;
};

// Topic administration (Kafka's controller role for a one-node cluster): validates each
// request with Kafka's rules and error codes, records the result in the metadata store
// and applies it to the partitions this node leads.
class Controller {
public:
    Controller(const config::BrokerConfig& config, MetadataStore& metadata, PartitionManager& partitions,
               int32_t nodeId);

    std::vector<int32_t> liveBrokers() const { return {m_nodeId}; }
    int32_t nodeId() const { return m_nodeId; }

    TopicShape resolveShape(const NewTopic& topic) const;
    AdminResult createTopic(const NewTopic& topic, bool validateOnly);
    // The topics of one CreateTopics request, a result for each in order. Their logs
    // are created one topic at a time, then made durable and recorded in the metadata
    // together.
    std::vector<AdminResult> createTopics(const std::vector<NewTopic>& topics, bool validateOnly);
    AdminResult deleteTopic(const std::string& name);
    AdminResult createPartitions(const std::string& name, int32_t totalCount,
                                 const std::vector<std::vector<int32_t>>& assignments, bool validateOnly);
    // AlterConfigs replaces every override of the topic with `configs`.
    AdminResult replaceConfigs(const std::string& name, const config::ConfigStrings& configs, bool validateOnly);
    AdminResult alterConfigs(const std::string& name, const std::vector<ConfigChange>& changes, bool validateOnly);

    // Creates an internal topic (offsets, transactions) if it does not exist yet.
    void ensureInternalTopic(std::string_view name, int32_t partitions, const config::ConfigStrings& configs);

    // Opens the logs of every known topic on startup.
    void loadAll();

private:
    AdminResult checkAssignments(const std::map<int32_t, std::vector<int32_t>>& assignments,
                                 int32_t firstPartition, int32_t count) const;
    static AdminResult validateConfigs(const config::ConfigStrings& configs);
    // Validates a new topic and lays out its partitions.
    AdminResult planTopic(const NewTopic& spec, TopicMetadata& topic) const;
    // Creates the topic's logs, or none of them.
    AdminResult createLogs(const TopicMetadata& topic);
    void removeLogs(const TopicMetadata& topic);

    const config::BrokerConfig& m_config;
    MetadataStore& m_metadata;
    PartitionManager& m_partitions;
    int32_t m_nodeId;
};

} // namespace samsa::cluster
