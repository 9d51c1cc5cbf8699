// The message browser on records a plain producer does not write: transactions that were
// aborted or committed (with their markers), and keys and values that are not text.
//
// The bundled broker has no transaction coordinator yet, and clients may not produce
// control batches, so the transaction test writes its batches into the partition's log
// while the broker is stopped, as the coordinator's markers would lie on disk, and
// starts the broker on them again.
#include "app/messages/message_scan.h"
#include "support/running_cluster.h"
#include "test_message_pictures.h"
#include "ui/messages/browse_bar.h"
#include "ui/messages/filter_bar.h"
#include "ui/messages/message_table_model.h"
#include "ui/messages/messages_page.h"
#include "ui/record_detail/record_detail_view.h"

#include "protocol/records/control_record.h"
#include "protocol/records/record_batch.h"
#include "storage/log.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFont>
#include <QTableView>
#include <QTest>

using namespace samsa;
using samsa::ui::MessageColumn;
using samsa::ui::MessagesPage;
using samsa::ui::MessageTableModel;
using samsa::ui::testing::kTimeoutMs;
using samsa::ui::testing::RunningCluster;
namespace records = samsa::protocol::records;

namespace {

constexpr int64_t kAbortingProducer = 1000;
constexpr int64_t kCommittingProducer = 2000;

protocol::Bytes text(const std::string& s) {
    return protocol::Bytes(s.begin(), s.end());
}

protocol::Bytes dataBatch(int64_t baseOffset, int64_t producerId, bool transactional,
                          const std::vector<std::string>& values, int64_t timestampMs) {
    records::BatchSpec spec;
    spec.baseOffset = baseOffset;
    spec.partitionLeaderEpoch = 0;
    spec.transactional = transactional;
    spec.producerId = producerId;
    spec.producerEpoch = producerId >= 0 ? 0 : -1;
    spec.baseSequence = producerId >= 0 ? 0 : -1;
    records::BatchBuilder builder(spec);
    for (const auto& v : values) {
        const auto bytes = text(v);
        builder.append(timestampMs, std::nullopt, records::ByteView(bytes));
    }
    return builder.build();
}

protocol::Bytes markerBatch(int64_t offset, int64_t producerId, records::ControlRecordType type, int64_t timestampMs) {
    records::EndTransactionSpec spec;
    spec.type = type;
    spec.producerId = producerId;
    spec.producerEpoch = 0;
    spec.baseOffset = offset;
    spec.partitionLeaderEpoch = 0;
    spec.timestampMs = timestampMs;
    return records::buildEndTransactionBatch(spec);
}

int rowsWhere(MessageTableModel* model, const std::function<bool(int)>& test) {
    int n = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        if (test(row)) ++n;
    return n;
}

bool allLoaded(MessageTableModel* model) {
    for (int row = 0; row < model->rowCount(); ++row)
        if (!model->isLoaded(row)) {
            model->data(model->index(row, 0)); // asks for its page
            return false;
        }
    return true;
}

} // namespace

class TestMessageTransactions : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void abortedRecordsAreStruckThrough();
    void readCommittedHidesAbortedRecords();
    void markersShowAsRows();
    void scansSettleTransactionsToo();
    void awkwardRecordsDisplay();

private:
    std::unique_ptr<MessagesPage> openPage(const QString& topic);
    QString cellText(MessagesPage& page, int row, MessageColumn column) {
        return page.model()->data(page.model()->index(row, int(column))).toString();
    }

    RunningCluster m_cluster;
};

