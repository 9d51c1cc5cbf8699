#include "app/local_cluster_host.h"
#include "app/profile_store.h"
#include "support/widget_test.h"
#include "ui/common/inline_message.h"
#include "ui/connections/profile_dialog.h"

#include <QHostAddress>
#include <QLineEdit>
#include <QPushButton>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using samsa::app::LocalClusterHost;
using samsa::app::ProfileStore;
using samsa::ui::InlineMessage;
using samsa::ui::ProfileDialog;
using samsa::ui::testing::kTimeoutMs;
using samsa::ui::testing::saveScreenshot;

namespace {


// A server that is not Kafka: it answers every connection with a line of text and
// hangs up, like an HTTP or SMTP server on the wrong port.
class NotKafkaServer : public QTcpServer {
public:
    NotKafkaServer() {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                socket->write("220 smtp.example.com ESMTP ready\r\n");
                socket->disconnectFromHost();
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
};

} // namespace

class TestConnectionTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyStepPassesAgainstLocalCluster();
    void closedPort();
    void unknownHost();
    void notKafka();
    void cancel();

private:
    // Fills the dialog, runs the test and waits for it to finish.
    void runTest(ProfileDialog& dialog, const QString& servers);
    QString explanation(ProfileDialog& dialog);

    QTemporaryDir m_dir;
    std::unique_ptr<LocalClusterHost> m_cluster;
    std::unique_ptr<ProfileStore> m_store;
};

void TestConnectionTest::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_store = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("samsa.sqlite")));
    QVERIFY(m_store->open());
    m_cluster = std::make_unique<LocalClusterHost>(m_dir.filePath(QStringLiteral("local")), 0);
    m_cluster->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_cluster->state(), LocalClusterHost::State::Running, kTimeoutMs);
}

void TestConnectionTest::cleanupTestCase() {
    m_cluster.reset();
    m_store.reset();
}

void TestConnectionTest::runTest(ProfileDialog& dialog, const QString& servers) {
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("name"));
    auto* bootstrap = dialog.findChild<QLineEdit*>(QStringLiteral("bootstrap-servers"));
    auto* test = dialog.findChild<QPushButton*>(QStringLiteral("test-connection"));
    QVERIFY(name && bootstrap && test);
    name->setText(QStringLiteral("Local"));
    bootstrap->setText(servers);
    QVERIFY(test->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(!test->isEnabled()); // running
    QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), kTimeoutMs);
}

QString TestConnectionTest::explanation(ProfileDialog& dialog) {
    auto* message = dialog.findChild<InlineMessage*>(QStringLiteral("connection-test-explanation"));
    return message ? message->text() : QString();
}

void TestConnectionTest::everyStepPassesAgainstLocalCluster() {
    ProfileDialog dialog(m_store.get(), nullptr, std::nullopt);
    dialog.show();
    runTest(dialog, m_cluster->bootstrapServers());
    auto* steps = dialog.findChild<QTreeWidget*>(QStringLiteral("connection-test-steps"));
    QVERIFY(steps && steps->isVisible());
    QCOMPARE(steps->topLevelItemCount(), 1);
    QTreeWidgetItem* server = steps->topLevelItem(0);
    QVERIFY(server->text(0).startsWith(QStringLiteral("✓")));
    QVERIFY(server->text(0).contains(m_cluster->bootstrapServers()));
    // Resolve, connect, ApiVersions and the metadata request; no TLS, no SASL here.
    QCOMPARE(server->childCount(), 4);
    for (int i = 0; i < server->childCount(); ++i)
        QVERIFY2(server->child(i)->text(0).startsWith(QStringLiteral("✓")), qPrintable(server->child(i)->text(0)));
    QVERIFY(server->child(1)->text(2).startsWith(QLatin1String("connected to 127.0.0.1")));
    QVERIFY(server->child(2)->text(2).startsWith(QLatin1String("ApiVersions answered (v")));
    QVERIFY2(server->child(3)->text(2).contains(QLatin1String("1 broker")), qPrintable(server->child(3)->text(2)));
    QVERIFY(explanation(dialog).contains(QLatin1String("Connection works")));
    QVERIFY(explanation(dialog).contains(QLatin1String("1 broker")));
    saveScreenshot(&dialog, QStringLiteral("profile_dialog_test_passed.png"));
}

void TestConnectionTest::closedPort() {
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    ProfileDialog dialog(m_store.get(), nullptr, std::nullopt);
    dialog.show();
    runTest(dialog, QStringLiteral("127.0.0.1:%1").arg(port));
    QVERIFY2(explanation(dialog).contains(QLatin1String("Nothing is listening")), qPrintable(explanation(dialog)));
    auto* steps = dialog.findChild<QTreeWidget*>(QStringLiteral("connection-test-steps"));
    QTreeWidgetItem* server = steps->topLevelItem(0);
    QVERIFY(server->text(0).startsWith(QStringLiteral("✗")));
    QVERIFY(server->child(0)->text(0).startsWith(QStringLiteral("✓"))); // resolved
    QVERIFY(server->child(1)->text(0).startsWith(QStringLiteral("✗"))); // refused
    saveScreenshot(&dialog, QStringLiteral("profile_dialog_test_refused.png"));
}

void TestConnectionTest::unknownHost() {
    ProfileDialog dialog(m_store.get(), nullptr, std::nullopt);
    dialog.show();
    runTest(dialog, QStringLiteral("no-such-host.invalid:9092"));
    const QString text = explanation(dialog);
    // Without a name server the lookup may time out instead of failing; both are the
    // resolve step.
    QVERIFY2(text.contains(QLatin1String("Unknown host")) || text.contains(QLatin1String("name server")),
             qPrintable(text));
    auto* steps = dialog.findChild<QTreeWidget*>(QStringLiteral("connection-test-steps"));
    QVERIFY(steps->topLevelItem(0)->child(0)->text(0).startsWith(QStringLiteral("✗")));
}

void TestConnectionTest::notKafka() {
    NotKafkaServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    ProfileDialog dialog(m_store.get(), nullptr, std::nullopt);
    dialog.show();
    runTest(dialog, QStringLiteral("127.0.0.1:%1").arg(server.serverPort()));
    QVERIFY2(explanation(dialog).contains(QLatin1String("Not a Kafka broker")), qPrintable(explanation(dialog)));
    saveScreenshot(&dialog, QStringLiteral("profile_dialog_test_not_kafka.png"));
}

void TestConnectionTest::cancel() {
    // A server that accepts and never answers keeps the test waiting for ApiVersions.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    ProfileDialog dialog(m_store.get(), nullptr, std::nullopt);
    dialog.show();
    dialog.findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("Silent"));
    dialog.findChild<QLineEdit*>(QStringLiteral("bootstrap-servers"))
        ->setText(QStringLiteral("127.0.0.1:%1").arg(silent.serverPort()));
    auto* test = dialog.findChild<QPushButton*>(QStringLiteral("test-connection"));
    auto* cancel = dialog.findChild<QPushButton*>(QStringLiteral("cancel-test"));
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(test->isEnabled());
    QVERIFY(!cancel->isVisible());
    QVERIFY(explanation(dialog).isEmpty());
    // Closing the dialog with a test under way must not wait for it either.
    QTest::mouseClick(test, Qt::LeftButton);
    dialog.reject();
}

QTEST_MAIN(TestConnectionTest)
#include "test_connection_test.moc"
