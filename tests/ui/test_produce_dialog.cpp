// The produce dialog against the in-process broker: every partitioner checked by reading
// the records back, templates repeated N times, big runs, the results table, and wrong
// input explained next to its field with nothing sent.
#include "app/produce/produce_job.h"
#include "client/partitioner.h"
#include "support/running_cluster.h"
#include "test_produce_helpers.h"
#include "ui/common/inline_message.h"
#include "ui/produce/delivery_options.h"
#include "ui/produce/field_message.h"
#include "ui/produce/headers_editor.h"
#include "ui/produce/produce_dialog.h"
#include "ui/produce/produce_results_model.h"
#include "ui/produce/topic_picker.h"
#include "ui/produce/value_editor.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using samsa::ui::ProduceDialog;
using samsa::ui::ProduceResultsModel;
using samsa::ui::ValueEditor;
using samsa::ui::testing::kTimeoutMs;
using samsa::ui::testing::readPartition;
using samsa::ui::testing::recordCounts;
using samsa::ui::testing::RunningCluster;
using samsa::ui::testing::toBytes;
using samsa::ui::testing::toQt;
using Partitioner = samsa::client::Partitioner;
namespace client = samsa::client;

class TestProduceDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void explicitPartitionGetsEveryRecord();
    void keyHashMatchesTheJavaClient();
    void roundRobinSpreadsEvenly();
    void randomStaysInRange();
    void templateRepeatsWithDistinctValues();
    void tenThousandRecordsCountedExactly();
    void binaryFileNullValueAndCompression();
    void invalidJsonIsExplainedAndNothingSent();
    void partitionOutOfRangeIsExplainedAndNothingSent();
    void unknownTopicAndUnreadableFileAreExplained();
    void cancelStopsARun();
    void brokerRefusalIsShown();

private:
    std::unique_ptr<ProduceDialog> openDialog(const QString& topic);
    // Clicks Produce and waits for the run to end.
    void produceAndWait(ProduceDialog& dialog);
    void createTopic(const std::string& name, int partitions);
    client::AdminClient& admin() { return *m_cluster->service->client(); }

    std::unique_ptr<RunningCluster> m_cluster;
    int m_topics = 0;
};

void TestProduceDialog::initTestCase() {
    m_cluster = std::make_unique<RunningCluster>();
    m_cluster->startAndWait();
    if (QTest::currentTestFailed()) return;
    m_cluster->connect();
}

void TestProduceDialog::cleanupTestCase() {
    m_cluster.reset();
}

void TestProduceDialog::createTopic(const std::string& name, int partitions) {
    QVERIFY2(m_cluster->createTopic(name, partitions), name.c_str());
}

namespace {

// Saves the dialog as the user sees it (at its own size) into SAMSA_SCREENSHOT_DIR, if set.
void picture(QWidget* dialog, const QString& fileName) {
    const QString dir = qEnvironmentVariable("SAMSA_SCREENSHOT_DIR");
    if (dir.isEmpty() || !QDir().mkpath(dir)) return;
    QCoreApplication::processEvents(); // pending layout changes, as a user would see them
    dialog->grab().save(QDir(dir).filePath(fileName));
}

// The topic's partition count is looked up before partitions can be checked.
void waitForTopic(ProduceDialog& dialog) {
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.topicPicker()->isLookingUp(), kTimeoutMs);
}

} // namespace

std::unique_ptr<ProduceDialog> TestProduceDialog::openDialog(const QString& topic) {
    auto dialog = std::make_unique<ProduceDialog>(m_cluster->service.get(), topic);
    dialog->show();
    waitForTopic(*dialog);
    return dialog;
}