void TestMessageTransactions::initTestCase() {
    m_cluster.startAndWait();
    if (QTest::currentTestFailed()) return;
    m_cluster.connect();
    QVERIFY(m_cluster.createTopic("txn", 1));
    // The log of txn-0 as transactional producers and their coordinator leave it:
    //   0 plain | 1-2 producer 1000 | 3 ABORT(1000) | 4-5 producer 2000 | 6 COMMIT(2000) | 7 plain
    m_cluster.service.reset();
    m_cluster.host->stop();
    QTRY_COMPARE_WITH_TIMEOUT(m_cluster.host->state(), app::LocalClusterHost::State::Stopped, kTimeoutMs);
    {
        const int64_t now = QDateTime::currentMSecsSinceEpoch();
        const auto dir = std::filesystem::path(m_cluster.host->dataDirectory().toStdString()) / "txn-0";
        auto log = storage::Log::open(dir, storage::LogConfig{});
        QCOMPARE(log->logEndOffset(), int64_t(0));
        for (const auto& batch : {dataBatch(0, -1, false, {"before"}, now),
                                  dataBatch(1, kAbortingProducer, true, {"txn-aborted-1", "txn-aborted-2"}, now),
                                  markerBatch(3, kAbortingProducer, records::ControlRecordType::Abort, now),
                                  dataBatch(4, kCommittingProducer, true, {"txn-committed-1", "txn-committed-2"}, now),
                                  markerBatch(6, kCommittingProducer, records::ControlRecordType::Commit, now),
                                  dataBatch(7, -1, false, {"after"}, now)}) {
            const auto result = log->append(batch);
            QVERIFY(result.error == ErrorCode::None);
        }
        QCOMPARE(log->logEndOffset(), int64_t(8));
        log->close();
    }
    m_cluster.host->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_cluster.host->state(), app::LocalClusterHost::State::Running, kTimeoutMs);
    m_cluster.connect();

    // Keys and values no text tool expects.
    client::NewTopic odd;
    odd.name = "oddities";
    odd.numPartitions = 1;
    odd.replicationFactor = 1;
    odd.configs = {{"max.message.bytes", "4194304"}};
    auto created = m_cluster.service->client()->createTopics({odd}).get();
    QVERIFY(created && !created->front().error);
    std::vector<client::ProducerRecord> rows;
    auto add = [&](std::optional<protocol::Bytes> key, std::optional<protocol::Bytes> value, int headers = 0) {
        client::ProducerRecord r;
        r.key = std::move(key);
        r.value = std::move(value);
        for (int h = 0; h < headers; ++h) r.headers.push_back({"header-" + std::to_string(h), text("v")});
        rows.push_back(std::move(r));
    };
    add(text(std::string("\x00\x01\xff\xfe", 4)), text(std::string("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR", 16)));
    add(text("utf8"), text(std::string("caf\xc3\xa9 \xc3\x28 \xed\xa0\x80 \xe2\x82", 15)));
    add(text("big"), protocol::Bytes(1 << 20, uint8_t('x')));
    add(protocol::Bytes{}, protocol::Bytes{});
    add(std::nullopt, text("no key"));
    add(text("gone"), std::nullopt);
    add(text("headers"), text("{\"many\":true}"), 100);
    auto produced = m_cluster.service->client()->produce("oddities", rows).get();
    QVERIFY(produced);
    for (const auto& p : *produced) QVERIFY2(!p.error, p.error ? p.error->toString().c_str() : "");
}

std::unique_ptr<MessagesPage> TestMessageTransactions::openPage(const QString& topic) {
    auto page = std::make_unique<MessagesPage>(m_cluster.service.get(), topic);
    page->resize(1200, 800);
    page->show();
    return page;
}

