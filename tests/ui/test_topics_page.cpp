// The Topics page against the in-process broker: staged listing, creating through the
// dialog, deleting, filtering, the empty and failed states.
#include "produce_helper.h"
#include "protocol/messages/find_coordinator.h"
#include "protocol/messages/headers.h"
#include "protocol/wire/writer.h"
#include "support/running_cluster.h"
#include "ui/common/inline_message.h"
#include "ui/topics/config_overrides_model.h"
#include "ui/topics/create_topic_dialog.h"
#include "ui/topics/topic_config_editor.h"
#include "ui/topics/topic_config_fields.h"
#include "ui/topics/topic_filter_proxy.h"
#include "ui/topics/topic_list_model.h"
#include "ui/topics/topics_load_probe.h"
#include "ui/topics/topics_page.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTest>
#include <QTreeView>
#include <asio.hpp>

using samsa::app::ClusterService;
using samsa::ui::InlineMessage;
using samsa::ui::TopicListModel;
using samsa::ui::TopicsPage;
using samsa::ui::testing::kTimeoutMs;
using samsa::ui::testing::RunningCluster;
using samsa::ui::testing::shortTimeoutConfig;
namespace client = samsa::client;

namespace {

// The user's answer to "Delete these topics?", and what they were asked about.
class AnsweringTopicsPage : public TopicsPage {
public:
    using TopicsPage::TopicsPage;
    bool answer = true;
    QList<QStringList> asked;

protected:
    bool confirmDelete(const QStringList& topics) override {
        asked << topics;
        return answer;
    }
};

// Asking for a group coordinator makes the broker create __consumer_offsets, the
// internal topic the page hides by default.
void askForGroupCoordinator(uint16_t port) {
    namespace msg = samsa::protocol::messages;
    msg::FindCoordinatorRequest request;
    request.key = "topics-page-test";
    samsa::protocol::Writer w;
    const size_t at = w.reserveInt32();
    msg::encodeRequestHeader(w, msg::FindCoordinatorRequest::kApiKey, 0, 1,
                             std::string("topics-test"));
    request.encode(w, 0);
    w.patchInt32(at, static_cast<int32_t>(w.size() - 4));
    asio::io_context io;
    asio::ip::tcp::socket socket(io);
    socket.connect({asio::ip::make_address("127.0.0.1"), port});
    asio::write(socket, asio::buffer(w.bytes()));
    uint8_t size[4];
    asio::read(socket, asio::buffer(size));
    std::vector<uint8_t> frame((uint32_t(size[0]) << 24) | (uint32_t(size[1]) << 16) |
                               (uint32_t(size[2]) << 8) | size[3]);
    asio::read(socket, asio::buffer(frame));
}

QStringList proxyNames(const TopicsPage& page) {
    QStringList names;
    auto* proxy = page.proxy();
    for (int row = 0; row < proxy->rowCount(); ++row)
        names << proxy->index(row, TopicListModel::Name).data().toString();
    return names;
}

} // namespace

class TestTopicsPage : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void showsEmptyStateThenTopics();
    void createsTopicThroughDialog();
    void fillsCountsSizesAndConfigs();
    void deletesSelectedAfterAsking();
    void showsDeleteFailures();
    void filtersAndShowsInternalTopics();
    void modelsStaySoundWhileLoading();
    void reportsUnreachableCluster();
    void probeTimesAFullListing();
    void offersScreenshotViews();

private:
    void createTopics(const QStringList& names, int partitions = 1);
    static void waitListed(TopicsPage& page);

    std::unique_ptr<RunningCluster> m_cluster;
};

void TestTopicsPage::init() {
    m_cluster = std::make_unique<RunningCluster>();
    m_cluster->startAndWait();
    if (QTest::currentTestFailed()) return;
    m_cluster->connectWithShortTimeouts();
}

void TestTopicsPage::cleanup() {
    m_cluster.reset();
}

void TestTopicsPage::createTopics(const QStringList& names, int partitions) {
    std::vector<client::NewTopic> topics;
    for (const QString& name : names) {
        client::NewTopic t;
        t.name = name.toStdString();
        t.numPartitions = partitions;
        t.replicationFactor = 1;
        topics.push_back(t);
    }
    const auto created = m_cluster->service->client()->createTopics(topics).get();
    QVERIFY(created.ok());
    for (const auto& r : *created)
        QVERIFY2(!r.error, r.error ? r.error->message.c_str() : "");
}

void TestTopicsPage::waitListed(TopicsPage& page) {
    QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), kTimeoutMs);
}

