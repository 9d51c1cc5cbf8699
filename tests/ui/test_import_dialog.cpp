// Export then import: records written by RecordExportWriter and replayed through the
// import dialog into a new topic come back identical (keys, values, headers,
// timestamps, partitions), and bad files are refused with their line numbers.
#include "app/produce/import_job.h"
#include "app/record_io/record_export_writer.h"
#include "support/running_cluster.h"
#include "test_produce_helpers.h"
#include "ui/common/inline_message.h"
#include "ui/produce/delivery_options.h"
#include "ui/produce/field_message.h"
#include "ui/produce/import_dialog.h"
#include "ui/produce/topic_picker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using samsa::app::ExportFormat;
using samsa::ui::ImportDialog;
using samsa::ui::testing::kTimeoutMs;
using samsa::ui::testing::readPartition;
using samsa::ui::testing::RunningCluster;
using samsa::ui::testing::toBytes;
using samsa::ui::testing::totalRecords;
namespace client = samsa::client;

class TestImportDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void exportThenImportIsIdentical_data();
    void exportThenImportIsIdentical();
    void tooFewPartitionsIsRefusedThenRepartitioned();
    void badLinesAreListedAndNothingSent();
    void cancelStopsAnImport();

private:
    // Writes every record of "source" to `path`.
    void exportSource(const QString& path, ExportFormat format);
    std::unique_ptr<ImportDialog> openDialog(const QString& path, const QString& topic);
    void importAndWait(ImportDialog& dialog);
    client::AdminClient& admin() { return *m_cluster->service->client(); }

    std::unique_ptr<RunningCluster> m_cluster;
    QTemporaryDir m_dir;
    int64_t m_sourceRecords = 0;
};

void TestImportDialog::initTestCase() {
    m_cluster = std::make_unique<RunningCluster>();
    m_cluster->startAndWait();
    if (QTest::currentTestFailed()) return;
    m_cluster->connect();
    QVERIFY(m_cluster->createTopic("source", 3));

    std::vector<client::ProducerRecord> records;
    auto add = [&](int32_t partition, std::optional<client::Bytes> key,
                   std::optional<client::Bytes> value,
                   std::vector<client::RecordHeader> headers = {}) {
        client::ProducerRecord r;
        r.partition = partition;
        r.key = std::move(key);
        r.value = std::move(value);
        r.headers = std::move(headers);
        r.timestampMs = 1600000000000 + int64_t(records.size()) * 1000;
        records.push_back(std::move(r));
    };
    add(0, toBytes("text"), toBytes(R"({"id": 1, "note": "a, \"quoted\" value"})"));
    add(0, std::nullopt, client::Bytes{0xff, 0x00, 0x80, 0xfe});
    add(0, toBytes(""), toBytes(""),
        {{"h1", toBytes("v")},
         {"null", std::nullopt},
         {"bin", client::Bytes{0x00, 0xff}},
         {"h1", toBytes("again")}});
    add(1, toBytes("gone"), std::nullopt);
    add(1, toBytes("multi"), toBytes("line one\r\nline two\n\ttabbed, with commas"));
    add(2, toBytes("\xe6\x97\xa5\xe6\x9c\xac"), toBytes("base64:not really"));
    add(2, client::Bytes{0xc0, 0x80}, toBytes(" padded "));
    for (int i = 0; i < 200; ++i)
        add(i % 3, toBytes("bulk-" + std::to_string(i)), toBytes(std::string(size_t(i), 'x')));
    client::ProduceOptions options;
    options.partitioner = client::Partitioner::Explicit;
    const auto produced = admin().produce("source", records, options).get();
    QVERIFY(produced.ok());
    for (const auto& p : *produced)
        QVERIFY(!p.error);
    m_sourceRecords = int64_t(records.size());
}

void TestImportDialog::cleanupTestCase() {
    m_cluster.reset();
}

void TestImportDialog::exportSource(const QString& path, ExportFormat format) {
    QString error;
    auto writer = samsa::app::RecordExportWriter::open(path, format, &error);
    QVERIFY2(writer, qPrintable(error));
    for (int32_t partition = 0; partition < 3; ++partition)
        for (const auto& r : readPartition(admin(), "source", partition))
            QVERIFY(writer->write(QStringLiteral("source"), partition, r.record));
    QCOMPARE(writer->recordsWritten(), m_sourceRecords);
    QVERIFY2(writer->finish(&error), qPrintable(error));
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
void waitForTopic(ImportDialog& dialog) {
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.topicPicker()->isLookingUp(), kTimeoutMs);
}

} // namespace

