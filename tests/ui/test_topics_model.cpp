// The Topics page's models and rules, without a cluster.
#include "ui/common/format.h"
#include "ui/topics/config_overrides_model.h"
#include "ui/topics/topic_config_fields.h"
#include "ui/topics/topic_filter_proxy.h"
#include "ui/topics/topic_list_model.h"
#include "ui/topics/topic_name_rules.h"
#include "ui/topics/topics_page.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QSpinBox>
#include <QTest>

using samsa::ui::ConfigOverridesModel;
using samsa::ui::TopicFilterProxy;
using samsa::ui::TopicListModel;
using samsa::ui::TopicRow;

namespace {

TopicRow row(const QString& name, int partitions, bool internal = false) {
    TopicRow r;
    r.name = name;
    r.partitions = partitions;
    r.replicationFactor = 1;
    r.internal = internal;
    return r;
}

QStringList column(const QAbstractItemModel& model, int column) {
    QStringList values;
    for (int i = 0; i < model.rowCount(); ++i)
        values << model.index(i, column).data().toString();
    return values;
}

} // namespace

class TestTopicsModel : public QObject {
    Q_OBJECT
private slots:
    void fillsInStages();
    void sortsNumbersNumerically();
    void filtersByNameAndInternal();
    void removesTopicsInBatches();
    void checksTopicNames();
    void checksConfigRows();
    void fieldsSendOnlyWhatChanged();
    void confirmationListsNames();
};

void TestTopicsModel::fillsInStages() {
    TopicListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTopics({row(QStringLiteral("orders"), 3), row(QStringLiteral("payments"), 1)});
    QCOMPARE(model.rowCount(), 2);
    // Later stages are pending: their cells say so instead of showing a misleading 0.
    QCOMPARE(model.index(0, TopicListModel::Messages).data().toString(), QStringLiteral("…"));
    QCOMPARE(model.index(0, TopicListModel::CleanupPolicy).data().toString(), QStringLiteral("…"));

    model.setMessages({{QStringLiteral("orders"), 1234}});
    QCOMPARE(model.index(0, TopicListModel::Messages).data(TopicListModel::SortRole).toLongLong(),
             1234);
    // Done, but no value for this topic: unavailable rather than pending.
    QCOMPARE(model.index(1, TopicListModel::Messages).data().toString(), QStringLiteral("—"));

    model.setSizesFailed(QStringLiteral("the broker is down"));
    QCOMPARE(model.index(0, TopicListModel::Size).data().toString(), QStringLiteral("—"));
    QCOMPARE(model.index(0, TopicListModel::Size).data(Qt::ToolTipRole).toString(),
             QStringLiteral("the broker is down"));

    TopicListModel::Configs configs;
    configs.retentionMs = 7LL * 24 * 3600 * 1000;
    configs.retentionBytes = 1024LL * 1024 * 1024;
    configs.cleanupPolicy = QStringLiteral("compact");
    model.setConfigs({{QStringLiteral("orders"), configs}});
    QCOMPARE(model.index(0, TopicListModel::Retention).data().toString(),
             QStringLiteral("%1 or %2")
                 .arg(samsa::ui::formatDurationMs(*configs.retentionMs),
                      samsa::ui::formatBytes(*configs.retentionBytes)));
    QCOMPARE(model.index(0, TopicListModel::CleanupPolicy).data().toString(),
             QStringLiteral("compact"));

    // A new listing starts every stage over.
    model.setTopics({row(QStringLiteral("orders"), 3)});
    QCOMPARE(model.index(0, TopicListModel::Messages).data().toString(), QStringLiteral("…"));
}

