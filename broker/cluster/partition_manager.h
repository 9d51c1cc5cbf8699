#pragma once

#include <functional>
#include <map>
#include <memory>
#include <unordered_map>

#include "cluster/append_notifier.h"
#include "cluster/partition.h"
#include "cluster/topic_metadata.h"
#include "common/config/broker_config.h"
#include "storage/log_manager.h"

namespace samsa::cluster {

// The partitions this broker leads (Kafka's ReplicaManager): finds them, creates and
// removes their logs as topics come and go, and tells fetches waiting for data when an
// append lands.
class PartitionManager {
public:
    PartitionManager(storage::LogManager& logs, const config::BrokerConfig& config, int32_t nodeId);

    Partition* get(const storage::TopicPartition& tp);
    Partition* get(std::string_view topic, int32_t partition);

    // Opens or creates the logs of every partition of `topic` that this node leads.
    // New logs are durable only after syncCreatedLogs(), which a caller making many of
    // them calls once, before recording them in the metadata.
    void applyTopic(const TopicMetadata& topic);
    void syncCreatedLogs() { m_logs.syncCreatedLogs(); }
    void removeTopic(const TopicMetadata& topic);
    void setTopicConfig(const TopicMetadata& topic);

    // The resolved config of a topic with the given overrides (validated earlier).
    config::TopicConfig resolveConfig(const config::ConfigStrings& overrides) const;

    AppendInfo append(Partition& partition, protocol::Bytes& records, int64_t nowMs,
                      txn::AppendOrigin origin = txn::AppendOrigin::Client);
    AppendInfo appendTxnMarker(Partition& partition, const TxnMarkerSpec& marker, int64_t nowMs);

    // producer.id.expiration.ms, for every partition; returns how many producers went.
    size_t removeExpiredProducers(int64_t nowMs);
    // Snapshots every partition's producer state at its log end, so that a restart
    // after this clean shutdown replays nothing.
    void snapshotProducerState();

    AppendNotifier& appendNotifier() { return *m_notifier; }

    const std::map<storage::TopicPartition, std::unique_ptr<Partition>>& all() const { return m_partitions; }

private:
    storage::LogManager& m_logs;
    const config::BrokerConfig& m_config;
    int32_t m_nodeId;
    txn::ProducerStateConfig m_producerConfig;
    std::map<storage::TopicPartition, std::unique_ptr<Partition>> m_partitions;
    std::shared_ptr<AppendNotifier> m_notifier = std::make_shared<AppendNotifier>();
};

} // namespace samsa::cluster
