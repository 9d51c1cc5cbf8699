#include "produce_helper.h"
#include "support/running_cluster.h"
#include "ui/common/inline_message.h"
#include "ui/topic_detail/add_partitions_dialog.h"
#include "ui/topic_detail/config_edit_dialog.h"
#include "ui/topic_detail/configs_model.h"
#include "ui/topic_detail/configs_tab.h"
#include "ui/topic_detail/partitions_model.h"
#include "ui/topic_detail/replica_list_delegate.h"
#include "ui/topic_detail/topic_detail_page.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using samsa::ui::ConfigsModel;
using samsa::ui::PartitionsModel;
using samsa::ui::TopicDetailPage;
using samsa::ui::testing::kTimeoutMs;
using samsa::ui::testing::RunningCluster;
namespace client = samsa::client;

namespace {

constexpr int kRecordsPerPartition[] = {4, 2, 1};
constexpr int kRecords = 7;

// Purging asks the user; here the user agrees and the question is remembered.
class AgreeingPage : public TopicDetailPage {
public:
    using TopicDetailPage::TopicDetailPage;
    QString askedTopic;
    qint64 askedMessages = -1;

protected:
    bool confirmPurge(const QString& topic, qint64 messages) override {
        askedTopic = topic;
        askedMessages = messages;
        return true;
    }
};

QList<int> ids(std::initializer_list<int> list) { return QList<int>(list); }

} // namespace

class TestTopicDetail : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void showsPartitions();
    void editsAndResetsConfig();
    void showsBrokerRefusal();
    void addsPartitions();
    void purgesMessages();
    void showsMissingTopic();
    void filtersConfigs();
    void modelsAreSound();
    void highlightsTroubledPartitions();
    void screenshots();

private:
    void createTopic(const QString& name, int partitions);
    void waitForRefresh(TopicDetailPage& page);
    void editConfig(TopicDetailPage& page, const QString& name, const QString& value);

    RunningCluster m_cluster;
    QString m_topic;
    int m_topicCount = 0;
};

void TestTopicDetail::initTestCase() {
    m_cluster.startAndWait();
    if (QTest::currentTestFailed()) return;
    m_cluster.connect();
}

void TestTopicDetail::init() {
    // A fresh topic per test, so one test's purge or edit does not leak into another.
    m_topic = QStringLiteral("orders-%1").arg(++m_topicCount);
    createTopic(m_topic, 3);
    for (int p = 0; p < 3; ++p)
        QVERIFY(produceRecords(m_cluster.host->port(), m_topic.toStdString(), p,
                               kRecordsPerPartition[p]));
}

void TestTopicDetail::createTopic(const QString& name, int partitions) {
    // Test code may wait; only the page must not.
    QVERIFY(m_cluster.createTopic(name.toStdString(), partitions));
}

void TestTopicDetail::waitForRefresh(TopicDetailPage& page) {
    QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), kTimeoutMs);
}

void TestTopicDetail::editConfig(TopicDetailPage& page, const QString& name, const QString& value) {
    auto* tab = page.configsTab();
    QVERIFY(tab->selectConfig(name));
    QVERIFY(tab->editButton()->isEnabled());
    QTest::mouseClick(tab->editButton(), Qt::LeftButton);
    auto* dialog = tab->editDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->name(), name);
    QVERIFY(dialog->valueEdit());
    dialog->valueEdit()->setText(value);
    QVERIFY(dialog->applyButton()->isEnabled());
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QVERIFY(tab->model()->isPending(name));
}

void TestTopicDetail::showsPartitions() {
    TopicDetailPage page(m_cluster.service.get(), m_topic);
    QSignalSpy refreshed(&page, &TopicDetailPage::refreshed);
    QCOMPARE(page.objectName(), QStringLiteral("topic"));
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, kTimeoutMs);
    const auto* model = page.partitionsModel();
    QCOMPARE(model->rowCount(), 3);
    qint64 total = 0;
    for (int p = 0; p < 3; ++p) {
        const auto& row = model->rows().at(p);
        QCOMPARE(row.partition, p);
        QCOMPARE(row.leader, 1);
        QCOMPARE(row.replicas, ids({1}));
        QCOMPARE(row.isr, ids({1}));
        QCOMPARE(row.logStart, qint64(0));
        QCOMPARE(row.highWatermark, qint64(kRecordsPerPartition[p]));
        QVERIFY(row.sizeBytes > 0);
        QCOMPARE(model->index(p, PartitionsModel::Messages).data().toString(),
                 QString::number(kRecordsPerPartition[p]));
        total += row.highWatermark;
    }
    QCOMPARE(total, qint64(kRecords));
    QCOMPARE(model->totalMessages(), qint64(kRecords));
    QVERIFY(page.summaryLabel()->text().contains(QStringLiteral("3 partitions")));
    QVERIFY(page.summaryLabel()->text().contains(QStringLiteral("replication factor 1")));
    QVERIFY(page.partitionsMessage()->isHidden());

    // Sorting by messages is numeric: 1, 2, 4.
    page.partitionsView()->sortByColumn(PartitionsModel::Messages, Qt::AscendingOrder);
    const auto* view = page.partitionsView()->model();
    QCOMPARE(view->index(0, PartitionsModel::Partition).data().toInt(), 2);
    QCOMPARE(view->index(2, PartitionsModel::Partition).data().toInt(), 0);
}

