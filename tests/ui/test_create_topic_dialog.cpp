// The create-topic dialog against the in-process broker: validation as the user types,
// validate-only, and refusals that keep the dialog open.
#include "support/running_cluster.h"
#include "ui/common/inline_message.h"
#include "ui/topics/config_overrides_model.h"
#include "ui/topics/create_topic_dialog.h"
#include "ui/topics/topic_config_editor.h"
#include "ui/topics/topic_config_fields.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using samsa::ui::CreateTopicDialog;
using samsa::ui::InlineMessage;
using samsa::ui::testing::kTimeoutMs;
using samsa::ui::testing::RunningCluster;
namespace client = samsa::client;

namespace {

// Types into a spin box as a user would: select what is there, type the number.
void typeNumber(QSpinBox* spin, int value) {
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
}

} // namespace

class TestCreateTopicDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void validatesNameAsYouType();
    void checksReplicationFactorAgainstBrokers();
    void validateOnlyCreatesNothing();
    void refusalKeepsDialogOpen();
    void createsWithConfigs();
    void flagsBadConfigRows();

private:

    std::unique_ptr<RunningCluster> m_cluster;
};

void TestCreateTopicDialog::initTestCase() {
    m_cluster = std::make_unique<RunningCluster>();
    m_cluster->startAndWait();
}

void TestCreateTopicDialog::cleanupTestCase() {
    m_cluster.reset();
}

void TestCreateTopicDialog::init() {
    // A fresh client per test, on the broker all tests share.
    m_cluster->connectWithShortTimeouts();
}

void TestCreateTopicDialog::cleanup() {
    m_cluster->service.reset();
}

void TestCreateTopicDialog::validatesNameAsYouType() {
    CreateTopicDialog dialog(m_cluster->service.get());
    QCOMPARE(dialog.objectName(), QStringLiteral("create-topic"));
    dialog.setExistingTopics({QStringLiteral("metrics_raw")});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Nothing typed yet: no scolding, but nothing to create either.
    QVERIFY(!dialog.nameError()->isVisible());
    QVERIFY(!dialog.createButton()->isEnabled());

    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("my topic"));
    QVERIFY(dialog.nameError()->isVisible());
    QVERIFY(dialog.nameError()->text().contains(QStringLiteral("space")));
    QVERIFY(!dialog.createButton()->isEnabled());

    dialog.nameEdit()->clear();
    QVERIFY(dialog.nameError()->text().contains(QStringLiteral("Enter a name")));
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral(".."));
    QVERIFY(dialog.nameError()->text().contains(QStringLiteral("\"..\"")));

    dialog.nameEdit()->clear();
    QTest::keyClicks(dialog.nameEdit(), QString(250, QLatin1Char('x')));
    QVERIFY(dialog.nameError()->text().contains(QStringLiteral("249")));

    dialog.nameEdit()->clear();
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("metrics.raw"));
    QVERIFY(dialog.nameError()->text().contains(QStringLiteral("metrics_raw")));

    dialog.nameEdit()->clear();
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("orders.v1"));
    QVERIFY(!dialog.nameError()->isVisible());
    QVERIFY(!dialog.nameWarning()->isVisible());
    QVERIFY(dialog.createButton()->isEnabled());

    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("_eu"));
    QVERIFY(dialog.nameWarning()->isVisible()); // both '.' and '_': advice only
    QVERIFY(dialog.createButton()->isEnabled());
}

