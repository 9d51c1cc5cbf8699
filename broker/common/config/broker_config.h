#pragma once

#include "common/config/config_def.h"
#include "common/config/config_types.h"
#include "common/config/environment.h"
#include "common/config/listener.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace samsa::config {

// An immutable snapshot of a broker's configuration: the static values (server.properties
// plus --override), the dynamic layers set at runtime, and the defaults. Replace the whole
// snapshot to change it, so readers on other threads never see half an update.
class BrokerConfig {
public:
    // Parses and validates every known key, then applies the rules that span keys (listener
    // names and ports, node.id vs broker.id, ...). Unknown keys are not errors, as in Kafka:
    // each adds a line to *warnings.
    static ConfigResult<BrokerConfig> create(const ConfigStrings& values, const ConfigEnvironment& env,
                                             std::vector<std::string>* warnings = nullptr);

    // All defaults, as if started with an empty server.properties.
    static BrokerConfig defaults(const ConfigEnvironment& env);

    // A copy whose runtime layers are replaced: per-broker values and cluster-wide defaults,
    // as set through IncrementalAlterConfigs. Only dynamic keys are accepted.
    ConfigResult<BrokerConfig> withDynamicConfigs(const ConfigStrings& perBroker, const ConfigStrings& clusterDefault) const;

    struct Resolved {
        const ConfigValue& value; // monostate when the key is null everywhere
        ConfigSource source;
    };
    // Effective value of a broker key: dynamic per-broker > dynamic cluster default >
    // static > default. Throws std::out_of_range for a key not in the broker registry.
    Resolved resolve(std::string_view key) const;

    const ConfigValues& staticValues() const { return m_static; }
    const ConfigValues& dynamicBrokerValues() const { return m_dynamicBroker; }
    const ConfigValues& dynamicDefaultValues() const { return m_dynamicDefault; }
    // The registry default, or the environment-derived one (log.dir).
    const ConfigValue& defaultValue(std::string_view key) const;

    // What a topic config is when the topic has no override: the first of its broker
    // synonyms that has a value (in synonym order, each through all layers), converted to
    // the topic's unit; the topic default when it has no synonyms.
    struct TopicDefault {
        ConfigValue value;
        ConfigSource source = ConfigSource::DefaultConfig;
        std::string brokerKey; // the synonym that supplied the value; empty for the topic default
    };
    TopicDefault topicDefault(const ConfigDef& topicDef) const;

    // ---- server ----
    int32_t nodeId() const { return m_nodeId; }
    std::optional<std::string> brokerRack() const { return optionalString("broker.rack"); }
    int32_t numRecoveryThreadsPerDataDir() const { return int32("num.recovery.threads.per.data.dir"); }
    int32_t numReplicaFetchers() const { return int32("num.replica.fetchers"); }
    int32_t queuedMaxRequests() const { return int32("queued.max.requests"); }
    int64_t queuedMaxRequestBytes() const { return int64("queued.max.request.bytes"); }
    bool autoCreateTopicsEnable() const { return boolean("auto.create.topics.enable"); }
    bool deleteTopicEnable() const { return boolean("delete.topic.enable"); }
    bool autoLeaderRebalanceEnable() const { return boolean("auto.leader.rebalance.enable"); }
    int64_t leaderImbalanceCheckIntervalSeconds() const { return int64("leader.imbalance.check.interval.seconds"); }
    int32_t numPartitions() const { return int32("num.partitions"); }
    int32_t defaultReplicationFactor() const { return int32("default.replication.factor"); }
    int32_t messageMaxBytes() const { return int32("message.max.bytes"); }
    int32_t fetchMaxBytes() const { return int32("fetch.max.bytes"); }
    int32_t maxIncrementalFetchSessionCacheSlots() const { return int32("max.incremental.fetch.session.cache.slots"); }
    // Informational: accepted so stock files load; the broker sizes its own thread pools.
    int32_t numNetworkThreads() const { return int32("num.network.threads"); }
    int32_t numIoThreads() const { return int32("num.io.threads"); }

