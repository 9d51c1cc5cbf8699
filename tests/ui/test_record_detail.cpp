// The message detail pane with real widgets: what the summary and each view show for
// fixed records, per-part view choices, null, empty, tombstone and control records, and
// a record read back from the in-process broker.
#include "test_record_detail_fixtures.h"
#include "support/running_cluster.h"
#include "ui/common/format.h"
#include "ui/common/inline_message.h"
#include "ui/record_detail/json_text.h"
#include "ui/record_detail/payload_view.h"
#include "ui/record_detail/record_detail_view.h"
#include "ui/record_detail/syntax_colors.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>

#include "protocol/records/control_record.h"

using samsa::app::RecordDetail;
using samsa::ui::PayloadView;
using samsa::ui::RecordDetailView;
using samsa::ui::testing::kTimeoutMs;
using Mode = PayloadView::Mode;
using namespace samsa::ui::testing;

class TestRecordDetail : public QObject {
    Q_OBJECT
private slots:
    void startsEmpty();
    void showsSummary();
    void autoShowsFormattedJson();
    void eachViewShowsExpectedText();
    void overrideIsPerPartAndSticks();
    void jsonTreeView();
    void emptyVersusNullKey();
    void tombstoneIsExplained();
    void controlRecordIsNamed();
    void showsRecordFetchedFromBroker();
    void screenshots();
};

void TestRecordDetail::startsEmpty() {
    RecordDetailView view;
    QCOMPARE(view.objectName(), QStringLiteral("recordDetail"));
    QVERIFY(showForTest(view));
    auto* empty = view.findChild<QLabel*>(QStringLiteral("recordDetailEmpty"));
    QVERIFY(empty && empty->isVisible());
    QVERIFY(!view.hasRecord());
    view.showRecord(jsonRecord());
    QVERIFY(!empty->isVisible());
    view.clear();
    QVERIFY(empty->isVisible());
    QVERIFY(view.valueView()->isNull());
}

void TestRecordDetail::showsSummary() {
    RecordDetailView view;
    QVERIFY(showForTest(view));
    view.showRecord(jsonRecord());
    QCOMPARE(labelText(view, "recordTitle"), QStringLiteral("orders · partition 2 · offset 1234"));
    const QString local = QDateTime::fromMSecsSinceEpoch(kTimestamp)
                              .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    const QString timestamp = labelText(view, "recordTimestamp");
    QVERIFY2(timestamp.startsWith(local), qPrintable(timestamp));
    QVERIFY2(timestamp.endsWith(QStringLiteral("epoch 1714566896789 ms · CreateTime")),
             qPrintable(timestamp));
    QCOMPARE(labelText(view, "recordKey"), QStringLiteral("order-1234"));
    QVERIFY(labelText(view, "recordSize").contains(samsa::ui::formatBytes(qint64(strlen(kOrderJson)))));
    QVERIFY(labelText(view, "recordSize").contains(QStringLiteral("2 header(s)")));
    QCOMPARE(labelText(view, "recordCompression"), QStringLiteral("gzip"));
    QCOMPARE(labelText(view, "recordProducer"), QStringLiteral("id 4001 · epoch 3 · sequence 17"));
    QVERIFY(badgeShown(view, "recordTransactional"));
    QVERIFY(!badgeShown(view, "recordTombstone"));
    QVERIFY(!badgeShown(view, "recordControl"));
    QVERIFY(!badgeShown(view, "recordAborted"));
    QVERIFY(!view.findChild<QLabel*>(QStringLiteral("recordTransactional"))->toolTip().isEmpty());

    view.showRecord(binaryRecord());
    QVERIFY(labelText(view, "recordTimestamp").endsWith(QStringLiteral("LogAppendTime")));
    QCOMPARE(labelText(view, "recordKey"), QStringLiteral("\\u0000\\u0000\\u0001*"));
    QVERIFY(labelText(view, "recordProducer").startsWith(QStringLiteral("none")));
    QVERIFY(labelText(view, "recordSize").endsWith(QStringLiteral("no headers")));
    QVERIFY(!badgeShown(view, "recordTransactional"));

    RecordDetail aborted = jsonRecord();
    aborted.aborted = true;
    view.showRecord(aborted);
    QVERIFY(badgeShown(view, "recordAborted"));
    auto* notice = view.findChild<samsa::ui::InlineMessage*>(QStringLiteral("recordNotice"));
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->kind(), samsa::ui::InlineMessage::Kind::Warning);
}