std::unique_ptr<ImportDialog> TestImportDialog::openDialog(const QString& path,
                                                           const QString& topic) {
    auto dialog = std::make_unique<ImportDialog>(m_cluster->service.get(), topic);
    dialog->show();
    dialog->setFile(path);
    waitForTopic(*dialog);
    return dialog;
}

void TestImportDialog::importAndWait(ImportDialog& dialog) {
    QVERIFY2(dialog.importButton()->isEnabled(), qPrintable(dialog.problem()));
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QVERIFY(dialog.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    QVERIFY(!dialog.isRunning());
}

void TestImportDialog::exportThenImportIsIdentical_data() {
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<QString>("file");
    QTest::newRow("json lines") << ExportFormat::JsonLines << QStringLiteral("source.jsonl");
    QTest::newRow("csv") << ExportFormat::Csv << QStringLiteral("source.csv");
}

void TestImportDialog::exportThenImportIsIdentical() {
    QFETCH(ExportFormat, format);
    QFETCH(QString, file);
    const QString path = m_dir.filePath(file);
    exportSource(path, format);
    const std::string target = "copy-" + QFileInfo(file).suffix().toStdString();
    QVERIFY(m_cluster->createTopic(target, 3));

    auto dialog = openDialog(path, QString::fromStdString(target));
    QCOMPARE(dialog->objectName(), QStringLiteral("importDialog"));
    QCOMPARE(dialog->formatCombo()->currentData().toInt(), int(format));
    QVERIFY(dialog->keepPartitions()->isChecked());
    QVERIFY(dialog->keepTimestamps()->isChecked());
    QVERIFY(!dialog->delivery()->partitioner()->isEnabled());
    importAndWait(*dialog);
    QVERIFY2(!dialog->message()->isVisible(), qPrintable(dialog->message()->text()));
    const auto* produce = dialog->lastRun()->produceJob();
    QVERIFY(produce);
    QCOMPARE(produce->summary().succeeded, m_sourceRecords);
    QVERIFY2(dialog->phaseLabel()->text().contains(QStringLiteral("written to ") +
                                                   QString::fromStdString(target)),
             qPrintable(dialog->phaseLabel()->text()));
    picture(dialog.get(), QStringLiteral("import-done.png"));

    for (int32_t partition = 0; partition < 3; ++partition) {
        const auto original = readPartition(admin(), "source", partition);
        const auto copy = readPartition(admin(), target, partition);
        QCOMPARE(copy.size(), original.size());
        for (size_t i = 0; i < copy.size(); ++i) {
            const auto& a = original[i].record;
            const auto& b = copy[i].record;
            QCOMPARE(b.offset, a.offset);
            QCOMPARE(b.key, a.key);
            QCOMPARE(b.value, a.value);
            QCOMPARE(b.headers, a.headers);
            QCOMPARE(b.timestampMs, a.timestampMs);
        }
    }
}

void TestImportDialog::tooFewPartitionsIsRefusedThenRepartitioned() {
    const QString path = m_dir.filePath(QStringLiteral("narrow.jsonl"));
    exportSource(path, ExportFormat::JsonLines);
    QVERIFY(m_cluster->createTopic("narrow", 2));
    auto dialog = openDialog(path, QStringLiteral("narrow"));
    importAndWait(*dialog);
    QVERIFY(dialog->message()->isVisible());
    QCOMPARE(dialog->message()->text(),
             QStringLiteral("The file has records of partition 2, but narrow has only 2 "
                            "partition(s). Add partitions "
                            "to the topic, or import with a partitioner instead."));
    QVERIFY(!dialog->lastRun()->produceJob());
    QCOMPARE(totalRecords(admin(), "narrow"), int64_t(0));
    picture(dialog.get(), QStringLiteral("import-too-few-partitions.png"));

    // Re-partitioned round-robin: everything arrives, spread over both partitions.
    dialog->keepPartitions()->setChecked(false);
    auto* partitioner = dialog->delivery()->partitioner();
    QVERIFY(partitioner->isEnabled());
    partitioner->setCurrentIndex(partitioner->findData(int(client::Partitioner::RoundRobin)));
    dialog->keepTimestamps()->setChecked(false);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    importAndWait(*dialog);
    QVERIFY2(!dialog->message()->isVisible(), qPrintable(dialog->message()->text()));
    QCOMPARE(totalRecords(admin(), "narrow"), m_sourceRecords);
    const auto p0 = readPartition(admin(), "narrow", 0);
    const auto p1 = readPartition(admin(), "narrow", 1);
    QCOMPARE(int64_t(p0.size() + p1.size()), m_sourceRecords);
    QVERIFY(std::abs(int64_t(p0.size()) - int64_t(p1.size())) <= 1);
    QVERIFY(p0.front().record.timestampMs >= before); // the time of sending, not the original
}

void TestImportDialog::badLinesAreListedAndNothingSent() {
    QVERIFY(m_cluster->createTopic("strict-import", 1));
    const QString path = m_dir.filePath(QStringLiteral("bad.jsonl"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"partition\":0,\"value\":\"fine\"}\n"
                   "{\"partition\":0,\"value\":\"no closing brace\"\n"
                   "\n"
                   "{\"partition\":0,\"value\":{\"base64\":\"@@@\"}}\n"
                   "{\"partition\":0,\"value\":\"also fine\"}\n"
                   "{\"value\":\"no partition to keep\"}\n");
    }
    auto dialog = openDialog(path, QStringLiteral("strict-import"));
    importAndWait(*dialog);
    QVERIFY(dialog->message()->isVisible());
    QCOMPARE(dialog->message()->text(),
             QStringLiteral("3 line(s) of the file cannot be read; nothing was sent."));
    auto* bad = dialog->badLines();
    QVERIFY(bad->isVisible());
    QCOMPARE(bad->rowCount(), 3);
    QCOMPARE(bad->item(0, 0)->data(Qt::DisplayRole).toInt(), 2);
    QVERIFY2(bad->item(0, 1)->text().startsWith(QStringLiteral("Not valid JSON at column")),
             qPrintable(bad->item(0, 1)->text()));
    QCOMPARE(bad->item(1, 0)->data(Qt::DisplayRole).toInt(), 4);
    QVERIFY(bad->item(1, 1)->text().contains(QStringLiteral("base64")));
    QCOMPARE(bad->item(2, 0)->data(Qt::DisplayRole).toInt(), 6);
    QVERIFY(bad->item(2, 1)->text().contains(QStringLiteral("partition")));
    QCOMPARE(dialog->phaseLabel()->text(), QStringLiteral("Nothing was sent."));
    QCOMPARE(totalRecords(admin(), "strict-import"), int64_t(0));
    picture(dialog.get(), QStringLiteral("import-bad-lines.png"));

    // A missing file is explained next to the field before anything starts.
    dialog->setFile(m_dir.filePath(QStringLiteral("absent.jsonl")));
    QVERIFY(dialog->fileError()->isVisible());
    QVERIFY(!dialog->importButton()->isEnabled());
}

void TestImportDialog::cancelStopsAnImport() {
    QVERIFY(m_cluster->createTopic("cancel-import", 2));
    const QString path = m_dir.filePath(QStringLiteral("big.jsonl"));
    const int lines = 500000;
    {
        QString error;
        auto writer = samsa::app::RecordExportWriter::open(path, ExportFormat::JsonLines, &error);
        QVERIFY(writer);
        client::FetchedRecord r;
        for (int i = 0; i < lines; ++i) {
            r.offset = i / 2;
            r.timestampMs = 1700000000000 + i;
            r.value = toBytes("record " + std::to_string(i));
            QVERIFY(writer->write(QStringLiteral("big"), i % 2, r));
        }
        QVERIFY(writer->finish(&error));
    }
    auto dialog = openDialog(path, QStringLiteral("cancel-import"));
    QSignalSpy finished(dialog.get(), &ImportDialog::importFinished);
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QVERIFY(dialog->cancelButton()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->lastRun()->produceJob() &&
                                 dialog->lastRun()->produceJob()->summary().succeeded > 0,
                             kTimeoutMs);
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    QVERIFY(dialog->lastRun()->cancelled());
    const auto& summary = dialog->lastRun()->produceJob()->summary();
    QVERIFY(summary.cancelled);
    QVERIFY(summary.attempted < lines);
    QCOMPARE(dialog->lastRun()->check().records, int64_t(lines));
    // Exactly what the summary counted is in the topic.
    QCOMPARE(totalRecords(admin(), "cancel-import"), summary.succeeded);
    QVERIFY2(dialog->phaseLabel()->text().contains(QStringLiteral("Cancelled")),
             qPrintable(dialog->phaseLabel()->text()));
}

QTEST_MAIN(TestImportDialog)
#include "test_import_dialog.moc"