void TestProduceDialog::produceAndWait(ProduceDialog& dialog) {
    QVERIFY2(dialog.produceButton()->isEnabled(), qPrintable(dialog.problem()));
    QSignalSpy finished(&dialog, &ProduceDialog::runFinished);
    QTest::mouseClick(dialog.produceButton(), Qt::LeftButton);
    QVERIFY(dialog.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    QVERIFY(!dialog.isRunning());
}

void TestProduceDialog::explicitPartitionGetsEveryRecord() {
    createTopic("explicit", 3);
    auto dialog = openDialog(QStringLiteral("explicit"));
    QCOMPARE(dialog->objectName(), QStringLiteral("produceDialog"));
    QCOMPARE(dialog->topicPicker()->partitionCount(), 3);
    QAbstractItemModelTester tester(dialog->resultsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    picture(dialog.get(), QStringLiteral("produce-empty.png"));

    QTest::keyClicks(dialog->keyEdit(), QStringLiteral("order-{{i}}"));
    dialog->valueEditor()->textEdit()->setPlainText(QStringLiteral("hello {{i}}"));
    auto* partitioner = dialog->delivery()->partitioner();
    partitioner->setCurrentIndex(partitioner->findData(int(Partitioner::Explicit)));
    QVERIFY(dialog->delivery()->partition()->isVisibleTo(dialog.get()));
    dialog->delivery()->partition()->setValue(2);
    dialog->countSpin()->setValue(5);
    produceAndWait(*dialog);

    const auto& summary = dialog->lastRun()->summary();
    QCOMPARE(summary.succeeded, int64_t(5));
    QCOMPARE(summary.failed, int64_t(0));
    QCOMPARE(summary.partitions.size(), size_t(1));
    QCOMPARE(summary.partitions.at(2).records, int64_t(5));
    QCOMPARE(summary.partitions.at(2).firstOffset, int64_t(0));
    QCOMPARE(summary.partitions.at(2).lastOffset, int64_t(4));
    const auto read = readPartition(admin(), "explicit", 2);
    QCOMPARE(read.size(), size_t(5));
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(toQt(*read[size_t(i)].record.key), QByteArray("order-") + QByteArray::number(i));
        QCOMPARE(toQt(*read[size_t(i)].record.value), QByteArray("hello ") + QByteArray::number(i));
    }
    QCOMPARE(recordCounts(admin(), "explicit"),
             (std::map<int32_t, int64_t>{{0, 0}, {1, 0}, {2, 5}}));

    // The table shows each record's partition and offset.
    auto* results = dialog->resultsModel();
    QCOMPARE(results->rowCount(), 5);
    QCOMPARE(results->index(3, ProduceResultsModel::Partition).data().toInt(), 2);
    QCOMPARE(results->index(3, ProduceResultsModel::Offset).data().toLongLong(), 3);
    QCOMPARE(results->index(3, ProduceResultsModel::Key).data().toString(),
             QStringLiteral("order-3"));
    QVERIFY(dialog->resultsView()->isVisible());
    QVERIFY2(
        dialog->summaryLabel()->text().contains(QStringLiteral("partition 2: 5 at offsets 0–4")),
        qPrintable(dialog->summaryLabel()->text()));
    QVERIFY(!dialog->message()->isVisible());
}

void TestProduceDialog::keyHashMatchesTheJavaClient() {
    // Partitions Kafka's Java client picks for these keys among 6 partitions:
    // toPositive(murmur2(key)) % 6, from the hashes of Kafka's own murmur2 test.
    const std::pair<const char*, int> expected[] = {
        {"21", 0},
        {"foobar", 0},
        {"a-little-bit-long-string", 2},
        {"a-little-bit-longer-string", 5},
        {"lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8", 5},
        {"abc", 3},
    };
    createTopic("keyed", 6);
    auto dialog = openDialog(QStringLiteral("keyed"));
    QCOMPARE(dialog->delivery()->options().partitioner, Partitioner::Default); // the default choice
    dialog->valueEditor()->textEdit()->setPlainText(QStringLiteral("v"));
    for (const auto& [key, partition] : expected) {
        dialog->keyEdit()->setText(QString::fromLatin1(key));
        dialog->countSpin()->setValue(3);
        produceAndWait(*dialog);
        const auto& summary = dialog->lastRun()->summary();
        QCOMPARE(summary.partitions.size(), size_t(1));
        QCOMPARE(summary.partitions.begin()->first, partition);
    }
    std::map<int32_t, int64_t> want{{0, 0}, {1, 0}, {2, 0}, {3, 0}, {4, 0}, {5, 0}};
    for (const auto& [key, partition] : expected)
        want[partition] += 3;
    QCOMPARE(recordCounts(admin(), "keyed"), want);
    for (const auto& [key, partition] : expected) {
        const auto read = readPartition(admin(), "keyed", partition);
        QVERIFY(std::count_if(read.begin(), read.end(), [key = key](const auto& r) {
                    return r.record.key == toBytes(key);
                }) == 3);
    }
}

void TestProduceDialog::roundRobinSpreadsEvenly() {
    createTopic("spread", 3);
    auto dialog = openDialog(QStringLiteral("spread"));
    auto* partitioner = dialog->delivery()->partitioner();
    partitioner->setCurrentIndex(partitioner->findData(int(Partitioner::RoundRobin)));
    dialog->keyEdit()->setText(QStringLiteral("same-key")); // ignored by round-robin
    dialog->valueEditor()->textEdit()->setPlainText(QStringLiteral("{{i}}"));
    dialog->countSpin()->setValue(30);
    produceAndWait(*dialog);
    QCOMPARE(recordCounts(admin(), "spread"),
             (std::map<int32_t, int64_t>{{0, 10}, {1, 10}, {2, 10}}));
}

void TestProduceDialog::randomStaysInRange() {
    createTopic("random", 4);
    auto dialog = openDialog(QStringLiteral("random"));
    auto* partitioner = dialog->delivery()->partitioner();
    partitioner->setCurrentIndex(partitioner->findData(int(Partitioner::Random)));
    dialog->valueEditor()->textEdit()->setPlainText(QStringLiteral("{{i}}"));
    dialog->countSpin()->setValue(400);
    produceAndWait(*dialog);
    const auto counts = recordCounts(admin(), "random");
    QCOMPARE(counts.size(), size_t(4));
    int64_t total = 0;
    int used = 0;
    for (const auto& [partition, count] : counts) {
        total += count;
        used += count > 0;
    }
    QCOMPARE(total, int64_t(400));
    // 400 records on one partition by chance is about 4^-399 likely.
    QVERIFY(used > 1);
    for (const auto& [partition, tally] : dialog->lastRun()->summary().partitions)
        QVERIFY(partition >= 0 && partition < 4);
}

void TestProduceDialog::templateRepeatsWithDistinctValues() {
    createTopic("template", 2);
    auto dialog = openDialog(QStringLiteral("template"));
    QAbstractItemModelTester tester(dialog->resultsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog->keyEdit()->setText(QStringLiteral("user-{{i}}"));
    dialog->valueEditor()->setFormat(ValueEditor::Format::Json);
    dialog->valueEditor()->textEdit()->setPlainText(QStringLiteral(
        "{\"n\": {{i}}, \"id\": \"{{uuid}}\", \"at\": {{now}}, \"iso\": \"{{nowIso}}\", "
        "\"r\": {{random}}}"));
    dialog->headersEditor()->addHeader(QStringLiteral("trace"), QStringLiteral("{{uuid}}"));
    dialog->headersEditor()->addHeader(QStringLiteral("kind"), QStringLiteral("test"));
    const int count = 1000;
    dialog->countSpin()->setValue(count);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    produceAndWait(*dialog);
    QCOMPARE(dialog->lastRun()->summary().succeeded, int64_t(count));

    QSet<int> numbers;
    QSet<QString> ids;
    for (int partition = 0; partition < 2; ++partition) {
        for (const auto& r : readPartition(admin(), "template", partition)) {
            const auto doc = QJsonDocument::fromJson(toQt(*r.record.value));
            QVERIFY(doc.isObject());
            const int n = doc.object().value(QStringLiteral("n")).toInt(-1);
            numbers.insert(n);
            QCOMPARE(toQt(*r.record.key), QByteArray("user-") + QByteArray::number(n));
            const QString id = doc.object().value(QStringLiteral("id")).toString();
            ids.insert(id);
            QCOMPARE(r.record.headers.size(), size_t(2));
            QCOMPARE(r.record.headers[0].key, std::string("trace"));
            QCOMPARE(QString::fromUtf8(toQt(*r.record.headers[0].value)),
                     id); // one uuid per record
            QCOMPARE(toQt(*r.record.headers[1].value), QByteArray("test"));
            QVERIFY(doc.object().value(QStringLiteral("at")).toInteger() >= before);
            QVERIFY(
                doc.object().value(QStringLiteral("iso")).toString().endsWith(QLatin1Char('Z')));
        }
    }
    QCOMPARE(numbers.size(), count);
    QCOMPARE(*std::min_element(numbers.begin(), numbers.end()), 0);
    QCOMPARE(*std::max_element(numbers.begin(), numbers.end()), count - 1);
    QCOMPARE(ids.size(), count);
    QCOMPARE(dialog->resultsModel()->rowCount(), count);
    QVERIFY(!dialog->resultsModel()->isCapped());
}

void TestProduceDialog::tenThousandRecordsCountedExactly() {
    createTopic("bulk", 3);
    auto dialog = openDialog(QStringLiteral("bulk"));
    QAbstractItemModelTester tester(dialog->resultsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog->valueEditor()->setFormat(ValueEditor::Format::Json);
    dialog->valueEditor()->textEdit()->setPlainText(
        QStringLiteral("{\"order\": {{i}}, \"id\": \"{{uuid}}\", \"padding\": \"%1\"}")
            .arg(QString(200, u'x')));
    dialog->countSpin()->setValue(10000);
    produceAndWait(*dialog);
    const auto& summary = dialog->lastRun()->summary();
    QCOMPARE(summary.succeeded, int64_t(10000));
    QCOMPARE(summary.attempted, int64_t(10000));
    int64_t tallied = 0;
    for (const auto& [partition, tally] : summary.partitions) {
        tallied += tally.records;
        QCOMPARE(tally.lastOffset - tally.firstOffset + 1, tally.records);
    }
    QCOMPARE(tallied, int64_t(10000));
    QCOMPARE(samsa::ui::testing::totalRecords(admin(), "bulk"), int64_t(10000));
    // The table keeps the first records; the summary counts all of them.
    QCOMPARE(dialog->resultsModel()->rowCount(), ProduceResultsModel::kMaxRows);
    QVERIFY(dialog->resultsModel()->isCapped());
    QVERIFY2(dialog->summaryLabel()->text().contains(QLocale().toString(10000) +
                                                     QStringLiteral(" record(s) written to bulk")),
             qPrintable(dialog->summaryLabel()->text()));
    QVERIFY(dialog->summaryLabel()->text().contains(QStringLiteral("first 1000")));
    // Sorting the table by partition keeps the model sound.
    dialog->resultsView()->sortByColumn(ProduceResultsModel::Partition, Qt::DescendingOrder);
    QCOMPARE(
        dialog->resultsView()->model()->index(0, ProduceResultsModel::Partition).data().toInt(), 2);
}

void TestProduceDialog::binaryFileNullValueAndCompression() {
    createTopic("binary", 1);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("payload.bin"));
    QByteArray payload;
    for (int i = 0; i < 256; ++i)
        payload += char(i);
    payload += QByteArray("{{i}} is not expanded in files");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(payload);
    }
    auto dialog = openDialog(QStringLiteral("binary"));
    dialog->keyEdit()->setText(QStringLiteral("file"));
    dialog->valueEditor()->setFormat(ValueEditor::Format::File);
    dialog->valueEditor()->setFile(path);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->valueEditor()->isReady(), kTimeoutMs);
    auto* compression = dialog->delivery()->compression();
    compression->setCurrentIndex(compression->findData(int(client::Compression::Gzip)));
    auto* acks = dialog->delivery()->acks();
    acks->setCurrentIndex(acks->findData(int(client::Acks::Leader)));
    produceAndWait(*dialog);

    dialog->keyEdit()->setText(QStringLiteral("gone"));
    dialog->valueEditor()->setFormat(ValueEditor::Format::Null);
    compression->setCurrentIndex(compression->findData(int(client::Compression::Zstd)));
    produceAndWait(*dialog);

    const auto read = readPartition(admin(), "binary", 0);
    QCOMPARE(read.size(), size_t(2));
    QCOMPARE(toQt(*read[0].record.value), payload);
    QCOMPARE(read[0].compression, client::Compression::Gzip);
    QVERIFY(!read[1].record.value);
    QCOMPARE(toQt(*read[1].record.key), QByteArray("gone"));
    QCOMPARE(read[1].compression, client::Compression::Zstd);
}