void TestCreateTopicDialog::checksReplicationFactorAgainstBrokers() {
    CreateTopicDialog dialog(m_cluster->service.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_COMPARE_WITH_TIMEOUT(dialog.brokerCount(), 1, kTimeoutMs);
    QCOMPARE(dialog.replicationFactor()->value(), 1); // defaulted to what the cluster allows
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("replicated"));
    QVERIFY(dialog.createButton()->isEnabled());

    typeNumber(dialog.replicationFactor(), 3);
    QCOMPARE(dialog.replicationFactor()->value(), 3);
    QVERIFY(dialog.replicationError()->isVisible());
    QVERIFY(dialog.replicationError()->text().contains(QStringLiteral("1 broker")));
    QVERIFY(!dialog.createButton()->isEnabled());
    QVERIFY(!dialog.validateButton()->isEnabled());

    typeNumber(dialog.replicationFactor(), 1);
    QVERIFY(!dialog.replicationError()->isVisible());
    QVERIFY(dialog.createButton()->isEnabled());
}

void TestCreateTopicDialog::validateOnlyCreatesNothing() {
    CreateTopicDialog dialog(m_cluster->service.get());
    dialog.show();
    QSignalSpy finished(&dialog, &CreateTopicDialog::requestFinished);
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("dry-run"));
    typeNumber(dialog.partitions(), 4);
    QTest::mouseClick(dialog.validateButton(), Qt::LeftButton);
    // While the request runs nothing can be sent twice.
    QVERIFY(dialog.isBusy());
    QVERIFY(!dialog.createButton()->isEnabled());
    QVERIFY(dialog.busyIndicator()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY(!dialog.isBusy());
    QVERIFY(!dialog.busyIndicator()->isVisible());
    QCOMPARE(dialog.message()->kind(), InlineMessage::Kind::Info);
    QVERIFY(dialog.message()->text().contains(QStringLiteral("accepts")));
    QVERIFY(dialog.message()->text().contains(QStringLiteral("4 partition")));
    QVERIFY(dialog.isVisible());
    const auto names = m_cluster->topicNames();
    QVERIFY(std::find(names.begin(), names.end(), "dry-run") == names.end());

    // Rules that span keys are the broker's to check; its verdict is shown as it gave it.
    dialog.moreConfigs()->model()->addEntry(QStringLiteral("min.compaction.lag.ms"),
                                            QStringLiteral("100"));
    dialog.moreConfigs()->model()->addEntry(QStringLiteral("max.compaction.lag.ms"),
                                            QStringLiteral("50"));
    QVERIFY(dialog.validateButton()->isEnabled());
    QTest::mouseClick(dialog.validateButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kTimeoutMs);
    QCOMPARE(finished.at(1).at(0).toBool(), false);
    QCOMPARE(dialog.message()->kind(), InlineMessage::Kind::Error);
    QVERIFY2(dialog.message()->text().contains(QStringLiteral("INVALID_CONFIG")),
             qPrintable(dialog.message()->text()));
    QVERIFY(dialog.isVisible());
}

void TestCreateTopicDialog::refusalKeepsDialogOpen() {
    client::NewTopic taken;
    taken.name = "taken";
    taken.numPartitions = 1;
    taken.replicationFactor = 1;
    const auto created = m_cluster->service->client()->createTopics({taken}).get();
    QVERIFY(created && !created->front().error);

    // The list the dialog knows is stale: another client created the topic meanwhile.
    CreateTopicDialog dialog(m_cluster->service.get());
    dialog.show();
    QSignalSpy finished(&dialog, &CreateTopicDialog::requestFinished);
    QSignalSpy createdSpy(&dialog, &CreateTopicDialog::topicCreated);
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("taken"));
    typeNumber(dialog.partitions(), 7);
    dialog.configFields()->cleanupPolicy()->setCurrentIndex(2);
    QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(createdSpy.size(), 0);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(dialog.message()->kind(), InlineMessage::Kind::Error);
    QVERIFY(dialog.message()->isVisible());
    QVERIFY2(dialog.message()->text().contains(QStringLiteral("already exists")),
             qPrintable(dialog.message()->text()));
    QVERIFY(dialog.message()->text().contains(QStringLiteral("TOPIC_ALREADY_EXISTS")));
    // Everything typed is still there to correct.
    QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("taken"));
    QCOMPARE(dialog.partitions()->value(), 7);
    QCOMPARE(dialog.configFields()->cleanupPolicy()->currentIndex(), 2);
    QVERIFY(dialog.createButton()->isEnabled());
}

