#include "support/running_cluster.h"
#include "ui/common/inline_message.h"
#include "ui/overview/api_versions_model.h"
#include "ui/overview/broker_table_model.h"
#include "ui/overview/cluster_summary.h"
#include "ui/overview/overview_page.h"
#include "ui/overview/stat_tile.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>

using samsa::app::LocalClusterHost;
using samsa::ui::ClusterOverviewPage;
using samsa::ui::StatTile;
using samsa::ui::testing::kTimeoutMs;
using samsa::ui::testing::RunningCluster;
namespace client = samsa::client;

namespace {

QString tileValue(const QWidget& page, const char* name) {
    auto* label = page.findChild<QLabel*>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<missing %1>").arg(QLatin1String(name));
}

samsa::ui::ClusterEntry localEntry(const LocalClusterHost& host) {
    samsa::ui::ClusterEntry entry;
    entry.local = true;
    entry.profile.name = QStringLiteral("Local cluster");
    entry.profile.bootstrapServers = host.bootstrapServers();
    return entry;
}

client::PartitionInfo partition(int id, int leader, std::vector<int32_t> replicas,
                                std::vector<int32_t> isr) {
    client::PartitionInfo p;
    p.partition = id;
    p.leader = leader;
    p.replicas = std::move(replicas);
    p.isr = std::move(isr);
    return p;
}

} // namespace

class TestOverview : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void countsPartitionsInTrouble();
    void showsClusterFigures();
    void copiesBootstrapAddress();
    void followsServiceAndHost();
    void refreshesWhileVisible();
    void alertTileStandsOut();

private:
    std::unique_ptr<RunningCluster> m_cluster;
};

void TestOverview::init() {
    m_cluster = std::make_unique<RunningCluster>();
    m_cluster->startWithTopics();
}

void TestOverview::cleanup() {
    m_cluster.reset();
}

void TestOverview::countsPartitionsInTrouble() {
    client::TopicDescription healthy;
    healthy.name = "a";
    healthy.partitions = {partition(0, 1, {1, 2}, {1, 2})};
    client::TopicDescription lagging;
    lagging.name = "b";
    lagging.partitions = {partition(0, 1, {1, 2, 3}, {1}), partition(1, -1, {2}, {}),
                          partition(2, 3, {3, 1}, {3, 1})};
    client::TopicDescription internal;
    internal.name = "__consumer_offsets";
    internal.internal = true;
    internal.partitions = {partition(0, 2, {2}, {2})};
    const auto counts = samsa::ui::countTopics({healthy, lagging, internal});
    QCOMPARE(counts.topics, 2);
    QCOMPARE(counts.topicsWithInternal, 3);
    QCOMPARE(counts.partitions, 4);
    QCOMPARE(counts.partitionsWithInternal, 5);
    QCOMPARE(counts.underReplicated, 2); // b-0 (1 of 3 in sync) and b-1 (none in sync)
    QCOMPARE(counts.offline, 1);         // b-1 has no leader

    const auto loads = samsa::ui::brokerLoads({healthy, lagging, internal});
    QCOMPARE(loads.at(1).leaders, 2);
    QCOMPARE(loads.at(1).replicas, 3);
    QCOMPARE(loads.at(2).leaders, 1);
    QCOMPARE(loads.at(2).replicas, 4);
    QCOMPARE(loads.at(3).leaders, 1);

    client::LogDirInfo dir1;
    dir1.broker = 1;
    dir1.partitions = {{{"a", 0}, 100, 0, false}, {{"b", 0}, 50, 0, true}};
    client::LogDirInfo dir2;
    dir2.broker = 2;
    dir2.partitions = {{{"a", 0}, 30, 0, false}};
    client::LogDirInfo broken;
    broken.broker = 3;
    broken.error = client::makeError(samsa::ErrorCode::KafkaStorageError, "disk");
    QCOMPARE(samsa::ui::totalLogDirSize({dir1, dir2, broken}),
             qint64(130)); // the future copy is not counted
    QCOMPARE(samsa::ui::logDirSizes({dir1, dir2}).at(1), qint64(100));
    QCOMPARE(samsa::ui::totalLogDirSize({broken}), qint64(-1));
}