void TestProduceDialog::invalidJsonIsExplainedAndNothingSent() {
    createTopic("strict", 1);
    auto dialog = openDialog(QStringLiteral("strict"));
    auto* value = dialog->valueEditor();
    value->setFormat(ValueEditor::Format::Json);
    QVERIFY(!value->errorLabel()->isVisible()); // nothing typed yet: no red line
    QVERIFY(!dialog->produceButton()->isEnabled());
    value->textEdit()->setFocus();
    QTest::keyClicks(value->textEdit(), QStringLiteral("{\"id\": 1,"));
    QTest::keyClick(value->textEdit(), Qt::Key_Return);
    QTest::keyClicks(value->textEdit(), QStringLiteral("  \"name\" \"x\"}"));
    QTRY_VERIFY(value->errorLabel()->isVisible());
    QVERIFY2(value->errorLabel()->text().startsWith(
                 QStringLiteral("Not valid JSON at line 2, column 10")),
             qPrintable(value->errorLabel()->text()));
    QVERIFY(!dialog->produceButton()->isEnabled());
    QCOMPARE(dialog->produceButton()->toolTip(), value->errorLabel()->text());
    picture(dialog.get(), QStringLiteral("produce-invalid-json.png"));
    dialog->produce(); // Ctrl+Return does the same; it must send nothing either
    QVERIFY(!dialog->lastRun());

    // A placeholder that is not one is named.
    value->textEdit()->setPlainText(QStringLiteral("{\"id\": {{id}}}"));
    QVERIFY(value->errorLabel()->text().contains(QStringLiteral("Unknown placeholder {{id}}")));
    // Placeholders are filled in before the check, so a template that becomes JSON passes.
    value->textEdit()->setPlainText(QStringLiteral("{\"id\": {{i}}}"));
    QVERIFY(!value->errorLabel()->isVisible());
    QVERIFY(dialog->produceButton()->isEnabled());
    // Keys are checked too.
    dialog->keyEdit()->setText(QStringLiteral("{{i"));
    QVERIFY(dialog->keyError()->isVisible());
    QVERIFY(!dialog->produceButton()->isEnabled());
    // Unless placeholders are off: then braces are just text.
    dialog->expandCheck()->setChecked(false);
    QVERIFY(!dialog->keyError()->isVisible());
    QVERIFY(value->errorLabel()->isVisible()); // {"id": {{i}}} is not JSON as it is
    QCOMPARE(samsa::ui::testing::totalRecords(admin(), "strict"), int64_t(0));
}