void TestMessageTransactions::abortedRecordsAreStruckThrough() {
    auto page = openPage(QStringLiteral("txn"));
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* model = page->model();
    // Offsets 3 and 6 are markers, hidden by default: six rows once the page is read.
    QTRY_VERIFY_WITH_TIMEOUT(page->hasBrowsed() && allLoaded(model) && model->rowCount() == 6, kTimeoutMs);
    QStringList values;
    for (int row = 0; row < 6; ++row) values << cellText(*page, row, MessageColumn::Value);
    QCOMPARE(values, (QStringList{"before", "txn-aborted-1", "txn-aborted-2", "txn-committed-1", "txn-committed-2",
                                  "after"}));
    for (int row : {1, 2}) {
        QVERIFY(model->data(model->index(row, 0), MessageTableModel::AbortedRole).toBool());
        QVERIFY(model->data(model->index(row, int(MessageColumn::Value)), Qt::FontRole).value<QFont>().strikeOut());
        QCOMPARE(cellText(*page, row, MessageColumn::Transaction), QStringLiteral("aborted"));
    }
    for (int row : {0, 3, 4, 5}) {
        QVERIFY(!model->data(model->index(row, 0), MessageTableModel::AbortedRole).toBool());
        QVERIFY(!model->data(model->index(row, int(MessageColumn::Value)), Qt::FontRole).value<QFont>().strikeOut());
    }
    QCOMPARE(cellText(*page, 3, MessageColumn::Transaction), QStringLiteral("committed"));
    QCOMPARE(cellText(*page, 0, MessageColumn::Transaction), QString());
    page->table()->selectRow(1);
    QTRY_VERIFY_WITH_TIMEOUT(page->detailPosition() == model->positionAt(1), kTimeoutMs);
    ui::testing::saveMessagesPicture(page.get(), QStringLiteral("messages-aborted.png"));
}

void TestMessageTransactions::readCommittedHidesAbortedRecords() {
    auto page = openPage(QStringLiteral("txn"));
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* model = page->model();
    QTRY_VERIFY_WITH_TIMEOUT(page->hasBrowsed() && allLoaded(model) && model->rowCount() == 6, kTimeoutMs);
    page->browseBar()->isolationCombo()->setCurrentIndex(1); // read_committed
    QVERIFY(page->browseBar()->visibility().readCommitted);
    QTRY_VERIFY_WITH_TIMEOUT(page->hasBrowsed() && allLoaded(model) && model->rowCount() == 4, kTimeoutMs);
    QStringList values;
    for (int row = 0; row < 4; ++row) values << cellText(*page, row, MessageColumn::Value);
    QCOMPARE(values, (QStringList{"before", "txn-committed-1", "txn-committed-2", "after"}));
    QCOMPARE(rowsWhere(model, [&](int r) { return model->data(model->index(r, 0), MessageTableModel::AbortedRole).toBool(); }),
             0);
    // And back.
    page->browseBar()->isolationCombo()->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(page->hasBrowsed() && allLoaded(model) && model->rowCount() == 6, kTimeoutMs);
}

void TestMessageTransactions::markersShowAsRows() {
    auto page = openPage(QStringLiteral("txn"));
    auto* model = page->model();
    QTRY_VERIFY_WITH_TIMEOUT(page->hasBrowsed() && allLoaded(model) && model->rowCount() == 6, kTimeoutMs);
    page->browseBar()->markersCheck()->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(page->hasBrowsed() && allLoaded(model) && model->rowCount() == 8, kTimeoutMs);
    QCOMPARE(cellText(*page, 3, MessageColumn::Offset), QStringLiteral("3"));
    QCOMPARE(cellText(*page, 3, MessageColumn::Value), QStringLiteral("ABORT marker"));
    QCOMPARE(cellText(*page, 6, MessageColumn::Value), QStringLiteral("COMMIT marker"));
    QCOMPARE(cellText(*page, 6, MessageColumn::Key), QStringLiteral("control"));
    page->browseBar()->batchesCheck()->setChecked(true);
    QVERIFY(model->data(model->index(1, 0), MessageTableModel::BatchStartRole).toBool());
    QVERIFY(!model->data(model->index(2, 0), MessageTableModel::BatchStartRole).toBool());
    ui::testing::saveMessagesPicture(page.get(), QStringLiteral("messages-markers.png"));
}