void TestRecordDetail::autoShowsFormattedJson() {
    RecordDetailView view;
    QVERIFY(showForTest(view));
    view.showRecord(jsonRecord());
    PayloadView* value = view.valueView();
    QCOMPARE(value->shownMode(), Mode::Json);
    auto* format = value->findChild<QComboBox*>(QStringLiteral("valueFormat"));
    QCOMPARE(format->currentText(), QStringLiteral("Auto (JSON)"));
    const QString pretty = samsa::ui::json::pretty(kOrderJson);
    QCOMPARE(value->visibleText(), pretty);
    QVERIFY(pretty.startsWith(QStringLiteral("{\n  \"orderId\": 1234,\n  \"customer\": {\n")));
    QVERIFY(!value->isCut());

    // Member names and numbers are coloured by the highlighter, from the palette.
    auto* edit = value->findChild<QPlainTextEdit*>(QStringLiteral("valueJson"));
    const auto colors = samsa::ui::syntaxColorsFor(edit->palette());
    const auto line = formatsOfLine(edit, 1); // `  "orderId": 1234,`
    auto colourAt = [&](int pos) {
        for (const auto& r : line)
            if (pos >= r.start && pos < r.start + r.length) return r.format.foreground().color();
        return QColor();
    };
    QCOMPARE(colourAt(3), colors.memberName);
    QCOMPARE(colourAt(14), colors.number);

    PayloadView* key = view.keyView();
    QCOMPARE(key->shownMode(), Mode::Text);
    QCOMPARE(key->findChild<QComboBox*>(QStringLiteral("keyFormat"))->currentText(),
             QStringLiteral("Auto (Text)"));
    QCOMPARE(key->visibleText(), QStringLiteral("order-1234"));
}

void TestRecordDetail::eachViewShowsExpectedText() {
    RecordDetailView view;
    QVERIFY(showForTest(view));
    RecordDetail d = jsonRecord();
    d.record.value = bytesOf(std::string_view("Hi\xFF\n", 4));
    view.showRecord(d);
    PayloadView* value = view.valueView();
    QCOMPARE(value->detectedFormat(), samsa::app::PayloadFormat::Binary);
    QCOMPARE(value->shownMode(), Mode::Hex);
    QCOMPARE(value->visibleText(),
             QStringLiteral("00000000  48 69 ff 0a                                       |Hi..|\n"));

    // Chosen with the keyboard, as a user would: Auto, then Text.
    auto* format = value->findChild<QComboBox*>(QStringLiteral("valueFormat"));
    format->setFocus();
    QTest::keyClick(format, Qt::Key_Down);
    QCOMPARE(value->mode(), Mode::Text);
    QCOMPARE(value->visibleText(), QStringLiteral("Hi\\xFF\n"));
    auto* text = value->findChild<QPlainTextEdit*>(QStringLiteral("valueText"));
    const auto colors = samsa::ui::syntaxColorsFor(text->palette());
    const auto formats = formatsOfLine(text, 0);
    QCOMPARE(formats.size(), 1);
    QCOMPARE(formats[0].start, 2);
    QCOMPARE(formats[0].length, 4);
    QCOMPARE(formats[0].format.background().color(), colors.invalidBackground);

    value->setMode(Mode::Base64);
    QCOMPARE(value->visibleText(), QStringLiteral("SGn/Cg=="));
    QCOMPARE(value->shownText(), QStringLiteral("SGn/Cg=="));

    value->setMode(Mode::Json);
    const QString explanation = value->visibleText();
    QVERIFY2(explanation.contains(QStringLiteral("not JSON")), qPrintable(explanation));
    QVERIFY(explanation.contains(QStringLiteral("Text or Hex")));

    value->setMode(Mode::Hex);
    QCOMPARE(value->findChild<QTableView*>(QStringLiteral("valueHex"))->model()->rowCount(), 1);
}

