// The message browser against the in-process broker: starts (time, last N, a consumer
// group, an offset, an offset per partition), live tail, filters that scan the whole topic, order by time,
// exports and saved filters.
#include "app/messages/message_scan.h"
#include "app/messages/saved_filter_store.h"
#include "support/running_cluster.h"
#include "test_message_pictures.h"
#include "ui/common/inline_message.h"
#include "ui/messages/browse_bar.h"
#include "ui/messages/filter_bar.h"
#include "ui/messages/message_export.h"
#include "ui/messages/message_table_model.h"
#include "ui/messages/messages_page.h"
#include "ui/messages/scan_status.h"
#include "ui/record_detail/record_detail_view.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace samsa;
using samsa::ui::MessageColumn;
using samsa::ui::MessagesPage;
using samsa::ui::MessageTableModel;
using samsa::ui::testing::kTimeoutMs;
using samsa::ui::testing::RunningCluster;

namespace {

constexpr int kOrders = 300;
constexpr int kTimelineRecords = 20;

client::Bytes text(const std::string& s) {
    return client::Bytes(s.begin(), s.end());
}

std::string customer(int i) {
    return QStringLiteral("cust-%1").arg(i % 10, 4, 10, QLatin1Char('0')).toStdString();
}

bool allLoaded(MessageTableModel* model) {
    for (int row = 0; row < model->rowCount(); ++row)
        if (!model->isLoaded(row)) {
            model->data(model->index(row, 0));
            return false;
        }
    return true;
}

QString cellText(MessagesPage& page, int row, MessageColumn column) {
    return page.model()->data(page.model()->index(row, int(column))).toString();
}

int lineCount(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return -1;
    int n = 0;
    while (!f.atEnd())
        if (!f.readLine().trimmed().isEmpty()) ++n;
    return n;
}

} // namespace

class TestMessageBrowser : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void browsesFromATimestamp();
    void startsFromLastMessagesAndGroups();
    void startsAtAnOffsetPerPartition();
    void offsetProblemsShowNextToTheInput();
    void liveTailShowsNewRecords();
    void liveFilterFollowsNewMatches();
    void jsonFilterFindsTheRightRecords();
    void filterProblemsShowNextToTheirInput();
    void mergesPartitionsByTime();
    void jumpsToAnOffset();
    void exportsSelectionAndMatches();
    void savedFiltersReapply();

private:
    std::unique_ptr<MessagesPage> openPage(const QString& topic, const QString& database = {});
    // Waits for the bar to know the topic's partitions, then chooses the Offset start.
    void chooseOffsetStart(MessagesPage& page, int partitions);
    // Types `text` as the Offset start and presses Go.
    void goToOffsets(MessagesPage& page, const QString& text);
    void produce(const std::string& topic, std::vector<client::ProducerRecord> records);

    RunningCluster m_cluster;
    QTemporaryDir m_files;
    int64_t m_base = 0; // the timeline's first timestamp
};

void TestMessageBrowser::initTestCase() {
    m_cluster.startAndWait();
    if (QTest::currentTestFailed()) return;
    m_cluster.connect();
    QVERIFY(m_cluster.createTopic("timeline", 1));
    QVERIFY(m_cluster.createTopic("orders", 3));
    QVERIFY(m_cluster.createTopic("live", 2));

    // One record a second, an hour ago.
    m_base = (QDateTime::currentMSecsSinceEpoch() / 1000 - 3600) * 1000;
    std::vector<client::ProducerRecord> timeline;
    for (int i = 0; i < kTimelineRecords; ++i) {
        client::ProducerRecord r;
        r.key = text("t" + std::to_string(i));
        r.value = text("tick " + std::to_string(i));
        r.timestampMs = m_base + i * 1000;
        r.partition = 0;
        timeline.push_back(std::move(r));
    }
    produce("timeline", std::move(timeline));

    std::vector<client::ProducerRecord> orders;
    for (int i = 0; i < kOrders; ++i) {
        client::ProducerRecord r;
        r.key = text(customer(i));
        const std::string json = R"({"order_id":"ord-)" + std::to_string(i) + R"(","customer_id":")" + customer(i) +
                                 R"(","items":[{"sku":"SKU-)" + std::to_string(1000 + i % 7) + R"(","qty":1}]})";
        r.value = text(json);
        r.timestampMs = m_base + i * 10;
        r.partition = i % 3;
        orders.push_back(std::move(r));
    }
    produce("orders", std::move(orders));
}