void TestOverview::showsClusterFigures() {
    ClusterOverviewPage page(localEntry(*m_cluster->host), m_cluster->host.get(),
                             m_cluster->service.get());
    QCOMPARE(page.objectName(), QStringLiteral("overview"));
    auto* brokers = page.findChild<QTableView*>(QStringLiteral("overviewBrokers"));
    auto* apis = page.findChild<QTableView*>(QStringLiteral("overviewApiVersions"));
    QVERIFY(brokers && apis);
    auto* brokerProxy = qobject_cast<QSortFilterProxyModel*>(brokers->model());
    auto* apiProxy = qobject_cast<QSortFilterProxyModel*>(apis->model());
    QAbstractItemModelTester t1(brokerProxy->sourceModel(),
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(brokerProxy,
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(apiProxy->sourceModel(),
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t4(apiProxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QSignalSpy refreshed(&page, &ClusterOverviewPage::refreshed);
    page.show();
    // The first answers cannot have arrived before the event loop ran: the page says so.
    QVERIFY(page.isLoading());
    QCOMPARE(page.findChild<QLabel*>(QStringLiteral("overviewLoading"))->text(),
             QStringLiteral("Loading…"));
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, kTimeoutMs);
    QVERIFY(!page.isLoading());

    auto* message = page.findChild<samsa::ui::InlineMessage*>(QStringLiteral("overviewMessage"));
    QVERIFY2(message->text().isEmpty(), qPrintable(message->text()));
    QCOMPARE(tileValue(page, "overviewBrokerCount"), QStringLiteral("1"));
    QCOMPARE(tileValue(page, "overviewTopicCount"), QStringLiteral("2"));
    QCOMPARE(tileValue(page, "overviewPartitionCount"), QStringLiteral("5"));
    QCOMPARE(tileValue(page, "overviewUnderReplicated"), QStringLiteral("0"));
    QCOMPARE(tileValue(page, "overviewOffline"), QStringLiteral("0"));
    const QString size = tileValue(page, "overviewTotalSize");
    QVERIFY2(size != QStringLiteral("…") && size != QStringLiteral("—") && size.at(0).isDigit(),
             qPrintable(size));
    QVERIFY(!tileValue(page, "overviewClusterId").isEmpty());
    QVERIFY(tileValue(page, "overviewClusterId") != QStringLiteral("…"));
    QVERIFY2(tileValue(page, "overviewController").contains(m_cluster->host->bootstrapServers()),
             qPrintable(tileValue(page, "overviewController")));
    QVERIFY(tileValue(page, "overviewState").contains(m_cluster->host->bootstrapServers()));
    QCOMPARE(tileValue(page, "overviewBootstrap"), m_cluster->host->bootstrapServers());
    QCOMPARE(tileValue(page, "overviewDataDirectory"), m_cluster->host->dataDirectory());

    QCOMPARE(brokerProxy->rowCount(), 1);
    const auto* model = brokerProxy->sourceModel();
    QCOMPARE(model->index(0, samsa::ui::BrokerTableModel::Address).data().toString(),
             m_cluster->host->bootstrapServers());
    QVERIFY(!model->index(0, samsa::ui::BrokerTableModel::Controller).data().toString().isEmpty());

    // The protocol section is folded until asked for, and lists what the broker speaks.
    QVERIFY(!apis->isVisible());
    page.findChild<QToolButton*>(QStringLiteral("overviewProtocolToggle"))->click();
    QVERIFY(apis->isVisible());
    QVERIFY(apiProxy->rowCount() > 10);
    bool produce = false;
    for (int row = 0; row < apiProxy->rowCount(); ++row) {
        if (apiProxy->index(row, samsa::ui::ApiVersionsModel::Name).data().toString() !=
            QLatin1String("Produce"))
            continue;
        produce = true;
        QCOMPARE(apiProxy->index(row, samsa::ui::ApiVersionsModel::Key).data().toInt(), 0);
        QVERIFY(apiProxy->index(row, samsa::ui::ApiVersionsModel::MaxVersion).data().toInt() >= 3);
    }
    QVERIFY(produce);
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("overviewProtocolNote"))
                ->text()
                .contains(m_cluster->host->bootstrapServers()));

    // The screenshot views fold and unfold the protocol table.
    QCOMPARE(page.screenshotViews(),
             QStringList({QStringLiteral("overview"), QStringLiteral("overview-protocol")}));
    QCOMPARE(page.showScreenshotView(QStringLiteral("overview")), nullptr);
    QVERIFY(!apis->isVisible());
    const QByteArray dir = qgetenv("SAMSA_TEST_SCREENSHOTS");
    page.resize(1100, 700);
    QTest::qWait(50);
    if (!dir.isEmpty())
        page.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/overview.png"));
    page.showScreenshotView(QStringLiteral("overview-protocol"));
    QVERIFY(apis->isVisible());
    QTest::qWait(50);
    if (!dir.isEmpty())
        page.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/overview-protocol.png"));
    page.hideScreenshotView(QStringLiteral("overview-protocol"));
    QVERIFY(!apis->isVisible());
}

void TestOverview::copiesBootstrapAddress() {
    ClusterOverviewPage page(localEntry(*m_cluster->host), m_cluster->host.get(),
                             m_cluster->service.get());
    auto* copy = page.findChild<QToolButton*>(QStringLiteral("overviewCopyBootstrap"));
    QVERIFY(copy && copy->isEnabled());
    copy->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), m_cluster->host->bootstrapServers());
}