void TestTopicsModel::sortsNumbersNumerically() {
    TopicListModel model;
    TopicFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTopics({row(QStringLiteral("a"), 10), row(QStringLiteral("b"), 9),
                     row(QStringLiteral("c"), 100), row(QStringLiteral("d"), 2000)});
    proxy.sort(TopicListModel::Partitions, Qt::AscendingOrder);
    QCOMPARE(column(proxy, TopicListModel::Name),
             (QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c"),
                          QStringLiteral("d")}));
    // Digits in names compare as numbers.
    model.setTopics({row(QStringLiteral("topic-10"), 1), row(QStringLiteral("topic-9"), 1),
                     row(QStringLiteral("Topic-100"), 1), row(QStringLiteral("topic-1"), 1)});
    proxy.sort(TopicListModel::Name, Qt::AscendingOrder);
    QCOMPARE(column(proxy, TopicListModel::Name),
             (QStringList{QStringLiteral("topic-1"), QStringLiteral("topic-9"),
                          QStringLiteral("topic-10"), QStringLiteral("Topic-100")}));
    model.setTopics({row(QStringLiteral("a"), 10), row(QStringLiteral("b"), 9),
                     row(QStringLiteral("c"), 100), row(QStringLiteral("d"), 2000)});
    // Message counts arrive later; the proxy keeps the order up to date.
    proxy.sort(TopicListModel::Messages, Qt::DescendingOrder);
    model.setMessages({{QStringLiteral("a"), 5},
                       {QStringLiteral("b"), 40},
                       {QStringLiteral("c"), 300},
                       {QStringLiteral("d"), 0}});
    QCOMPARE(column(proxy, TopicListModel::Name),
             (QStringList{QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a"),
                          QStringLiteral("d")}));
    // "forever" retention sorts after any finite one.
    TopicListModel::Configs unlimited;
    unlimited.retentionMs = -1;
    TopicListModel::Configs week;
    week.retentionMs = 604800000;
    model.setConfigs({{QStringLiteral("a"), unlimited},
                      {QStringLiteral("b"), week},
                      {QStringLiteral("c"), week},
                      {QStringLiteral("d"), week}});
    proxy.sort(TopicListModel::Retention, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, TopicListModel::Name).data().toString(), QStringLiteral("a"));
    // Kept forever but limited in size: the size is the only limit worth showing.
    unlimited.retentionBytes = 1024;
    model.setConfigs({{QStringLiteral("a"), unlimited}});
    QCOMPARE(model.index(0, TopicListModel::Retention).data().toString(),
             samsa::ui::formatBytes(1024));
}

