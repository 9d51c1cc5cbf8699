#include <QtTest>

#include <QTemporaryDir>

#include <fstream>

#include "common/config/broker_config.h"
#include "common/config/command_line.h"

using namespace samsa::config;

namespace {

ConfigEnvironment testEnv()
{
    ConfigEnvironment env;
    env.xdgDataHome = "/xdg/data";
    env.home = "/home/user";
    env.hostName = "workstation";
    return env;
}

BrokerConfig make(const ConfigStrings& values, std::vector<std::string>* warnings = nullptr)
{
    auto r = BrokerConfig::create(values, testEnv(), warnings);
    if (!r)
        qFatal("unexpected config error: %s", r.error().message.c_str());
    return std::move(r.value());
}

std::string errorOf(const ConfigStrings& values)
{
    auto r = BrokerConfig::create(values, testEnv());
    return r ? std::string("<accepted>") : r.error().message;
}

} // namespace

class TestBrokerConfig : public QObject {
    Q_OBJECT
private slots:
    void defaults()
    {
        const BrokerConfig cfg = BrokerConfig::defaults(testEnv());
        QCOMPARE(cfg.nodeId(), 1);
        QCOMPARE(cfg.listeners().size(), size_t(1));
        QCOMPARE(cfg.listeners()[0], (Listener{"PLAINTEXT", "127.0.0.1", 9092, "PLAINTEXT"}));
        QCOMPARE(cfg.advertisedListeners(), cfg.listeners());
        QCOMPARE(cfg.logDirs(), std::vector<std::string>{"/xdg/data/samsa/broker"});
        QCOMPARE(cfg.numPartitions(), 1);
        QCOMPARE(cfg.defaultReplicationFactor(), 1);
        QVERIFY(cfg.autoCreateTopicsEnable());
        QVERIFY(cfg.deleteTopicEnable());
        QCOMPARE(cfg.logSegmentBytes(), 1073741824);
        QCOMPARE(cfg.logRollMs(), int64_t(168) * 3600 * 1000);
        QCOMPARE(cfg.logRetentionMs(), int64_t(168) * 3600 * 1000);
        QCOMPARE(cfg.logRetentionBytes(), int64_t(-1));
        QCOMPARE(cfg.logRetentionCheckIntervalMs(), int64_t(300000));
        QCOMPARE(cfg.messageMaxBytes(), 1048588);
        QCOMPARE(cfg.connectionsMaxIdleMs(), int64_t(600000));
        QCOMPARE(cfg.socketRequestMaxBytes(), 104857600);
        QCOMPARE(cfg.offsetsTopicNumPartitions(), 50);
        QCOMPARE(cfg.offsetsTopicReplicationFactor(), int16_t(3));
        QCOMPARE(cfg.offsetsRetentionMs(), int64_t(10080) * 60 * 1000);
        QCOMPARE(cfg.groupInitialRebalanceDelayMs(), 3000);
        QCOMPARE(cfg.groupMinSessionTimeoutMs(), 6000);
        QCOMPARE(cfg.groupMaxSessionTimeoutMs(), 1800000);
        QCOMPARE(cfg.groupMaxSize(), std::numeric_limits<int32_t>::max());
        QCOMPARE(cfg.transactionMaxTimeoutMs(), 900000);
        QCOMPARE(cfg.transactionalIdExpirationMs(), 604800000);
        QCOMPARE(cfg.producerIdExpirationMs(), 86400000);
        QCOMPARE(cfg.transactionStateLogNumPartitions(), 50);
        QCOMPARE(cfg.transactionStateLogReplicationFactor(), int16_t(3));
        QCOMPARE(cfg.replicaLagTimeMaxMs(), int64_t(30000));
        QCOMPARE(cfg.numNetworkThreads(), 3);
        QCOMPARE(cfg.numIoThreads(), 8);
        QVERIFY(cfg.logCleanerEnable());
        QCOMPARE(cfg.logCleanerIoMaxBytesPerSecond(), std::numeric_limits<double>::max());
        QCOMPARE(cfg.brokerRack(), std::optional<std::string>());
        QCOMPARE(cfg.resolve("log.segment.bytes").source, ConfigSource::DefaultConfig);
        QVERIFY(cfg.staticValues().empty());
    }

