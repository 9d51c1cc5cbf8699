// kafka-python's KafkaAdminClient (and its protocol layer, for the admin requests the
// client has no call for) against samsa-broker: topics, partitions, configs, records,
// log dirs and the cluster, with every error code a real client can provoke. The script
// prints what it observed; this test holds it against what Kafka answers.
#include "common/error_code.h"
#include "support/broker_process.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <memory>

namespace {

constexpr int kNodeId = 3;
constexpr int kDefaultPartitions = 2;

// DescribeConfigs config sources.
constexpr int kDynamicTopicConfig = 1;
constexpr int kStaticBrokerConfig = 4;
constexpr int kDefaultConfig = 5;

// DescribeConfigs v3 config types.
constexpr int kTypeInt = 3;
constexpr int kTypeLong = 5;
constexpr int kTypeList = 7;

int code(samsa::ErrorCode e) {
    return samsa::toWire(e);
}

} // namespace

// Declares `var` as the script's result for `check`, failing the test when it is missing.
#define RESULT(var, check)                                                                         \
    QJsonObject var;                                                                               \
    QVERIFY2(take(QStringLiteral(check), var), missing(QStringLiteral(check)).constData())

class TestAdminKafkaPython : public QObject {
    Q_OBJECT

    std::unique_ptr<BrokerProcess> m_broker;
    QHash<QString, QJsonObject> m_results;
    QString m_output;

    // The script's line for a check; fails the test (with everything the script printed)
    // when it is missing.
    bool take(const QString& check, QJsonObject& out) const {
        out = m_results.value(check);
        return !out.isEmpty();
    }
    QByteArray missing(const QString& check) const {
        return (QStringLiteral("no result for ") + check + QStringLiteral(" in script output:\n") +
                m_output)
            .toUtf8();
    }

    // Error results carry a message, as Kafka's do.
    static void verifyError(const QJsonObject& r, samsa::ErrorCode expected) {
        QCOMPARE(r.value(QStringLiteral("code")).toInt(-99), code(expected));
        QVERIFY2(!r.value(QStringLiteral("message")).toString().isEmpty(),
                 QJsonDocument(r).toJson(QJsonDocument::Compact).constData());
    }

    static QJsonObject entry(const QJsonObject& r, const QString& name) {
        return r.value(name).toObject();
    }

private slots:
    void initTestCase() {
        m_broker = std::make_unique<BrokerProcess>(
            QStringList{QStringLiteral("node.id=%1").arg(kNodeId),
                        QStringLiteral("num.partitions=%1").arg(kDefaultPartitions)});
        QVERIFY2(m_broker->start(), qPrintable(m_broker->errorText()));

        QByteArray out, err;
        const int rc = runProgram(
            systemPython(),
            {QStringLiteral(SAMSA_INTEROP_SCRIPTS "/admin_kafka_python.py"), m_broker->bootstrap()},
            &out, &err, 300000);
        m_output = QString::fromUtf8(out) + QString::fromUtf8(err);
        QVERIFY2(rc == 0,
                 qPrintable(QStringLiteral("script exited %1:\n%2").arg(rc).arg(m_output)));
        for (const QByteArray& line : out.split('\n')) {
            const QJsonObject r = QJsonDocument::fromJson(line).object();
            if (!r.isEmpty()) m_results.insert(r.value(QStringLiteral("check")).toString(), r);
        }
        QVERIFY2(!m_results.contains(QStringLiteral("exception")), qPrintable(m_output));
    }

    void cleanupTestCase() {
        if (m_broker) m_broker->stop();
    }

    void createTopics() {
        RESULT(created, "create_with_configs");
        QCOMPARE(created.value("code").toInt(-1), 0);
        QVERIFY(created.value("message").isNull());
        QCOMPARE(created.value("partitions").toInt(), 3);

        RESULT(validated, "create_validate_only");
        QCOMPARE(validated.value("code").toInt(-1), 0);
        QCOMPARE(validated.value("exists").toBool(true), false);

        // -1 / -1: num.partitions (set to 2 for this broker) and default.replication.factor.
        RESULT(defaults, "create_defaults");
        QCOMPARE(defaults.value("code").toInt(-1), 0);
        QCOMPARE(defaults.value("partitions").toInt(), kDefaultPartitions);
        QCOMPARE(defaults.value("replicas").toInt(), 1);

        RESULT(exists, "create_exists_public");
        QCOMPARE(exists.value("code").toInt(), code(samsa::ErrorCode::TopicAlreadyExists));
    }

