#include <QtTest>

#include "common/config/broker_config.h"
#include "common/config/describe.h"
#include "common/config/topic_config.h"

using namespace samsa::config;

namespace {

ConfigEnvironment testEnv()
{
    ConfigEnvironment env;
    env.xdgDataHome = "/xdg";
    env.hostName = "host";
    return env;
}

BrokerConfig broker(const ConfigStrings& values = {})
{
    auto r = BrokerConfig::create(values, testEnv());
    if (!r)
        qFatal("unexpected config error: %s", r.error().message.c_str());
    return std::move(r.value());
}

ConfigValues overrides(const ConfigStrings& raw)
{
    auto r = parseTopicOverrides(raw);
    if (!r)
        qFatal("unexpected override error: %s", r.error().message.c_str());
    return std::move(r.value());
}

ConfigEntry entry(const std::vector<ConfigEntry>& entries, const std::string& name)
{
    for (const ConfigEntry& e : entries)
        if (e.name == name)
            return e;
    qFatal("no entry %s", name.c_str());
    return {};
}

std::string synonymsText(const ConfigEntry& e)
{
    std::string out;
    for (const ConfigSynonymEntry& s : e.synonyms) {
        if (!out.empty())
            out += "; ";
        out += s.name + "=" + s.value.value_or("null") + "@" + std::to_string(int(s.source));
    }
    return out;
}

} // namespace

class TestTopicConfig : public QObject {
    Q_OBJECT
private slots:
    void defaultsMatchKafka()
    {
        const TopicConfig t = TopicConfig::fromBroker(broker());
        QCOMPARE(t.cleanupPolicy, (CleanupPolicy{true, false}));
        QCOMPARE(t.compressionType, CompressionType::Producer);
        QCOMPARE(t.compressionGzipLevel, -1);
        QCOMPARE(t.compressionLz4Level, 9);
        QCOMPARE(t.compressionZstdLevel, 3);
        QCOMPARE(t.deleteRetentionMs, int64_t(86400000));
        QCOMPARE(t.fileDeleteDelayMs, int64_t(60000));
        QCOMPARE(t.flushMessages, std::numeric_limits<int64_t>::max());
        QCOMPARE(t.flushMs, std::numeric_limits<int64_t>::max());
        QCOMPARE(t.indexIntervalBytes, 4096);
        QCOMPARE(t.maxCompactionLagMs, std::numeric_limits<int64_t>::max());
        QCOMPARE(t.maxMessageBytes, 1048588);
        QVERIFY(t.messageDownconversionEnable);
        QCOMPARE(t.messageTimestampType, TimestampType::CreateTime);
        QCOMPARE(t.messageTimestampBeforeMaxMs, std::numeric_limits<int64_t>::max());
        QCOMPARE(t.messageTimestampAfterMaxMs, std::numeric_limits<int64_t>::max());
        QCOMPARE(t.minCleanableDirtyRatio, 0.5);
        QCOMPARE(t.minCompactionLagMs, int64_t(0));
        QCOMPARE(t.minInsyncReplicas, 1);
        QVERIFY(!t.preallocate);
        QCOMPARE(t.retentionBytes, int64_t(-1));
        QCOMPARE(t.retentionMs, int64_t(604800000));
        QCOMPARE(t.segmentBytes, 1073741824);
        QCOMPARE(t.segmentIndexBytes, 10485760);
        QCOMPARE(t.segmentJitterMs, int64_t(0));
        QCOMPARE(t.segmentMs, int64_t(604800000));
        QVERIFY(!t.uncleanLeaderElectionEnable);
        QVERIFY(t.leaderReplicationThrottledReplicas.empty());
    }

