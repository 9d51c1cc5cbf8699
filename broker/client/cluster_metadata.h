#pragma once

#include <map>
#include <optional>
#include <string>

#include "client/admin_types.h"
#include "protocol/messages/metadata.h"

namespace samsa::client {

// One Metadata answer, kept for routing: which node leads what, who is controller, where
// each node listens.
struct ClusterMetadata {
    std::string clusterId;
    int32_t controllerId = -1;
    std::map<int32_t, BrokerNode> brokers;
    std::map<std::string, TopicDescription> topics;
    Clock::time_point fetchedAt;

    static ClusterMetadata fromResponse(const protocol::messages::MetadataResponse& response);
    std::optional<int32_t> leaderOf(const TopicPartition& tp) const;
    const BrokerNode* broker(int32_t id) const;
};

} // namespace samsa::client