    void dataDirFollowsXdg()
    {
        ConfigEnvironment env = testEnv();
        QCOMPARE(defaultDataDir(env), std::string("/xdg/data/samsa/broker"));
        env.xdgDataHome = "/xdg/data/";
        QCOMPARE(defaultDataDir(env), std::string("/xdg/data/samsa/broker"));
        env.xdgDataHome = "relative/ignored";
        QCOMPARE(defaultDataDir(env), std::string("/home/user/.local/share/samsa/broker"));
        env.xdgDataHome.clear();
        QCOMPARE(defaultDataDir(env), std::string("/home/user/.local/share/samsa/broker"));
        env.home.clear();
        QCOMPARE(defaultDataDir(env), std::string("samsa/broker"));
        QVERIFY(!ConfigEnvironment::fromProcess().hostName.empty());
    }

    void staticValuesOverrideDefaults()
    {
        const BrokerConfig cfg = make({{"num.partitions", "3"},
                                       {"log.dirs", "/a, /b,,"},
                                       {"log.retention.hours", "1"},
                                       {"broker.rack", " rack-1 "},
                                       {"auto.create.topics.enable", "false"}});
        QCOMPARE(cfg.numPartitions(), 3);
        QCOMPARE(cfg.logDirs(), (std::vector<std::string>{"/a", "/b"}));
        QCOMPARE(cfg.logRetentionMs(), int64_t(3600000));
        QCOMPARE(cfg.brokerRack(), std::optional<std::string>("rack-1"));
        QVERIFY(!cfg.autoCreateTopicsEnable());
        QCOMPARE(cfg.resolve("num.partitions").source, ConfigSource::StaticBrokerConfig);

        QCOMPARE(make({{"log.dir", "/single"}}).logDirs(), std::vector<std::string>{"/single"});
        QCOMPARE(make({{"log.dir", "/single"}, {"log.dirs", "/many"}}).logDirs(), std::vector<std::string>{"/many"});
    }

    void retentionUnitsAndPrecedence()
    {
        QCOMPARE(make({{"log.retention.minutes", "5"}}).logRetentionMs(), int64_t(300000));
        QCOMPARE(make({{"log.retention.minutes", "5"}, {"log.retention.hours", "1"}}).logRetentionMs(), int64_t(300000));
        QCOMPARE(make({{"log.retention.ms", "1000"}, {"log.retention.minutes", "5"}}).logRetentionMs(), int64_t(1000));
        QCOMPARE(make({{"log.retention.ms", "-1"}}).logRetentionMs(), int64_t(-1));
        // Kafka treats every negative broker retention as unlimited.
        QCOMPARE(make({{"log.retention.hours", "-5"}}).logRetentionMs(), int64_t(-1));
        QCOMPARE(make({{"log.roll.hours", "2"}}).logRollMs(), int64_t(7200000));
        QCOMPARE(make({{"log.roll.ms", "5000"}, {"log.roll.hours", "2"}}).logRollMs(), int64_t(5000));
    }

    void nodeIdAndBrokerId()
    {
        QCOMPARE(make({{"node.id", "7"}}).nodeId(), 7);
        QCOMPARE(make({{"broker.id", "4"}}).nodeId(), 4);
        QCOMPARE(make({{"broker.id", "4"}, {"node.id", "4"}}).nodeId(), 4);
        QCOMPARE(make({{"broker.id", "-1"}}).nodeId(), 1);
        QCOMPARE(errorOf({{"broker.id", "4"}, {"node.id", "5"}}), std::string("broker.id (4) must equal node.id (5)"));
    }

