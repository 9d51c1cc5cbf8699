#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "client/admin_types.h"
#include "protocol/wire/types.h"

namespace samsa::client {

struct GroupListing {
    std::string groupId;
    std::string protocolType; // "consumer" for Kafka consumers, "" for offsets-only groups
    std::optional<std::string> state; // known when the broker has ListGroups v4+
    int32_t coordinator = -1;         // the broker that listed it
};

struct ListGroupsOptions {
    // Only groups in these states ("Stable", "Empty"...). Needs ListGroups v4+: a broker
    // without it fails the call with UNSUPPORTED_VERSION rather than list everything.
    std::vector<std::string> states;
};

// A consumer-protocol subscription or assignment: topics and their partitions.
struct TopicPartitions {
    std::string topic;
    std::vector<int32_t> partitions;
    bool operator==(const TopicPartitions&) const = default;
};

struct GroupMemberDescription {
    std::string memberId;
    std::optional<std::string> groupInstanceId;
    std::string clientId;
    std::string host;
    // Decoded when the group uses the consumer protocol and the bytes parse.
    std::vector<std::string> subscribedTopics;
    std::vector<TopicPartitions> ownedPartitions;
    std::vector<TopicPartitions> assignment;
    std::optional<protocol::Bytes> subscriptionUserData;
    std::optional<protocol::Bytes> assignmentUserData;
    protocol::Bytes rawMetadata;
    protocol::Bytes rawAssignment;
};

struct GroupDescription {
    std::string groupId;
    std::optional<ClientError> error;
    std::string state;        // Kafka's names: Stable, PreparingRebalance, Empty, Dead...
    std::string protocolType; // "consumer"
    std::string protocol;     // the assignor for consumer groups ("range", ...)
    int32_t coordinator = -1;
    std::vector<GroupMemberDescription> members;
};

struct CommittedOffset {
    TopicPartition partition;
    int64_t offset = -1; // -1: nothing committed
    int32_t leaderEpoch = -1;
    std::optional<std::string> metadata;
    std::optional<ClientError> error;
};

struct OffsetToCommit {
    TopicPartition partition;
    int64_t offset = 0; // the next record to read, as Kafka consumers commit
    int32_t leaderEpoch = -1;
    std::optional<std::string> metadata;
};

struct PartitionResult {
    TopicPartition partition;
    std::optional<ClientError> error;
};

struct GroupResult {
    std::string groupId;
    std::optional<ClientError> error;
};

} // namespace samsa::client