void TestProduceDialog::partitionOutOfRangeIsExplainedAndNothingSent() {
    createTopic("small", 3);
    auto dialog = openDialog(QStringLiteral("small"));
    dialog->valueEditor()->textEdit()->setPlainText(QStringLiteral("x"));
    auto* partitioner = dialog->delivery()->partitioner();
    partitioner->setCurrentIndex(partitioner->findData(int(Partitioner::Explicit)));
    dialog->delivery()->partition()->setValue(3);
    auto* error = dialog->delivery()->partitionError();
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("The topic has 3 partition(s), numbered from 0 to 2."));
    QVERIFY(!dialog->produceButton()->isEnabled());
    picture(dialog.get(), QStringLiteral("produce-partition-error.png"));
    dialog->produce();
    QVERIFY(!dialog->lastRun());
    dialog->delivery()->partition()->setValue(2);
    QVERIFY(!error->isVisible());
    QVERIFY(dialog->produceButton()->isEnabled());
    QCOMPARE(samsa::ui::testing::totalRecords(admin(), "small"), int64_t(0));
}

void TestProduceDialog::unknownTopicAndUnreadableFileAreExplained() {
    auto dialog = openDialog(QStringLiteral("no-such-topic"));
    QCOMPARE(dialog->topicPicker()->problem(),
             QStringLiteral("There is no topic \"no-such-topic\"."));
    QVERIFY(dialog->topicPicker()->infoLabel()->text().contains(QStringLiteral("no-such-topic")));
    QVERIFY(!dialog->produceButton()->isEnabled());

    createTopic("files", 1);
    dialog->topicPicker()->setTopic(QStringLiteral("files"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->topicPicker()->partitionCount(), 1, kTimeoutMs);
    QVERIFY(dialog->topicPicker()->problem().isEmpty());
    dialog->valueEditor()->setFormat(ValueEditor::Format::File);
    QCOMPARE(dialog->valueEditor()->problem(), QStringLiteral("Choose the file to send."));
    dialog->valueEditor()->setFile(QStringLiteral("/nonexistent/value.bin"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->valueEditor()->isReady(), kTimeoutMs);
    QVERIFY(dialog->valueEditor()->errorLabel()->isVisible());
    QVERIFY2(dialog->valueEditor()->errorLabel()->text().startsWith(
                 QStringLiteral("Cannot read /nonexistent/value.bin")),
             qPrintable(dialog->valueEditor()->errorLabel()->text()));
    QVERIFY(!dialog->produceButton()->isEnabled());
    // A header value without a key.
    dialog->valueEditor()->setFormat(ValueEditor::Format::Text);
    QVERIFY(dialog->produceButton()->isEnabled());
    dialog->headersEditor()->addHeader(QString(), QStringLiteral("orphan"));
    QVERIFY(dialog->headersError()->isVisible());
    QVERIFY(!dialog->produceButton()->isEnabled());
    dialog->headersEditor()->table()->selectRow(0);
    QTest::mouseClick(dialog->headersEditor()->removeButton(), Qt::LeftButton);
    QVERIFY(dialog->produceButton()->isEnabled());
}

void TestProduceDialog::cancelStopsARun() {
    createTopic("cancel", 2);
    auto dialog = openDialog(QStringLiteral("cancel"));
    dialog->valueEditor()->textEdit()->setPlainText(QStringLiteral("{{i}}"));
    dialog->countSpin()->setValue(50'000'000);
    QSignalSpy finished(dialog.get(), &ProduceDialog::runFinished);
    QTest::mouseClick(dialog->produceButton(), Qt::LeftButton);
    QVERIFY(dialog->cancelButton()->isVisible());
    QVERIFY(dialog->progressBar()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->lastRun()->summary().succeeded > 0, kTimeoutMs);
    picture(dialog.get(), QStringLiteral("produce-running.png"));
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    const auto& summary = dialog->lastRun()->summary();
    QVERIFY(summary.cancelled);
    QVERIFY(summary.attempted < 50'000'000);
    QCOMPARE(summary.failed, int64_t(0));
    // Exactly what the summary counted is in the topic.
    QCOMPARE(samsa::ui::testing::totalRecords(admin(), "cancel"), summary.succeeded);
    QVERIFY2(dialog->summaryLabel()->text().contains(QStringLiteral("Cancelled")),
             qPrintable(dialog->summaryLabel()->text()));
    QVERIFY(!dialog->cancelButton()->isVisible());
}

void TestProduceDialog::brokerRefusalIsShown() {
    // A record bigger than the topic allows: the broker refuses the batch.
    client::NewTopic topic;
    topic.name = "tiny";
    topic.numPartitions = 1;
    topic.replicationFactor = 1;
    topic.configs = {{"max.message.bytes", "1024"}};
    const auto created = admin().createTopics({topic}).get();
    QVERIFY(created && !created->front().error);
    auto dialog = openDialog(QStringLiteral("tiny"));
    dialog->valueEditor()->textEdit()->setPlainText(QString(4000, u'x'));
    dialog->countSpin()->setValue(3);
    produceAndWait(*dialog);
    const auto& summary = dialog->lastRun()->summary();
    QCOMPARE(summary.succeeded, int64_t(0));
    QCOMPARE(summary.failed, int64_t(3));
    QVERIFY(dialog->message()->isVisible());
    QCOMPARE(dialog->message()->kind(), samsa::ui::InlineMessage::Kind::Error);
    QVERIFY2(
        dialog->message()->text().startsWith(QStringLiteral("The cluster refused the records: ")),
        qPrintable(dialog->message()->text()));
    auto* results = dialog->resultsModel();
    QCOMPARE(results->rowCount(), 3);
    QVERIFY(!results->index(0, ProduceResultsModel::Outcome).data().toString().isEmpty());
    QVERIFY(results->index(0, ProduceResultsModel::Outcome).data().toString() !=
            QStringLiteral("Written"));
    picture(dialog.get(), QStringLiteral("produce-refused.png"));
    QCOMPARE(samsa::ui::testing::totalRecords(admin(), "tiny"), int64_t(0));
}

QTEST_MAIN(TestProduceDialog)
#include "test_produce_dialog.moc"