void TestCreateTopicDialog::createsWithConfigs() {
    CreateTopicDialog dialog(m_cluster->service.get());
    dialog.show();
    QSignalSpy createdSpy(&dialog, &CreateTopicDialog::topicCreated);
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("configured"));
    typeNumber(dialog.partitions(), 2);
    typeNumber(dialog.configFields()->retentionValue(), 2);
    auto* unit = dialog.configFields()->retentionUnit();
    unit->setCurrentIndex(unit->findData(qint64(3'600'000)));
    dialog.moreConfigs()->model()->addEntry(QStringLiteral("max.message.bytes"),
                                            QStringLiteral("2097152"));
    const client::NewTopic request = dialog.topic();
    QCOMPARE(request.configs.at("retention.ms"), std::string("7200000"));
    QCOMPARE(request.configs.at("max.message.bytes"), std::string("2097152"));
    QCOMPARE(request.configs.count("cleanup.policy"), size_t(0)); // left at default

    QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(createdSpy.size(), 1, kTimeoutMs);
    QCOMPARE(createdSpy.at(0).at(0).toString(), QStringLiteral("configured"));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const auto configs = m_cluster->service->client()
                             ->describeConfigs({{client::ConfigResourceType::Topic, "configured"}})
                             .get();
    QVERIFY(configs && configs->size() == 1);
    std::map<std::string, std::string> values;
    for (const auto& e : configs->front().entries)
        if (e.value) values[e.name] = *e.value;
    QCOMPARE(values["retention.ms"], std::string("7200000"));
    QCOMPARE(values["max.message.bytes"], std::string("2097152"));
}

void TestCreateTopicDialog::flagsBadConfigRows() {
    CreateTopicDialog dialog(m_cluster->service.get());
    dialog.show();
    auto* model = dialog.moreConfigs()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("flagged"));
    QVERIFY(dialog.createButton()->isEnabled());

    // A config typed in the table that a field above already sets is a conflict.
    typeNumber(dialog.configFields()->segmentMiB(), 16);
    const int row = model->addEntry(QStringLiteral("segment.bytes"), QStringLiteral("1048576"));
    QVERIFY(model->problem(row).contains(QStringLiteral("field above")));
    QVERIFY(!dialog.createButton()->isEnabled());
    QVERIFY(dialog.moreConfigs()->isVisible()); // opened to show the problem
    typeNumber(dialog.configFields()->segmentMiB(), 0);
    QVERIFY(model->problem(row).isEmpty());
    QVERIFY(dialog.createButton()->isEnabled());

    // Typing an unknown key through the editor is flagged on its row.
    auto* view = dialog.moreConfigs()->view();
    const QModelIndex key = model->index(model->addEntry(), samsa::ui::ConfigOverridesModel::Key);
    view->setCurrentIndex(key); // every trigger edits: the key editor opens
    auto* editor = qobject_cast<QLineEdit*>(view->indexWidget(key));
    if (!editor) editor = view->findChild<QLineEdit*>();
    QVERIFY(editor);
    QVERIFY(editor->completer());
    QTest::keyClicks(editor, QStringLiteral("retention.msec"));
    QTest::keyClick(editor, Qt::Key_Tab);
    QCOMPARE(key.data().toString(), QStringLiteral("retention.msec"));
    const QString note =
        key.siblingAtColumn(samsa::ui::ConfigOverridesModel::Note).data().toString();
    QVERIFY2(note.contains(QStringLiteral("Not a topic config")), qPrintable(note));
    QVERIFY(!dialog.createButton()->isEnabled());
}

QTEST_MAIN(TestCreateTopicDialog)
#include "test_create_topic_dialog.moc"