void TestRecordDetail::overrideIsPerPartAndSticks() {
    RecordDetailView view;
    QVERIFY(showForTest(view));
    view.showRecord(jsonRecord());
    view.valueView()->setMode(Mode::Hex);
    QCOMPARE(view.valueView()->shownMode(), Mode::Hex);
    QCOMPARE(view.keyView()->mode(), Mode::Auto);
    QCOMPARE(view.keyView()->shownMode(), Mode::Text);

    view.keyView()->setMode(Mode::Base64);
    view.showRecord(binaryRecord());
    // The choices hold for the next record; Auto names what it found there.
    QCOMPARE(view.valueView()->shownMode(), Mode::Hex);
    QCOMPARE(view.keyView()->shownMode(), Mode::Base64);
    QCOMPARE(view.keyView()->visibleText(), QStringLiteral("AAABKg=="));
    auto* format = view.valueView()->findChild<QComboBox*>(QStringLiteral("valueFormat"));
    QCOMPARE(format->itemText(0), QStringLiteral("Auto (Binary)"));
    QCOMPARE(format->currentText(), QStringLiteral("Hex"));

    view.valueView()->setMode(Mode::Auto);
    view.showRecord(jsonRecord());
    QCOMPARE(view.valueView()->shownMode(), Mode::Json);
}

void TestRecordDetail::jsonTreeView() {
    RecordDetailView view;
    QVERIFY(showForTest(view));
    auto* tree = view.valueView()->findChild<QTreeView*>(QStringLiteral("valueTree"));
    QAbstractItemModelTester tester(tree->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.showRecord(jsonRecord());
    view.valueView()->findChild<QToolButton*>(QStringLiteral("valueJsonTree"))->click();
    QVERIFY(tree->isVisible());
    QAbstractItemModel* model = tree->model();
    QCOMPARE(model->rowCount(), 6);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("orderId"));
    QCOMPARE(model->index(2, 1).data().toString(), QStringLiteral("[ 2 item(s) ]"));
    QVERIFY(tree->isExpanded(model->index(1, 0)));
    const QModelIndex firstItem = model->index(0, 0, model->index(2, 0));
    QCOMPARE(model->index(0, 1, firstItem).data().toString(), QStringLiteral("\"A-1\""));

    // The tree stays the JSON view for the next records, and non-JSON explains itself.
    view.showRecord(binaryRecord());
    view.valueView()->setMode(Mode::Json);
    QVERIFY(view.valueView()->visibleText().contains(QStringLiteral("not JSON")));
    view.showRecord(jsonRecord());
    QVERIFY(tree->isVisible());
    QCOMPARE(model->rowCount(), 6);
    view.valueView()->findChild<QToolButton*>(QStringLiteral("valueJsonFormatted"))->click();
    QVERIFY(view.valueView()->findChild<QPlainTextEdit*>(QStringLiteral("valueJson"))->isVisible());
}

void TestRecordDetail::emptyVersusNullKey() {
    RecordDetailView view;
    QVERIFY(showForTest(view));
    RecordDetail d = jsonRecord();
    d.record.key.reset();
    view.showRecord(d);
    view.tabs()->setCurrentIndex(1);
    PayloadView* key = view.keyView();
    QVERIFY(key->isNull());
    QCOMPARE(key->findChild<QComboBox*>(QStringLiteral("keyFormat"))->itemText(0),
             QStringLiteral("Auto (Null)"));
    const QString nullText = key->visibleText();
    QVERIFY2(nullText.contains(QStringLiteral("No key (null)")), qPrintable(nullText));
    const QString nullSummary = labelText(view, "recordKey");
    QVERIFY(!key->findChild<QToolButton*>(QStringLiteral("keySave"))->isEnabled());

    d.record.key = client::Bytes{};
    view.showRecord(d);
    QVERIFY(!key->isNull());
    QCOMPARE(key->findChild<QComboBox*>(QStringLiteral("keyFormat"))->itemText(0),
             QStringLiteral("Auto (Empty)"));
    const QString emptyText = key->visibleText();
    QVERIFY2(emptyText.contains(QStringLiteral("empty")), qPrintable(emptyText));
    QVERIFY(emptyText != nullText);
    QVERIFY(labelText(view, "recordKey") != nullSummary);
    // An empty key can still be saved, as an empty file; a null one cannot.
    QVERIFY(key->findChild<QToolButton*>(QStringLiteral("keySave"))->isEnabled());
    QTemporaryDir dir;
    QVERIFY(view.saveKeyTo(dir.filePath(QStringLiteral("key.bin"))));
    QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("key.bin"))).size(), 0);
}