    // ---- network ----
    // Every configured listener, security protocols resolved.
    const std::vector<Listener>& listeners() const { return m_listeners; }
    // The listeners that serve clients (controller.listener.names removed).
    const std::vector<Listener>& clientListeners() const { return m_clientListeners; }
    // What Metadata tells clients: advertised.listeners, else the client listeners with an
    // empty host replaced by the machine's host name.
    const std::vector<Listener>& advertisedListeners() const { return m_advertisedListeners; }
    int32_t socketSendBufferBytes() const { return int32("socket.send.buffer.bytes"); }
    int32_t socketReceiveBufferBytes() const { return int32("socket.receive.buffer.bytes"); }
    int32_t socketRequestMaxBytes() const { return int32("socket.request.max.bytes"); }
    int32_t socketListenBacklogSize() const { return int32("socket.listen.backlog.size"); }
    int32_t maxConnections() const { return int32("max.connections"); }
    int32_t maxConnectionsPerIp() const { return int32("max.connections.per.ip"); }
    int64_t connectionsMaxIdleMs() const { return int64("connections.max.idle.ms"); }

    // ---- log ----
    // log.dirs when set, else log.dir; comma-separated, never empty.
    const std::vector<std::string>& logDirs() const { return m_logDirs; }
    int64_t logRetentionCheckIntervalMs() const { return int64("log.retention.check.interval.ms"); }
    int64_t logFlushSchedulerIntervalMs() const { return int64("log.flush.scheduler.interval.ms"); }
    int32_t logFlushOffsetCheckpointIntervalMs() const { return int32("log.flush.offset.checkpoint.interval.ms"); }
    int32_t logFlushStartOffsetCheckpointIntervalMs() const { return int32("log.flush.start.offset.checkpoint.interval.ms"); }
    // Topic-level defaults (segment.bytes, retention.ms, ...) come from TopicConfig::fromBroker.
    int32_t logSegmentBytes() const { return int32("log.segment.bytes"); }
    int64_t logRollMs() const;        // log.roll.ms, else log.roll.hours in ms
    int64_t logRetentionMs() const;   // log.retention.ms / .minutes / .hours in ms; -1 = unlimited
    int64_t logRetentionBytes() const { return int64("log.retention.bytes"); }

    // ---- cleaner ----
    bool logCleanerEnable() const { return boolean("log.cleaner.enable"); }
    int32_t logCleanerThreads() const { return int32("log.cleaner.threads"); }
    int64_t logCleanerBackoffMs() const { return int64("log.cleaner.backoff.ms"); }
    int64_t logCleanerDedupeBufferSize() const { return int64("log.cleaner.dedupe.buffer.size"); }
    int32_t logCleanerIoBufferSize() const { return int32("log.cleaner.io.buffer.size"); }
    double logCleanerIoBufferLoadFactor() const { return real("log.cleaner.io.buffer.load.factor"); }
    double logCleanerIoMaxBytesPerSecond() const { return real("log.cleaner.io.max.bytes.per.second"); }

    // ---- replication ----
    int64_t replicaLagTimeMaxMs() const { return int64("replica.lag.time.max.ms"); }
    int32_t replicaFetchMaxBytes() const { return int32("replica.fetch.max.bytes"); }
    int32_t replicaFetchWaitMaxMs() const { return int32("replica.fetch.wait.max.ms"); }
    int32_t replicaFetchMinBytes() const { return int32("replica.fetch.min.bytes"); }
    int32_t replicaFetchBackoffMs() const { return int32("replica.fetch.backoff.ms"); }
    int32_t replicaFetchResponseMaxBytes() const { return int32("replica.fetch.response.max.bytes"); }
    int32_t replicaSocketTimeoutMs() const { return int32("replica.socket.timeout.ms"); }
    int64_t replicaHighWatermarkCheckpointIntervalMs() const { return int64("replica.high.watermark.checkpoint.interval.ms"); }

