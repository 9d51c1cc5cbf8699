#include "client/cluster_metadata.h"

#include <algorithm>

namespace samsa::client {

ClusterMetadata ClusterMetadata::fromResponse(const protocol::messages::MetadataResponse& response) {
    ClusterMetadata m;
    m.clusterId = response.clusterId.value_or(std::string());
    m.controllerId = response.controllerId;
    m.fetchedAt = Clock::now();
    for (const auto& b : response.brokers) m.brokers[b.nodeId] = BrokerNode{b.nodeId, b.host, b.port, b.rack};
    for (const auto& t : response.topics) {
        if (!t.name) continue; // answers by topic id only; this client asks by name
        TopicDescription d;
        d.name = *t.name;
        d.topicId = t.topicId;
        d.internal = t.isInternal;
        d.error = errorFromWire(t.errorCode);
        for (const auto& p : t.partitions)
            d.partitions.push_back(PartitionInfo{p.partitionIndex, errorFromWire(p.errorCode), p.leaderId,
                                                 p.leaderEpoch, p.replicaNodes, p.isrNodes, p.offlineReplicas});
        std::sort(d.partitions.begin(), d.partitions.end(),
                  [](const PartitionInfo& a, const PartitionInfo& b) { return a.partition < b.partition; });
        m.topics[d.name] = std::move(d);
    }
    return m;
}

std::optional<int32_t> ClusterMetadata::leaderOf(const TopicPartition& tp) const {
    auto t = topics.find(tp.topic);
    if (t == topics.end()) return std::nullopt;
    for (const auto& p : t->second.partitions)
        if (p.partition == tp.partition) {
            if (p.leader < 0) return std::nullopt;
            return p.leader;
        }
    return std::nullopt;
}

const BrokerNode* ClusterMetadata::broker(int32_t id) const {
    auto it = brokers.find(id);
    return it == brokers.end() ? nullptr : &it->second;
}

} // namespace samsa::client