void TestMessageBrowser::produce(const std::string& topic, std::vector<client::ProducerRecord> records) {
    client::ProduceOptions options;
    options.partitioner = client::Partitioner::Explicit;
    for (auto& r : records)
        if (!r.partition) r.partition = 0;
    auto produced = m_cluster.service->client()->produce(topic, std::move(records), options).get();
    QVERIFY(produced);
    for (const auto& p : *produced) QVERIFY2(!p.error, p.error ? p.error->toString().c_str() : "");
}

std::unique_ptr<MessagesPage> TestMessageBrowser::openPage(const QString& topic, const QString& database) {
    auto page = std::make_unique<MessagesPage>(m_cluster.service.get(), topic, database);
    page->resize(1200, 800);
    page->show();
    return page;
}

void TestMessageBrowser::browsesFromATimestamp() {
    auto page = openPage(QStringLiteral("timeline"));
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* model = page->model();
    QTRY_VERIFY_WITH_TIMEOUT(page->hasBrowsed() && allLoaded(model) && model->rowCount() == kTimelineRecords,
                             kTimeoutMs);
    app::BrowseStart start;
    start.kind = app::BrowseStart::Kind::Timestamp;
    start.timestampMs = m_base + 10500; // between ticks 10 and 11
    page->browseFrom(start);
    QTRY_VERIFY_WITH_TIMEOUT(page->hasBrowsed() && allLoaded(model) && model->rowCount() == 9, kTimeoutMs);
    QCOMPARE(cellText(*page, 0, MessageColumn::Offset), QStringLiteral("11"));
    QCOMPARE(cellText(*page, 0, MessageColumn::Value), QStringLiteral("tick 11"));
    QCOMPARE(cellText(*page, 8, MessageColumn::Offset), QStringLiteral("19"));

    // Later than every record: nothing, and the page says what to do.
    start.timestampMs = m_base + 3600 * 1000;
    page->browseFrom(start);
    QTRY_VERIFY_WITH_TIMEOUT(page->hasBrowsed() && model->rowCount() == 0 && !page->isBusy(), kTimeoutMs);
    QVERIFY(page->emptyLabel()->isVisible());
    QVERIFY(!page->emptyLabel()->text().isEmpty());

    // Earlier brings back what comes before the start.
    start.timestampMs = m_base + 15000;
    page->browseFrom(start);
    QTRY_VERIFY_WITH_TIMEOUT(page->hasBrowsed() && allLoaded(model) && model->rowCount() == 5, kTimeoutMs);
    page->showEarlier();
    QTRY_VERIFY_WITH_TIMEOUT(allLoaded(model) && model->rowCount() == kTimelineRecords, kTimeoutMs);
}

void TestMessageBrowser::startsFromLastMessagesAndGroups() {
    auto page = openPage(QStringLiteral("timeline"));
    auto* model = page->model();
    app::BrowseStart start;
    start.kind = app::BrowseStart::Kind::LastMessages;
    start.count = 5;
    page->browseFrom(start);
    QTRY_VERIFY_WITH_TIMEOUT(page->hasBrowsed() && allLoaded(model) && model->rowCount() == 5, kTimeoutMs);
    QCOMPARE(cellText(*page, 0, MessageColumn::Offset), QStringLiteral("15"));

    auto committed = m_cluster.service->client()
                         ->commitOffsets("reader", {client::OffsetToCommit{{"timeline", 0}, 12, -1, std::nullopt}})
                         .get();
    QVERIFY(committed && !committed->front().error);
    start.kind = app::BrowseStart::Kind::ConsumerGroup;
    start.group = QStringLiteral("reader");
    page->browseFrom(start);
    QTRY_VERIFY_WITH_TIMEOUT(page->hasBrowsed() && allLoaded(model) && model->rowCount() == 8, kTimeoutMs);
    QCOMPARE(cellText(*page, 0, MessageColumn::Offset), QStringLiteral("12"));

    // A group that never committed here starts at the earliest record, and says so.
    start.group = QStringLiteral("newcomer");
    page->browseFrom(start);
    QTRY_VERIFY_WITH_TIMEOUT(page->hasBrowsed() && allLoaded(model) && model->rowCount() == kTimelineRecords,
                             kTimeoutMs);
    QVERIFY(page->pageMessage()->text().contains(QStringLiteral("newcomer")));
}

