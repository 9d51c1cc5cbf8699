// The message table's virtual model on its own: rows from offset ranges and from
// positions, pages pushed in (fewer records than offsets, failures), live growth, newest
// first, a bounded cache, and how awkward records read in the cells.
#include "app/messages/page_assembler.h"
#include "ui/messages/message_table_model.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace samsa;
using samsa::app::PageKey;
using samsa::app::PartitionRange;
using samsa::app::RecordPage;
using samsa::app::RecordPosition;
using samsa::ui::MessageColumn;
using samsa::ui::MessageTableModel;

namespace {

client::Bytes bytes(const std::string& s) {
    return client::Bytes(s.begin(), s.end());
}

// A page of `partition` holding the given offsets (others compacted away), read up to
// `end`.
RecordPage page(int32_t partition, int64_t index, const std::vector<int64_t>& offsets, int64_t end = -1) {
    client::FetchedPartition fetched;
    for (int64_t o : offsets) {
        client::FetchedBatch b;
        b.baseOffset = b.lastOffset = o;
        client::FetchedRecord r;
        r.offset = o;
        r.timestampMs = 1700000000000 + o;
        r.key = bytes("k" + std::to_string(o));
        r.value = bytes(R"({"n":)" + std::to_string(o) + "}");
        b.records.push_back(r);
        fetched.batches.push_back(b);
    }
    const int64_t first = index * app::kPageOffsets;
    if (end < 0) end = first + app::kPageOffsets;
    fetched.nextOffset = end;
    app::PageAssembler assembler(partition, first, {});
    assembler.add(fetched);
    auto pages = assembler.finish(end, index, end);
    return pages.at(0);
}

std::vector<int64_t> every(int64_t from, int64_t to, int64_t step = 1) {
    std::vector<int64_t> out;
    for (int64_t o = from; o < to; o += step) out.push_back(o);
    return out;
}

QString cell(MessageTableModel& model, int row, MessageColumn column, int role = Qt::DisplayRole) {
    return model.data(model.index(row, int(column)), role).toString();
}

} // namespace

class TestMessageModel : public QObject {
    Q_OBJECT
private slots:
    void rangesBecomeRecordsAsPagesArrive() {
        MessageTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy wanted(&model, &MessageTableModel::pageWanted);
        model.showRanges({PartitionRange{0, 100, 600}, PartitionRange{1, 0, 10}});
        QCOMPARE(model.rowCount(), 510); // one row per offset until read
        QCOMPARE(model.columnCount(), samsa::ui::kMessageColumnCount);
        QVERIFY(!model.isLoaded(0));
        QCOMPARE(cell(model, 0, MessageColumn::Value), QStringLiteral("Loading…"));
        QTRY_VERIFY(!wanted.isEmpty());
        QCOMPARE(wanted.first().at(0).value<PageKey>(), (PageKey{0, 0}));
        QCOMPARE(wanted.first().at(1).toLongLong(), qint64(600));

        // Page 0 holds offsets 100..255 whole; page 1 was compacted to every other offset.
        model.addPages({page(0, 0, every(0, 256))});
        QCOMPARE(model.rowCount(), 510);
        QVERIFY(model.isLoaded(0));
        QCOMPARE(cell(model, 0, MessageColumn::Offset), QStringLiteral("100"));
        QCOMPARE(cell(model, 155, MessageColumn::Offset), QStringLiteral("255"));
        model.addPages({page(0, 1, every(256, 512, 2))});
        QCOMPARE(model.rowCount(), 510 - 128);
        QCOMPARE(cell(model, 156, MessageColumn::Offset), QStringLiteral("256"));
        QCOMPARE(cell(model, 157, MessageColumn::Offset), QStringLiteral("258"));
        QCOMPARE(model.rowOf(RecordPosition{0, 258}), 157);
        QCOMPARE(model.positionAt(157), std::optional<RecordPosition>(RecordPosition{0, 258}));

        // Partition 1 comes after partition 0's rows.
        model.addPages({page(1, 0, every(0, 10), 10)});
        const int p1 = model.rowCount() - 10;
        QCOMPARE(cell(model, p1, MessageColumn::Partition), QStringLiteral("1"));
        QCOMPARE(cell(model, p1, MessageColumn::Offset), QStringLiteral("0"));
        QCOMPARE(cell(model, p1, MessageColumn::Key), QStringLiteral("k0"));
    }