void TestRecordDetail::tombstoneIsExplained() {
    RecordDetailView view;
    QVERIFY(showForTest(view));
    view.showRecord(tombstone());
    QVERIFY(badgeShown(view, "recordTombstone"));
    QVERIFY(labelText(view, "recordSize").contains(QStringLiteral("value null")));
    QVERIFY(view.findChild<QLabel*>(QStringLiteral("recordTombstone"))->toolTip().contains(
        QStringLiteral("compacted")));
    auto* notice = view.findChild<samsa::ui::InlineMessage*>(QStringLiteral("recordNotice"));
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(QStringLiteral("tombstone")));
    QVERIFY(view.valueView()->isNull());
    QVERIFY(view.valueView()->visibleText().contains(QStringLiteral("tombstone")));
    QVERIFY(!view.valueView()->findChild<QToolButton*>(QStringLiteral("valueSave"))->isEnabled());
    QTemporaryDir dir;
    QString error;
    QVERIFY(!view.saveValueTo(dir.filePath(QStringLiteral("v.bin")), &error));
    QVERIFY(error.contains(QStringLiteral("null")));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("v.bin"))));

    view.showRecord(jsonRecord());
    QVERIFY(!badgeShown(view, "recordTombstone"));
    QVERIFY(!notice->isVisible());
}

void TestRecordDetail::controlRecordIsNamed() {
    RecordDetailView view;
    QVERIFY(showForTest(view));
    RecordDetail d = tombstone();
    d.control = true;
    d.transactional = true;
    d.record.key = samsa::protocol::records::encodeControlRecordKey(
        {0, samsa::protocol::records::ControlRecordType::Commit});
    d.record.value = client::Bytes{0x00, 0x00, 0x00, 0x00, 0x00, 0x05};
    view.showRecord(d);
    QVERIFY(labelText(view, "recordKey").startsWith(QStringLiteral("COMMIT marker")));
    QVERIFY(badgeShown(view, "recordControl"));
    QVERIFY(!badgeShown(view, "recordTombstone"));
    QVERIFY(view.findChild<samsa::ui::InlineMessage*>(QStringLiteral("recordNotice"))
                ->text()
                .contains(QStringLiteral("control record")));
}