void TestTopicDetail::editsAndResetsConfig() {
    TopicDetailPage page(m_cluster.service.get(), m_topic);
    page.tabs()->setCurrentIndex(TopicDetailPage::ConfigsTabIndex);
    auto* model = page.configsTab()->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->find(QStringLiteral("retention.ms")), kTimeoutMs);
    const QString key = QStringLiteral("retention.ms");
    const QString defaultValue = model->displayValue(key);
    QCOMPARE(defaultValue, QStringLiteral("604800000"));
    QCOMPARE(model->sourceText(key), QStringLiteral("default"));

    editConfig(page, key, QStringLiteral("3600000"));
    QTRY_COMPARE_WITH_TIMEOUT(model->sourceText(key), QStringLiteral("topic override"), kTimeoutMs);
    QCOMPARE(model->displayValue(key), QStringLiteral("3600000"));
    const auto* row = model->find(key);
    QVERIFY(row->differsFromDefault());
    QCOMPARE(row->defaultValue.value_or(QString()), defaultValue);
    const QModelIndex name = model->index(model->rowOf(key), ConfigsModel::Name);
    QVERIFY(name.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!name.data(Qt::DecorationRole).isNull());
    QVERIFY(!model->isPending(key));

    // Reset drops the override: the default and its source come back.
    auto* tab = page.configsTab();
    QVERIFY(tab->selectConfig(key));
    QTest::keyClick(tab->view(), Qt::Key_Return); // Enter opens the editor, as a double-click does
    QVERIFY(tab->editDialog());
    QVERIFY(tab->editDialog()->resetButton()->isEnabled());
    QTest::mouseClick(tab->editDialog()->resetButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(model->sourceText(key), QStringLiteral("default"), kTimeoutMs);
    QCOMPARE(model->displayValue(key), defaultValue);
    QVERIFY(!model->find(key)->differsFromDefault());
}

void TestTopicDetail::showsBrokerRefusal() {
    TopicDetailPage page(m_cluster.service.get(), m_topic);
    auto* model = page.configsTab()->model();
    const QString key = QStringLiteral("min.insync.replicas");
    QTRY_VERIFY_WITH_TIMEOUT(model->find(key), kTimeoutMs);
    const QString before = model->displayValue(key);

    editConfig(page, key, QStringLiteral("-5"));
    auto* message = page.configsTab()->message();
    QTRY_VERIFY_WITH_TIMEOUT(!message->isHidden(), kTimeoutMs);
    QCOMPARE(message->kind(), samsa::ui::InlineMessage::Kind::Error);
    QVERIFY2(message->text().contains(key), qPrintable(message->text()));
    QVERIFY2(message->text().contains(QStringLiteral("INVALID_CONFIG")), qPrintable(message->text()));
    QVERIFY(!model->isPending(key));
    QCOMPARE(model->displayValue(key), before);

    // The editor itself refuses what is not a number of the config's type.
    QVERIFY(page.configsTab()->selectConfig(key));
    page.configsTab()->editSelected();
    auto* dialog = page.configsTab()->editDialog();
    QVERIFY(dialog);
    dialog->valueEdit()->setText(QStringLiteral("99999999999"));
    QVERIFY(!dialog->applyButton()->isEnabled());
    QVERIFY(!dialog->problem().isEmpty());
    dialog->close();
}

void TestTopicDetail::addsPartitions() {
    TopicDetailPage page(m_cluster.service.get(), m_topic);
    QSignalSpy refreshed(&page, &TopicDetailPage::refreshed);
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, kTimeoutMs);
    QVERIFY(page.addPartitionsButton()->isEnabled());
    QTest::mouseClick(page.addPartitionsButton(), Qt::LeftButton);
    auto* dialog = page.addPartitionsDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->countBox()->minimum(), 4); // only growth is possible
    dialog->countBox()->setValue(5);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page.partitionsModel()->rowCount(), 5, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), kTimeoutMs);
    QCOMPARE(page.partitionsModel()->rows().at(4).leader, 1);
    QCOMPARE(page.pageMessage()->kind(), samsa::ui::InlineMessage::Kind::Info);
}