    void createTopicErrors_data() {
        QTest::addColumn<QString>("check");
        QTest::addColumn<int>("expected");
        using samsa::ErrorCode;
        QTest::newRow("exists") << "create_error_exists" << code(ErrorCode::TopicAlreadyExists);
        QTest::newRow("250 chars")
            << "create_error_too_long" << code(ErrorCode::InvalidTopicException);
        QTest::newRow("bad chars")
            << "create_error_bad_chars" << code(ErrorCode::InvalidTopicException);
        QTest::newRow(".") << "create_error_dot" << code(ErrorCode::InvalidTopicException);
        QTest::newRow("..") << "create_error_dotdot" << code(ErrorCode::InvalidTopicException);
        QTest::newRow("0 partitions")
            << "create_error_zero_partitions" << code(ErrorCode::InvalidPartitions);
        QTest::newRow("-5 partitions")
            << "create_error_negative_partitions" << code(ErrorCode::InvalidPartitions);
        QTest::newRow("rf 3") << "create_error_replication_factor"
                              << code(ErrorCode::InvalidReplicationFactor);
        QTest::newRow("bad value")
            << "create_error_bad_config_value" << code(ErrorCode::InvalidConfig);
        QTest::newRow("unknown key")
            << "create_error_unknown_config" << code(ErrorCode::InvalidConfig);
    }

    void createTopicErrors() {
        QFETCH(QString, check);
        QFETCH(int, expected);
        QJsonObject r;
        QVERIFY2(take(check, r), missing(check).constData());
        verifyError(r, static_cast<samsa::ErrorCode>(expected));
    }

    void createTopicNameLimit() {
        RESULT(r, "create_error_max_length"); // 249 characters is the longest valid name
        QCOMPARE(r.value("code").toInt(-1), 0);
    }

    // v5+ answers with the partitions, replication factor and configs the topic got.
    void createTopicsV7() {
        RESULT(dry, "create_v7_validate_only");
        QCOMPARE(dry.value("code").toInt(-1), 0);
        QCOMPARE(dry.value("exists").toBool(true), false);
        QCOMPARE(dry.value("partitions").toInt(), kDefaultPartitions);

        RESULT(r, "create_v7");
        QCOMPARE(r.value("code").toInt(-1), 0);
        QCOMPARE(r.value("exists").toBool(), true);
        QCOMPARE(r.value("partitions").toInt(), kDefaultPartitions);
        QCOMPARE(r.value("replication_factor").toInt(), 1);
        QCOMPARE(r.value("topic_id_zero").toBool(true), false);
        QVERIFY(r.value("config_count").toInt() > 20);
        QCOMPARE(entry(r, "retention_ms").value("value").toString(), QStringLiteral("1000"));
        QCOMPARE(entry(r, "retention_ms").value("source").toInt(), kDynamicTopicConfig);
        QCOMPARE(entry(r, "segment_bytes").value("value").toString(), QStringLiteral("1073741824"));
        QCOMPARE(entry(r, "segment_bytes").value("source").toInt(), kDefaultConfig);
    }

    void describeTopicConfigs() {
        RESULT(r, "describe_topic");
        QCOMPARE(r.value("code").toInt(-1), 0);
        QVERIFY(r.value("count").toInt() > 20);
        const auto retention = entry(r, "retention_ms");
        QCOMPARE(retention.value("value").toString(), QStringLiteral("3600000"));
        QCOMPARE(retention.value("source").toInt(), kDynamicTopicConfig);
        QCOMPARE(retention.value("read_only").toBool(true), false);
        QCOMPARE(entry(r, "cleanup_policy").value("value").toString(), QStringLiteral("compact"));
        QCOMPARE(entry(r, "cleanup_policy").value("source").toInt(), kDynamicTopicConfig);
        QCOMPARE(entry(r, "segment_bytes").value("value").toString(), QStringLiteral("1073741824"));
        QCOMPARE(entry(r, "segment_bytes").value("source").toInt(), kDefaultConfig);

        // Synonyms: the override first, then the broker key that would supply it.
        const auto synonyms = r.value("retention_synonyms").toArray();
        QVERIFY2(synonyms.size() >= 2, QJsonDocument(r).toJson().constData());
        QCOMPARE(synonyms[0].toArray()[0].toString(), QStringLiteral("retention.ms"));
        QCOMPARE(synonyms[0].toArray()[2].toInt(), kDynamicTopicConfig);
        QCOMPARE(synonyms.last().toArray()[0].toString(), QStringLiteral("log.retention.hours"));
        QCOMPARE(synonyms.last().toArray()[1].toString(), QStringLiteral("168"));
        QCOMPARE(synonyms.last().toArray()[2].toInt(), kDefaultConfig);
        const auto segment = r.value("segment_synonyms").toArray();
        QCOMPARE(segment.size(), 1);
        QCOMPARE(segment[0].toArray()[0].toString(), QStringLiteral("log.segment.bytes"));

        RESULT(filtered, "describe_topic_filtered");
        QCOMPARE(filtered.value("names").toArray(), (QJsonArray{"retention.ms", "segment.ms"}));

        RESULT(missingTopic, "describe_missing_topic");
        verifyError(missingTopic, samsa::ErrorCode::UnknownTopicOrPartition);
        QCOMPARE(missingTopic.value("count").toInt(-1), 0);
    }

