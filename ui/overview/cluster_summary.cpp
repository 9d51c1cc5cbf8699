#include "ui/overview/cluster_summary.h"

namespace samsa::ui {

TopicCounts countTopics(const std::vector<client::TopicDescription>& topics) {
    TopicCounts counts;
    for (const auto& topic : topics) {
        if (topic.error != ErrorCode::None && topic.partitions.empty()) continue;
        const int partitions = static_cast<int>(topic.partitions.size());
        ++counts.topicsWithInternal;
        counts.partitionsWithInternal += partitions;
        if (!topic.internal) {
            ++counts.topics;
            counts.partitions += partitions;
        }
        for (const auto& p : topic.partitions) {
            if (p.leader < 0) ++counts.offline;
            if (p.isr.size() < p.replicas.size()) ++counts.underReplicated;
        }
    }
    return counts;
}

std::map<int, BrokerLoad> brokerLoads(const std::vector<client::TopicDescription>& topics) {
    std::map<int, BrokerLoad> loads;
    for (const auto& topic : topics) {
        for (const auto& p : topic.partitions) {
            if (p.leader >= 0) ++loads[p.leader].leaders;
            for (int32_t replica : p.replicas)
                ++loads[replica].replicas;
        }
    }
    return loads;
}

std::map<int, qint64> logDirSizes(const std::vector<client::LogDirInfo>& dirs) {
    std::map<int, qint64> sizes;
    for (const auto& dir : dirs) {
        if (dir.error) continue;
        qint64& size = sizes[dir.broker];
        // A future replica is a copy being moved between directories; counting it
        // would show the partition twice.
        for (const auto& p : dir.partitions)
            if (!p.future) size += p.sizeBytes;
    }
    return sizes;
}

qint64 totalLogDirSize(const std::vector<client::LogDirInfo>& dirs) {
    const auto sizes = logDirSizes(dirs);
    if (sizes.empty()) return -1;
    qint64 total = 0;
    for (const auto& [broker, size] : sizes)
        total += size;
    return total;
}

} // namespace samsa::ui
