// The message detail pane under load and in use: megabyte values, a hundred headers,
// saving exact bytes (directly and through the file dialog) and copying.
#include "test_record_detail_fixtures.h"
#include "support/widget_test.h"
#include "ui/common/format.h"
#include "ui/common/inline_message.h"
#include "ui/record_detail/json_text.h"
#include "ui/record_detail/payload_view.h"
#include "ui/record_detail/record_detail_view.h"

#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMimeData>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>

using samsa::app::RecordDetail;
using samsa::ui::PayloadView;
using samsa::ui::RecordDetailView;
using samsa::ui::testing::kTimeoutMs;
using Mode = PayloadView::Mode;
using namespace samsa::ui::testing;

class TestRecordDetailIo : public QObject {
    Q_OBJECT
private slots:
    void megabyteValueStaysLight();
    void megabyteJson();
    void hundredHeaders();
    void saveWritesIdenticalBytes();
    void saveThroughDialog();
    void copies();
};

void TestRecordDetailIo::megabyteValueStaysLight() {
    RecordDetailView view;
    QVERIFY(showForTest(view));
    // One megabyte of text without a single line break or space: the hardest case for
    // Qt's text layout.
    const QByteArray big(1024 * 1024, 'a');
    RecordDetail d = jsonRecord();
    d.record.value = toBytes(big);
    view.showRecord(d);
    PayloadView* value = view.valueView();
    QCOMPARE(value->shownMode(), Mode::Text);
    QVERIFY(value->isCut());
    QCOMPARE(value->visibleText().size(), PayloadView::kShownBytes);
    auto* cutNote = value->findChild<QLabel*>(QStringLiteral("valueCutNote"));
    QVERIFY(cutNote->isVisible());
    QVERIFY(cutNote->text().contains(samsa::ui::formatBytes(big.size())));
    QCOMPARE(value->shownText().size(), big.size()); // copies get all of it

    value->setMode(Mode::Hex);
    auto* hex = value->findChild<QTableView*>(QStringLiteral("valueHex"));
    QVERIFY(!value->isCut());
    QCOMPARE(hex->model()->rowCount(), 65536);
    hex->scrollToBottom();
    QVERIFY(!hex->grab().isNull());
    QCOMPARE(hex->model()->index(65535, 0).data().toString(), QStringLiteral("000ffff0"));

    value->setMode(Mode::Base64);
    QVERIFY(value->isCut());

    value->setMode(Mode::Text);
    value->findChild<QPushButton*>(QStringLiteral("valueShowAll"))->click();
    QVERIFY(!value->isCut());
    QVERIFY(!cutNote->isVisible());
    QCOMPARE(value->visibleText().size(), big.size());

    // A megabyte of binary data goes straight to the lazy hex view.
    QByteArray noise(1024 * 1024, Qt::Uninitialized);
    QRandomGenerator rng(42);
    rng.fillRange(reinterpret_cast<quint32*>(noise.data()), noise.size() / 4);
    d.record.value = toBytes(noise);
    value->setMode(Mode::Auto);
    view.showRecord(d);
    QCOMPARE(value->shownMode(), Mode::Hex);
    QVERIFY(!value->isCut());
}

void TestRecordDetailIo::megabyteJson() {
    RecordDetailView view;
    QVERIFY(showForTest(view));
    QByteArray big = "[";
    int items = 0;
    while (big.size() < 1024 * 1024) {
        if (items > 0) big += ',';
        big += R"({"id":)" + QByteArray::number(items) + R"(,"name":"item)" +
               QByteArray::number(items) + R"(","tags":["a","b"]})";
        ++items;
    }
    big += ']';
    RecordDetail d = jsonRecord();
    d.record.value = toBytes(big);
    view.showRecord(d);
    PayloadView* value = view.valueView();
    QCOMPARE(value->shownMode(), Mode::Json);
    QVERIFY(value->isCut());
    QVERIFY(value->visibleText().size() < 4 * PayloadView::kShownBytes);
    view.valueView()->findChild<QToolButton*>(QStringLiteral("valueJsonTree"))->click();
    auto* tree = value->findChild<QTreeView*>(QStringLiteral("valueTree"));
    QCOMPARE(tree->model()->rowCount(), items);
    QVERIFY(!value->isCut());
    tree->scrollToBottom();
    QVERIFY(!tree->grab().isNull());
    view.valueView()->findChild<QToolButton*>(QStringLiteral("valueJsonFormatted"))->click();
}

void TestRecordDetailIo::hundredHeaders() {
    RecordDetailView view;
    QVERIFY(showForTest(view));
    RecordDetail d = jsonRecord();
    d.record.headers.clear();
    for (int i = 0; i < 100; ++i) {
        const std::string value = "{\"span\":" + std::to_string(i) + "}";
        d.record.headers.push_back(header("h-" + std::to_string(i),
                                          i == 7 ? std::nullopt : std::optional<std::string_view>(value)));
    }
    view.showRecord(d);
    QCOMPARE(view.tabs()->tabText(2), QStringLiteral("&Headers (100)"));
    view.tabs()->setCurrentIndex(2);
    QTableView* table = view.headersTable();
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 100);
    QVERIFY(!table->grab().isNull());

    // The first header is selected and its value shown below the table.
    PayloadView* headerValue = view.headerValueView();
    QVERIFY(headerValue->isVisible());
    QCOMPARE(headerValue->shownMode(), Mode::Json);
    QCOMPARE(headerValue->visibleText(), QStringLiteral("{\n  \"span\": 0\n}"));

    table->setFocus();
    for (int i = 0; i < 50; ++i) QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 50);
    QCOMPARE(headerValue->visibleText(), QStringLiteral("{\n  \"span\": 50\n}"));

    table->setCurrentIndex(table->model()->index(7, 1));
    QVERIFY(headerValue->isNull());
    QVERIFY(headerValue->visibleText().contains(QStringLiteral("null")));

    // Sorting by size and back keeps the selected header's value right.
    table->sortByColumn(3, Qt::DescendingOrder);
    table->setCurrentIndex(table->model()->index(0, 1));
    QVERIFY(headerValue->visibleText().contains(QStringLiteral("\"span\": ")));
    table->sortByColumn(0, Qt::AscendingOrder);
    QCOMPARE(table->model()->index(99, 1).data().toString(), QStringLiteral("h-99"));

    view.showRecord(tombstone());
    QCOMPARE(view.tabs()->tabText(2), QStringLiteral("&Headers (0)"));
    auto* hint = view.findChild<QLabel*>(QStringLiteral("headerHint"));
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(QStringLiteral("no headers")));
}