    void brokerValuesFlowThroughSynonyms()
    {
        const BrokerConfig b = broker({{"log.retention.hours", "1"},
                                       {"log.roll.hours", "2"},
                                       {"log.roll.jitter.hours", "1"},
                                       {"log.segment.bytes", "1048576"},
                                       {"message.max.bytes", "2000000"},
                                       {"log.cleanup.policy", "compact,delete"},
                                       {"compression.type", "zstd"},
                                       {"log.cleaner.min.cleanable.ratio", "0.1"},
                                       {"log.index.size.max.bytes", "4096"},
                                       {"log.flush.scheduler.interval.ms", "2000"},
                                       {"log.message.timestamp.type", "LogAppendTime"},
                                       {"log.segment.delete.delay.ms", "5"},
                                       {"min.insync.replicas", "2"}});
        const TopicConfig t = TopicConfig::fromBroker(b);
        QCOMPARE(t.retentionMs, int64_t(3600000));
        QCOMPARE(t.segmentMs, int64_t(7200000));
        QCOMPARE(t.segmentJitterMs, int64_t(3600000));
        QCOMPARE(t.segmentBytes, 1048576);
        QCOMPARE(t.maxMessageBytes, 2000000);
        QCOMPARE(t.cleanupPolicy, (CleanupPolicy{true, true}));
        QCOMPARE(t.compressionType, CompressionType::Zstd);
        QCOMPARE(t.minCleanableDirtyRatio, 0.1);
        QCOMPARE(t.segmentIndexBytes, 4096);
        QCOMPARE(t.flushMs, int64_t(2000)); // log.flush.interval.ms unset: the scheduler interval
        QCOMPARE(t.messageTimestampType, TimestampType::LogAppendTime);
        QCOMPARE(t.fileDeleteDelayMs, int64_t(5));
        QCOMPARE(t.minInsyncReplicas, 2);
        QCOMPARE(TopicConfig::fromBroker(broker({{"log.retention.minutes", "3"}})).retentionMs, int64_t(180000));
        QCOMPARE(TopicConfig::fromBroker(broker({{"log.flush.interval.ms", "10"}, {"log.flush.scheduler.interval.ms", "2000"}})).flushMs,
                 int64_t(10));
    }

    void topicOverridesWin()
    {
        const BrokerConfig b = broker({{"log.retention.hours", "1"}, {"log.cleanup.policy", "delete"}});
        const TopicConfig t = TopicConfig::resolve(b, overrides({{"retention.ms", "-1"},
                                                                  {"cleanup.policy", "compact"},
                                                                  {"segment.bytes", "1024"},
                                                                  {"compression.type", "uncompressed"},
                                                                  {"message.timestamp.difference.max.ms", "1000"},
                                                                  {"message.timestamp.after.max.ms", "50"}}));
        QCOMPARE(t.retentionMs, int64_t(-1));
        QCOMPARE(t.cleanupPolicy, (CleanupPolicy{false, true}));
        QCOMPARE(t.segmentBytes, 1024);
        QCOMPARE(t.compressionType, CompressionType::Uncompressed);
        QCOMPARE(compressionTypeName(t.compressionType), std::string_view("uncompressed"));
        // before.max.ms is left at its default, so it falls back to difference.max.ms.
        QCOMPARE(t.messageTimestampBeforeMaxMs, int64_t(1000));
        QCOMPARE(t.messageTimestampAfterMaxMs, int64_t(50));
        QCOMPARE(t.segmentMs, int64_t(604800000));
    }

    void describeReportsSourcesAndSynonyms()
    {
        const BrokerConfig b = broker({{"log.retention.hours", "1"}, {"log.segment.bytes", "1048576"}});
        const auto entries = describeTopicConfigs(b, overrides({{"cleanup.policy", "compact"}}));
        QCOMPARE(entries.size(), topicConfigRegistry().definitions().size());

        const ConfigEntry retention = entry(entries, "retention.ms");
        QCOMPARE(retention.value, std::optional<std::string>("3600000"));
        QCOMPARE(retention.source, ConfigSource::StaticBrokerConfig);
        QCOMPARE(retention.type, ConfigType::Long);
        QVERIFY(!retention.readOnly);
        QVERIFY(!retention.sensitive);
        QVERIFY(!retention.documentation.empty());
        QCOMPARE(synonymsText(retention), std::string("log.retention.hours=1@4; log.retention.hours=168@5"));

        const ConfigEntry policy = entry(entries, "cleanup.policy");
        QCOMPARE(policy.value, std::optional<std::string>("compact"));
        QCOMPARE(policy.source, ConfigSource::DynamicTopicConfig);
        QCOMPARE(policy.type, ConfigType::List);
        QCOMPARE(synonymsText(policy), std::string("cleanup.policy=compact@1; log.cleanup.policy=delete@5"));

        const ConfigEntry segmentMs = entry(entries, "segment.ms");
        QCOMPARE(segmentMs.value, std::optional<std::string>("604800000"));
        QCOMPARE(segmentMs.source, ConfigSource::DefaultConfig);
        QCOMPARE(synonymsText(segmentMs), std::string("log.roll.hours=168@5"));

        const ConfigEntry ratio = entry(entries, "min.cleanable.dirty.ratio");
        QCOMPARE(ratio.value, std::optional<std::string>("0.5"));
        QCOMPARE(ratio.type, ConfigType::Double);

        const ConfigEntry throttled = entry(entries, "leader.replication.throttled.replicas");
        QCOMPARE(throttled.value, std::optional<std::string>(""));
        QCOMPARE(throttled.source, ConfigSource::DefaultConfig);
        QVERIFY(throttled.synonyms.empty());

        const auto some = describeTopicConfigs(b, {}, {"segment.bytes", "not.a.config"});
        QCOMPARE(some.size(), size_t(1));
        QCOMPARE(some[0].value, std::optional<std::string>("1048576"));
        QCOMPARE(some[0].source, ConfigSource::StaticBrokerConfig);
    }

