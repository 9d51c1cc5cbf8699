// Topic-level configs: Kafka's names, types, defaults and limits, and for each the broker
// keys that supply its value when a topic has no override (Kafka's synonym order).

#include "common/config/config_table.h"

#include <algorithm>
#include <charconv>

namespace samsa::config {

namespace {

using namespace table;

// "*" alone, or partitionId:brokerId pairs.
std::optional<std::string> checkThrottledReplicas(const ConfigValue& value)
{
    const auto* list = std::get_if<std::vector<std::string>>(&value);
    if (!list || list->empty())
        return std::nullopt;
    if (list->size() == 1 && list->front() == "*")
        return std::nullopt;
    const auto isNumber = [](std::string_view s) {
        int32_t n = 0;
        const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
        return !s.empty() && ec == std::errc() && ptr == s.data() + s.size() && n >= 0;
    };
    const bool ok = std::all_of(list->begin(), list->end(), [&](const std::string& item) {
        const auto colon = item.find(':');
        return colon != std::string::npos && isNumber(std::string_view(item).substr(0, colon)) &&
               isNumber(std::string_view(item).substr(colon + 1));
    });
    if (ok)
        return std::nullopt;
    return "Value must be '*' or a list of partitionId:brokerId pairs";
}

std::vector<ConfigDef> topicDefinitions()
{
    constexpr auto Hours = UnitConversion::HoursToMillis;
    constexpr auto Minutes = UnitConversion::MinutesToMillis;
    std::vector<ConfigDef> d;

    d.push_back(define("cleanup.policy", List, "delete", Medium, oneOf({"compact", "delete"}),
                       "How old segments are handled: 'delete' removes them by time or size, 'compact' keeps the "
                       "latest record per key; both may be given.")
                    .withSynonyms({{"log.cleanup.policy"}}));
    d.push_back(define("compression.type", String, "producer", Medium, oneOf(compressionTypes()),
                       "Codec for stored batches; 'producer' keeps whatever the producer used, any other value "
                       "makes the broker recompress to it.")
                    .withSynonyms({{"compression.type"}}));
    d.push_back(define("compression.gzip.level", Int, "-1", Medium, custom(checkGzipLevel),
                       "gzip level used when the broker recompresses to gzip.")
                    .withSynonyms({{"compression.gzip.level"}}));
    d.push_back(define("compression.lz4.level", Int, "9", Medium, between(1, 17),
                       "lz4 level used when the broker recompresses to lz4.")
                    .withSynonyms({{"compression.lz4.level"}}));
    d.push_back(define("compression.zstd.level", Int, "3", Medium, between(-131072, 22),
                       "zstd level used when the broker recompresses to zstd.")
                    .withSynonyms({{"compression.zstd.level"}}));
    d.push_back(define("delete.retention.ms", Long, "86400000", Medium, atLeast(0),
                       "How long tombstones stay readable in a compacted topic before the cleaner drops them.")
                    .withSynonyms({{"log.cleaner.delete.retention.ms"}}));
    d.push_back(define("file.delete.delay.ms", Long, "60000", Medium, atLeast(0),
                       "Delay between unlinking a segment from the log and deleting its files.")
                    .withSynonyms({{"log.segment.delete.delay.ms"}}));
    d.push_back(define("flush.messages", Long, kLongMax, Medium, atLeast(1),
                       "Force an fsync after this many records; the default leaves flushing to the OS.")
                    .withSynonyms({{"log.flush.interval.messages"}}));
    d.push_back(define("flush.ms", Long, kLongMax, Medium, atLeast(0),
                       "Force an fsync when data has waited this long; the default leaves flushing to the OS.")
                    .withSynonyms({{"log.flush.interval.ms"}, {"log.flush.scheduler.interval.ms"}}));
    d.push_back(define("follower.replication.throttled.replicas", List, "", Medium, custom(checkThrottledReplicas),
                       "Replicas whose follower-side replication is throttled: '*' or partitionId:brokerId pairs."));
    d.push_back(define("index.interval.bytes", Int, "4096", Medium, atLeast(0),
                       "Bytes of log written between two offset index entries.")
                    .withSynonyms({{"log.index.interval.bytes"}}));
    d.push_back(define("leader.replication.throttled.replicas", List, "", Medium, custom(checkThrottledReplicas),
                       "Replicas whose leader-side replication is throttled: '*' or partitionId:brokerId pairs."));
    d.push_back(define("max.compaction.lag.ms", Long, kLongMax, Medium, atLeast(1),
                       "Longest a record may stay uncompacted once compaction applies to it.")
                    .withSynonyms({{"log.cleaner.max.compaction.lag.ms"}}));
    d.push_back(define("max.message.bytes", Int, "1048588", Medium, atLeast(0),
                       "Largest record batch the topic accepts, after compression.")
                    .withSynonyms({{"message.max.bytes"}}));
    d.push_back(define("message.downconversion.enable", Boolean, "true", Low, any(),
                       "Whether fetches from old clients may be converted to an older message format.")
                    .withSynonyms({{"log.message.downconversion.enable"}}));
    d.push_back(define("message.timestamp.after.max.ms", Long, kLongMax, Medium, atLeast(0),
                       "How far in the future a CreateTime timestamp may be compared with the broker clock.")
                    .withSynonyms({{"log.message.timestamp.after.max.ms"}}));
    d.push_back(define("message.timestamp.before.max.ms", Long, kLongMax, Medium, atLeast(0),
                       "How far in the past a CreateTime timestamp may be compared with the broker clock.")
                    .withSynonyms({{"log.message.timestamp.before.max.ms"}}));
    d.push_back(define("message.timestamp.difference.max.ms", Long, kLongMax, Medium, atLeast(0),
                       "Older single limit for timestamp skew in either direction; superseded by the before/after "
                       "pair, which fall back to it when left at their defaults.")
                    .withSynonyms({{"log.message.timestamp.difference.max.ms"}}));
    d.push_back(define("message.timestamp.type", String, "CreateTime", Medium, oneOf({"CreateTime", "LogAppendTime"}),
                       "Whether record timestamps are the producer's (CreateTime) or the broker's append time.")
                    .withSynonyms({{"log.message.timestamp.type"}}));
    d.push_back(define("min.cleanable.dirty.ratio", Double, "0.5", Medium, between(0, 1),
                       "Share of the log that must be uncompacted before the cleaner compacts it.")
                    .withSynonyms({{"log.cleaner.min.cleanable.ratio"}}));
    d.push_back(define("min.compaction.lag.ms", Long, "0", Medium, atLeast(0),
                       "Shortest time a record stays uncompacted.")
                    .withSynonyms({{"log.cleaner.min.compaction.lag.ms"}}));
    d.push_back(define("min.insync.replicas", Int, "1", Medium, atLeast(1),
                       "Replicas that must acknowledge a write sent with acks=all.")
                    .withSynonyms({{"min.insync.replicas"}}));
    d.push_back(define("preallocate", Boolean, "false", Medium, any(),
                       "Whether new segment files are allocated at full size up front.")
                    .withSynonyms({{"log.preallocate"}}));
    d.push_back(define("retention.bytes", Long, "-1", Medium, any(),
                       "Largest size a partition may reach before old segments are deleted; -1 means no limit.")
                    .withSynonyms({{"log.retention.bytes"}}));
    d.push_back(define("retention.ms", Long, "604800000", Medium, atLeast(-1),
                       "How long records are kept before their segment may be deleted; -1 means no limit.")
                    .withSynonyms({{"log.retention.ms"}, {"log.retention.minutes", Minutes}, {"log.retention.hours", Hours}})
                    .markNegativeMeansUnlimited());
    d.push_back(define("segment.bytes", Int, "1073741824", Medium, atLeast(14),
                       "Size at which the active segment is closed and a new one started.")
                    .withSynonyms({{"log.segment.bytes"}}));
    d.push_back(define("segment.index.bytes", Int, "10485760", Medium, atLeast(4),
                       "Size preallocated for each segment's offset and time index.")
                    .withSynonyms({{"log.index.size.max.bytes"}}));
    d.push_back(define("segment.jitter.ms", Long, "0", Medium, atLeast(0),
                       "Random amount subtracted from segment.ms so segments do not all roll at once.")
                    .withSynonyms({{"log.roll.jitter.ms"}, {"log.roll.jitter.hours", Hours}}));
    d.push_back(define("segment.ms", Long, "604800000", Medium, atLeast(1),
                       "Age at which the active segment is rolled even if it is not full.")
                    .withSynonyms({{"log.roll.ms"}, {"log.roll.hours", Hours}}));
    d.push_back(define("unclean.leader.election.enable", Boolean, "false", Medium, any(),
                       "Whether a replica outside the in-sync set may become leader, at the risk of losing data.")
                    .withSynonyms({{"unclean.leader.election.enable"}}));
    return d;
}

} // namespace

const ConfigRegistry& topicConfigRegistry()
{
    static const ConfigRegistry registry(topicDefinitions());
    return registry;
}

} // namespace samsa::config