void TestMessageBrowser::chooseOffsetStart(MessagesPage& page, int partitions) {
    auto* bar = page.browseBar();
    QTRY_VERIFY_WITH_TIMEOUT(page.hasBrowsed() && bar->partitionCombo()->count() == partitions + 1, kTimeoutMs);
    bar->startCombo()->setCurrentIndex(bar->startCombo()->findData(int(app::BrowseStart::Kind::Offset)));
}

void TestMessageBrowser::goToOffsets(MessagesPage& page, const QString& text) {
    page.browseBar()->offsetEdit()->setText(text);
    QTest::mouseClick(page.browseBar()->goButton(), Qt::LeftButton);
}

void TestMessageBrowser::startsAtAnOffsetPerPartition() {
    auto page = openPage(QStringLiteral("orders"));
    chooseOffsetStart(*page, 3);
    if (QTest::currentTestFailed()) return;
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* model = page->model();
    // Order i is in partition i % 3 at offset i / 3; each partition holds offsets 0 to 99.
    const auto expectRow = [&](int row, int partition, int64_t offset) {
        QCOMPARE(cellText(*page, row, MessageColumn::Partition), QString::number(partition));
        QCOMPARE(cellText(*page, row, MessageColumn::Offset), QString::number(offset));
        QVERIFY(cellText(*page, row, MessageColumn::Value)
                    .contains(QStringLiteral("\"ord-%1\"").arg(offset * 3 + partition)));
    };
    goToOffsets(*page, QStringLiteral("0:40, 1:80, 2:0"));
    QTRY_VERIFY_WITH_TIMEOUT(page->hasBrowsed() && allLoaded(model) && model->rowCount() == 60 + 20 + 100,
                             kTimeoutMs);
    expectRow(0, 0, 40);
    expectRow(60, 1, 80);
    expectRow(80, 2, 0);
    QVERIFY(page->browseBar()->startProblem().isEmpty());

    // Partitions not named start at their earliest record; past the end is the end.
    goToOffsets(*page, QStringLiteral("1:90, 2:5000"));
    QTRY_VERIFY_WITH_TIMEOUT(page->hasBrowsed() && allLoaded(model) && model->rowCount() == 100 + 10, kTimeoutMs);
    expectRow(0, 0, 0);
    expectRow(100, 1, 90);
    QCOMPARE(page->span().ranges.at(2).from, int64_t(100));

    // One offset still means that offset in every partition...
    goToOffsets(*page, QStringLiteral("97"));
    QTRY_VERIFY_WITH_TIMEOUT(page->hasBrowsed() && allLoaded(model) && model->rowCount() == 9, kTimeoutMs);
    expectRow(0, 0, 97);
    expectRow(3, 1, 97);
    expectRow(6, 2, 97);
    // ...or in the one partition browsed, where a pair counts for that partition only.
    page->browseBar()->selectPartition(1);
    QTRY_VERIFY_WITH_TIMEOUT(page->hasBrowsed() && allLoaded(model) && model->rowCount() == 3, kTimeoutMs);
    expectRow(0, 1, 97);
    goToOffsets(*page, QStringLiteral("0:10, 1:98"));
    QTRY_VERIFY_WITH_TIMEOUT(page->hasBrowsed() && allLoaded(model) && model->rowCount() == 2, kTimeoutMs);
    expectRow(0, 1, 98);
}