    void listenerParsing()
    {
        auto l = parseListeners("PLAINTEXT://:9092, plaintext2://0.0.0.0:0 ,INTERNAL://[::1]:19092,X://my-host.example.com:1");
        QVERIFY(l);
        QCOMPARE(l->size(), size_t(4));
        QCOMPARE((*l)[0], (Listener{"PLAINTEXT", "", 9092, ""}));
        QVERIFY((*l)[0].bindsAllInterfaces());
        QCOMPARE((*l)[1], (Listener{"PLAINTEXT2", "0.0.0.0", 0, ""}));
        QVERIFY((*l)[1].bindsAllInterfaces());
        QCOMPARE((*l)[2], (Listener{"INTERNAL", "::1", 19092, ""}));
        QVERIFY(!(*l)[2].bindsAllInterfaces());
        QCOMPARE((*l)[2].toString(), std::string("INTERNAL://[::1]:19092"));
        QCOMPARE((*l)[3].host, std::string("my-host.example.com"));
        QVERIFY(parseListeners("")->empty());

        QVERIFY(!parseListeners("PLAINTEXT://host"));
        QVERIFY(!parseListeners("PLAINTEXT://host:port"));
        QVERIFY(!parseListeners("PLAINTEXT://host:-1"));
        QVERIFY(!parseListeners("://host:1"));
        QVERIFY(!parseListeners("PLAINTEXT://[::1:9092"));
        QVERIFY(!parseListeners("PLAINTEXT://ho st:9092"));
        auto dup = parseListeners("PLAINTEXT://:1,plaintext://:2");
        QVERIFY(!dup);
        QCOMPARE(dup.error().message, std::string("listener name PLAINTEXT is used more than once"));

        auto map = parseSecurityProtocolMap("controller:plaintext, CLIENT:PLAINTEXT");
        QVERIFY(map);
        QCOMPARE(map->at("CONTROLLER"), std::string("PLAINTEXT"));
        auto applied = applySecurityProtocols(*parseListeners("CLIENT://:1,SSL://:2"), *map);
        QVERIFY(applied);
        QCOMPARE((*applied)[0].securityProtocol, std::string("PLAINTEXT"));
        QCOMPARE((*applied)[1].securityProtocol, std::string("SSL"));
        QVERIFY(!applySecurityProtocols(*parseListeners("OTHER://:1"), *map));
    }

    void listenerRules()
    {
        // A stock KRaft combined-mode file: the controller listener is set aside.
        const BrokerConfig kraft = make({{"process.roles", "broker,controller"},
                                         {"controller.quorum.voters", "1@localhost:9093"},
                                         {"listeners", "PLAINTEXT://:9092,CONTROLLER://:9093"},
                                         {"controller.listener.names", "CONTROLLER"},
                                         {"inter.broker.listener.name", "PLAINTEXT"},
                                         {"advertised.listeners", "PLAINTEXT://localhost:9092"},
                                         {"listener.security.protocol.map",
                                          "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,SSL:SSL,SASL_PLAINTEXT:SASL_PLAINTEXT,SASL_SSL:SASL_SSL"}});
        QCOMPARE(kraft.listeners().size(), size_t(2));
        QCOMPARE(kraft.clientListeners().size(), size_t(1));
        QCOMPARE(kraft.clientListeners()[0].name, std::string("PLAINTEXT"));
        QCOMPARE(kraft.advertisedListeners(), (std::vector<Listener>{{"PLAINTEXT", "localhost", 9092, "PLAINTEXT"}}));

        // Empty host: bind everything, advertise the machine name.
        const BrokerConfig all = make({{"listeners", "PLAINTEXT://:9092"}});
        QVERIFY(all.listeners()[0].bindsAllInterfaces());
        QCOMPARE(all.advertisedListeners()[0].host, std::string("workstation"));

        QCOMPARE(errorOf({{"listeners", "SSL://:9093"}}),
                 std::string("listener SSL://:9093 uses security protocol SSL; this broker supports only PLAINTEXT"));
        QCOMPARE(errorOf({{"listeners", "A://:9092,B://:9092"}, {"listener.security.protocol.map", "A:PLAINTEXT,B:PLAINTEXT"}}),
                 std::string("listeners A and B both use port 9092"));
        QCOMPARE(errorOf({{"listeners", "CLIENT://:9092"}}),
                 std::string("Invalid value for configuration listeners: listener CLIENT has no entry in listener.security.protocol.map"));
        QCOMPARE(errorOf({{"listeners", ""}}), std::string("listeners must name at least one listener"));
        QCOMPARE(errorOf({{"listeners", "PLAINTEXT://0.0.0.0:9092"}}),
                 std::string("advertised listener PLAINTEXT://0.0.0.0:9092 uses a wildcard address that clients cannot "
                             "connect to; set advertised.listeners to a routable host"));
        QCOMPARE(make({{"listeners", "PLAINTEXT://0.0.0.0:9092"}, {"advertised.listeners", "PLAINTEXT://10.0.0.5:9092"}})
                     .advertisedListeners()[0].host,
                 std::string("10.0.0.5"));
        QCOMPARE(errorOf({{"advertised.listeners", "OTHER://h:1"}, {"listener.security.protocol.map", "OTHER:PLAINTEXT,PLAINTEXT:PLAINTEXT"}}),
                 std::string("advertised listener OTHER is not one of the listeners"));
        QCOMPARE(errorOf({{"inter.broker.listener.name", "REPLICATION"}}),
                 std::string("inter.broker.listener.name REPLICATION is not one of the listeners"));
        QCOMPARE(errorOf({{"controller.listener.names", "PLAINTEXT"}}),
                 std::string("no listener is left for clients once controller.listener.names are set aside"));
    }

