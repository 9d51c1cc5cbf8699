#include "support/running_cluster.h"
#include "ui/common/inline_message.h"
#include "ui/overview/broker_config_model.h"
#include "ui/overview/broker_table_model.h"
#include "ui/overview/brokers_page.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>

using samsa::app::LocalClusterHost;
using samsa::ui::BrokerConfigModel;
using samsa::ui::BrokersPage;
using samsa::ui::BrokerTableModel;
using samsa::ui::testing::kTimeoutMs;
using samsa::ui::testing::RunningCluster;

namespace {

QSortFilterProxyModel* proxyOf(const QWidget& page, const char* view) {
    auto* table = page.findChild<QTableView*>(QString::fromLatin1(view));
    return table ? qobject_cast<QSortFilterProxyModel*>(table->model()) : nullptr;
}

} // namespace

class TestBrokers : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void listsBrokersAndConfigs();
    void filtersConfigs();
    void reportsUnreachableCluster();

private:
    std::unique_ptr<RunningCluster> m_cluster;
};

void TestBrokers::init() {
    m_cluster = std::make_unique<RunningCluster>();
    m_cluster->startWithTopics();
}

void TestBrokers::cleanup() {
    m_cluster.reset();
}

void TestBrokers::listsBrokersAndConfigs() {
    BrokersPage page(m_cluster->service.get());
    QCOMPARE(page.objectName(), QStringLiteral("brokers"));
    auto* brokers = proxyOf(page, "brokersTable");
    auto* configs = proxyOf(page, "brokerConfigs");
    QVERIFY(brokers && configs);
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    QAbstractItemModelTester t1(brokers->sourceModel(), Mode::QtTest);
    QAbstractItemModelTester t2(brokers, Mode::QtTest);
    QAbstractItemModelTester t3(configs->sourceModel(), Mode::QtTest);
    QAbstractItemModelTester t4(configs, Mode::QtTest);

    QSignalSpy refreshed(&page, &BrokersPage::refreshed);
    QSignalSpy configsLoaded(&page, &BrokersPage::configsLoaded);
    page.resize(1000, 700);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1 && configsLoaded.count() >= 1, kTimeoutMs);
    auto* message = page.findChild<samsa::ui::InlineMessage*>(QStringLiteral("brokersMessage"));
    QVERIFY2(message->text().isEmpty(), qPrintable(message->text()));

    QCOMPARE(brokers->rowCount(), 1);
    const QAbstractItemModel* model = brokers->sourceModel();
    const int port = m_cluster->host->port();
    QCOMPARE(model->index(0, BrokerTableModel::Host).data().toString(),
             QStringLiteral("127.0.0.1"));
    QCOMPARE(model->index(0, BrokerTableModel::Port).data().toInt(), port);
    QVERIFY(!model->index(0, BrokerTableModel::Controller).data().toString().isEmpty());
    // The one broker leads and holds every partition (internal topics included, if any).
    const int leaders =
        model->index(0, BrokerTableModel::Leaders).data(BrokerTableModel::SortRole).toInt();
    QVERIFY2(leaders >= 5, qPrintable(QString::number(leaders)));
    QCOMPARE(model->index(0, BrokerTableModel::Replicas).data(BrokerTableModel::SortRole).toInt(),
             leaders);
    QVERIFY(model->index(0, BrokerTableModel::LogDirSize)
                .data(BrokerTableModel::SortRole)
                .toLongLong() >= 0);

    // The controller is selected at first and its configs are shown.
    const int broker = model->index(0, BrokerTableModel::Id).data().toInt();
    QCOMPARE(page.selectedBroker(), broker);
    QCOMPARE(configsLoaded.last().at(0).toInt(), broker);
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("brokerConfigTitle"))
                ->text()
                .contains(QString::number(broker)));
    QVERIFY(configs->rowCount() > 10);
    bool found = false;
    for (int row = 0; row < configs->rowCount(); ++row) {
        if (configs->index(row, BrokerConfigModel::Name).data().toString() !=
            QLatin1String("log.retention.hours"))
            continue;
        found = true;
        QVERIFY(!configs->index(row, BrokerConfigModel::Source).data().toString().isEmpty());
    }
    QVERIFY(found);
    QVERIFY(!page.findChild<QLabel*>(QStringLiteral("brokerConfigEmpty"))->isVisible());

    // A refresh keeps the selection and reads the configs again.
    configsLoaded.clear();
    refreshed.clear();
    page.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1 && configsLoaded.count() >= 1, kTimeoutMs);
    QCOMPARE(page.selectedBroker(), broker);
    QVERIFY(!page.selectBroker(broker + 1000));

    if (const QByteArray dir = qgetenv("SAMSA_TEST_SCREENSHOTS"); !dir.isEmpty())
        page.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/brokers.png"));
}

void TestBrokers::filtersConfigs() {
    BrokersPage page(m_cluster->service.get());
    QSignalSpy configsLoaded(&page, &BrokersPage::configsLoaded);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(configsLoaded.count() >= 1, kTimeoutMs);
    auto* configs = proxyOf(page, "brokerConfigs");
    const int all = configs->rowCount();
    auto* filter = page.findChild<QLineEdit*>(QStringLiteral("brokerConfigFilter"));
    filter->setText(QStringLiteral("RETENTION"));
    QVERIFY(configs->rowCount() > 0 && configs->rowCount() < all);
    for (int row = 0; row < configs->rowCount(); ++row) {
        const QString name = configs->index(row, BrokerConfigModel::Name).data().toString();
        const QString value = configs->index(row, BrokerConfigModel::Value).data().toString();
        QVERIFY(name.contains(QLatin1String("retention"), Qt::CaseInsensitive) ||
                value.contains(QLatin1String("retention"), Qt::CaseInsensitive));
    }
    auto* empty = page.findChild<QLabel*>(QStringLiteral("brokerConfigEmpty"));
    QVERIFY(!empty->isVisible());
    filter->setText(QStringLiteral("no-such-config-anywhere"));
    QCOMPARE(configs->rowCount(), 0);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QLatin1String("no-such-config-anywhere")));
    filter->clear();
    QCOMPARE(configs->rowCount(), all);
}

void TestBrokers::reportsUnreachableCluster() {
    // Stopped broker: connections are refused, the page says so instead of staying empty.
    m_cluster->host->stop();
    QTRY_COMPARE_WITH_TIMEOUT(m_cluster->host->state(), LocalClusterHost::State::Stopped,
                              kTimeoutMs);
    BrokersPage page(m_cluster->service.get());
    QSignalSpy refreshed(&page, &BrokersPage::refreshed);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, kTimeoutMs * 3);
    auto* message = page.findChild<samsa::ui::InlineMessage*>(QStringLiteral("brokersMessage"));
    QCOMPARE(message->kind(), samsa::ui::InlineMessage::Kind::Error);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QLatin1String("Could not read the brokers")),
             qPrintable(message->text()));
}

QTEST_MAIN(TestBrokers)
#include "test_brokers.moc"