    void describeConfigTypesAndDocs() {
        RESULT(r, "describe_v3");
        QCOMPARE(r.value("code").toInt(-1), 0);
        const auto types = r.value("types").toObject();
        QCOMPARE(types.value("retention.ms").toInt(), kTypeLong);
        QCOMPARE(types.value("segment.bytes").toInt(), kTypeInt);
        QCOMPARE(types.value("cleanup.policy").toInt(), kTypeList);
        QCOMPARE(r.value("documented").toBool(), true);
        QCOMPARE(r.value("synonyms").toInt(-1), 0); // not asked for
    }

    void describeBrokerConfigs() {
        RESULT(r, "describe_broker");
        QCOMPARE(r.value("code").toInt(-1), 0);
        QVERIFY(r.value("count").toInt() > 50);
        const auto partitions = entry(r, "num_partitions");
        QCOMPARE(partitions.value("value").toString(), QString::number(kDefaultPartitions));
        QCOMPARE(partitions.value("source").toInt(), kStaticBrokerConfig);
        const auto dirs = entry(r, "log_dirs");
        QCOMPARE(dirs.value("value").toString(), m_broker->dataDir());
        QCOMPARE(dirs.value("read_only").toBool(), true);

        // An empty name asks for the cluster-wide dynamic defaults: this broker has none.
        RESULT(defaults, "describe_broker_default");
        QCOMPARE(defaults.value("code").toInt(-1), 0);
        QCOMPARE(defaults.value("count").toInt(-1), 0);

        RESULT(other, "describe_broker_other");
        verifyError(other, samsa::ErrorCode::InvalidRequest);
        RESULT(word, "describe_broker_not_a_number");
        verifyError(word, samsa::ErrorCode::InvalidRequest);
    }

    // AlterConfigs replaces every override: what is not named returns to its default.
    void alterConfigs() {
        RESULT(r, "alter_replace");
        QCOMPARE(r.value("code").toInt(-1), 0);
        QCOMPARE(entry(r, "retention_ms").value("value").toString(), QStringLiteral("7200000"));
        QCOMPARE(entry(r, "retention_ms").value("source").toInt(), kDynamicTopicConfig);
        QCOMPARE(entry(r, "cleanup_policy").value("value").toString(), QStringLiteral("delete"));
        QCOMPARE(entry(r, "cleanup_policy").value("source").toInt(), kDefaultConfig);
        QCOMPARE(entry(r, "max_message_bytes").value("source").toInt(), kDefaultConfig);

        RESULT(badValue, "alter_bad_value");
        verifyError(badValue, samsa::ErrorCode::InvalidConfig);
        RESULT(unknownKey, "alter_unknown_key");
        verifyError(unknownKey, samsa::ErrorCode::InvalidConfig);
        RESULT(missingTopic, "alter_missing_topic");
        verifyError(missingTopic, samsa::ErrorCode::UnknownTopicOrPartition);
        RESULT(staticKey, "alter_broker_static");
        verifyError(staticKey, samsa::ErrorCode::InvalidRequest);
    }