void TestRecordDetailIo::saveWritesIdenticalBytes() {
    RecordDetailView view;
    QVERIFY(showForTest(view));
    QTemporaryDir dir;
    QByteArray every(256, '\0');
    for (int i = 0; i < 256; ++i) every[i] = char(i);
    QByteArray big(1024 * 1024 + 3, Qt::Uninitialized);
    QRandomGenerator rng(7);
    for (auto& c : big) c = char(rng.bounded(256));
    for (const QByteArray& payload : {every, big, QByteArray(kOrderJson)}) {
        RecordDetail d = binaryRecord();
        d.record.value = toBytes(payload);
        view.showRecord(d);
        const QString path = dir.filePath(QStringLiteral("value.bin"));
        QString error;
        QVERIFY2(view.saveValueTo(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), payload);
    }
    const QString keyPath = dir.filePath(QStringLiteral("key.bin"));
    QVERIFY(view.saveKeyTo(keyPath));
    QFile key(keyPath);
    QVERIFY(key.open(QIODevice::ReadOnly));
    QCOMPARE(key.readAll(), QByteArray("\x00\x00\x01\x2A", 4));

    QString error;
    QVERIFY(!view.saveValueTo(dir.filePath(QStringLiteral("no/such/folder/v.bin")), &error));
    QVERIFY(error.contains(QStringLiteral("no/such/folder")));
}

void TestRecordDetailIo::saveThroughDialog() {
    RecordDetailView view;
    QVERIFY(showForTest(view));
    view.showRecord(binaryRecord());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("picked.bin"));
    view.valueView()->findChild<QToolButton*>(QStringLiteral("valueSave"))->click();
    QFileDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = view.findChild<QFileDialog*>(QStringLiteral("valueSaveDialog"))),
                             kTimeoutMs);
    QVERIFY(dialog->selectedFiles().value(0).endsWith(QStringLiteral("payments-0-7-value.bin")));
    // The dialog does not block: the pane still takes the next record meanwhile.
    view.showRecord(jsonRecord());
    dialog->selectFile(path);
    QVERIFY(QMetaObject::invokeMethod(dialog, "accept", Qt::DirectConnection));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto expected = binaryRecord().record.value.value();
    QCOMPARE(file.readAll(), QByteArray(reinterpret_cast<const char*>(expected.data()),
                                        qsizetype(expected.size())));
    auto* message = view.valueView()->findChild<samsa::ui::InlineMessage*>(QStringLiteral("valueMessage"));
    QVERIFY(message->isVisible());
    QCOMPARE(message->kind(), samsa::ui::InlineMessage::Kind::Info);
}

void TestRecordDetailIo::copies() {
    RecordDetailView view;
    QVERIFY(showForTest(view));
    view.showRecord(jsonRecord());
    QClipboard* clipboard = QGuiApplication::clipboard();
    view.valueView()->findChild<QToolButton*>(QStringLiteral("valueCopy"))->click();
    QCOMPARE(clipboard->text(), samsa::ui::json::pretty(kOrderJson));
    view.copyValue();
    QCOMPARE(clipboard->text(), QString::fromLatin1(kOrderJson));
    view.copyKey();
    QCOMPARE(clipboard->text(), QStringLiteral("order-1234"));

    view.showRecord(binaryRecord());
    const auto raw = binaryRecord().record.value.value();
    const QByteArray bytes(reinterpret_cast<const char*>(raw.data()), qsizetype(raw.size()));
    view.copyValue();
    QCOMPARE(clipboard->mimeData()->data(QStringLiteral("application/octet-stream")), bytes);
    view.valueView()->copyBase64();
    QCOMPARE(clipboard->text(), QString::fromLatin1(bytes.toBase64()));
    view.valueView()->copyHex();
    QCOMPARE(clipboard->text(), QString::fromLatin1(bytes.toHex()));
    view.valueView()->copyShown(); // the hex view is on screen
    QVERIFY(clipboard->text().startsWith(QStringLiteral("00000000  00 00 00 00 07 02 0c 45")));

    // Ctrl+C in the hex view copies the selected lines.
    auto* hex = view.valueView()->findChild<QTableView*>(QStringLiteral("valueHex"));
    hex->setFocus();
    hex->selectRow(1);
    QTest::keyClick(hex, Qt::Key_C, Qt::ControlModifier);
    QVERIFY2(clipboard->text().startsWith(QStringLiteral("00000010  ")), qPrintable(clipboard->text()));
    QCOMPARE(clipboard->text().count(QLatin1Char('\n')), 1);
}

QTEST_MAIN(TestRecordDetailIo)
#include "test_record_detail_io.moc"