    void failedPagesSayWhy() {
        MessageTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.showRanges({PartitionRange{0, 0, 20}});
        model.pageFailed(PageKey{0, 0}, QStringLiteral("The broker is not reachable."));
        QCOMPARE(cell(model, 3, MessageColumn::Value), QStringLiteral("The broker is not reachable."));
        QVERIFY(model.isLoaded(3)); // settled, with an error
        model.addPages({page(0, 0, every(0, 20), 20)});
        QCOMPARE(cell(model, 3, MessageColumn::Offset), QStringLiteral("3"));
    }

    void liveRangesGrow() {
        MessageTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.showRanges({PartitionRange{0, 250, 250}, PartitionRange{1, 0, 5}});
        QCOMPARE(model.rowCount(), 5);
        model.addPages({page(0, 0, every(0, 250), 250)});
        model.extendRange(0, 700); // into three pages
        QCOMPARE(model.rowCount(), 455);
        QCOMPARE(model.rowOf(RecordPosition{0, 250}), 0);
        // The old last page was read up to 250 only: the rest of it loads again.
        model.addPages({page(0, 0, every(0, 256))});
        QCOMPARE(cell(model, 5, MessageColumn::Offset), QStringLiteral("255"));
        model.extendRange(1, 7);
        QCOMPARE(model.rowCount(), 457);
        QCOMPARE(model.ranges()[1].to, int64_t(7));
        model.extendRange(1, 6); // never shrinks
        QCOMPARE(model.rowCount(), 457);
    }