    void incrementalAlterConfigs() {
        RESULT(set, "incremental_set_append");
        QCOMPARE(set.value("code").toInt(-1), 0);
        QCOMPARE(entry(set, "retention_ms").value("value").toString(), QStringLiteral("60000"));
        // APPEND starts from the current value (the default "delete").
        QCOMPARE(entry(set, "cleanup_policy").value("value").toString(),
                 QStringLiteral("delete,compact"));
        QCOMPARE(entry(set, "cleanup_policy").value("source").toInt(), kDynamicTopicConfig);

        RESULT(subtract, "incremental_subtract_delete");
        QCOMPARE(subtract.value("code").toInt(-1), 0);
        QCOMPARE(entry(subtract, "cleanup_policy").value("value").toString(),
                 QStringLiteral("compact"));
        QCOMPARE(entry(subtract, "retention_ms").value("value").toString(),
                 QStringLiteral("604800000"));
        QCOMPARE(entry(subtract, "retention_ms").value("source").toInt(), kDefaultConfig);

        RESULT(dry, "incremental_validate_only");
        QCOMPARE(dry.value("code").toInt(-1), 0);
        QCOMPARE(entry(dry, "segment_ms").value("source").toInt(), kDefaultConfig);

        RESULT(notList, "incremental_append_not_list");
        verifyError(notList, samsa::ErrorCode::InvalidConfig);
        RESULT(badValue, "incremental_bad_value");
        verifyError(badValue, samsa::ErrorCode::InvalidConfig);
        RESULT(unknownKey, "incremental_unknown_key");
        verifyError(unknownKey, samsa::ErrorCode::InvalidConfig);
        RESULT(missingTopic, "incremental_missing_topic");
        verifyError(missingTopic, samsa::ErrorCode::UnknownTopicOrPartition);
    }

    void createPartitions() {
        RESULT(grown, "create_partitions");
        QCOMPARE(grown.value("code").toInt(-1), 0);
        QCOMPARE(grown.value("before").toInt(), 3);
        QCOMPARE(grown.value("after").toInt(), 6);

        RESULT(dry, "create_partitions_validate_only");
        QCOMPARE(dry.value("code").toInt(-1), 0);
        QCOMPARE(dry.value("after").toInt(), 6);

        RESULT(shrink, "create_partitions_shrink");
        verifyError(shrink, samsa::ErrorCode::InvalidPartitions);
        RESULT(same, "create_partitions_same");
        verifyError(same, samsa::ErrorCode::InvalidPartitions);
        RESULT(missingTopic, "create_partitions_missing");
        verifyError(missingTopic, samsa::ErrorCode::UnknownTopicOrPartition);
        RESULT(shrinkPublic, "create_partitions_shrink_public");
        QCOMPARE(shrinkPublic.value("code").toInt(), code(samsa::ErrorCode::InvalidPartitions));
    }

    void deleteRecords() {
        RESULT(before2, "delete_records_before_2");
        QCOMPARE(before2.value("code").toInt(-1), 0);
        QCOMPARE(before2.value("low_watermark").toInt(), 2);

        // -1 is the high watermark: all five records.
        RESULT(all, "delete_records_high_watermark");
        QCOMPARE(all.value("code").toInt(-1), 0);
        QCOMPARE(all.value("low_watermark").toInt(), 5);

        RESULT(beyond, "delete_records_beyond");
        QCOMPARE(beyond.value("code").toInt(), code(samsa::ErrorCode::OffsetOutOfRange));
        QCOMPARE(beyond.value("low_watermark").toInt(), -1);

        RESULT(missingPartition, "delete_records_missing_partition");
        QCOMPARE(missingPartition.value("code").toInt(),
                 code(samsa::ErrorCode::UnknownTopicOrPartition));
    }

    void describeLogDirs() {
        RESULT(r, "describe_log_dirs");
        const auto dirs = r.value("dirs").toArray();
        QCOMPARE(dirs.size(), 1);
        const auto dir = dirs[0].toObject();
        QCOMPARE(dir.value("code").toInt(-1), 0);
        QCOMPARE(dir.value("log_dir").toString(), QDir(m_broker->dataDir()).canonicalPath());
        const auto partitions = dir.value("partitions").toObject();
        QVERIFY2(partitions.contains("admin-configs-5") && partitions.contains("admin-v7-1"),
                 QJsonDocument(r).toJson().constData());
        const auto records = partitions.value("admin-records-0").toObject();
        QVERIFY2(records.value("size").toInt() > 0, QJsonDocument(r).toJson().constData());
        QCOMPARE(records.value("lag").toInt(-1), 0);
        QCOMPARE(records.value("future").toBool(true), false);

        // Only the partition asked for, now empty: DeleteRecords took every record.
        RESULT(filtered, "describe_log_dirs_filtered");
        const auto after =
            filtered.value("dirs").toArray()[0].toObject().value("partitions").toObject();
        QCOMPARE(after.keys(), QStringList{"admin-records-0"});
        QCOMPARE(after.value("admin-records-0").toObject().value("size").toInt(-1), 0);
    }