void TestMessageBrowser::offsetProblemsShowNextToTheInput() {
    auto page = openPage(QStringLiteral("orders"));
    chooseOffsetStart(*page, 3);
    if (QTest::currentTestFailed()) return;
    auto* model = page->model();
    goToOffsets(*page, QStringLiteral("0:95, 1:95, 2:95"));
    QTRY_VERIFY_WITH_TIMEOUT(page->hasBrowsed() && allLoaded(model) && model->rowCount() == 15, kTimeoutMs);
    auto* problem = page->browseBar()->startProblemLabel();
    QVERIFY(!problem->isVisible());

    const QList<std::pair<QString, QString>> cases{
        {QStringLiteral("0:10, 7:10"), QStringLiteral("no partition 7")},
        {QStringLiteral("-5"), QStringLiteral("negative")},
        {QStringLiteral("0:10, 1:-5"), QStringLiteral("negative")},
        {QStringLiteral("ten"), QStringLiteral("\"ten\" is not an offset")},
        {QStringLiteral("0:10, 0:20"), QStringLiteral("twice")},
        {QStringLiteral("10, 1:20"), QStringLiteral("names no partition")},
        {QString(), QStringLiteral("partition:offset")},
    };
    QSignalSpy browsed(page.get(), &MessagesPage::browsed);
    for (const auto& [text, message] : cases) {
        goToOffsets(*page, text);
        QVERIFY2(problem->isVisible() && problem->text().contains(message),
                 qPrintable(text + QStringLiteral(" -> ") + problem->text()));
        QCOMPARE(page->browseBar()->startProblem(), problem->text());
        // Nothing was asked of the cluster: no browse began, and the rows are the last ones.
        QVERIFY(!page->isBusy());
        QVERIFY(page->hasBrowsed());
        QCOMPARE(browsed.size(), 0);
        QCOMPARE(model->rowCount(), 15);
        QCOMPARE(page->span().ranges.at(1).from, int64_t(95));
    }
    // Enter in the input is checked the same way.
    page->browseBar()->offsetEdit()->setText(QStringLiteral("x:1"));
    QTest::keyClick(page->browseBar()->offsetEdit(), Qt::Key_Return);
    QVERIFY(problem->text().contains(QStringLiteral("\"x\"")));
    QCOMPARE(browsed.size(), 0);

    // Put right, the problem goes and the browse runs.
    goToOffsets(*page, QStringLiteral("2:98"));
    QVERIFY(!problem->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(browsed.size() == 1 && allLoaded(model) && model->rowCount() == 100 + 100 + 2,
                             kTimeoutMs);
}

void TestMessageBrowser::liveTailShowsNewRecords() {
    auto page = openPage(QStringLiteral("live"));
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* model = page->model();
    app::BrowseStart start;
    start.kind = app::BrowseStart::Kind::Latest;
    page->browseFrom(start);
    QTRY_VERIFY_WITH_TIMEOUT(page->hasBrowsed() && !page->isBusy(), kTimeoutMs);
    QCOMPARE(model->rowCount(), 0);
    QTest::mouseClick(page->browseBar()->liveButton(), Qt::LeftButton);
    QVERIFY(page->browseBar()->liveButton()->isChecked());

    std::vector<client::ProducerRecord> records;
    for (int i = 0; i < 3; ++i) {
        client::ProducerRecord r;
        r.value = text("fresh " + std::to_string(i));
        r.partition = i % 2;
        records.push_back(std::move(r));
    }
    produce("live", std::move(records));
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 3 && allLoaded(model), kTimeoutMs);
    QStringList values;
    for (int row = 0; row < 3; ++row) values << cellText(*page, row, MessageColumn::Value);
    values.sort();
    QCOMPARE(values, (QStringList{"fresh 0", "fresh 1", "fresh 2"}));

    // Paused, new records wait; resumed, they come in.
    QTest::mouseClick(page->browseBar()->pauseButton(), Qt::LeftButton);
    QVERIFY(page->browseBar()->pauseButton()->isChecked());
    client::ProducerRecord later;
    later.value = text("after the pause");
    later.partition = 1;
    produce("live", {later});
    QTest::mouseClick(page->browseBar()->pauseButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 4 && allLoaded(model), kTimeoutMs);
    ui::testing::saveMessagesPicture(page.get(), QStringLiteral("messages-live.png"));
}

void TestMessageBrowser::liveFilterFollowsNewMatches() {
    auto page = openPage(QStringLiteral("live"));
    auto* model = page->model();
    QTRY_VERIFY_WITH_TIMEOUT(page->hasBrowsed(), kTimeoutMs);
    app::MessageFilter filter;
    filter.value.text = QStringLiteral("needle");
    QVERIFY(page->applyFilter(filter));
    QTest::mouseClick(page->browseBar()->liveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->scan() && page->scan()->isRunning() && page->scan()->progress().caughtUp,
                             kTimeoutMs);
    QCOMPARE(model->rowCount(), 0);
    client::ProducerRecord hay, needle;
    hay.value = text("hay");
    needle.value = text("a needle here");
    needle.partition = 1;
    produce("live", {hay, needle});
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 1 && allLoaded(model), kTimeoutMs);
    QCOMPARE(cellText(*page, 0, MessageColumn::Value), QStringLiteral("a needle here"));
    QCOMPARE(cellText(*page, 0, MessageColumn::Partition), QStringLiteral("1"));
}