    void describeWithDynamicLayers()
    {
        auto b = broker({{"log.retention.hours", "1"}}).withDynamicConfigs({{"log.retention.ms", "5000"}},
                                                                           {{"log.retention.minutes", "10"}});
        QVERIFY(b);
        const ConfigEntry retention = describeTopicConfigs(*b, {}, {"retention.ms"}).at(0);
        QCOMPARE(retention.value, std::optional<std::string>("5000"));
        QCOMPARE(retention.source, ConfigSource::DynamicBrokerConfig);
        QCOMPARE(synonymsText(retention), std::string("log.retention.ms=5000@2; log.retention.minutes=10@3; "
                                                      "log.retention.hours=1@4; log.retention.hours=168@5"));
        QCOMPARE(TopicConfig::fromBroker(*b).retentionMs, int64_t(5000));
    }

    void describeBroker()
    {
        const BrokerConfig b = broker({{"log.retention.ms", "1000"}, {"log.retention.hours", "2"}, {"num.partitions", "3"}});
        const auto entries = describeBrokerConfigs(b);
        QCOMPARE(entries.size(), brokerConfigRegistry().definitions().size());

        const ConfigEntry hours = entry(entries, "log.retention.hours");
        QCOMPARE(hours.value, std::optional<std::string>("2"));
        QCOMPARE(hours.source, ConfigSource::StaticBrokerConfig);
        QVERIFY(!hours.readOnly);
        QCOMPARE(hours.type, ConfigType::Int);
        // The more specific log.retention.ms is dropped from log.retention.hours' synonyms.
        QCOMPARE(synonymsText(hours), std::string("log.retention.hours=2@4; log.retention.hours=168@5"));

        const ConfigEntry ms = entry(entries, "log.retention.ms");
        QCOMPARE(synonymsText(ms), std::string("log.retention.ms=1000@4; log.retention.hours=2@4; log.retention.hours=168@5"));

        const ConfigEntry minutes = entry(entries, "log.retention.minutes");
        QCOMPARE(minutes.value, std::optional<std::string>());
        QCOMPARE(minutes.source, ConfigSource::DefaultConfig);
        QVERIFY(minutes.synonyms.empty());

        const ConfigEntry nodeId = entry(entries, "node.id");
        QVERIFY(nodeId.readOnly);
        QCOMPARE(nodeId.value, std::optional<std::string>("1"));
        QCOMPARE(synonymsText(nodeId), std::string("node.id=1@5"));

        const ConfigEntry logDir = entry(entries, "log.dir");
        QCOMPARE(logDir.value, std::optional<std::string>("/xdg/samsa/broker"));
        QCOMPARE(logDir.source, ConfigSource::DefaultConfig);

        QCOMPARE(entry(entries, "num.partitions").source, ConfigSource::StaticBrokerConfig);
        QCOMPARE(entry(entries, "log.cleaner.io.max.bytes.per.second").value,
                 std::optional<std::string>("1.7976931348623157E308"));
    }
};

QTEST_APPLESS_MAIN(TestTopicConfig)
#include "test_topic_config.moc"
