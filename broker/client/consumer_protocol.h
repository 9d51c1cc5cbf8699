#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "client/group_types.h"
#include "protocol/wire/types.h"

namespace samsa::client {

// The payloads Kafka consumers put in JoinGroup metadata and SyncGroup assignments: an
// int16 version, then the ConsumerProtocolSubscription / ConsumerProtocolAssignment
// struct. Brokers store them opaquely; DescribeGroups hands them back.
inline constexpr const char* kConsumerProtocolType = "consumer";
inline constexpr const char* kRangeAssignor = "range";

struct Subscription {
    std::vector<std::string> topics;
    std::vector<TopicPartitions> ownedPartitions;
    std::optional<protocol::Bytes> userData;
};

struct Assignment {
    std::vector<TopicPartitions> partitions;
    std::optional<protocol::Bytes> userData;
};

protocol::Bytes encodeSubscription(const Subscription& subscription);
protocol::Bytes encodeAssignment(const Assignment& assignment);
// Nothing when the bytes are not a consumer-protocol payload. Versions newer than the
// schema are read as the newest known one: later versions only append fields.
std::optional<Subscription> decodeSubscription(const protocol::Bytes& bytes);
// Empty bytes are an empty assignment (a member the leader gave nothing).
std::optional<Assignment> decodeAssignment(const protocol::Bytes& bytes);

// Kafka's range assignor: per topic, the members subscribed to it in member-id order take
// consecutive ranges of partitions, the first (count % members) of them one extra.
// `subscriptions` maps member id to topics; topics missing from `partitionCounts` are
// skipped. Every member gets an entry, possibly empty.
std::map<std::string, std::vector<TopicPartitions>> rangeAssign(
    const std::map<std::string, std::vector<std::string>>& subscriptions,
    const std::map<std::string, int32_t>& partitionCounts);

} // namespace samsa::client