    void crossKeyRules()
    {
        QCOMPARE(errorOf({{"group.min.session.timeout.ms", "10000"}, {"group.max.session.timeout.ms", "5000"}}),
                 std::string("group.min.session.timeout.ms (10000) must not exceed group.max.session.timeout.ms (5000)"));
        // A broker default must also be a valid topic value.
        QCOMPARE(errorOf({{"log.roll.ms", "0"}}),
                 std::string("the value of log.roll.ms is not a valid topic default: Invalid value 0 for configuration "
                             "segment.ms: Value must be at least 1"));
        QCOMPARE(errorOf({{"log.segment.bytes", "10"}}),
                 std::string("Invalid value 10 for configuration log.segment.bytes: Value must be at least 14"));
    }

    void unknownKeysWarn()
    {
        std::vector<std::string> warnings;
        const BrokerConfig cfg = make({{"num.partitions", "2"}, {"ssl.keystore.location", "/x"}, {"typo.key", "1"}}, &warnings);
        QCOMPARE(cfg.numPartitions(), 2);
        QCOMPARE(warnings, (std::vector<std::string>{"Unknown configuration 'ssl.keystore.location' was ignored",
                                                     "Unknown configuration 'typo.key' was ignored"}));
    }

    void dynamicLayers()
    {
        const BrokerConfig base = make({{"log.retention.hours", "24"}, {"message.max.bytes", "2000000"}});
        auto dyn = base.withDynamicConfigs({{"message.max.bytes", "3000000"}}, {{"log.retention.ms", "60000"}});
        QVERIFY(dyn);
        QCOMPARE(dyn->messageMaxBytes(), 3000000);
        QCOMPARE(dyn->resolve("message.max.bytes").source, ConfigSource::DynamicBrokerConfig);
        QCOMPARE(dyn->logRetentionMs(), int64_t(60000));
        QCOMPARE(dyn->resolve("log.retention.ms").source, ConfigSource::DynamicDefaultBrokerConfig);
        QCOMPARE(base.messageMaxBytes(), 2000000); // snapshots are immutable

        auto readOnly = base.withDynamicConfigs({{"node.id", "2"}}, {});
        QVERIFY(!readOnly);
        QCOMPARE(readOnly.error().message, std::string("Configuration node.id cannot be changed while the broker runs"));
        QVERIFY(!base.withDynamicConfigs({{"no.such", "1"}}, {}));
        QVERIFY(!base.withDynamicConfigs({}, {{"log.segment.bytes", "1"}}));
    }