void TestMessageBrowser::jsonFilterFindsTheRightRecords() {
    auto page = openPage(QStringLiteral("orders"));
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* model = page->model();
    QTRY_VERIFY_WITH_TIMEOUT(page->hasBrowsed() && model->rowCount() == kOrders, kTimeoutMs);

    page->filterBar()->jsonPathEdit()->setText(QStringLiteral("customer_id"));
    page->filterBar()->jsonValueEdit()->setText(QStringLiteral("cust-0003"));
    QTest::mouseClick(page->filterBar()->applyButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->scan() && !page->scan()->isRunning(), kTimeoutMs);
    const auto progress = page->scan()->progress();
    QCOMPARE(progress.scanned, int64_t(kOrders));
    QCOMPARE(progress.matched, int64_t(kOrders / 10));
    QCOMPARE(model->rowCount(), kOrders / 10);
    QTRY_VERIFY_WITH_TIMEOUT(allLoaded(model), kTimeoutMs);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(cellText(*page, row, MessageColumn::Key), QStringLiteral("cust-0003"));
    QVERIFY(page->scanStatus()->text().contains(QStringLiteral("30")));
    ui::testing::saveMessagesPicture(page.get(), QStringLiteral("messages-filter.png"));

    // An element of an array, and "contains".
    app::MessageFilter filter;
    filter.jsonPath = QStringLiteral("items[0].sku");
    filter.jsonMatch = app::MessageFilter::JsonMatch::Contains;
    filter.jsonValue = QStringLiteral("1006");
    QVERIFY(page->applyFilter(filter));
    QTRY_VERIFY_WITH_TIMEOUT(page->scan() && !page->scan()->isRunning(), kTimeoutMs);
    int expected = 0;
    for (int i = 0; i < kOrders; ++i) expected += i % 7 == 6;
    QCOMPARE(page->scan()->progress().matched, int64_t(expected));
    QCOMPARE(model->rowCount(), expected);

    // Clearing the filter browses every record again.
    QTest::mouseClick(page->filterBar()->clearButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->hasBrowsed() && model->rowCount() == kOrders, kTimeoutMs);
    QCOMPARE(model->mode(), MessageTableModel::Mode::Ranges);
}