void TestTopicsPage::showsEmptyStateThenTopics() {
    AnsweringTopicsPage page(m_cluster->service.get());
    QCOMPARE(page.objectName(), QStringLiteral("topics"));
    QSignalSpy refreshed(&page, &TopicsPage::refreshed);
    page.show();
    // Results come back through the event loop, so until it runs the first listing is
    // under way, and the page says so rather than showing an empty table.
    QVERIFY(page.isLoading());
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("topicsStatus"))->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, kTimeoutMs);
    QVERIFY(!page.isShowingTable());
    auto* empty = page.findChild<QLabel*>(QStringLiteral("topicsEmpty"));
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("No topics yet"));
    QVERIFY(page.emptyCreateButton()->isVisible());
    if (const QString out = qEnvironmentVariable("SAMSA_TOPICS_PICTURES"); !out.isEmpty()) {
        page.resize(900, 420);
        QVERIFY(page.grab().save(out + QStringLiteral("/topics-empty.png")));
    }

    // The empty state's button opens the dialog.
    QTest::mouseClick(page.emptyCreateButton(), Qt::LeftButton);
    QTRY_VERIFY(page.createDialog() && page.createDialog()->isVisible());
    page.createDialog()->reject();

    createTopics({QStringLiteral("first")});
    page.refreshAction()->trigger(); // F5 in the main window
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 2, kTimeoutMs);
    QVERIFY(page.isShowingTable());
    QCOMPARE(proxyNames(page), QStringList{QStringLiteral("first")});
}

void TestTopicsPage::createsTopicThroughDialog() {
    createTopics({QStringLiteral("existing")});
    AnsweringTopicsPage page(m_cluster->service.get());
    page.show();
    QSignalSpy refreshed(&page, &TopicsPage::refreshed);
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, kTimeoutMs);

    page.createTopic();
    auto* dialog = page.createDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("orders"));
    dialog->partitions()->setFocus();
    dialog->partitions()->selectAll();
    QTest::keyClicks(dialog->partitions(), QStringLiteral("6"));
    auto* policy = dialog->configFields()->cleanupPolicy();
    policy->setFocus();
    policy->setCurrentIndex(policy->findData(QStringLiteral("compact")));
    QTest::mouseClick(dialog->createButton(), Qt::LeftButton);

    // The dialog closes, the page lists again and selects the new topic.
    QTRY_VERIFY_WITH_TIMEOUT(page.createDialog() == nullptr, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(page.selectedTopics(), QStringList{QStringLiteral("orders")},
                              kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), kTimeoutMs);
    const int row = page.model()->rowOf(QStringLiteral("orders"));
    QVERIFY(row >= 0);
    QCOMPARE(page.model()->index(row, TopicListModel::Partitions).data().toString(),
             QStringLiteral("6"));
    QCOMPARE(page.model()->index(row, TopicListModel::CleanupPolicy).data().toString(),
             QStringLiteral("compact"));
    QVERIFY(page.message()->text().contains(QStringLiteral("orders")));
}

void TestTopicsPage::fillsCountsSizesAndConfigs() {
    createTopics({QStringLiteral("events")}, 2);
    QVERIFY(produceRecords(m_cluster->host->port(), "events", 0, 5));
    QVERIFY(produceRecords(m_cluster->host->port(), "events", 1, 3));
    TopicsPage page(m_cluster->service.get());
    QSignalSpy refreshed(&page, &TopicsPage::refreshed);
    QSignalSpy loaded(&page, &TopicsPage::fullyLoaded);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, kTimeoutMs);
    QCOMPARE(refreshed.size(), 1);
    const QModelIndex messages = page.model()->index(0, TopicListModel::Messages);
    QCOMPARE(messages.data(TopicListModel::SortRole).toLongLong(), 8);
    QVERIFY(
        page.model()->index(0, TopicListModel::Size).data(TopicListModel::SortRole).toLongLong() >
        0);
    QCOMPARE(page.model()
                 ->index(0, TopicListModel::Retention)
                 .data(TopicListModel::SortRole)
                 .toLongLong(),
             604800000);
    QCOMPARE(page.model()->index(0, TopicListModel::CleanupPolicy).data().toString(),
             QStringLiteral("delete"));
    // Nothing is left pending once everything has arrived.
    for (int column = 0; column < TopicListModel::ColumnCount; ++column)
        QVERIFY(page.model()->index(0, column).data().toString() != QStringLiteral("…"));
}