    // v4 adds the file system's size and free space (what an unprivileged writer may use).
    void describeLogDirsV4() {
        RESULT(r, "describe_log_dirs_v4");
        QCOMPARE(r.value("code").toInt(-1), 0);
        QCOMPARE(r.value("dir_code").toInt(-1), 0);
        QCOMPARE(r.value("total").toDouble(), r.value("statvfs_total").toDouble());
        QVERIFY(r.value("usable").toDouble() > 0);
        QVERIFY(r.value("usable").toDouble() <= r.value("total").toDouble());
        QCOMPARE(r.value("topics").toArray(), QJsonArray{"admin-records"});
    }

    void describeCluster() {
        RESULT(r, "describe_cluster");
        QCOMPARE(r.value("code").toInt(-1), 0);
        QVERIFY(r.value("message").isNull());
        QCOMPARE(r.value("endpoint_type").toInt(), 1);
        QVERIFY(!r.value("cluster_id").toString().isEmpty());
        QCOMPARE(r.value("controller_id").toInt(), kNodeId);
        QCOMPARE(r.value("node_id").toInt(), kNodeId);
        const QJsonArray broker{kNodeId, "127.0.0.1", m_broker->port()};
        QCOMPARE(r.value("brokers").toArray(), QJsonArray{broker});
        QVERIFY(r.value("operations").toInt() > 0);

        RESULT(controllers, "describe_cluster_controllers");
        verifyError(controllers, samsa::ErrorCode::MismatchedEndpointType);
    }

    void deleteTopics() {
        RESULT(deleted, "delete_topic");
        QCOMPARE(deleted.value("code").toInt(-1), 0);
        QCOMPARE(deleted.value("exists").toBool(true), false);
        RESULT(missingTopic, "delete_missing");
        QCOMPARE(missingTopic.value("code").toInt(),
                 code(samsa::ErrorCode::UnknownTopicOrPartition));
    }

    void deleteTopicsById() {
        RESULT(r, "delete_by_id");
        QCOMPARE(r.value("exists").toBool(true), false);
        const auto results = r.value("results").toArray();
        QCOMPARE(results.size(), 3);
        const auto byId = results[0].toObject();
        QCOMPARE(byId.value("code").toInt(-1), 0);
        QCOMPARE(byId.value("name").toString(), QStringLiteral("admin-by-id"));
        QCOMPARE(byId.value("id_matches").toBool(), true);
        verifyError(results[1].toObject(), samsa::ErrorCode::UnknownTopicId);
        verifyError(results[2].toObject(),
                    samsa::ErrorCode::InvalidRequest); // name and id both given
    }

    // Versions listed for old clients but not served get UNSUPPORTED_VERSION per item,
    // and nothing happens.
    void unsupportedVersions() {
        RESULT(create, "unsupported_create_v1");
        verifyError(create, samsa::ErrorCode::UnsupportedVersion);
        QCOMPARE(create.value("exists").toBool(true), false);
        RESULT(remove, "unsupported_delete_v0");
        QCOMPARE(remove.value("code").toInt(), code(samsa::ErrorCode::UnsupportedVersion));
        QCOMPARE(remove.value("exists").toBool(), true);
        RESULT(describe, "unsupported_describe_configs_v0");
        verifyError(describe, samsa::ErrorCode::UnsupportedVersion);
        QCOMPARE(describe.value("count").toInt(-1), 0);
    }

    // What the admin calls left behind is what a librdkafka client sees.
    void kcatListsResult() {
        QByteArray out, err;
        QCOMPARE(runProgram(QStringLiteral("kcat"),
                            {QStringLiteral("-b"), m_broker->bootstrap(), QStringLiteral("-L")},
                            &out, &err, 30000),
                 0);
        const QString text = QString::fromUtf8(out);
        QVERIFY2(text.contains(QStringLiteral("topic \"admin-configs\" with 6 partitions:")),
                 qPrintable(text));
        QVERIFY2(
            text.contains(
                QStringLiteral("topic \"admin-v7\" with %1 partitions:").arg(kDefaultPartitions)),
            qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("admin-defaults")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("admin-validate-only")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestAdminKafkaPython)
#include "test_admin_kafka_python.moc"