void TestMessageBrowser::filterProblemsShowNextToTheirInput() {
    auto page = openPage(QStringLiteral("orders"));
    QTRY_VERIFY_WITH_TIMEOUT(page->hasBrowsed(), kTimeoutMs);
    page->filterBar()->regexCheck()->setChecked(true);
    page->filterBar()->valueEdit()->setText(QStringLiteral("ord-(1"));
    page->filterBar()->jsonPathEdit()->setText(QStringLiteral("items[x]"));
    QTest::mouseClick(page->filterBar()->applyButton(), Qt::LeftButton);
    QVERIFY(!page->filterBar()->problemText(app::FilterField::Value).isEmpty());
    QVERIFY(!page->filterBar()->problemText(app::FilterField::JsonPath).isEmpty());
    QVERIFY(page->filterBar()->problemText(app::FilterField::Key).isEmpty());
    QVERIFY(!page->scan()); // nothing ran
    page->filterBar()->valueEdit()->setText(QStringLiteral("ord-(\\d?)10\\b"));
    page->filterBar()->jsonPathEdit()->clear();
    QTest::mouseClick(page->filterBar()->applyButton(), Qt::LeftButton);
    QVERIFY(page->filterBar()->problemText(app::FilterField::Value).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(page->scan() && !page->scan()->isRunning(), kTimeoutMs);
    QCOMPARE(page->scan()->progress().matched, int64_t(3)); // ord-10, ord-110, ord-210
}

void TestMessageBrowser::mergesPartitionsByTime() {
    auto page = openPage(QStringLiteral("orders"));
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* model = page->model();
    QTRY_VERIFY_WITH_TIMEOUT(page->hasBrowsed(), kTimeoutMs);
    page->browseBar()->orderCombo()->setCurrentIndex(1);
    QTRY_VERIFY_WITH_TIMEOUT(page->hasBrowsed() && page->scan() && !page->scan()->isRunning(), kTimeoutMs);
    QCOMPARE(model->mode(), MessageTableModel::Mode::Positions);
    QCOMPARE(model->rowCount(), kOrders);
    QTRY_VERIFY_WITH_TIMEOUT(allLoaded(model), kTimeoutMs);
    // Orders were written 10 ms apart, round robin over the partitions.
    for (int row = 0; row < kOrders; ++row)
        QCOMPARE(cellText(*page, row, MessageColumn::Value).section(QLatin1Char('"'), 3, 3),
                 QStringLiteral("ord-%1").arg(row));
    page->browseBar()->newestFirstCheck()->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(allLoaded(model), kTimeoutMs);
    QVERIFY(cellText(*page, 0, MessageColumn::Value).contains(QStringLiteral("ord-299")));
}

void TestMessageBrowser::jumpsToAnOffset() {
    auto page = openPage(QStringLiteral("orders"));
    auto* model = page->model();
    QTRY_VERIFY_WITH_TIMEOUT(page->hasBrowsed() && model->rowCount() == kOrders, kTimeoutMs);
    page->jumpTo(QStringLiteral("2:57"));
    QTRY_VERIFY_WITH_TIMEOUT(page->table()->currentIndex().isValid() &&
                                 model->positionAt(page->table()->currentIndex().row()) ==
                                     std::optional<app::RecordPosition>(app::RecordPosition{2, 57}),
                             kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(page->detailPosition() == std::optional<app::RecordPosition>(app::RecordPosition{2, 57}),
                             kTimeoutMs);
    ui::testing::saveMessagesPicture(page.get(), QStringLiteral("messages-jump.png"));
    page->jumpTo(QStringLiteral("57"));
    QVERIFY(!page->pageMessage()->text().isEmpty()); // which partition? it asks
    page->jumpTo(QStringLiteral("nonsense"));
    QVERIFY(page->pageMessage()->text().contains(QStringLiteral("partition:offset")));
}

void TestMessageBrowser::exportsSelectionAndMatches() {
    auto page = openPage(QStringLiteral("orders"));
    auto* model = page->model();
    QTRY_VERIFY_WITH_TIMEOUT(page->hasBrowsed() && allLoaded(model) && model->rowCount() == kOrders, kTimeoutMs);
    page->table()->selectionModel()->select(
        QItemSelection(model->index(0, 0), model->index(4, samsa::ui::kMessageColumnCount - 1)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QSignalSpy finished(page.get(), &MessagesPage::exportFinished);
    const QString selection = m_files.filePath(QStringLiteral("selection.jsonl"));
    QVERIFY(page->exportSelectionTo(selection, app::ExportFormat::JsonLines));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QCOMPARE(lineCount(selection), 5);

    app::MessageFilter filter;
    filter.jsonPath = QStringLiteral("customer_id");
    filter.jsonValue = QStringLiteral("cust-0007");
    QVERIFY(page->applyFilter(filter));
    QTRY_VERIFY_WITH_TIMEOUT(page->scan() && !page->scan()->isRunning(), kTimeoutMs);
    const QString matches = m_files.filePath(QStringLiteral("matches.csv"));
    QVERIFY(page->exportMatchesTo(matches, app::ExportFormat::Csv));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kTimeoutMs);
    QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(finished.at(1).at(1).toString()));
    QFile csv(matches);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString all = QString::fromUtf8(csv.readAll());
    QCOMPARE(all.count(QStringLiteral("cust-0007")) >= kOrders / 10, true);
    QCOMPARE(all.count(QStringLiteral("cust-0003")), 0);
}

void TestMessageBrowser::savedFiltersReapply() {
    const QString database = m_files.filePath(QStringLiteral("settings.sqlite"));
    auto page = openPage(QStringLiteral("orders"), database);
    QVERIFY(page->savedFilters());
    QTRY_VERIFY_WITH_TIMEOUT(page->hasBrowsed(), kTimeoutMs);
    page->filterBar()->keyEdit()->setText(QStringLiteral("cust-0005"));
    QVERIFY(page->saveFilter(QStringLiteral("customer five")));
    QTest::mouseClick(page->filterBar()->clearButton(), Qt::LeftButton);
    QVERIFY(page->filterBar()->keyEdit()->text().isEmpty());

    // Another page (another session) finds it and applies it.
    auto other = openPage(QStringLiteral("orders"), database);
    QCOMPARE(other->savedFilters()->filters().size(), 1);
    other->applySavedFilter(QStringLiteral("customer five"));
    QCOMPARE(other->filterBar()->keyEdit()->text(), QStringLiteral("cust-0005"));
    QTRY_VERIFY_WITH_TIMEOUT(other->scan() && !other->scan()->isRunning(), kTimeoutMs);
    QCOMPARE(other->scan()->progress().matched, int64_t(kOrders / 10));
}

QTEST_MAIN(TestMessageBrowser)
#include "test_message_browser.moc"