void TestMessageTransactions::scansSettleTransactionsToo() {
    auto page = openPage(QStringLiteral("txn"));
    QTRY_VERIFY_WITH_TIMEOUT(page->hasBrowsed(), kTimeoutMs);
    app::MessageFilter filter;
    filter.value.text = QStringLiteral("txn-");
    QVERIFY(page->applyFilter(filter));
    QTRY_VERIFY_WITH_TIMEOUT(page->scan() && !page->scan()->isRunning(), kTimeoutMs);
    QCOMPARE(page->scan()->progress().matched, int64_t(4));
    QCOMPARE(page->model()->rowCount(), 4);
    QTRY_VERIFY_WITH_TIMEOUT(allLoaded(page->model()), kTimeoutMs);
    QVERIFY(page->model()->data(page->model()->index(0, 0), MessageTableModel::AbortedRole).toBool());

    page->browseBar()->isolationCombo()->setCurrentIndex(1);
    QTRY_VERIFY_WITH_TIMEOUT(page->hasBrowsed() && page->scan() && !page->scan()->isRunning(), kTimeoutMs);
    QCOMPARE(page->scan()->progress().matched, int64_t(2));
    QTRY_VERIFY_WITH_TIMEOUT(allLoaded(page->model()) && page->model()->rowCount() == 2, kTimeoutMs);
    QCOMPARE(cellText(*page, 0, MessageColumn::Value), QStringLiteral("txn-committed-1"));
}

void TestMessageTransactions::awkwardRecordsDisplay() {
    auto page = openPage(QStringLiteral("oddities"));
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* model = page->model();
    QTRY_VERIFY_WITH_TIMEOUT(page->hasBrowsed() && allLoaded(model) && model->rowCount() == 7, kTimeoutMs);
    for (int row = 0; row < model->rowCount(); ++row)
        for (int c = 0; c < samsa::ui::kMessageColumnCount; ++c) {
            const QString t = model->data(model->index(row, c)).toString();
            QVERIFY(t.size() < 300);
            QVERIFY(!t.contains(QLatin1Char('\n')));
        }
    QVERIFY(cellText(*page, 0, MessageColumn::Key).contains(QStringLiteral("\\x")));
    QVERIFY(cellText(*page, 1, MessageColumn::Value).contains(QStringLiteral("\\x")));
    QVERIFY(cellText(*page, 2, MessageColumn::Value).endsWith(QChar(0x2026)));
    QCOMPARE(cellText(*page, 3, MessageColumn::Key), QStringLiteral("(empty)"));
    QCOMPARE(cellText(*page, 3, MessageColumn::Value), QStringLiteral("(empty)"));
    QCOMPARE(cellText(*page, 4, MessageColumn::Key), QStringLiteral("null"));
    QVERIFY(cellText(*page, 5, MessageColumn::Value).contains(QStringLiteral("tombstone")));
    QCOMPARE(cellText(*page, 6, MessageColumn::Headers), QStringLiteral("100"));
    // The page keeps a preview of the megabyte value, not the value.
    QVERIFY(model->cachedBytes() < 256 * 1024);

    // Each one opens in the detail pane, the megabyte value and the 100 headers included.
    for (int row : {0, 1, 3, 4, 5, 6, 2}) {
        page->table()->selectRow(row);
        const auto position = model->positionAt(row);
        QVERIFY(position);
        QTRY_VERIFY_WITH_TIMEOUT(page->detailPosition() == position && page->detailView()->hasRecord(), kTimeoutMs);
    }
    ui::testing::saveMessagesPicture(page.get(), QStringLiteral("messages-oddities.png"));

    // Filters run over them without trouble.
    app::MessageFilter filter;
    filter.jsonPath = QStringLiteral("many");
    filter.jsonValue = QStringLiteral("true");
    QVERIFY(page->applyFilter(filter));
    QTRY_VERIFY_WITH_TIMEOUT(page->scan() && !page->scan()->isRunning(), kTimeoutMs);
    QCOMPARE(page->scan()->progress().matched, int64_t(1));
    QCOMPARE(page->scan()->progress().scanned, int64_t(7));
}

QTEST_MAIN(TestMessageTransactions)
#include "test_message_transactions.moc"
