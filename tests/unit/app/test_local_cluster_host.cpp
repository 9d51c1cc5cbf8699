#include "app/local_cluster_host.h"

#include <QFile>
#include <QHostAddress>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using samsa::app::LocalClusterHost;
using State = LocalClusterHost::State;

namespace {

constexpr int kTimeoutMs = 30000;

bool accepts(quint16 port) {
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(5000);
}

QList<State> states(const QSignalSpy& spy) {
    QList<State> result;
    for (const auto& args : spy)
        result.append(args.at(0).value<State>());
    return result;
}

} // namespace

class TestLocalClusterHost : public QObject {
    Q_OBJECT
private slots:
    void startAndStop();
    void usesPreferredPortWhenFree();
    void fallsBackWhenPortTaken();
    void stopWhileStarting();
    void resetWipesAndRestarts();
    void resetWhileStopped();
    void reportsFailure();
};

void TestLocalClusterHost::startAndStop() {
    QTemporaryDir dir;
    LocalClusterHost host(dir.path(), 0);
    QSignalSpy spy(&host, &LocalClusterHost::stateChanged);
    host.start();
    // start() returns at once; the broker comes up on a worker.
    QCOMPARE(host.state(), State::Starting);
    QTRY_COMPARE_WITH_TIMEOUT(host.state(), State::Running, kTimeoutMs);
    QVERIFY(host.port() != 0);
    QCOMPARE(host.bootstrapServers(), QStringLiteral("127.0.0.1:%1").arg(host.port()));
    QVERIFY(!host.usingFallbackPort());
    QVERIFY(accepts(host.port()));
    const quint16 port = host.port();

    host.stop();
    QCOMPARE(host.state(), State::Stopping);
    QTRY_COMPARE_WITH_TIMEOUT(host.state(), State::Stopped, kTimeoutMs);
    QCOMPARE(host.port(), quint16(0));
    QVERIFY(host.bootstrapServers().isEmpty());
    QVERIFY(!accepts(port));
    QCOMPARE(states(spy),
             (QList<State>{State::Starting, State::Running, State::Stopping, State::Stopped}));

    // And again: a stopped cluster starts over on the same data.
    host.start();
    QTRY_COMPARE_WITH_TIMEOUT(host.state(), State::Running, kTimeoutMs);
    QVERIFY(accepts(host.port()));
}

void TestLocalClusterHost::usesPreferredPortWhenFree() {
    quint16 free = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        free = probe.serverPort();
    }
    QTemporaryDir dir;
    LocalClusterHost host(dir.path(), free);
    QSignalSpy fallback(&host, &LocalClusterHost::portFallback);
    host.start();
    QTRY_COMPARE_WITH_TIMEOUT(host.state(), State::Running, kTimeoutMs);
    QCOMPARE(host.port(), free);
    QCOMPARE(fallback.count(), 0);
}

void TestLocalClusterHost::fallsBackWhenPortTaken() {
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    const quint16 taken = occupant.serverPort();

    QTemporaryDir dir;
    LocalClusterHost host(dir.path(), taken);
    QSignalSpy fallback(&host, &LocalClusterHost::portFallback);
    host.start();
    QTRY_COMPARE_WITH_TIMEOUT(host.state(), State::Running, kTimeoutMs);
    QVERIFY(host.port() != 0);
    QVERIFY(host.port() != taken);
    QVERIFY(host.usingFallbackPort());
    QCOMPARE(fallback.count(), 1);
    QCOMPARE(fallback.at(0).at(0).value<quint16>(), taken);
    QCOMPARE(fallback.at(0).at(1).value<quint16>(), host.port());
    QVERIFY(accepts(host.port()));
}

void TestLocalClusterHost::stopWhileStarting() {
    QTemporaryDir dir;
    LocalClusterHost host(dir.path(), 0);
    QSignalSpy spy(&host, &LocalClusterHost::stateChanged);
    host.start();
    host.stop();
    QTRY_COMPARE_WITH_TIMEOUT(host.state(), State::Stopped, kTimeoutMs);
    // It never claimed to be running.
    QVERIFY(!states(spy).contains(State::Running));
}

void TestLocalClusterHost::resetWipesAndRestarts() {
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("local"));
    LocalClusterHost host(data, 0);
    host.start();
    QTRY_COMPARE_WITH_TIMEOUT(host.state(), State::Running, kTimeoutMs);
    QFile marker(data + QStringLiteral("/marker"));
    QVERIFY(marker.open(QIODevice::WriteOnly));
    marker.write("x");
    marker.close();

    QSignalSpy spy(&host, &LocalClusterHost::stateChanged);
    host.reset();
    QTRY_COMPARE_WITH_TIMEOUT(host.state(), State::Running, kTimeoutMs);
    QCOMPARE(states(spy), (QList<State>{State::Resetting, State::Starting, State::Running}));
    QVERIFY(!QFile::exists(marker.fileName()));
    QVERIFY(accepts(host.port()));
}

void TestLocalClusterHost::resetWhileStopped() {
    QTemporaryDir dir;
    QFile marker(dir.filePath(QStringLiteral("marker")));
    QVERIFY(marker.open(QIODevice::WriteOnly));
    marker.close();
    LocalClusterHost host(dir.path(), 0);
    host.reset();
    QCOMPARE(host.state(), State::Resetting);
    QTRY_COMPARE_WITH_TIMEOUT(host.state(), State::Stopped, kTimeoutMs);
    QVERIFY(!marker.exists());
    QVERIFY(QDir(dir.path()).exists());
}

void TestLocalClusterHost::reportsFailure() {
    QTemporaryDir dir;
    // A file where the data directory should be: the broker cannot use it.
    const QString blocked = dir.filePath(QStringLiteral("not-a-directory"));
    QFile file(blocked);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    LocalClusterHost host(blocked + QStringLiteral("/local"), 0);
    host.start();
    QTRY_COMPARE_WITH_TIMEOUT(host.state(), State::Failed, kTimeoutMs);
    QVERIFY(!host.errorString().isEmpty());
    QCOMPARE(host.port(), quint16(0));
}

QTEST_GUILESS_MAIN(TestLocalClusterHost)
#include "test_local_cluster_host.moc"