    void newestFirstReversesRows() {
        MessageTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.showRanges({PartitionRange{0, 0, 10}});
        model.setDescending(true);
        model.addPages({page(0, 0, every(0, 10, 2), 10)});
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(cell(model, 0, MessageColumn::Offset), QStringLiteral("8"));
        QCOMPARE(cell(model, 4, MessageColumn::Offset), QStringLiteral("0"));
        model.extendRange(0, 12);
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.rowOf(RecordPosition{0, 0}), 6);
    }

    void positionsFromScans() {
        MessageTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy wanted(&model, &MessageTableModel::pageWanted);
        model.showPositions(2);
        model.appendPositions(1, {RecordPosition{1, 5}, RecordPosition{1, 900}});
        model.appendPositions(0, {RecordPosition{0, 3}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 0, MessageColumn::Offset), QStringLiteral("3")); // known before loading
        QCOMPARE(cell(model, 2, MessageColumn::Partition), QStringLiteral("1"));
        QTRY_VERIFY(wanted.size() >= 3);
        model.addPages({page(0, 0, {3, 4}), page(1, 0, {5}), page(1, 3, {900}, 901)});
        QCOMPARE(cell(model, 0, MessageColumn::Key), QStringLiteral("k3"));
        QCOMPARE(cell(model, 2, MessageColumn::Key), QStringLiteral("k900"));
        QCOMPARE(model.rowOf(RecordPosition{1, 900}), 2);
        model.setDescending(true);
        QCOMPARE(cell(model, 0, MessageColumn::Key), QStringLiteral("k900"));
        model.appendPositions(1, {RecordPosition{1, 901}});
        QCOMPARE(cell(model, 0, MessageColumn::Offset), QStringLiteral("901"));
    }

    void cacheStaysWithinItsBudget() {
        MessageTableModel model;
        model.setCacheBudget(200 * 1024);
        model.showRanges({PartitionRange{0, 0, 256 * 100}});
        for (int64_t i = 0; i < 100; ++i) model.addPages({page(0, i, every(i * 256, (i + 1) * 256))});
        QVERIFY(model.cachedBytes() <= 200 * 1024);
        QVERIFY(model.cachedPages() < 100);
        QCOMPARE(model.rowCount(), 256 * 100); // counts stay known for evicted pages
        QVERIFY(!model.isLoaded(0));           // read again when wanted
        QVERIFY(model.isLoaded(256 * 100 - 1));
    }

    void awkwardRecordsReadInOneLine() {
        client::FetchedPartition fetched;
        client::FetchedBatch b;
        b.baseOffset = 0;
        auto add = [&](std::optional<client::Bytes> key, std::optional<client::Bytes> value, int headers = 0) {
            client::FetchedRecord r;
            r.offset = int64_t(b.records.size());
            r.key = std::move(key);
            r.value = std::move(value);
            for (int h = 0; h < headers; ++h) r.headers.push_back({"h" + std::to_string(h), bytes("v")});
            b.records.push_back(std::move(r));
        };
        add(bytes(std::string("\x00\x01\xff\xfe", 4)), bytes(std::string("\x89PNG\r\n\x1a\n\x00\x00", 10)));
        add(bytes("ok"), bytes(std::string("caf\xc3\xa9 \xc3\x28 \xe2\x82", 11))); // invalid UTF-8
        add(bytes("big"), client::Bytes(1 << 20, uint8_t('x')));                      // 1 MiB
        add(client::Bytes{}, client::Bytes{});                                        // empty key and value
        add(std::nullopt, std::nullopt);                                              // tombstone
        add(bytes("headers"), bytes("v"), 100);
        add(bytes("line\nbreak\ttab"), bytes("{\"a\":\n 1}"));
        b.lastOffset = int64_t(b.records.size()) - 1;
        fetched.batches.push_back(b);
        fetched.nextOffset = b.lastOffset + 1;
        app::PageAssembler assembler(0, 0, {});
        assembler.add(fetched);
        auto pages = assembler.finish(fetched.nextOffset, 0, fetched.nextOffset);

        MessageTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.showRanges({PartitionRange{0, 0, fetched.nextOffset}});
        model.addPages(std::move(pages));
        QCOMPARE(model.rowCount(), 7);
        for (int row = 0; row < model.rowCount(); ++row)
            for (int c = 0; c < samsa::ui::kMessageColumnCount; ++c) {
                const QString text = model.data(model.index(row, c)).toString();
                QVERIFY2(text.size() < 300, qPrintable(QStringLiteral("row %1 column %2").arg(row).arg(c)));
                QVERIFY(!text.contains(QLatin1Char('\n')));
                model.data(model.index(row, c), Qt::ToolTipRole);
            }
        QVERIFY(cell(model, 0, MessageColumn::Key).contains(QStringLiteral("\\x")));
        QVERIFY(cell(model, 1, MessageColumn::Value).startsWith(QString::fromUtf8("café ")));
        QVERIFY(cell(model, 1, MessageColumn::Value).contains(QStringLiteral("\\x")));
        QVERIFY(cell(model, 2, MessageColumn::Value).endsWith(QChar(0x2026)));
        QCOMPARE(cell(model, 2, MessageColumn::Size), QStringLiteral("1.0 MiB"));
        QVERIFY(cell(model, 2, MessageColumn::Value, Qt::ToolTipRole).contains(QStringLiteral("select the row")));
        QCOMPARE(cell(model, 3, MessageColumn::Key), QStringLiteral("(empty)"));
        QCOMPARE(cell(model, 4, MessageColumn::Key), QStringLiteral("null"));
        QVERIFY(cell(model, 4, MessageColumn::Value).contains(QStringLiteral("tombstone")));
        QVERIFY(model.data(model.index(4, int(MessageColumn::Value)), Qt::FontRole).value<QFont>().italic());
        QCOMPARE(cell(model, 5, MessageColumn::Headers), QStringLiteral("100"));
        QVERIFY(cell(model, 6, MessageColumn::Key).contains(QStringLiteral("\\n")));
        // Rows keep the start of a big value only.
        QVERIFY(model.cachedBytes() < 64 * 1024);
    }
};

QTEST_MAIN(TestMessageModel)
#include "test_message_model.moc"