    // ---- groups and offsets ----
    int32_t groupMinSessionTimeoutMs() const { return int32("group.min.session.timeout.ms"); }
    int32_t groupMaxSessionTimeoutMs() const { return int32("group.max.session.timeout.ms"); }
    int32_t groupInitialRebalanceDelayMs() const { return int32("group.initial.rebalance.delay.ms"); }
    int32_t groupMaxSize() const { return int32("group.max.size"); }
    int32_t offsetMetadataMaxBytes() const { return int32("offset.metadata.max.bytes"); }
    int32_t offsetsLoadBufferSize() const { return int32("offsets.load.buffer.size"); }
    int32_t offsetsTopicNumPartitions() const { return int32("offsets.topic.num.partitions"); }
    // As configured; creating __consumer_offsets clamps it to the number of live brokers.
    int16_t offsetsTopicReplicationFactor() const { return int16("offsets.topic.replication.factor"); }
    int32_t offsetsTopicSegmentBytes() const { return int32("offsets.topic.segment.bytes"); }
    int32_t offsetsTopicCompressionCodec() const { return int32("offsets.topic.compression.codec"); }
    int64_t offsetsRetentionMs() const { return convertUnit(int64("offsets.retention.minutes"), UnitConversion::MinutesToMillis); }
    int64_t offsetsRetentionCheckIntervalMs() const { return int64("offsets.retention.check.interval.ms"); }
    int32_t offsetsCommitTimeoutMs() const { return int32("offsets.commit.timeout.ms"); }

    // ---- transactions ----
    int32_t transactionalIdExpirationMs() const { return int32("transactional.id.expiration.ms"); }
    int32_t transactionMaxTimeoutMs() const { return int32("transaction.max.timeout.ms"); }
    int32_t transactionStateLogMinIsr() const { return int32("transaction.state.log.min.isr"); }
    int32_t transactionStateLogLoadBufferSize() const { return int32("transaction.state.log.load.buffer.size"); }
    int16_t transactionStateLogReplicationFactor() const { return int16("transaction.state.log.replication.factor"); }
    int32_t transactionStateLogNumPartitions() const { return int32("transaction.state.log.num.partitions"); }
    int32_t transactionStateLogSegmentBytes() const { return int32("transaction.state.log.segment.bytes"); }
    int32_t transactionAbortTimedOutTransactionCleanupIntervalMs() const
    {
        return int32("transaction.abort.timed.out.transaction.cleanup.interval.ms");
    }
    int32_t transactionRemoveExpiredTransactionCleanupIntervalMs() const
    {
        return int32("transaction.remove.expired.transaction.cleanup.interval.ms");
    }
    bool transactionPartitionVerificationEnable() const { return boolean("transaction.partition.verification.enable"); }
    int32_t producerIdExpirationMs() const { return int32("producer.id.expiration.ms"); }
    int32_t producerIdExpirationCheckIntervalMs() const { return int32("producer.id.expiration.check.interval.ms"); }

    // Typed reads of any broker key; throw std::logic_error on a null value or a type
    // mismatch (a programming error, never user input).
    int64_t int64(std::string_view key) const;
    int32_t int32(std::string_view key) const { return static_cast<int32_t>(int64(key)); }
    int16_t int16(std::string_view key) const { return static_cast<int16_t>(int64(key)); }
    bool boolean(std::string_view key) const;
    double real(std::string_view key) const;
    std::string string(std::string_view key) const;
    std::optional<std::string> optionalString(std::string_view key) const;
    std::vector<std::string> list(std::string_view key) const;

private:
    BrokerConfig() = default;
    // Derives listeners, log dirs and node id and checks the rules that span keys.
    std::optional<ConfigError> finish();
    static ConfigResult<ConfigValues> parseLayer(const ConfigStrings& values, bool dynamicOnly,
                                                 std::vector<std::string>* warnings);

    ConfigValues m_static;
    ConfigValues m_dynamicBroker;
    ConfigValues m_dynamicDefault;
    ConfigValues m_environmentDefaults;
    std::string m_hostName;

    int32_t m_nodeId = 1;
    std::vector<Listener> m_listeners;
    std::vector<Listener> m_clientListeners;
    std::vector<Listener> m_advertisedListeners;
    std::vector<std::string> m_logDirs;
};

} // namespace samsa::config
