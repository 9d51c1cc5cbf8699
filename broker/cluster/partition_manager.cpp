#include "cluster/partition_manager.h"

#include <algorithm>

#include "common/log.h"

namespace samsa::cluster {

PartitionManager::PartitionManager(storage::LogManager& logs, const config::BrokerConfig& config, int32_t nodeId)
    : m_logs(logs), m_config(config), m_nodeId(nodeId) {
    m_producerConfig.producerIdExpirationMs = config.producerIdExpirationMs();
}

Partition* PartitionManager::get(const storage::TopicPartition& tp) {
    auto it = m_partitions.find(tp);
    return it == m_partitions.end() ? nullptr : it->second.get();
}

Partition* PartitionManager::get(std::string_view topic, int32_t partition) {
    return get(storage::TopicPartition{std::string(topic), partition});
}

config::TopicConfig PartitionManager::resolveConfig(const config::ConfigStrings& overrides) const {
    auto parsed = config::parseTopicOverrides(overrides);
    // Stored overrides were validated when they were set; an unparseable one (from an
    // older version, say) falls back to the broker's values rather than failing the load.
    return config::TopicConfig::resolve(m_config, parsed ? *parsed : config::ConfigValues{});
}

void PartitionManager::applyTopic(const TopicMetadata& topic) {
    const auto topicConfig = resolveConfig(topic.overrides);
    const auto logConfig = toLogConfig(topicConfig);
    for (const auto& p : topic.partitions) {
        if (p.leader != m_nodeId) continue;
        storage::TopicPartition tp{topic.name, p.partition};
        if (m_partitions.count(tp)) continue;
        auto& log = m_logs.getOrCreateLog(tp, logConfig);
        // A log found on disk at startup was opened before its topic's settings were
        // known; without this it would run on the broker defaults (no compaction, the
        // default segment size and retention) until the next config change.
        log.updateConfig(logConfig);
        auto partition = std::make_unique<Partition>(tp, log, topicConfig, p.leaderEpoch, m_producerConfig);
        const auto loaded = partition->loadProducerState(storage::systemClockMs());
        if (loaded.batchesReplayed > 0 || loaded.snapshotsDiscarded > 0)
            log::info("{}: producer state from snapshot {} and {} batch(es) replayed ({} snapshot(s) discarded)",
                      tp.dirName(), loaded.snapshotOffset, loaded.batchesReplayed, loaded.snapshotsDiscarded);
        m_partitions.emplace(tp, std::move(partition));
    }
}

void PartitionManager::removeTopic(const TopicMetadata& topic) {
    for (const auto& p : topic.partitions) {
        storage::TopicPartition tp{topic.name, p.partition};
        m_partitions.erase(tp);
        m_logs.deleteLog(tp);
    }
}

void PartitionManager::setTopicConfig(const TopicMetadata& topic) {
    const auto topicConfig = resolveConfig(topic.overrides);
    m_logs.updateTopicConfig(topic.name, toLogConfig(topicConfig));
    for (auto& [tp, partition] : m_partitions)
        if (tp.topic == topic.name) partition->setConfig(topicConfig);
}

AppendInfo PartitionManager::append(Partition& partition, protocol::Bytes& records, int64_t nowMs,
                                    txn::AppendOrigin origin) {
    AppendInfo info = partition.appendAsLeader(records, nowMs, origin);
    if (info.error == ErrorCode::None && !info.duplicate) m_notifier->notify(partition.topicPartition());
    return info;
}

AppendInfo PartitionManager::appendTxnMarker(Partition& partition, const TxnMarkerSpec& marker, int64_t nowMs) {
    AppendInfo info = partition.appendTxnMarker(marker, nowMs);
    // A marker can move the last stable offset, which read_committed fetches wait on.
    if (info.error == ErrorCode::None) m_notifier->notify(partition.topicPartition());
    return info;
}

size_t PartitionManager::removeExpiredProducers(int64_t nowMs) {
    size_t removed = 0;
    for (auto& [tp, partition] : m_partitions) removed += partition->producerState().removeExpired(nowMs);
    return removed;
}

void PartitionManager::snapshotProducerState() {
    for (auto& [tp, partition] : m_partitions) partition->producerState().snapshotAtLogEnd();
}

} // namespace samsa::cluster