void TestTopicDetail::purgesMessages() {
    AgreeingPage page(m_cluster.service.get(), m_topic);
    QSignalSpy refreshed(&page, &TopicDetailPage::refreshed);
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, kTimeoutMs);
    QTest::mouseClick(page.purgeButton(), Qt::LeftButton);
    QCOMPARE(page.askedTopic, m_topic);
    QCOMPARE(page.askedMessages, qint64(kRecords));
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 2, kTimeoutMs);
    const auto* model = page.partitionsModel();
    QCOMPARE(model->rowCount(), 3);
    for (int p = 0; p < 3; ++p) {
        const auto& row = model->rows().at(p);
        QCOMPARE(row.highWatermark, qint64(kRecordsPerPartition[p]));
        QCOMPARE(row.logStart, row.highWatermark);
        QCOMPARE(model->index(p, PartitionsModel::Messages).data().toString(), QStringLiteral("0"));
    }
    QCOMPARE(model->totalMessages(), qint64(0));
    QCOMPARE(page.pageMessage()->kind(), samsa::ui::InlineMessage::Kind::Info);
}

void TestTopicDetail::showsMissingTopic() {
    TopicDetailPage page(m_cluster.service.get(), QStringLiteral("no-such-topic"));
    QSignalSpy refreshed(&page, &TopicDetailPage::refreshed);
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, kTimeoutMs);
    QVERIFY(page.topicMissing());
    QCOMPARE(page.pageMessage()->kind(), samsa::ui::InlineMessage::Kind::Error);
    QVERIFY(page.pageMessage()->text().contains(QStringLiteral("no-such-topic")));
    QCOMPARE(page.partitionsModel()->rowCount(), 0);
    QVERIFY(!page.purgeButton()->isEnabled());
    QVERIFY(!page.addPartitionsButton()->isEnabled());
}

void TestTopicDetail::filtersConfigs() {
    TopicDetailPage page(m_cluster.service.get(), m_topic);
    auto* tab = page.configsTab();
    QTRY_VERIFY_WITH_TIMEOUT(tab->model()->rowCount() > 10, kTimeoutMs);
    tab->filterEdit()->setText(QStringLiteral("retention"));
    const int matches = tab->filterModel()->rowCount();
    QVERIFY(matches >= 2 && matches < tab->model()->rowCount());
    tab->filterEdit()->clear();
    tab->onlyOverridesBox()->setChecked(true);
    QCOMPARE(tab->filterModel()->rowCount(), 0);
    tab->setConfig(QStringLiteral("cleanup.policy"), QStringLiteral("compact"));
    QTRY_COMPARE_WITH_TIMEOUT(tab->filterModel()->rowCount(), 1, kTimeoutMs);
    QCOMPARE(tab->model()->sourceText(QStringLiteral("cleanup.policy")),
             QStringLiteral("topic override"));
}