    void commandLine()
    {
        const ConfigEnvironment env = testEnv();
        auto help = parseCommandLine({"--help"}, "1.2.3", env);
        QCOMPARE(help.action, CommandLineResult::Action::ShowHelp);
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.text.find("--override key=value") != std::string::npos);
        QVERIFY(help.text.find("/xdg/data/samsa/broker") != std::string::npos);
        QCOMPARE(parseCommandLine({"-h"}, "1.2.3", env).action, CommandLineResult::Action::ShowHelp);

        auto version = parseCommandLine({"--version"}, "1.2.3", env);
        QCOMPARE(version.action, CommandLineResult::Action::ShowVersion);
        QCOMPARE(version.text, std::string("samsa-broker 1.2.3\n"));

        auto none = parseCommandLine({}, "1.2.3", env);
        QCOMPARE(none.action, CommandLineResult::Action::Run);
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.config);
        QCOMPARE(none.config->nodeId(), 1);

        auto overrides = parseCommandLine({"--override", "num.partitions=4", "--override=log.dirs=/tmp/x=y", "--override", "bogus.key=1"},
                                          "1.2.3", env);
        QCOMPARE(overrides.action, CommandLineResult::Action::Run);
        QCOMPARE(overrides.config->numPartitions(), 4);
        QCOMPARE(overrides.config->logDirs(), std::vector<std::string>{"/tmp/x=y"});
        QCOMPARE(overrides.warnings, std::vector<std::string>{"Unknown configuration 'bogus.key' was ignored"});

        const auto expectUsageError = [&](const std::vector<std::string>& args, const std::string& fragment) {
            auto r = parseCommandLine(args, "1.2.3", env);
            QCOMPARE(r.action, CommandLineResult::Action::Fail);
            QCOMPARE(r.exitCode, 2);
            QVERIFY(!r.config);
            QVERIFY2(r.text.find(fragment) != std::string::npos, r.text.c_str());
        };
        expectUsageError({"--override", "segment.bytes"}, "--override expects key=value, got 'segment.bytes'");
        expectUsageError({"--override"}, "--override needs a key=value argument");
        expectUsageError({"--frobnicate"}, "unknown option --frobnicate");
        expectUsageError({"a.properties", "b.properties"}, "only one properties file may be given");
        expectUsageError({"/nonexistent/server.properties"}, "cannot open /nonexistent/server.properties");
        expectUsageError({"--override", "log.segment.bytes=-5"},
                         "Invalid value -5 for configuration log.segment.bytes: Value must be at least 14");
        expectUsageError({"--override", "num.partitions=many"},
                         "Invalid value many for configuration num.partitions: Not a number of type INT");
    }

    void commandLineWithFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = dir.filePath("server.properties").toStdString();
        {
            std::ofstream out(path);
            out << "# Kafka-style file\n"
                   "node.id=2\n"
                   "listeners=PLAINTEXT://127.0.0.1:19092\n"
                   "num.partitions=3\n"
                   "log.retention.hours=1\n"
                   "zookeeper.connect=localhost:2181\n"
                   "unknown.thing=1\n";
        }
        auto r = parseCommandLine({path, "--override", "num.partitions=6"}, "1.2.3", testEnv());
        QCOMPARE(r.action, CommandLineResult::Action::Run);
        QCOMPARE(r.config->nodeId(), 2);
        QCOMPARE(r.config->numPartitions(), 6); // the override beats the file
        QCOMPARE(r.config->logRetentionMs(), int64_t(3600000));
        QCOMPARE(r.config->listeners()[0].port, uint16_t(19092));
        QCOMPARE(r.warnings, std::vector<std::string>{"Unknown configuration 'unknown.thing' was ignored"});

        {
            std::ofstream out(path);
            out << "message.max.bytes=big\n";
        }
        auto bad = parseCommandLine({path}, "1.2.3", testEnv());
        QCOMPARE(bad.exitCode, 2);
        QCOMPARE(bad.text, std::string("Invalid value big for configuration message.max.bytes: Not a number "
                                       "of type INT\nRun 'samsa-broker --help' for usage."));
    }
};

QTEST_APPLESS_MAIN(TestBrokerConfig)
#include "test_broker_config.moc"