void TestRecordDetail::showsRecordFetchedFromBroker() {
    samsa::ui::testing::RunningCluster cluster;
    cluster.startAndWait();
    if (QTest::currentTestFailed()) return;
    cluster.connect();
    QVERIFY(cluster.createTopic("events", 1));
    std::vector<client::ProducerRecord> records(2);
    records[0].key = bytesOf("order-1234");
    records[0].value = bytesOf(kOrderJson);
    records[0].headers = {header("content-type", "application/json")};
    records[1].key = bytesOf("user-42"); // a tombstone
    client::ProduceOptions options;
    options.compression = client::Compression::Gzip;
    auto produced = cluster.service->client()->produce("events", records, options).get();
    QVERIFY(produced && produced->size() == 2 && !produced->front().error);

    std::optional<client::Result<client::FetchedPartition>> fetched;
    cluster.service->call<client::FetchedPartition>(
        this,
        [](client::AdminClient& c, client::Callback<client::FetchedPartition> cb) {
            c.fetch({"events", 0}, 0, {}, {}, cb);
        },
        [&](const client::Result<client::FetchedPartition>& r) { fetched = r; });
    QTRY_VERIFY_WITH_TIMEOUT(fetched.has_value(), kTimeoutMs);
    QVERIFY(fetched->ok());
    QVERIFY(!fetched->value().batches.empty());

    const client::FetchedBatch& batch = fetched->value().batches.front();
    QCOMPARE(int(batch.records.size()), 2);
    auto detailOf = [&](const client::FetchedRecord& record) {
        RecordDetail d;
        d.topic = QStringLiteral("events");
        d.partition = 0;
        d.record = record;
        d.producerId = batch.producerId;
        d.producerEpoch = batch.producerEpoch;
        d.baseSequence = batch.baseSequence;
        d.transactional = batch.isTransactional;
        d.control = batch.isControl;
        d.aborted = batch.aborted;
        d.compression = batch.compression;
        return d;
    };
    RecordDetailView view;
    QVERIFY(showForTest(view));
    view.showRecord(detailOf(batch.records[0]));
    QCOMPARE(labelText(view, "recordTitle"), QStringLiteral("events · partition 0 · offset 0"));
    QCOMPARE(labelText(view, "recordCompression"), QStringLiteral("gzip"));
    QCOMPARE(view.valueView()->visibleText(), samsa::ui::json::pretty(kOrderJson));
    QCOMPARE(view.tabs()->tabText(2), QStringLiteral("&Headers (1)"));
    view.showRecord(detailOf(batch.records[1]));
    QCOMPARE(labelText(view, "recordTitle"), QStringLiteral("events · partition 0 · offset 1"));
    QVERIFY(badgeShown(view, "recordTombstone"));
}

// Pictures for the eyes, with SAMSA_SCREENSHOT_DIR set: a JSON record, a binary one and
// a tombstone, on the light and on a dark palette.
void TestRecordDetail::screenshots() {
    const QString dir = qEnvironmentVariable("SAMSA_SCREENSHOT_DIR");
    if (dir.isEmpty()) QSKIP("SAMSA_SCREENSHOT_DIR is not set");
    QDir().mkpath(dir);
    auto save = [&](QWidget& view, const QString& name) {
        QCoreApplication::processEvents(); // pending layout changes, such as a hidden notice
        QVERIFY(view.grab().save(QDir(dir).filePath(name)));
    };
    const QPalette original = QApplication::palette();
    for (bool dark : {false, true}) {
        QApplication::setPalette(dark ? darkPalette() : original);
        const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral(".png");
        RecordDetailView view;
        QVERIFY(showForTest(view));
        view.showRecord(jsonRecord());
        save(view, QStringLiteral("record-json") + suffix);
        view.valueView()->findChild<QToolButton*>(QStringLiteral("valueJsonTree"))->click();
        save(view, QStringLiteral("record-json-tree") + suffix);
        view.showRecord(binaryRecord());
        save(view, QStringLiteral("record-binary") + suffix);
        view.valueView()->setMode(Mode::Text);
        save(view, QStringLiteral("record-binary-text") + suffix);
        view.valueView()->setMode(Mode::Auto);
        view.showRecord(tombstone());
        save(view, QStringLiteral("record-tombstone") + suffix);
        RecordDetail withHeaders = jsonRecord();
        for (int i = 0; i < 30; ++i)
            withHeaders.record.headers.push_back(header("x-header-" + std::to_string(i),
                                                        i % 9 == 4 ? std::nullopt
                                                                   : std::optional<std::string_view>("v")));
        view.showRecord(withHeaders);
        view.tabs()->setCurrentIndex(2);
        save(view, QStringLiteral("record-headers") + suffix);
        RecordDetail big = jsonRecord();
        big.record.value = toBytes(QByteArray(1024 * 1024, 'a'));
        view.tabs()->setCurrentIndex(0);
        view.showRecord(big);
        save(view, QStringLiteral("record-large") + suffix);
    }
    QApplication::setPalette(original);
}

QTEST_MAIN(TestRecordDetail)
#include "test_record_detail.moc"
