#include "common/config/topic_config.h"

#include "common/config/broker_config.h"
#include "common/config/config_def.h"

#include <algorithm>
#include <array>
#include <limits>
#include <stdexcept>
#include <utility>

namespace samsa::config {

namespace {

constexpr std::array<std::pair<std::string_view, CompressionType>, 6> kCompressionNames = {{
    {"producer", CompressionType::Producer},
    {"uncompressed", CompressionType::Uncompressed},
    {"gzip", CompressionType::Gzip},
    {"snappy", CompressionType::Snappy},
    {"lz4", CompressionType::Lz4},
    {"zstd", CompressionType::Zstd},
}};

// Typed reads of resolved values. The registry guarantees the types, so a mismatch is a bug.
class Reader {
public:
    Reader(const BrokerConfig& broker, const ConfigValues& overrides) : m_broker(broker), m_overrides(overrides) {}

    ConfigValue get(std::string_view key) const
    {
        const ConfigDef* def = topicConfigRegistry().find(key);
        if (!def)
            throw std::logic_error("not a topic config: " + std::string(key));
        return resolveTopicValue(m_broker, m_overrides, *def).value;
    }
    int64_t int64(std::string_view key) const { return std::get<int64_t>(get(key)); }
    int32_t int32(std::string_view key) const { return static_cast<int32_t>(int64(key)); }
    bool boolean(std::string_view key) const { return std::get<bool>(get(key)); }
    double real(std::string_view key) const { return std::get<double>(get(key)); }
    std::string string(std::string_view key) const { return std::get<std::string>(get(key)); }
    std::vector<std::string> list(std::string_view key) const { return std::get<std::vector<std::string>>(get(key)); }

private:
    const BrokerConfig& m_broker;
    const ConfigValues& m_overrides;
};

CompressionType compressionFromName(std::string_view name)
{
    for (const auto& [text, type] : kCompressionNames)
        if (text == name)
            return type;
    throw std::logic_error("unvalidated compression.type " + std::string(name));
}

} // namespace

std::string_view compressionTypeName(CompressionType t)
{
    for (const auto& [text, type] : kCompressionNames)
        if (type == t)
            return text;
    return "producer";
}

ResolvedTopicValue resolveTopicValue(const BrokerConfig& broker, const ConfigValues& overrides, const ConfigDef& topicDef)
{
    if (const auto it = overrides.find(topicDef.name); it != overrides.end())
        return {it->second, ConfigSource::DynamicTopicConfig};
    auto td = broker.topicDefault(topicDef);
    return {std::move(td.value), td.source};
}

TopicConfig TopicConfig::resolve(const BrokerConfig& broker, const ConfigValues& overrides)
{
    const Reader r(broker, overrides);
    TopicConfig t;
    const auto policy = r.list("cleanup.policy");
    t.cleanupPolicy.deleteSegments = std::find(policy.begin(), policy.end(), "delete") != policy.end();
    t.cleanupPolicy.compact = std::find(policy.begin(), policy.end(), "compact") != policy.end();
    t.compressionType = compressionFromName(r.string("compression.type"));
    t.compressionGzipLevel = r.int32("compression.gzip.level");
    t.compressionLz4Level = r.int32("compression.lz4.level");
    t.compressionZstdLevel = r.int32("compression.zstd.level");
    t.deleteRetentionMs = r.int64("delete.retention.ms");
    t.fileDeleteDelayMs = r.int64("file.delete.delay.ms");
    t.flushMessages = r.int64("flush.messages");
    t.flushMs = r.int64("flush.ms");
    t.followerReplicationThrottledReplicas = r.list("follower.replication.throttled.replicas");
    t.indexIntervalBytes = r.int32("index.interval.bytes");
    t.leaderReplicationThrottledReplicas = r.list("leader.replication.throttled.replicas");
    t.maxCompactionLagMs = r.int64("max.compaction.lag.ms");
    t.maxMessageBytes = r.int32("max.message.bytes");
    t.messageDownconversionEnable = r.boolean("message.downconversion.enable");
    t.messageTimestampDifferenceMaxMs = r.int64("message.timestamp.difference.max.ms");
    const auto orDifference = [&](int64_t v) {
        return v == std::numeric_limits<int64_t>::max() ? t.messageTimestampDifferenceMaxMs : v;
    };
    t.messageTimestampBeforeMaxMs = orDifference(r.int64("message.timestamp.before.max.ms"));
    t.messageTimestampAfterMaxMs = orDifference(r.int64("message.timestamp.after.max.ms"));
    t.messageTimestampType = r.string("message.timestamp.type") == "LogAppendTime" ? TimestampType::LogAppendTime
                                                                                   : TimestampType::CreateTime;
    t.minCleanableDirtyRatio = r.real("min.cleanable.dirty.ratio");
    t.minCompactionLagMs = r.int64("min.compaction.lag.ms");
    t.minInsyncReplicas = r.int32("min.insync.replicas");
    t.preallocate = r.boolean("preallocate");
    t.retentionBytes = r.int64("retention.bytes");
    t.retentionMs = r.int64("retention.ms");
    t.segmentBytes = r.int32("segment.bytes");
    t.segmentIndexBytes = r.int32("segment.index.bytes");
    t.segmentJitterMs = r.int64("segment.jitter.ms");
    t.segmentMs = r.int64("segment.ms");
    t.uncleanLeaderElectionEnable = r.boolean("unclean.leader.election.enable");
    return t;
}

ConfigResult<ConfigValues> parseTopicOverrides(const ConfigStrings& overrides)
{
    ConfigValues parsed;
    for (const auto& [key, text] : overrides) {
        const ConfigDef* def = topicConfigRegistry().find(key);
        if (!def)
            return ConfigError{"Unknown topic config name: " + key};
        auto value = parseValue(*def, text);
        if (!value)
            return value.error();
        parsed.emplace(key, std::move(value.value()));
    }
    const auto minLag = parsed.find("min.compaction.lag.ms");
    const auto maxLag = parsed.find("max.compaction.lag.ms");
    if (minLag != parsed.end() && maxLag != parsed.end() &&
        std::get<int64_t>(minLag->second) > std::get<int64_t>(maxLag->second))
        return ConfigError{"min.compaction.lag.ms (" + std::to_string(std::get<int64_t>(minLag->second)) +
                           ") must not exceed max.compaction.lag.ms (" +
                           std::to_string(std::get<int64_t>(maxLag->second)) + ")"};
    return parsed;
}

} // namespace samsa::config
