#include "app/local_cluster_host.h"
#include "app/profile_store.h"
#include "app/sample_data/sample_data_loader.h"
#include "ui/cluster_services.h"
#include "ui/main_window.h"
#include "ui/navigator_model.h"
#include "ui/overview/brokers_page.h"
#include "ui/overview/overview_page.h"
#include "ui/screenshots.h"
#include "ui/topic_detail/topic_detail_page.h"
#include "ui/topics/topic_list_model.h"
#include "ui/topics/topics_page.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using samsa::app::LocalClusterHost;
using State = LocalClusterHost::State;
using samsa::ui::MainWindow;
using samsa::ui::NavigatorModel;

namespace {

constexpr int kTimeoutMs = 30000;

// Reset asks the user; here the user always agrees.
class AgreeingMainWindow : public MainWindow {
public:
    using MainWindow::MainWindow;
    int resetQuestions = 0;

protected:
    bool confirmReset() override {
        ++resetQuestions;
        return true;
    }
};

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void showsLocalClusterState();
    void stopAndStartThroughActions();
    void resetAsksAndRestarts();
    void navigatorModelIsSound();
    void remembersGeometry();
    void screenshotsEveryPage();
    void opensPagesFromTheNavigator();
    void loadsSampleData();

private:
    QString runningText() const {
        return QStringLiteral("running on 127.0.0.1:%1").arg(m_host->port());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalClusterHost> m_host;
    std::unique_ptr<samsa::app::ProfileStore> m_store;
};

void TestMainWindow::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_host = std::make_unique<LocalClusterHost>(m_dir->filePath(QStringLiteral("local")), 0);
    m_store =
        std::make_unique<samsa::app::ProfileStore>(m_dir->filePath(QStringLiteral("samsa.sqlite")));
    QVERIFY(m_store->open());
    samsa::app::ClusterProfile remote;
    remote.name = QStringLiteral("staging");
    remote.bootstrapServers = QStringLiteral("staging-kafka:9092");
    QVERIFY(m_store->addProfile(remote) > 0);
    m_host->start();
}

void TestMainWindow::cleanup() {
    m_host.reset();
    m_store.reset();
    m_dir.reset();
}

void TestMainWindow::showsLocalClusterState() {
    MainWindow window(m_host.get(), m_store.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QLabel* status = window.connectionStatus();
    QVERIFY(status->text().contains(QStringLiteral("starting")) ||
            m_host->state() == State::Running);
    QTRY_COMPARE_WITH_TIMEOUT(m_host->state(), State::Running, kTimeoutMs);
    QTRY_VERIFY(status->text().contains(runningText()));
    QVERIFY(status->isVisible());

    // The overview of the local cluster is open and agrees with the status bar.
    QCOMPARE(window.pages()->count(), 1);
    auto* overview = qobject_cast<samsa::ui::ClusterOverviewPage*>(window.pages()->currentWidget());
    QVERIFY(overview);
    QVERIFY(overview->entry().local);
    QVERIFY(overview->findChild<QLabel*>(QStringLiteral("overviewState"))
                ->text()
                .contains(runningText()));
    QCOMPARE(overview->findChild<QLabel*>(QStringLiteral("overviewBootstrap"))->text(),
             m_host->bootstrapServers());
    QCOMPARE(overview->findChild<QLabel*>(QStringLiteral("overviewDataDirectory"))->text(),
             m_host->dataDirectory());
}

void TestMainWindow::stopAndStartThroughActions() {
    MainWindow window(m_host.get(), m_store.get());
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(m_host->state(), State::Running, kTimeoutMs);
    QVERIFY(!window.startLocalClusterAction()->isEnabled());
    QVERIFY(window.stopLocalClusterAction()->isEnabled());

    window.stopLocalClusterAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_host->state(), State::Stopped, kTimeoutMs);
    QCOMPARE(window.connectionStatus()->text(), QStringLiteral("Local cluster: stopped"));
    QVERIFY(window.startLocalClusterAction()->isEnabled());
    QVERIFY(!window.stopLocalClusterAction()->isEnabled());

    window.startLocalClusterAction()->trigger();
    QVERIFY(window.connectionStatus()->text().contains(QStringLiteral("starting")));
    QTRY_COMPARE_WITH_TIMEOUT(m_host->state(), State::Running, kTimeoutMs);
    QVERIFY(window.connectionStatus()->text().contains(runningText()));
}

void TestMainWindow::resetAsksAndRestarts() {
    AgreeingMainWindow window(m_host.get(), m_store.get());
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(m_host->state(), State::Running, kTimeoutMs);
    window.resetLocalClusterAction()->trigger();
    QCOMPARE(window.resetQuestions, 1);
    QVERIFY(window.connectionStatus()->text().contains(QStringLiteral("deleting")));
    QTRY_COMPARE_WITH_TIMEOUT(m_host->state(), State::Running, kTimeoutMs);
    QTRY_VERIFY(window.connectionStatus()->text().contains(runningText()));
}

