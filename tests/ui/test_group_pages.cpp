// The groups page and a group's detail page against the in-process broker: groups listed
// and refreshed in place, partitions and members, the Burrow-style status, lag history in
// SQLite, generations read from __consumer_offsets, and the delete actions.
#include "app/monitor/group_monitor.h"
#include "client/group_consumer.h"
#include "support/running_cluster.h"
#include "ui/common/inline_message.h"
#include "ui/groups/group_detail_page.h"
#include "ui/groups/group_list_model.h"
#include "ui/groups/group_members_model.h"
#include "ui/groups/group_partitions_model.h"
#include "ui/groups/group_tools.h"
#include "ui/groups/groups_page.h"
#include "ui/groups/lag_chart_panel.h"
#include "ui/groups/lag_chart_view.h"
#include "ui/groups/rebalance_timeline.h"
#include "ui/groups/rebalances_panel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace samsa;
using namespace samsa::ui;
using samsa::ui::testing::kTimeoutMs;
using samsa::ui::testing::RunningCluster;

namespace {

constexpr int kOrdersPerPartition = 10;

// The user always agrees.
class AgreeingDetailPage : public GroupDetailPage {
public:
    using GroupDetailPage::GroupDetailPage;
    int asked = 0;

protected:
    void confirm(const QString&, const QString&, std::function<void()> proceed) override {
        ++asked;
        proceed();
    }
};

template <typename T>
client::Result<T> wait(std::future<client::Result<T>> f) {
    if (f.wait_for(std::chrono::seconds(60)) != std::future_status::ready)
        return client::makeError(ErrorCode::RequestTimedOut, "never completed");
    return f.get();
}

} // namespace

class TestGroupPages : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void groupsPageRefreshesInPlace();
    void detailShowsPartitionsMembersAndStatus();
    void lagHistoryLandsInSqlite();
    void generationsComeFromTheOffsetsTopic();
    void deleteActions();

private:
    client::AdminClient& admin() { return *m_cluster.service->client(); }
    QString historyPath() const { return m_cluster.dir.filePath(QStringLiteral("history.sqlite")); }

    RunningCluster m_cluster;
    std::unique_ptr<GroupTools> m_tools;
    std::unique_ptr<client::GroupConsumer> m_member;
};

void TestGroupPages::initTestCase() {
    m_cluster.startWithTopics();
    if (QTest::currentTestFailed()) return;
    std::vector<client::ProducerRecord> records;
    for (int p = 0; p < 3; ++p)
        for (int i = 0; i < kOrdersPerPartition; ++i) {
            client::ProducerRecord r;
            r.value = client::Bytes{'o'};
            r.partition = p;
            records.push_back(r);
        }
    auto produced = wait(admin().produce("orders", records));
    QVERIFY(produced);
    // "billing" only stores offsets (as tools do); it is 8 behind on every partition.
    std::vector<client::OffsetToCommit> offsets;
    for (int p = 0; p < 3; ++p)
        offsets.push_back({{"orders", p}, 2, -1, std::string("batch-7")});
    auto committed = wait(admin().commitOffsets("billing", offsets));
    QVERIFY(committed);
    // "auditors" is a live member reading payments.
    client::GroupConsumerConfig member;
    member.groupId = "auditors";
    member.topics = {"payments"};
    member.heartbeatInterval = std::chrono::milliseconds(500);
    auto consumer = client::GroupConsumer::create(m_cluster.service->client()->config(), member);
    QVERIFY(consumer);
    m_member = std::move(*consumer);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            auto s = wait(m_member->status());
            return s && s->stable;
        }(),
        kTimeoutMs);
    QVERIFY(wait(m_member->poll(std::chrono::milliseconds(200), 10)));
    QVERIFY(wait(m_member->commit()));

    m_tools = std::make_unique<GroupTools>(m_cluster.service.get(), historyPath());
    m_tools->monitor()->setIntervalMs(500);
    QTRY_VERIFY_WITH_TIMEOUT(m_tools->monitor()->isStarted(), kTimeoutMs);
    QVERIFY2(m_tools->monitor()->storeError().isEmpty(), qPrintable(m_tools->monitor()->storeError()));
}

void TestGroupPages::cleanupTestCase() {
    if (m_member) wait(m_member->close());
    m_member.reset();
    m_tools.reset();
}

