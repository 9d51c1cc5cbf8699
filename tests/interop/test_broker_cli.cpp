// samsa-broker as a user starts it: --help, --version, bad values, unknown keys, a
// properties file, and a clean stop on SIGTERM.
#include <QDir>
#include <QFile>
#include <QtTest>

#include "support/broker_process.h"

class TestBrokerCli : public QObject {
    Q_OBJECT
private slots:
    void versionAndHelp() {
        QByteArray out;
        QCOMPARE(runProgram(BrokerProcess::brokerExecutable(), {"--version"}, &out), 0);
        QVERIFY2(out.contains("0.1.0"), out.constData());
        QCOMPARE(runProgram(BrokerProcess::brokerExecutable(), {"--help"}, &out), 0);
        QVERIFY2(out.contains("--override"), out.constData());
    }

    void invalidValueExitsWithTwo() {
        QByteArray out, err;
        const int code = runProgram(BrokerProcess::brokerExecutable(),
                                    {"--override", "log.segment.bytes=-5"}, &out, &err);
        QCOMPARE(code, 2);
        QVERIFY2(err.contains("log.segment.bytes"), err.constData());
    }

    void missingPropertiesFileExitsWithTwo() {
        QByteArray err;
        QCOMPARE(runProgram(BrokerProcess::brokerExecutable(), {"/nonexistent/server.properties"}, nullptr, &err), 2);
        QVERIFY(!err.isEmpty());
    }

    void unknownKeyWarnsAndRuns() {
        BrokerProcess broker({"no.such.key=1"});
        QVERIFY2(broker.start(), qPrintable(broker.errorText()));
        QVERIFY2(broker.log().contains("no.such.key"), qPrintable(broker.log()));
        QVERIFY(broker.log().contains("started, ready on 127.0.0.1:" + QString::number(broker.port())));
        broker.stop();
    }

    void sigtermStopsCleanlyWithMarker() {
        BrokerProcess broker;
        QVERIFY2(broker.start(), qPrintable(broker.errorText()));
        QVERIFY(!QFile::exists(broker.dataDir() + "/.kafka_cleanshutdown"));
        broker.stop();
        QVERIFY(!broker.isRunning());
        QCOMPARE(broker.exitCode(), 0);
        QVERIFY(QFile::exists(broker.dataDir() + "/.kafka_cleanshutdown"));
        QVERIFY(broker.log().contains("shut down cleanly"));
        // A restart consumes the marker and skips recovery.
        QVERIFY2(broker.start(), qPrintable(broker.errorText()));
        QVERIFY(broker.log().contains("1 clean dir(s)"));
        broker.stop();
    }
};

QTEST_GUILESS_MAIN(TestBrokerCli)
#include "test_broker_cli.moc"