void TestTopicsPage::deletesSelectedAfterAsking() {
    createTopics({QStringLiteral("keep"), QStringLiteral("old-a"), QStringLiteral("old-b")});
    AnsweringTopicsPage page(m_cluster->service.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY_WITH_TIMEOUT(page.isShowingTable(), kTimeoutMs);
    QTreeView* view = page.tableView();
    QVERIFY(!page.deleteAction()->isEnabled()); // nothing selected

    // The user changes their mind: nothing happens.
    QVERIFY(page.selectTopic(QStringLiteral("old-a")));
    page.answer = false;
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(page.asked.size(), 1);
    QCOMPARE(page.model()->rowCount(), 3);

    // Ctrl+click adds the second topic; Delete asks with both names and removes them.
    const QModelIndex other = page.proxy()->mapFromSource(
        page.model()->index(page.model()->rowOf(QStringLiteral("old-b")), 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      view->visualRect(other).center());
    QCOMPARE(page.selectedTopics(),
             (QStringList{QStringLiteral("old-a"), QStringLiteral("old-b")}));
    page.answer = true;
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(page.asked.size(), 2);
    QCOMPARE(page.asked.last(), (QStringList{QStringLiteral("old-a"), QStringLiteral("old-b")}));
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 1, kTimeoutMs);
    QCOMPARE(page.model()->names(), QStringList{QStringLiteral("keep")});
    QCOMPARE(page.message()->kind(), InlineMessage::Kind::Info);
    QCOMPARE(m_cluster->topicNames(), std::vector<std::string>{"keep"});
}

void TestTopicsPage::showsDeleteFailures() {
    createTopics({QStringLiteral("gone"), QStringLiteral("here")});
    AnsweringTopicsPage page(m_cluster->service.get());
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.isShowingTable(), kTimeoutMs);
    // Someone else deletes "gone" after the page listed it.
    QVERIFY(m_cluster->service->client()->deleteTopics({"gone"}).get().ok());
    page.tableView()->selectAll();
    page.deleteAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(page.message()->kind(), InlineMessage::Kind::Error, kTimeoutMs);
    const QString text = page.message()->text();
    QVERIFY2(text.contains(QStringLiteral("gone:")) &&
                 text.contains(QStringLiteral("UNKNOWN_TOPIC_OR_PARTITION")),
             qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("here:")));
    // What was deleted leaves the table; what failed stays.
    QCOMPARE(page.model()->names(), QStringList{QStringLiteral("gone")});
}