void TestMainWindow::navigatorModelIsSound() {
    MainWindow window(m_host.get(), m_store.get());
    NavigatorModel* model = window.navigatorModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 2); // the local cluster, then the saved one
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Local cluster"));
    QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("staging"));
    const QModelIndex staging = model->index(1, 0);
    QCOMPARE(model->rowCount(staging), 3);
    QCOMPARE(model->index(0, 0, staging).data().toString(), QStringLiteral("Brokers"));
    QCOMPARE(model->index(1, 0, staging).data().toString(), QStringLiteral("Topics"));
    QCOMPARE(model->index(2, 0, staging).data().toString(), QStringLiteral("Consumer groups"));
    QCOMPARE(model->kind(model->index(2, 0, staging)), NavigatorModel::NodeKind::ConsumerGroups);
    QCOMPARE(model->clusterRow(model->index(1, 0, staging)), 1);

    // Activating the saved cluster opens its overview in a second tab, once.
    window.openOverview(1);
    window.openOverview(1);
    QCOMPARE(window.pages()->count(), 2);
    auto* page = qobject_cast<samsa::ui::ClusterOverviewPage*>(window.pages()->currentWidget());
    QVERIFY(page);
    QCOMPARE(page->entry().profile.bootstrapServers, QStringLiteral("staging-kafka:9092"));
    // Re-populating the model is checked by the tester too.
    model->setClusters(model->clusters());
}

void TestMainWindow::remembersGeometry() {
    {
        MainWindow window(m_host.get(), m_store.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(900, 640);
        QTRY_COMPARE(window.size(), QSize(900, 640));
        window.close();
    }
    QVERIFY(!m_store->uiState(QStringLiteral("mainWindow/geometry")).isEmpty());
    MainWindow again(m_host.get(), m_store.get());
    QCOMPARE(again.size(), QSize(900, 640));
}

void TestMainWindow::screenshotsEveryPage() {
    MainWindow window(m_host.get(), m_store.get());
    window.openOverview(1);
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(m_host->state(), State::Running, kTimeoutMs);
    QString error;
    const QStringList files =
        samsa::ui::saveScreenshots(window, m_dir->filePath(QStringLiteral("shots")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Each overview has two views: the figures, and the protocol table unfolded.
    QCOMPARE(files.size(), 4);
    QVERIFY(files[0].endsWith(QStringLiteral("/overview.png")));
    QVERIFY(files[1].endsWith(QStringLiteral("/overview-protocol.png")));
    QVERIFY(files[2].endsWith(QStringLiteral("/overview-2.png")));
    QVERIFY(files[3].endsWith(QStringLiteral("/overview-protocol-2.png")));
    for (const QString& file : files) {
        QImage image(file);
        QCOMPARE(image.size(), window.size() * window.devicePixelRatio());
    }
}

void TestMainWindow::opensPagesFromTheNavigator() {
    MainWindow window(m_host.get(), m_store.get());
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(m_host->state(), State::Running, kTimeoutMs);
    NavigatorModel* model = window.navigatorModel();
    const QModelIndex local = model->index(0, 0);
    auto click = [&](int child) {
        const QModelIndex node = model->index(child, 0, local);
        window.navigator()->scrollTo(node);
        QTest::mouseClick(window.navigator()->viewport(), Qt::LeftButton, {},
                          window.navigator()->visualRect(node).center());
    };
    // The local cluster's service appears once the broker runs; pages open through it.
    QTRY_VERIFY_WITH_TIMEOUT(window.services()->existing(model->clusters()[0]), kTimeoutMs);
    click(0);
    QTRY_VERIFY(qobject_cast<samsa::ui::BrokersPage*>(window.pages()->currentWidget()));
    click(1);
    QTRY_VERIFY(qobject_cast<samsa::ui::TopicsPage*>(window.pages()->currentWidget()));
    auto* topics = qobject_cast<samsa::ui::TopicsPage*>(window.pages()->currentWidget());
    QCOMPARE(window.pages()->count(), 3);

    // Clicking again brings the open page forward instead of opening another.
    window.pages()->setCurrentIndex(0);
    click(1);
    QTRY_COMPARE(window.pages()->currentWidget(), topics);
    QCOMPARE(window.pages()->count(), 3);

    emit topics->topicActivated(QStringLiteral("orders"));
    QTRY_VERIFY(qobject_cast<samsa::ui::TopicDetailPage*>(window.pages()->currentWidget()));
    QCOMPARE(window.pages()->tabText(window.pages()->currentIndex()), QStringLiteral("orders"));

    // Refresh (F5) reaches the page on top.
    QSignalSpy refreshed(window.pages()->currentWidget(), SIGNAL(refreshed()));
    QTest::keyClick(&window, Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, kTimeoutMs);
}

void TestMainWindow::loadsSampleData() {
    MainWindow window(m_host.get(), m_store.get());
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(m_host->state(), State::Running, kTimeoutMs);
    window.sampleDataAction()->trigger();
    QVERIFY(window.sampleDataAction()->isChecked());
    QVERIFY(window.sampleData());
    QSignalSpy started(window.sampleData(), &samsa::app::SampleDataLoader::started);
    QTRY_VERIFY_WITH_TIMEOUT(started.count() == 1 || window.sampleData()->isRunning(), kTimeoutMs);

    window.openPage(0, MainWindow::Page::Topics);
    QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<samsa::ui::TopicsPage*>(window.pages()->currentWidget()),
                             kTimeoutMs);
    auto* topics = qobject_cast<samsa::ui::TopicsPage*>(window.pages()->currentWidget());
    QTRY_VERIFY_WITH_TIMEOUT(topics->model()->names().contains(QStringLiteral("orders")),
                             kTimeoutMs);
    QVERIFY(topics->model()->names().contains(QStringLiteral("user-profiles")));
    QVERIFY(topics->model()->names().contains(QStringLiteral("page-views")));

    window.sampleDataAction()->trigger();
    QVERIFY(!window.sampleDataAction()->isChecked());
    QSignalSpy stopped(window.sampleData(), &samsa::app::SampleDataLoader::stopped);
    QTRY_VERIFY_WITH_TIMEOUT(!window.sampleData()->isRunning(), kTimeoutMs);
}

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