void TestOverview::followsServiceAndHost() {
    ClusterOverviewPage page(localEntry(*m_cluster->host), m_cluster->host.get(),
                             m_cluster->service.get());
    QSignalSpy refreshed(&page, &ClusterOverviewPage::refreshed);
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, kTimeoutMs);

    // What the main window does when the local cluster stops: the service goes away and
    // the page says why the figures are gone instead of showing stale ones.
    page.setService(nullptr);
    m_cluster->service.reset();
    m_cluster->host->stop();
    QTRY_COMPARE_WITH_TIMEOUT(m_cluster->host->state(), LocalClusterHost::State::Stopped,
                              kTimeoutMs);
    auto* message = page.findChild<samsa::ui::InlineMessage*>(QStringLiteral("overviewMessage"));
    QVERIFY(message->isVisibleTo(&page));
    QCOMPARE(message->kind(), samsa::ui::InlineMessage::Kind::Info);
    QVERIFY(message->text().contains(QLatin1String("not running")));
    QCOMPARE(tileValue(page, "overviewTopicCount"), QStringLiteral("—"));
    QCOMPARE(tileValue(page, "overviewState"), QStringLiteral("stopped"));
    QVERIFY(!page.findChild<QToolButton*>(QStringLiteral("overviewCopyBootstrap"))->isEnabled());

    // Started again (on another port, as port 0 was asked for) with a new service.
    m_cluster->host->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_cluster->host->state(), LocalClusterHost::State::Running,
                              kTimeoutMs);
    m_cluster->connect();
    refreshed.clear();
    page.setService(m_cluster->service.get());
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, kTimeoutMs);
    QVERIFY(message->text().isEmpty());
    QCOMPARE(tileValue(page, "overviewTopicCount"), QStringLiteral("2"));
    QCOMPARE(tileValue(page, "overviewBootstrap"), m_cluster->host->bootstrapServers());
}

void TestOverview::refreshesWhileVisible() {
    ClusterOverviewPage page(localEntry(*m_cluster->host), m_cluster->host.get(),
                             m_cluster->service.get());
    page.show();
    QTRY_COMPARE_WITH_TIMEOUT(tileValue(page, "overviewTopicCount"), QStringLiteral("2"),
                              kTimeoutMs);
    QVERIFY(m_cluster->createTopic("refunds", 4));
    // No click: the page re-reads on its own while it is on screen.
    QTRY_COMPARE_WITH_TIMEOUT(tileValue(page, "overviewTopicCount"), QStringLiteral("3"),
                              ClusterOverviewPage::kAutoRefreshMs + kTimeoutMs);
    QCOMPARE(tileValue(page, "overviewPartitionCount"), QStringLiteral("9"));
}

void TestOverview::alertTileStandsOut() {
    QWidget parent;
    StatTile tile(QStringLiteral("Offline"), QStringLiteral("value"), &parent);
    const QColor normal = tile.palette().color(QPalette::Window);
    tile.setAlert(true);
    QVERIFY(tile.isAlert());
    QVERIFY(tile.palette().color(QPalette::Window) != normal);
    tile.setAlert(false);
    QCOMPARE(tile.palette().color(QPalette::Window), normal);
}

QTEST_MAIN(TestOverview)
#include "test_overview.moc"