void TestTopicsModel::filtersByNameAndInternal() {
    TopicListModel model;
    TopicFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTopics({row(QStringLiteral("Orders"), 1), row(QStringLiteral("orders-archive"), 1),
                     row(QStringLiteral("payments"), 1),
                     row(QStringLiteral("__consumer_offsets"), 50, true)});
    QCOMPARE(proxy.rowCount(), 3); // internal hidden by default
    QCOMPARE(model.nonInternalCount(), 3);
    proxy.setNameFilter(QStringLiteral("ORDERS"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setShowInternal(true);
    proxy.setNameFilter(QStringLiteral("offsets"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setNameFilter(QString());
    QCOMPARE(proxy.rowCount(), 4);
}

void TestTopicsModel::removesTopicsInBatches() {
    TopicListModel model;
    TopicFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::vector<TopicRow> rows;
    for (int i = 0; i < 10; ++i)
        rows.push_back(row(QStringLiteral("t%1").arg(i), i + 1));
    model.setTopics(rows);
    int removals = 0;
    connect(&model, &QAbstractItemModel::rowsRemoved, this, [&] { ++removals; });
    model.removeTopics({QStringLiteral("t2"), QStringLiteral("t3"), QStringLiteral("t4"),
                        QStringLiteral("t8"), QStringLiteral("unknown")});
    QCOMPARE(removals, 2); // t2..t4 together, t8 alone
    QCOMPARE(model.names(),
             (QStringList{QStringLiteral("t0"), QStringLiteral("t1"), QStringLiteral("t5"),
                          QStringLiteral("t6"), QStringLiteral("t7"), QStringLiteral("t9")}));
    QCOMPARE(model.rowOf(QStringLiteral("t9")), 5);
}

void TestTopicsModel::checksTopicNames() {
    using samsa::ui::checkTopicName;
    QVERIFY(checkTopicName(QStringLiteral("orders.v1"), {}).ok());
    QVERIFY(!checkTopicName(QString(), {}).ok());
    QVERIFY(checkTopicName(QStringLiteral("."), {}).error.contains(QStringLiteral("\"..\"")));
    QVERIFY(!checkTopicName(QStringLiteral(".."), {}).ok());
    QVERIFY(checkTopicName(QString(249, QLatin1Char('a')), {}).ok());
    QVERIFY(
        checkTopicName(QString(250, QLatin1Char('a')), {}).error.contains(QStringLiteral("249")));
    const auto spaces = checkTopicName(QStringLiteral("my topic/1"), {});
    QVERIFY(spaces.error.contains(QStringLiteral("space")));
    QVERIFY(spaces.error.contains(QStringLiteral("\"/\"")));
    QVERIFY(checkTopicName(QStringLiteral("orders"), {QStringLiteral("orders")})
                .error.contains(QStringLiteral("already exists")));
    const auto collision = checkTopicName(QStringLiteral("a.b"), {QStringLiteral("a_b")});
    QVERIFY(collision.error.contains(QStringLiteral("a_b")));
    QVERIFY(collision.error.contains(QStringLiteral("metric")));
    const auto mixed = checkTopicName(QStringLiteral("a.b_c"), {});
    QVERIFY(mixed.ok());
    QVERIFY(!mixed.warning.isEmpty());
}

void TestTopicsModel::checksConfigRows() {
    ConfigOverridesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(ConfigOverridesModel::knownKeys().contains(QStringLiteral("max.message.bytes")));
    QVERIFY(ConfigOverridesModel::describeDefault(QStringLiteral("retention.ms"))
                .contains(samsa::ui::formatDurationMs(604800000)));
    QVERIFY(ConfigOverridesModel::allowedValues(QStringLiteral("message.timestamp.type"))
                .contains(QStringLiteral("LogAppendTime")));

    const int good = model.addEntry(QStringLiteral("max.message.bytes"), QStringLiteral("2097152"));
    const int unknown = model.addEntry(QStringLiteral("max.mesage.bytes"), QStringLiteral("1"));
    const int bad = model.addEntry(QStringLiteral("segment.bytes"), QStringLiteral("5"));
    QVERIFY(model.problem(good).isEmpty());
    QVERIFY(model.index(good, ConfigOverridesModel::Note)
                .data()
                .toString()
                .startsWith(QStringLiteral("Default: 1048588")));
    QVERIFY(model.problem(unknown).contains(QStringLiteral("Not a topic config")));
    QCOMPARE(model.problem(bad), QStringLiteral("Value must be at least 14"));
    QCOMPARE(model.index(bad, ConfigOverridesModel::Note).data().toString(), model.problem(bad));
    QVERIFY(model.index(bad, 0).data(ConfigOverridesModel::ProblemRole).toBool());
    QVERIFY(model.hasProblems());
    // Only rows without a problem go into the request.
    QCOMPARE(model.configs().size(), size_t(1));

    QVERIFY(
        model.setData(model.index(bad, ConfigOverridesModel::Value), QStringLiteral("1048576")));
    QVERIFY(model.removeRows(unknown, 1));
    QVERIFY(!model.hasProblems());
    QCOMPARE(model.configs().size(), size_t(2));

    model.addEntry(QStringLiteral("max.message.bytes"), QStringLiteral("10"));
    QVERIFY(model.problem(2).contains(QStringLiteral("twice")));
    model.removeRows(2, 1);
    model.setReservedKeys({QStringLiteral("segment.bytes")});
    QVERIFY(model.problem(1).contains(QStringLiteral("field above")));
}

void TestTopicsModel::fieldsSendOnlyWhatChanged() {
    samsa::ui::TopicConfigFields fields;
    QVERIFY(fields.configs().empty());
    fields.retentionValue()->setValue(3);
    fields.retentionUnit()->setCurrentIndex(fields.retentionUnit()->findData(qint64(3'600'000)));
    fields.retentionSizeUnit()->setCurrentIndex(fields.retentionSizeUnit()->findData(qint64(-1)));
    fields.cleanupPolicy()->setCurrentIndex(
        fields.cleanupPolicy()->findData(QStringLiteral("compact,delete")));
    fields.segmentMiB()->setValue(64);
    const auto configs = fields.configs();
    QCOMPARE(configs.at("retention.ms"), std::string("10800000"));
    QCOMPARE(configs.at("retention.bytes"), std::string("-1"));
    QCOMPARE(configs.at("cleanup.policy"), std::string("compact,delete"));
    QCOMPARE(configs.at("segment.bytes"), std::string("67108864"));
    QCOMPARE(configs.count("compression.type"), size_t(0));
    QVERIFY(!fields.retentionSizeValue()->isEnabled()); // "unlimited" needs no number

    fields.setReplicationFactor(1);
    fields.minInsyncReplicas()->setValue(2);
    QVERIFY(!fields.minInsyncWarning()->text().isEmpty());
}

void TestTopicsModel::confirmationListsNames() {
    const QString few =
        samsa::ui::deleteConfirmationText({QStringLiteral("a"), QStringLiteral("b")});
    QVERIFY(few.contains(QStringLiteral("• a")));
    QVERIFY(few.contains(QStringLiteral("• b")));
    QStringList many;
    for (int i = 0; i < 25; ++i)
        many << QStringLiteral("topic-%1").arg(i);
    const QString text = samsa::ui::deleteConfirmationText(many);
    QVERIFY(text.contains(QStringLiteral("25 topic")));
    QVERIFY(text.contains(QStringLiteral("topic-9")));
    QVERIFY(!text.contains(QStringLiteral("topic-10")));
    QVERIFY(text.contains(QStringLiteral("and 15 more")));
}

QTEST_MAIN(TestTopicsModel)
#include "test_topics_model.moc"