void TestTopicDetail::modelsAreSound() {
    TopicDetailPage page(m_cluster.service.get(), m_topic);
    QAbstractItemModelTester partitions(page.partitionsModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester configs(page.configsTab()->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filtered(page.configsTab()->filterModel(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy refreshed(&page, &TopicDetailPage::refreshed);
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, kTimeoutMs);
    page.configsTab()->setConfig(QStringLiteral("retention.ms"), QStringLiteral("1000"));
    QTRY_COMPARE_WITH_TIMEOUT(page.configsTab()->model()->sourceText(QStringLiteral("retention.ms")),
                              QStringLiteral("topic override"), kTimeoutMs);
    page.configsTab()->onlyOverridesBox()->setChecked(true);
    page.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 2, kTimeoutMs);
}

// Replication trouble cannot happen on one local broker, so the model gets it directly.
void TestTopicDetail::highlightsTroubledPartitions() {
    client::TopicDescription topic;
    topic.name = "t";
    client::PartitionInfo healthy;
    healthy.partition = 0;
    healthy.leader = 1;
    healthy.replicas = {1, 2, 3};
    healthy.isr = {1, 2, 3};
    client::PartitionInfo lagging = healthy;
    lagging.partition = 1;
    lagging.isr = {1, 3};
    client::PartitionInfo offline = healthy;
    offline.partition = 2;
    offline.leader = -1;
    offline.isr = {};
    offline.error = samsa::ErrorCode::LeaderNotAvailable;
    topic.partitions = {healthy, lagging, offline};
    std::vector<client::PartitionWatermarks> marks(1);
    marks[0].partition = {"t", 0};
    marks[0].earliest = 10;
    marks[0].latest = 25;

    PartitionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(PartitionsModel::buildRows(topic, marks, {}));
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.index(0, PartitionsModel::Replicas).data(Qt::ForegroundRole).isNull());
    QCOMPARE(model.index(0, PartitionsModel::Messages).data().toString(), QStringLiteral("15"));
    QCOMPARE(model.index(1, PartitionsModel::Messages).data().toString(), QStringLiteral("—"));
    QVERIFY(!model.index(1, PartitionsModel::Replicas).data(Qt::ForegroundRole).isNull());
    QCOMPARE(model.index(1, PartitionsModel::Replicas).data(Qt::ToolTipRole).toString(),
             QStringLiteral("replica 2 is not in sync"));
    QVERIFY(model.index(2, PartitionsModel::Leader).data().toString().contains(QStringLiteral("offline")));
    QVERIFY(!model.index(2, PartitionsModel::Leader).data(Qt::ForegroundRole).isNull());
    QVERIFY(model.index(2, PartitionsModel::Leader).data(Qt::ToolTipRole).toString().contains(
        QStringLiteral("LEADER_NOT_AVAILABLE")));
    QCOMPARE(model.totalMessages(), qint64(15));
    QCOMPARE(model.totalBytes(), qint64(-1));

    const QString outDir = qEnvironmentVariable("SAMSA_SCREENSHOT_DIR");
    if (outDir.isEmpty()) return;
    QTableView view;
    view.setModel(&model);
    view.setItemDelegateForColumn(PartitionsModel::Replicas, new samsa::ui::ReplicaListDelegate(&view));
    view.resize(900, 160);
    QVERIFY(view.grab().save(outDir + QStringLiteral("/partitions-trouble.png")));
}

// Renders both tabs with data and an override, for looking at.
void TestTopicDetail::screenshots() {
    const QString outDir = qEnvironmentVariable("SAMSA_SCREENSHOT_DIR");
    if (outDir.isEmpty()) QSKIP("set SAMSA_SCREENSHOT_DIR to render the page");
    QDir().mkpath(outDir);
    TopicDetailPage page(m_cluster.service.get(), m_topic);
    page.resize(1000, 560);
    page.show();
    QSignalSpy refreshed(&page, &TopicDetailPage::refreshed);
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, kTimeoutMs);
    page.configsTab()->setConfig(QStringLiteral("retention.ms"), QStringLiteral("86400000"));
    QTRY_COMPARE_WITH_TIMEOUT(page.configsTab()->model()->sourceText(QStringLiteral("retention.ms")),
                              QStringLiteral("topic override"), kTimeoutMs);
    page.configsTab()->setConfig(QStringLiteral("cleanup.policy"), QStringLiteral("compact,delete"));
    QTRY_COMPARE_WITH_TIMEOUT(page.configsTab()->model()->sourceText(QStringLiteral("cleanup.policy")),
                              QStringLiteral("topic override"), kTimeoutMs);
    for (const QString& view : page.screenshotViews()) {
        QCOMPARE(page.showScreenshotView(view), nullptr);
        QTest::qWait(50); // lets the tab switch paint; nothing is asserted on time
        QVERIFY(page.grab().save(outDir + QLatin1Char('/') + view + QStringLiteral(".png")));
    }
    page.configsTab()->setConfig(QStringLiteral("min.insync.replicas"), QStringLiteral("-5"));
    QTRY_COMPARE_WITH_TIMEOUT(page.configsTab()->message()->kind(),
                              samsa::ui::InlineMessage::Kind::Error, kTimeoutMs);
    QVERIFY(page.grab().save(outDir + QStringLiteral("/topic-configs-error.png")));
    QVERIFY(page.configsTab()->selectConfig(QStringLiteral("retention.ms")));
    page.configsTab()->editSelected();
    auto* dialog = page.configsTab()->editDialog();
    QVERIFY(dialog);
    QTest::qWait(50);
    QVERIFY(dialog->grab().save(outDir + QStringLiteral("/topic-config-edit.png")));
    dialog->close();
    page.showAddPartitions();
    QTest::qWait(50);
    QVERIFY(page.addPartitionsDialog()->grab().save(outDir + QStringLiteral("/topic-add-partitions.png")));
    page.addPartitionsDialog()->close();
}

QTEST_MAIN(TestTopicDetail)
#include "test_topic_detail.moc"