void TestGroupPages::groupsPageRefreshesInPlace() {
    GroupsPage page(m_tools->monitor());
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.resize(1000, 500);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowOf(QStringLiteral("billing")) >= 0 &&
                                 page.model()->rowOf(QStringLiteral("auditors")) >= 0,
                             kTimeoutMs);
    QVERIFY(page.isShowingTable());
    const int billing = page.model()->rowOf(QStringLiteral("billing"));
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->index(billing, GroupListModel::Lag).data().toString(),
                              QStringLiteral("24"), kTimeoutMs);
    QCOMPARE(page.model()->index(billing, GroupListModel::Members).data().toString(), QStringLiteral("0"));
    QCOMPARE(page.model()->index(billing, GroupListModel::Topics).data().toString(), QStringLiteral("orders"));
    const int auditors = page.model()->rowOf(QStringLiteral("auditors"));
    QCOMPARE(page.model()->index(auditors, GroupListModel::State).data().toString(), QStringLiteral("Stable"));
    QCOMPARE(page.model()->index(auditors, GroupListModel::Assignor).data().toString(), QStringLiteral("range"));
    QCOMPARE(page.model()->index(auditors, GroupListModel::Members).data().toString(), QStringLiteral("1"));

    // Selection, current row and scroll position survive refreshes: rows change in place.
    QVERIFY(page.selectGroup(QStringLiteral("billing")));
    QSignalSpy resets(page.model(), &QAbstractItemModel::modelReset);
    QSignalSpy refreshed(&page, &GroupsPage::refreshed);
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 3, kTimeoutMs);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(page.tableView()->currentIndex().data(GroupListModel::GroupIdRole).toString(), QStringLiteral("billing"));

    // Filtering and the interval control.
    page.filterEdit()->setText(QStringLiteral("aud"));
    QCOMPARE(page.tableView()->model()->rowCount(), 1);
    page.filterEdit()->clear();
    page.intervalBox()->setCurrentIndex(page.intervalBox()->findData(1000));
    QCOMPARE(m_tools->monitor()->intervalMs(), 1000);
    m_tools->monitor()->setIntervalMs(500); // changed elsewhere: the box follows
    QCOMPARE(page.intervalBox()->currentData().toInt(), 500);
    testing::saveScreenshot(&page, QStringLiteral("groups-page.png"));

    // Activating a row opens the group.
    QVERIFY(page.selectGroup(QStringLiteral("billing")));
    QSignalSpy activated(&page, &GroupsPage::groupActivated);
    emit page.tableView()->activated(page.tableView()->currentIndex());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.front().front().toString(), QStringLiteral("billing"));
}

void TestGroupPages::detailShowsPartitionsMembersAndStatus() {
    GroupDetailPage billing(m_tools.get(), QStringLiteral("billing"));
    QAbstractItemModelTester t1(billing.partitionsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(billing.partitionsModel()->rowCount(), 3, kTimeoutMs);
    const auto* p0 = billing.partitionsModel()->rowAt(0);
    QCOMPARE(p0->committed, qint64(2));
    QCOMPARE(p0->logEnd, qint64(kOrdersPerPartition));
    QCOMPARE(p0->lag, qint64(8));
    QCOMPARE(p0->commitMetadata, QStringLiteral("batch-7"));
    QVERIFY(p0->ownerMemberId.isEmpty());
    // Nobody reads it and its position does not move: the consumer stopped.
    QTRY_COMPARE_WITH_TIMEOUT(int(billing.partitionsModel()->rowAt(0)->verdict.status), int(monitor::LagStatus::Err),
                              kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(billing.statusLabel()->text().contains(QStringLiteral("ERR")), kTimeoutMs);
    // The time lag comes from the timestamp of the record at the committed offset.
    QTRY_VERIFY_WITH_TIMEOUT(billing.partitionsModel()->rowAt(0)->timeLagMs >= 0, kTimeoutMs);

    GroupDetailPage auditors(m_tools.get(), QStringLiteral("auditors"));
    QAbstractItemModelTester t2(auditors.membersModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(auditors.membersModel()->rowCount(), 1, kTimeoutMs);
    const auto* member = auditors.membersModel()->rowAt(0);
    QCOMPARE(member->assignment.size(), 2);
    QCOMPARE(auditors.membersModel()->index(0, GroupMembersModel::Assignment).data().toString(),
             QStringLiteral("payments: 0–1"));
    QTRY_COMPARE_WITH_TIMEOUT(auditors.partitionsModel()->rowCount(), 2, kTimeoutMs);
    QVERIFY(!auditors.partitionsModel()->rowAt(0)->ownerMemberId.isEmpty());
    // Caught up: nothing to read.
    QTRY_COMPARE_WITH_TIMEOUT(int(auditors.partitionsModel()->rowAt(0)->verdict.status), int(monitor::LagStatus::Ok),
                              kTimeoutMs);
    billing.resize(1100, 650);
    billing.show();
    testing::saveScreenshot(&billing, QStringLiteral("group-billing.png"));
}

void TestGroupPages::lagHistoryLandsInSqlite() {
    GroupDetailPage page(m_tools.get(), QStringLiteral("billing"));
    page.resize(1100, 650);
    page.show();
    page.tabs()->setCurrentIndex(GroupDetailPage::LagTab);
    LagChartPanel* lag = page.lagPanel();
    lag->setRange(LagChartPanel::Range::FiveMinutes);
    lag->showSeries({QStringLiteral("group:billing"), QStringLiteral("partition:orders:1"), QStringLiteral("group:auditors")});
    QTRY_VERIFY_WITH_TIMEOUT(lag->chartView()->seriesCount() == 3 &&
                                 !lag->chartView()->readingAt(QDateTime::currentMSecsSinceEpoch()).isEmpty(),
                             kTimeoutMs);
    const QString reading = lag->chartView()->readingAt(QDateTime::currentMSecsSinceEpoch());
    QVERIFY2(reading.contains(QStringLiteral(": 24")), qPrintable(reading));
    QVERIFY2(reading.contains(QStringLiteral("orders-1: 8")), qPrintable(reading));
    testing::saveScreenshot(&page, QStringLiteral("group-lag-live.png"));

    // The samples are in the history database, next to nothing else.
    auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
    db.setDatabaseName(historyPath());
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM lag_samples s JOIN series ON series.id = s.series "
                                      "WHERE series.group_id = 'billing'")));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toInt() >= 2, qPrintable(q.value(0).toString()));
    }
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
}

