#include <QtTest>

#include <limits>

#include "common/config/config_def.h"
#include "common/config/topic_config.h"

using namespace samsa::config;

namespace {

std::string parseError(const ConfigRegistry& registry, const std::string& key, const std::string& text)
{
    const ConfigDef* def = registry.find(key);
    if (!def)
        return "no such key " + key;
    auto r = parseValue(*def, text);
    return r ? std::string("<accepted>") : r.error().message;
}

} // namespace

class TestConfigDefinitions : public QObject {
    Q_OBJECT
private slots:
    // Kafka's facts for the keys users set most: type, default, valid range, importance.
    void brokerDefinitionsMatchKafka_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("defaultText");
        QTest::addColumn<QString>("range");
        QTest::addColumn<int>("importance");
        const auto row = [](const char* key, ConfigType t, const char* dflt, const char* range, Importance i) {
            QTest::newRow(key) << key << int(t) << dflt << range << int(i);
        };
        row("node.id", ConfigType::Int, "1", "[0,...]", Importance::High);
        row("listeners", ConfigType::String, "PLAINTEXT://127.0.0.1:9092", "", Importance::High);
        row("advertised.listeners", ConfigType::String, "<null>", "", Importance::High);
        row("num.partitions", ConfigType::Int, "1", "[1,...]", Importance::Medium);
        row("default.replication.factor", ConfigType::Int, "1", "", Importance::Medium);
        row("auto.create.topics.enable", ConfigType::Boolean, "true", "", Importance::High);
        row("log.segment.bytes", ConfigType::Int, "1073741824", "[14,...]", Importance::High);
        row("log.roll.ms", ConfigType::Long, "<null>", "", Importance::High);
        row("log.roll.hours", ConfigType::Int, "168", "[1,...]", Importance::High);
        row("log.retention.ms", ConfigType::Long, "<null>", "", Importance::High);
        row("log.retention.minutes", ConfigType::Int, "<null>", "", Importance::High);
        row("log.retention.hours", ConfigType::Int, "168", "", Importance::High);
        row("log.retention.bytes", ConfigType::Long, "-1", "", Importance::High);
        row("log.retention.check.interval.ms", ConfigType::Long, "300000", "[1,...]", Importance::Medium);
        row("log.index.interval.bytes", ConfigType::Int, "4096", "[0,...]", Importance::Medium);
        row("log.index.size.max.bytes", ConfigType::Int, "10485760", "[4,...]", Importance::Medium);
        row("message.max.bytes", ConfigType::Int, "1048588", "[0,...]", Importance::High);
        row("compression.type", ConfigType::String, "producer", "[uncompressed, zstd, lz4, snappy, gzip, producer]",
            Importance::High);
        row("connections.max.idle.ms", ConfigType::Long, "600000", "", Importance::Medium);
        row("log.flush.interval.messages", ConfigType::Long, "9223372036854775807", "[1,...]", Importance::High);
        row("log.flush.interval.ms", ConfigType::Long, "<null>", "", Importance::High);
        row("log.flush.scheduler.interval.ms", ConfigType::Long, "9223372036854775807", "", Importance::High);
        row("log.message.timestamp.type", ConfigType::String, "CreateTime", "[CreateTime, LogAppendTime]",
            Importance::Medium);
        row("log.cleanup.policy", ConfigType::List, "delete", "[compact, delete]", Importance::Medium);
        row("log.cleaner.enable", ConfigType::Boolean, "true", "", Importance::Medium);
        row("log.cleaner.min.cleanable.ratio", ConfigType::Double, "0.5", "[0,...,1]", Importance::Medium);
        row("log.cleaner.delete.retention.ms", ConfigType::Long, "86400000", "[0,...]", Importance::Medium);
        row("log.cleaner.min.compaction.lag.ms", ConfigType::Long, "0", "[0,...]", Importance::Medium);
        row("offsets.topic.num.partitions", ConfigType::Int, "50", "[1,...]", Importance::High);
        row("offsets.topic.replication.factor", ConfigType::Short, "3", "[1,...]", Importance::High);
        row("offsets.retention.minutes", ConfigType::Int, "10080", "[1,...]", Importance::High);
        row("group.initial.rebalance.delay.ms", ConfigType::Int, "3000", "", Importance::Medium);
        row("group.min.session.timeout.ms", ConfigType::Int, "6000", "", Importance::Medium);
        row("group.max.session.timeout.ms", ConfigType::Int, "1800000", "", Importance::Medium);
        row("group.max.size", ConfigType::Int, "2147483647", "[1,...]", Importance::Medium);
        row("transaction.max.timeout.ms", ConfigType::Int, "900000", "[1,...]", Importance::High);
        row("transactional.id.expiration.ms", ConfigType::Int, "604800000", "[1,...]", Importance::High);
        row("producer.id.expiration.ms", ConfigType::Int, "86400000", "[1,...]", Importance::Low);
        row("transaction.state.log.num.partitions", ConfigType::Int, "50", "[1,...]", Importance::High);
        row("min.insync.replicas", ConfigType::Int, "1", "[1,...]", Importance::High);
        row("replica.lag.time.max.ms", ConfigType::Long, "30000", "", Importance::High);
        row("unclean.leader.election.enable", ConfigType::Boolean, "false", "", Importance::High);
        row("delete.topic.enable", ConfigType::Boolean, "true", "", Importance::High);
        row("broker.rack", ConfigType::String, "<null>", "", Importance::Medium);
        row("socket.request.max.bytes", ConfigType::Int, "104857600", "[1,...]", Importance::High);
        row("num.network.threads", ConfigType::Int, "3", "[1,...]", Importance::High);
        row("num.io.threads", ConfigType::Int, "8", "[1,...]", Importance::High);
    }
    void brokerDefinitionsMatchKafka()
    {
        QFETCH(QString, key);
        QFETCH(int, type);
        QFETCH(QString, defaultText);
        QFETCH(QString, range);
        QFETCH(int, importance);
        const ConfigDef* def = brokerConfigRegistry().find(key.toStdString());
        QVERIFY(def);
        QCOMPARE(int(def->type), type);
        QCOMPARE(QString::fromStdString(def->defaultText.value_or("<null>")), defaultText);
        QCOMPARE(QString::fromStdString(def->validator.describe()), range);
        QCOMPARE(int(def->importance), importance);
        QVERIFY(!def->documentation.empty());
    }

    void topicDefinitionsMatchKafka_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("defaultText");
        QTest::addColumn<QString>("range");
        QTest::addColumn<QString>("synonyms");
        const auto row = [](const char* key, ConfigType t, const char* dflt, const char* range, const char* syn) {
            QTest::newRow(key) << key << int(t) << dflt << range << syn;
        };
        row("cleanup.policy", ConfigType::List, "delete", "[compact, delete]", "log.cleanup.policy");
        row("compression.type", ConfigType::String, "producer", "[uncompressed, zstd, lz4, snappy, gzip, producer]",
            "compression.type");
        row("delete.retention.ms", ConfigType::Long, "86400000", "[0,...]", "log.cleaner.delete.retention.ms");
        row("file.delete.delay.ms", ConfigType::Long, "60000", "[0,...]", "log.segment.delete.delay.ms");
        row("flush.messages", ConfigType::Long, "9223372036854775807", "[1,...]", "log.flush.interval.messages");
        row("flush.ms", ConfigType::Long, "9223372036854775807", "[0,...]",
            "log.flush.interval.ms,log.flush.scheduler.interval.ms");
        row("index.interval.bytes", ConfigType::Int, "4096", "[0,...]", "log.index.interval.bytes");
        row("max.compaction.lag.ms", ConfigType::Long, "9223372036854775807", "[1,...]",
            "log.cleaner.max.compaction.lag.ms");
        row("max.message.bytes", ConfigType::Int, "1048588", "[0,...]", "message.max.bytes");
        row("message.timestamp.type", ConfigType::String, "CreateTime", "[CreateTime, LogAppendTime]",
            "log.message.timestamp.type");
        row("message.timestamp.difference.max.ms", ConfigType::Long, "9223372036854775807", "[0,...]",
            "log.message.timestamp.difference.max.ms");
        row("message.timestamp.before.max.ms", ConfigType::Long, "9223372036854775807", "[0,...]",
            "log.message.timestamp.before.max.ms");
        row("message.timestamp.after.max.ms", ConfigType::Long, "9223372036854775807", "[0,...]",
            "log.message.timestamp.after.max.ms");
        row("min.cleanable.dirty.ratio", ConfigType::Double, "0.5", "[0,...,1]", "log.cleaner.min.cleanable.ratio");
        row("min.compaction.lag.ms", ConfigType::Long, "0", "[0,...]", "log.cleaner.min.compaction.lag.ms");
        row("min.insync.replicas", ConfigType::Int, "1", "[1,...]", "min.insync.replicas");
        row("preallocate", ConfigType::Boolean, "false", "", "log.preallocate");
        row("retention.bytes", ConfigType::Long, "-1", "", "log.retention.bytes");
        row("retention.ms", ConfigType::Long, "604800000", "[-1,...]",
            "log.retention.ms,log.retention.minutes,log.retention.hours");
        row("segment.bytes", ConfigType::Int, "1073741824", "[14,...]", "log.segment.bytes");
        row("segment.index.bytes", ConfigType::Int, "10485760", "[4,...]", "log.index.size.max.bytes");
        row("segment.jitter.ms", ConfigType::Long, "0", "[0,...]", "log.roll.jitter.ms,log.roll.jitter.hours");
        row("segment.ms", ConfigType::Long, "604800000", "[1,...]", "log.roll.ms,log.roll.hours");
        row("unclean.leader.election.enable", ConfigType::Boolean, "false", "", "unclean.leader.election.enable");
        row("message.downconversion.enable", ConfigType::Boolean, "true", "", "log.message.downconversion.enable");
        row("leader.replication.throttled.replicas", ConfigType::List, "", "", "");
    }
    void topicDefinitionsMatchKafka()
    {
        QFETCH(QString, key);
        QFETCH(int, type);
        QFETCH(QString, defaultText);
        QFETCH(QString, range);
        QFETCH(QString, synonyms);
        const ConfigDef* def = topicConfigRegistry().find(key.toStdString());
        QVERIFY(def);
        QCOMPARE(int(def->type), type);
        QCOMPARE(QString::fromStdString(def->defaultText.value_or("<null>")), defaultText);
        QCOMPARE(QString::fromStdString(def->validator.describe()), range);
        QStringList names;
        for (const Synonym& s : def->synonyms) {
            names << QString::fromStdString(s.name);
            // Every synonym is a real broker key of a compatible type.
            const ConfigDef* brokerDef = brokerConfigRegistry().find(s.name);
            QVERIFY2(brokerDef, s.name.c_str());
            QVERIFY(brokerDef->dynamic);
        }
        QCOMPARE(names.join(','), synonyms);
    }

    void synonymUnitsAreKafkas()
    {
        const ConfigDef* retention = topicConfigRegistry().find("retention.ms");
        QCOMPARE(retention->synonyms.at(0).conversion, UnitConversion::None);
        QCOMPARE(retention->synonyms.at(1).conversion, UnitConversion::MinutesToMillis);
        QCOMPARE(retention->synonyms.at(2).conversion, UnitConversion::HoursToMillis);
        QCOMPARE(topicConfigRegistry().find("segment.ms")->synonyms.at(1).conversion, UnitConversion::HoursToMillis);
        QCOMPARE(convertUnit(1, UnitConversion::HoursToMillis), int64_t(3'600'000));
        QCOMPARE(convertUnit(2, UnitConversion::MinutesToMillis), int64_t(120'000));
        QCOMPARE(convertUnit(std::numeric_limits<int64_t>::max() / 2, UnitConversion::HoursToMillis),
                 std::numeric_limits<int64_t>::max());
    }

    void brokerSynonymGroupsFollowTopicChains()
    {
        const std::vector<std::string> retention{"log.retention.ms", "log.retention.minutes", "log.retention.hours"};
        QCOMPARE(brokerSynonymGroup("log.retention.hours"), retention);
        QCOMPARE(brokerSynonymGroup("log.retention.ms"), retention);
        QCOMPARE(brokerSynonymGroup("log.roll.hours"), (std::vector<std::string>{"log.roll.ms", "log.roll.hours"}));
        QCOMPARE(brokerSynonymGroup("message.max.bytes"), std::vector<std::string>{"message.max.bytes"});
        QCOMPARE(brokerSynonymGroup("num.partitions"), std::vector<std::string>{"num.partitions"});
    }

    void everyDefaultIsParsed()
    {
        for (const ConfigRegistry* registry : {&brokerConfigRegistry(), &topicConfigRegistry()}) {
            QVERIFY(registry->definitions().size() > 20);
            for (const ConfigDef& def : registry->definitions()) {
                QCOMPARE(std::holds_alternative<std::monostate>(def.defaultValue), !def.defaultText.has_value());
                QVERIFY2(!checkValue(def, def.defaultValue), def.name.c_str());
                QVERIFY2(!def.documentation.empty(), def.name.c_str());
            }
        }
        QVERIFY(!brokerConfigRegistry().find("no.such.key"));
        QVERIFY(brokerConfigRegistry().find("log.segment.bytes")->dynamic);
        QVERIFY(!brokerConfigRegistry().find("node.id")->dynamic);
        QVERIFY(brokerConfigRegistry().find("num.io.threads")->informational);
    }

    // Each kind of rule rejects a bad value with a message naming key, value and rule.
    void validatorsRejectBadValues_data()
    {
        QTest::addColumn<bool>("topic");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        const auto row = [](const char* name, bool topic, const char* key, const char* value, const char* msg) {
            QTest::newRow(name) << topic << key << value << msg;
        };
        row("below min", true, "segment.bytes", "-5", "Invalid value -5 for configuration segment.bytes: Value must be at least 14");
        row("min edge", true, "segment.bytes", "13", "Invalid value 13 for configuration segment.bytes: Value must be at least 14");
        row("retention below -1", true, "retention.ms", "-2", "Invalid value -2 for configuration retention.ms: Value must be at least -1");
        row("segment.ms zero", true, "segment.ms", "0", "Invalid value 0 for configuration segment.ms: Value must be at least 1");
        row("index bytes", true, "segment.index.bytes", "3", "Invalid value 3 for configuration segment.index.bytes: Value must be at least 4");
        row("flush.messages", true, "flush.messages", "0", "Invalid value 0 for configuration flush.messages: Value must be at least 1");
        row("max lag", true, "max.compaction.lag.ms", "0", "Invalid value 0 for configuration max.compaction.lag.ms: Value must be at least 1");
        row("min isr", true, "min.insync.replicas", "0", "Invalid value 0 for configuration min.insync.replicas: Value must be at least 1");
        row("ratio high", true, "min.cleanable.dirty.ratio", "1.5", "Invalid value 1.5 for configuration min.cleanable.dirty.ratio: Value must be no more than 1");
        row("ratio low", true, "min.cleanable.dirty.ratio", "-0.1", "Invalid value -0.1 for configuration min.cleanable.dirty.ratio: Value must be at least 0");
        row("ratio nan", true, "min.cleanable.dirty.ratio", "NaN", "Invalid value NaN for configuration min.cleanable.dirty.ratio: Value must be a number");
        row("not a double", true, "min.cleanable.dirty.ratio", "half", "Invalid value half for configuration min.cleanable.dirty.ratio: Not a number of type DOUBLE");
        row("not an int", true, "segment.bytes", "1GB", "Invalid value 1GB for configuration segment.bytes: Not a number of type INT");
        row("int overflow", true, "segment.bytes", "2147483648", "Invalid value 2147483648 for configuration segment.bytes: Not a number of type INT");
        row("not a long", true, "retention.ms", "7d", "Invalid value 7d for configuration retention.ms: Not a number of type LONG");
        row("long overflow", true, "retention.ms", "9223372036854775808", "Invalid value 9223372036854775808 for configuration retention.ms: Not a number of type LONG");
        row("empty long", true, "retention.ms", "", "Invalid value  for configuration retention.ms: Not a number of type LONG");
        row("double sign", true, "retention.ms", "+-5", "Invalid value +-5 for configuration retention.ms: Not a number of type LONG");
        row("bad boolean", true, "preallocate", "yes", "Invalid value yes for configuration preallocate: Expected value to be either true or false");
        row("bad compression", true, "compression.type", "brotli", "Invalid value brotli for configuration compression.type: String must be one of: uncompressed, zstd, lz4, snappy, gzip, producer");
        row("case matters", true, "compression.type", "GZIP", "Invalid value GZIP for configuration compression.type: String must be one of: uncompressed, zstd, lz4, snappy, gzip, producer");
        row("bad policy element", true, "cleanup.policy", "delete,compactx", "Invalid value compactx for configuration cleanup.policy: String must be one of: compact, delete");
        row("bad timestamp type", true, "message.timestamp.type", "AppendTime", "Invalid value AppendTime for configuration message.timestamp.type: String must be one of: CreateTime, LogAppendTime");
        row("gzip level", true, "compression.gzip.level", "0", "Invalid value 0 for configuration compression.gzip.level: Value must be -1 or in the range [1, 9]");
        row("lz4 level", true, "compression.lz4.level", "18", "Invalid value 18 for configuration compression.lz4.level: Value must be no more than 17");
        row("zstd level", true, "compression.zstd.level", "23", "Invalid value 23 for configuration compression.zstd.level: Value must be no more than 22");
        row("throttled", true, "leader.replication.throttled.replicas", "0:1,x", "Invalid value 0:1,x for configuration leader.replication.throttled.replicas: Value must be '*' or a list of partitionId:brokerId pairs");
        row("max.message.bytes", true, "max.message.bytes", "-1", "Invalid value -1 for configuration max.message.bytes: Value must be at least 0");
        row("before max", true, "message.timestamp.before.max.ms", "-1", "Invalid value -1 for configuration message.timestamp.before.max.ms: Value must be at least 0");
        row("num.partitions", false, "num.partitions", "0", "Invalid value 0 for configuration num.partitions: Value must be at least 1");
        row("node.id", false, "node.id", "-1", "Invalid value -1 for configuration node.id: Value must be at least 0");
        row("short overflow", false, "offsets.topic.replication.factor", "40000", "Invalid value 40000 for configuration offsets.topic.replication.factor: Not a number of type SHORT");
        row("short min", false, "offsets.topic.replication.factor", "0", "Invalid value 0 for configuration offsets.topic.replication.factor: Value must be at least 1");
        row("roll hours", false, "log.roll.hours", "0", "Invalid value 0 for configuration log.roll.hours: Value must be at least 1");
        row("fetch.max.bytes", false, "fetch.max.bytes", "1023", "Invalid value 1023 for configuration fetch.max.bytes: Value must be at least 1024");
        row("process.roles", false, "process.roles", "broker,observer", "Invalid value observer for configuration process.roles: String must be one of: broker, controller");
        row("listeners syntax", false, "listeners", "localhost:9092", "Invalid value localhost:9092 for configuration listeners: 'localhost:9092' is not a listener of the form NAME://host:port (missing '://')");
        row("listeners port", false, "listeners", "PLAINTEXT://host:70000", "Invalid value PLAINTEXT://host:70000 for configuration listeners: 'PLAINTEXT://host:70000' is not a listener of the form NAME://host:port (port must be a number from 0 to 65535)");
        row("protocol map", false, "listener.security.protocol.map", "PLAINTEXT:TLS", "Invalid value PLAINTEXT:TLS for configuration listener.security.protocol.map: 'TLS' is not a security protocol (PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL)");
    }
    void validatorsRejectBadValues()
    {
        QFETCH(bool, topic);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, message);
        const ConfigRegistry& registry = topic ? topicConfigRegistry() : brokerConfigRegistry();
        QCOMPARE(QString::fromStdString(parseError(registry, key.toStdString(), value.toStdString())), message);
    }

    void parsingFollowsJava()
    {
        const ConfigRegistry& t = topicConfigRegistry();
        const auto parse = [&](const char* key, const char* text) {
            auto r = parseValue(*t.find(key), text);
            if (!r)
                qWarning("%s", r.error().message.c_str());
            return r ? r.value() : ConfigValue{};
        };
        QCOMPARE(parse("segment.bytes", "  1048576 \t"), ConfigValue(int64_t(1048576)));
        QCOMPARE(parse("segment.bytes", "+100"), ConfigValue(int64_t(100)));
        QCOMPARE(parse("retention.ms", "-1"), ConfigValue(int64_t(-1)));
        QCOMPARE(parse("retention.ms", "9223372036854775807"), ConfigValue(std::numeric_limits<int64_t>::max()));
        QCOMPARE(parse("preallocate", "TRUE"), ConfigValue(true));
        QCOMPARE(parse("preallocate", " False "), ConfigValue(false));
        QCOMPARE(parse("min.cleanable.dirty.ratio", "0.25"), ConfigValue(0.25));
        QCOMPARE(parse("min.cleanable.dirty.ratio", "1"), ConfigValue(1.0));
        QCOMPARE(parse("min.cleanable.dirty.ratio", ".5d"), ConfigValue(0.5));
        QCOMPARE(parse("min.cleanable.dirty.ratio", "5e-1"), ConfigValue(0.5));
        QCOMPARE(parse("cleanup.policy", "compact , delete"), ConfigValue(std::vector<std::string>{"compact", "delete"}));
        QCOMPARE(parse("cleanup.policy", "compact"), ConfigValue(std::vector<std::string>{"compact"}));
        QCOMPARE(parse("leader.replication.throttled.replicas", ""), ConfigValue(std::vector<std::string>{}));
        QCOMPARE(parse("leader.replication.throttled.replicas", "*"), ConfigValue(std::vector<std::string>{"*"}));
        QCOMPARE(parse("leader.replication.throttled.replicas", "0:1, 1:2"),
                 ConfigValue(std::vector<std::string>{"0:1", "1:2"}));
        QCOMPARE(parse("compression.gzip.level", "-1"), ConfigValue(int64_t(-1)));
        QCOMPARE(parse("compression.gzip.level", "9"), ConfigValue(int64_t(9)));
        QCOMPARE(parse("compression.zstd.level", "-131072"), ConfigValue(int64_t(-131072)));
        QCOMPARE(parse("segment.bytes", "14"), ConfigValue(int64_t(14)));
        QCOMPARE(parse("compression.type", " zstd "), ConfigValue(std::string("zstd")));
    }

    void valuesFormatAsKafkaPrintsThem()
    {
        QCOMPARE(formatValue(ConfigValue{}), std::optional<std::string>());
        QCOMPARE(*formatValue(ConfigValue(true)), std::string("true"));
        QCOMPARE(*formatValue(ConfigValue(int64_t(-1))), std::string("-1"));
        QCOMPARE(*formatValue(ConfigValue(std::vector<std::string>{"compact", "delete"})), std::string("compact,delete"));
        QCOMPARE(formatJavaDouble(0.5), std::string("0.5"));
        QCOMPARE(formatJavaDouble(1.0), std::string("1.0"));
        QCOMPARE(formatJavaDouble(100.0), std::string("100.0"));
        QCOMPARE(formatJavaDouble(0.001), std::string("0.001"));
        QCOMPARE(formatJavaDouble(0.0001), std::string("1.0E-4"));
        QCOMPARE(formatJavaDouble(1e7), std::string("1.0E7"));
        QCOMPARE(formatJavaDouble(1234567.5), std::string("1234567.5"));
        QCOMPARE(formatJavaDouble(-0.9), std::string("-0.9"));
        QCOMPARE(formatJavaDouble(0.0), std::string("0.0"));
        QCOMPARE(formatJavaDouble(std::numeric_limits<double>::max()), std::string("1.7976931348623157E308"));
        QCOMPARE(configTypeName(ConfigType::Long), std::string_view("LONG"));
        QCOMPARE(int(ConfigType::Password), 9);
        QCOMPARE(int(ConfigSource::DefaultConfig), 5);
    }

    void topicOverridesAreCheckedAsAWhole()
    {
        auto unknown = parseTopicOverrides({{"retention.ms", "1000"}, {"retention.hours", "1"}});
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().message, std::string("Unknown topic config name: retention.hours"));

        auto bad = parseTopicOverrides({{"segment.bytes", "-5"}});
        QVERIFY(!bad);
        QCOMPARE(bad.error().message,
                 std::string("Invalid value -5 for configuration segment.bytes: Value must be at least 14"));

        auto lag = parseTopicOverrides({{"min.compaction.lag.ms", "5000"}, {"max.compaction.lag.ms", "1000"}});
        QVERIFY(!lag);
        QCOMPARE(lag.error().message,
                 std::string("min.compaction.lag.ms (5000) must not exceed max.compaction.lag.ms (1000)"));

        auto ok = parseTopicOverrides({{"cleanup.policy", "compact"}, {"retention.ms", "-1"}});
        QVERIFY(ok);
        QCOMPARE(ok->size(), size_t(2));
        QCOMPARE(ok->at("retention.ms"), ConfigValue(int64_t(-1)));
    }
};

QTEST_APPLESS_MAIN(TestConfigDefinitions)
#include "test_config_definitions.moc"