void TestTopicsPage::filtersAndShowsInternalTopics() {
    createTopics(
        {QStringLiteral("Orders"), QStringLiteral("orders-archive"), QStringLiteral("payments")});
    askForGroupCoordinator(m_cluster->host->port());
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto names = m_cluster->topicNames();
            return std::find(names.begin(), names.end(), "__consumer_offsets") != names.end();
        }(),
        kTimeoutMs);
    TopicsPage page(m_cluster->service.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY_WITH_TIMEOUT(page.isShowingTable(), kTimeoutMs);
    QCOMPARE(page.model()->rowCount(), 4);
    QCOMPARE(page.proxy()->rowCount(), 3); // __consumer_offsets hidden

    page.tableView()->setFocus();
    QTest::keyClick(&page, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(page.filterEdit()->hasFocus());
    QTest::keyClicks(page.filterEdit(), QStringLiteral("ORD"));
    QCOMPARE(proxyNames(page),
             (QStringList{QStringLiteral("Orders"), QStringLiteral("orders-archive")}));
    QTest::keyClick(page.filterEdit(), Qt::Key_Escape);
    QVERIFY(page.filterEdit()->text().isEmpty());
    QCOMPARE(page.proxy()->rowCount(), 3);

    QVERIFY(page.tableView()->isColumnHidden(TopicListModel::Internal));
    page.showInternalCheckBox()->click();
    QCOMPARE(page.proxy()->rowCount(), 4);
    QVERIFY(!page.tableView()->isColumnHidden(TopicListModel::Internal));
    QTest::keyClicks(page.filterEdit(), QStringLiteral("offsets"));
    QCOMPARE(proxyNames(page), QStringList{QStringLiteral("__consumer_offsets")});
    QCOMPARE(page.proxy()->index(0, TopicListModel::Internal).data().toString(),
             QStringLiteral("Yes"));
}

void TestTopicsPage::modelsStaySoundWhileLoading() {
    createTopics({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, 3);
    AnsweringTopicsPage page(m_cluster->service.get());
    QAbstractItemModelTester sourceTester(page.model(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(page.proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.show();
    QSignalSpy loaded(&page, &TopicsPage::fullyLoaded);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, kTimeoutMs);
    page.tableView()->sortByColumn(TopicListModel::Partitions, Qt::DescendingOrder);
    page.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, kTimeoutMs);
    page.filterEdit()->setText(QStringLiteral("b"));
    page.tableView()->selectAll();
    page.deleteSelected();
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 2, kTimeoutMs);
}

void TestTopicsPage::reportsUnreachableCluster() {
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there now
    ClusterService unreachable(shortTimeoutConfig(QStringLiteral("127.0.0.1:%1").arg(port)),
                               QStringLiteral("nowhere"));
    TopicsPage page(&unreachable);
    page.show();
    QSignalSpy refreshed(&page, &TopicsPage::refreshed);
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, kTimeoutMs);
    QCOMPARE(page.message()->kind(), InlineMessage::Kind::Error);
    QVERIFY(page.message()->isVisible());
    QVERIFY(page.message()->text().contains(QStringLiteral("Cannot connect")));
    QVERIFY(!page.isShowingTable());
    QCOMPARE(page.findChild<QLabel*>(QStringLiteral("topicsStatus"))->text(),
             QStringLiteral("The topics could not be loaded."));
    auto retry = page.findChildren<QPushButton*>();
    auto it = std::find_if(retry.begin(), retry.end(),
                           [](QPushButton* b) { return b->text() == QStringLiteral("Retry"); });
    QVERIFY(it != retry.end() && (*it)->isVisible());
    QTest::mouseClick(*it, Qt::LeftButton);
    QVERIFY(!(*it)->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 2, kTimeoutMs);
    QVERIFY((*it)->isVisible());
}

void TestTopicsPage::probeTimesAFullListing() {
    createTopics({QStringLiteral("x"), QStringLiteral("y")}, 4);
    TopicsPage page(m_cluster->service.get());
    waitListed(page);
    samsa::ui::TopicsLoadProbe probe(&page);
    QSignalSpy finished(&probe, &samsa::ui::TopicsLoadProbe::finished);
    probe.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    QVERIFY(probe.isDone());
    QVERIFY(probe.rowsShownMs() >= 0);
    QVERIFY(probe.fullyLoadedMs() >= probe.rowsShownMs());
    QCOMPARE(probe.topicCount(), 2);
}

void TestTopicsPage::offersScreenshotViews() {
    createTopics({QStringLiteral("orders"), QStringLiteral("payments.settled")}, 3);
    client::NewTopic compacted{.name = "customer-profiles",
                               .numPartitions = 6,
                               .replicationFactor = 1,
                               .assignments = {},
                               .configs = {{"cleanup.policy", "compact"}}};
    client::NewTopic kept{.name = "audit-log",
                          .numPartitions = 1,
                          .replicationFactor = 1,
                          .assignments = {},
                          .configs = {{"retention.ms", "-1"}, {"retention.bytes", "10737418240"}}};
    QVERIFY(m_cluster->service->client()->createTopics({compacted, kept}).get().ok());
    QVERIFY(produceRecords(m_cluster->host->port(), "orders", 0, 40));
    QVERIFY(produceRecords(m_cluster->host->port(), "orders", 2, 25));
    QVERIFY(produceRecords(m_cluster->host->port(), "customer-profiles", 1, 12));
    TopicsPage page(m_cluster->service.get());
    page.resize(1100, 520);
    page.show();
    QCOMPARE(page.screenshotViews(),
             (QStringList{QStringLiteral("topics"), QStringLiteral("create-topic")}));
    waitListed(page);
    QCOMPARE(page.showScreenshotView(QStringLiteral("topics")), nullptr);
    QWidget* dialog = page.showScreenshotView(QStringLiteral("create-topic"));
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(!dialog->isModal());
    QCOMPARE(dialog->objectName(), QStringLiteral("create-topic"));
    auto* create = qobject_cast<samsa::ui::CreateTopicDialog*>(dialog);
    QVERIFY(!create->nameEdit()->text().isEmpty());

    // Pictures for looking at the page by eye, when asked for.
    const QString out = qEnvironmentVariable("SAMSA_TOPICS_PICTURES");
    if (!out.isEmpty()) {
        QTRY_VERIFY_WITH_TIMEOUT(create->brokerCount() > 0, kTimeoutMs);
        QVERIFY(page.grab().save(out + QStringLiteral("/topics.png")));
        QVERIFY(dialog->grab().save(out + QStringLiteral("/create-topic.png")));
        create->nameEdit()->setText(QStringLiteral("payments settled"));
        create->replicationFactor()->setValue(3);
        QTest::qWait(50);
        dialog->adjustSize();
        QVERIFY(dialog->grab().save(out + QStringLiteral("/create-topic-errors.png")));
        create->moreConfigs()->model()->addEntry(QStringLiteral("max.message.bytes"),
                                                 QStringLiteral("2097152"));
        create->moreConfigs()->model()->addEntry(QStringLiteral("segment.bytes"),
                                                 QStringLiteral("5"));
        create->moreConfigs()->model()->addEntry(QStringLiteral("retention.msec"),
                                                 QStringLiteral("1000"));
        QTest::qWait(50);
        dialog->adjustSize();
        QVERIFY(dialog->grab().save(out + QStringLiteral("/create-topic-more-configs.png")));
    }
    page.hideScreenshotView(QStringLiteral("create-topic"));
    QTRY_VERIFY(page.createDialog() == nullptr);
}

QTEST_MAIN(TestTopicsPage)
#include "test_topics_page.moc"