void TestGroupPages::generationsComeFromTheOffsetsTopic() {
    RebalancesPanel panel(m_tools->monitor(), QStringLiteral("auditors"));
    panel.resize(1000, 500);
    panel.show();
    // The coordinator's GroupMetadata record gives Kafka's own generation number.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            panel.reload();
            for (const auto& g : panel.timeline()->timeline().generations)
                if (g.generation >= 1 && g.fromOffsetsTopic && g.members.size() == 1) return true;
            return false;
        }(),
        kTimeoutMs);
    const auto& g = panel.timeline()->timeline().generations.back();
    QCOMPARE(g.members.front().assignment.size(), 2);
    QVERIFY(g.members.front().sessionTimeoutMs > 0); // only the record knows it
}

void TestGroupPages::deleteActions() {
    AgreeingDetailPage auditors(m_tools.get(), QStringLiteral("auditors"));
    QTRY_COMPARE_WITH_TIMEOUT(auditors.membersModel()->rowCount(), 1, kTimeoutMs);
    // A live group cannot be deleted: the page says who is in it.
    auditors.deleteGroup();
    QCOMPARE(auditors.asked, 0);
    QCOMPARE(auditors.message()->kind(), InlineMessage::Kind::Error);
    QVERIFY2(auditors.message()->text().contains(QStringLiteral("client-test")) ||
                 auditors.message()->text().contains(QStringLiteral("samsa")),
             qPrintable(auditors.message()->text()));
    // Its subscribed topic's offsets are kept (OffsetDelete refuses per partition).
    auditors.deleteTopicOffsets(QStringLiteral("payments"));
    QTRY_COMPARE_WITH_TIMEOUT(auditors.message()->kind(), InlineMessage::Kind::Error, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(auditors.message()->text().contains(QStringLiteral("still consumes")), kTimeoutMs);

    AgreeingDetailPage billing(m_tools.get(), QStringLiteral("billing"));
    QTRY_COMPARE_WITH_TIMEOUT(billing.partitionsModel()->rowCount(), 3, kTimeoutMs);
    billing.deleteTopicOffsets(QStringLiteral("orders"));
    QTRY_VERIFY_WITH_TIMEOUT(billing.message()->text().contains(QStringLiteral("Deleted")), kTimeoutMs);
    auto left = wait(admin().listConsumerGroupOffsets("billing"));
    QVERIFY(left);
    QVERIFY(left->empty());

    QSignalSpy deleted(&billing, &GroupDetailPage::groupDeleted);
    billing.deleteGroup();
    QCOMPARE(billing.asked, 1);
    QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 1, kTimeoutMs);
    // The page shows the group gone once the monitor samples again.
    QTRY_VERIFY_WITH_TIMEOUT(billing.statusLabel()->text().contains(QStringLiteral("does not exist")), kTimeoutMs);
}

QTEST_MAIN(TestGroupPages)
#include "test_group_pages.moc"
