// kcat (librdkafka underneath) against samsa-broker: metadata listing, and keyed messages
// with headers through every compression codec, read back and compared one by one.
#include <QRegularExpression>
#include <QtTest>

#include <map>
#include <memory>
#include <set>

#include "support/broker_process.h"

namespace {

constexpr int kNodeId = 7;
constexpr int kPartitions = 4;
constexpr int kMessages = 100000;
constexpr int kKeys = 997;

QString kcat() { return QStringLiteral("kcat"); }

QByteArray keyOf(int i) { return QByteArray("key-") + QByteArray::number(i % kKeys).rightJustified(4, '0'); }

// Repetitive enough for the codecs to have something to do, distinct per message.
QByteArray valueOf(const QByteArray& codec, int i) {
    return codec + '-' + QByteArray::number(i) + "-payload-" + QByteArray::number(i * 7919 % 100003).repeated(6);
}

} // namespace

class TestKcat : public QObject {
    Q_OBJECT

    std::unique_ptr<BrokerProcess> m_broker;

    QStringList brokerArgs() const { return {QStringLiteral("-b"), m_broker->bootstrap()}; }

    void produceWithKcat(const QString& topic, const QStringList& extra, const QByteArray& input) {
        QByteArray out, err;
        QStringList args = QStringList{QStringLiteral("-P")} + brokerArgs() +
                           QStringList{QStringLiteral("-t"), topic, QStringLiteral("-K"), QStringLiteral("|")} + extra;
        const int rc = runProgram(kcat(), args, &out, &err, 120000, input);
        QVERIFY2(rc == 0, qPrintable(QStringLiteral("kcat -P exited %1: %2").arg(rc).arg(QString::fromUtf8(err))));
        QVERIFY2(!err.contains("Delivery failed") && !err.contains("ERROR"), err.constData());
    }

private slots:
    void initTestCase() {
        m_broker = std::make_unique<BrokerProcess>(
            QStringList{QStringLiteral("node.id=%1").arg(kNodeId), QStringLiteral("num.partitions=%1").arg(kPartitions)});
        QVERIFY2(m_broker->start(), qPrintable(m_broker->errorText()));
    }

    void cleanupTestCase() {
        if (m_broker) m_broker->stop();
    }

    void listsBrokerAndTopics() {
        const QString topic = QStringLiteral("kcat-listing");
        produceWithKcat(topic, {}, "a|1\nb|2\n");

        QByteArray out, err;
        QCOMPARE(runProgram(kcat(), QStringList{QStringLiteral("-L")} + brokerArgs(), &out, &err, 30000), 0);
        const QString text = QString::fromUtf8(out);
        const QString brokerLine =
            QStringLiteral("broker %1 at 127.0.0.1:%2").arg(kNodeId).arg(m_broker->port());
        QVERIFY2(text.contains(QStringLiteral(" 1 brokers:")), qPrintable(text));
        QVERIFY2(text.contains(brokerLine), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("topic \"%1\" with %2 partitions:").arg(topic).arg(kPartitions)),
                 qPrintable(text));
        for (int p = 0; p < kPartitions; ++p) {
            const QString line = QStringLiteral("partition %1, leader %2, replicas: %2, isrs: %2").arg(p).arg(kNodeId);
            QVERIFY2(text.contains(line), qPrintable(line + QStringLiteral(" missing in:\n") + text));
        }
        QVERIFY2(!text.contains(QStringLiteral("err")), qPrintable(text));

        // One topic asked for by name lists only that topic.
        QCOMPARE(runProgram(kcat(), QStringList{QStringLiteral("-L")} + brokerArgs() +
                                        QStringList{QStringLiteral("-t"), topic},
                            &out, &err, 30000),
                 0);
        QVERIFY2(QString::fromUtf8(out).contains(QStringLiteral(" 1 topics:")), out.constData());
    }

    void roundTripsEveryCodec_data() {
        QTest::addColumn<QByteArray>("codec");
        for (const char* c : {"none", "gzip", "snappy", "lz4", "zstd"}) QTest::newRow(c) << QByteArray(c);
    }

    void roundTripsEveryCodec() {
        QFETCH(QByteArray, codec);
        const QString topic = QStringLiteral("kcat-") + QString::fromLatin1(codec);
        const QByteArray headers = "codec=" + codec + ",trace=run-" + codec + "-42";

        QByteArray input;
        input.reserve(kMessages * 64);
        for (int i = 0; i < kMessages; ++i) input += keyOf(i) + '|' + valueOf(codec, i) + '\n';
        produceWithKcat(topic,
                        {QStringLiteral("-z"), QString::fromLatin1(codec), QStringLiteral("-H"),
                         QStringLiteral("codec=") + QString::fromLatin1(codec), QStringLiteral("-H"),
                         QStringLiteral("trace=run-%1-42").arg(QString::fromLatin1(codec)), QStringLiteral("-X"),
                         QStringLiteral("linger.ms=20")},
                        input);
        if (QTest::currentTestFailed()) return;

        QByteArray out, err;
        const int rc = runProgram(kcat(),
                                  QStringList{QStringLiteral("-C")} + brokerArgs() +
                                      QStringList{QStringLiteral("-t"), topic, QStringLiteral("-o"),
                                                  QStringLiteral("beginning"), QStringLiteral("-e"),
                                                  QStringLiteral("-q"), QStringLiteral("-f"),
                                                  QStringLiteral("%p|%k|%s|%h\\n")},
                                  &out, &err, 120000);
        QVERIFY2(rc == 0, qPrintable(QStringLiteral("kcat -C exited %1: %2").arg(rc).arg(QString::fromUtf8(err))));

        std::vector<bool> seen(kMessages, false);
        std::map<QByteArray, std::set<int>> partitionsOfKey;
        std::map<QByteArray, int> lastIndexOfKey; // same key, same partition: produce order holds
        int count = 0;
        const QByteArray prefix = codec + '-';
        for (const QByteArray& line : out.split('\n')) {
            if (line.isEmpty()) continue;
            ++count;
            const QList<QByteArray> f = line.split('|');
            QVERIFY2(f.size() == 4, line.constData());
            bool ok = false;
            const int partition = f[0].toInt(&ok);
            QVERIFY2(ok && partition >= 0 && partition < kPartitions, line.constData());
            QVERIFY2(f[2].startsWith(prefix), line.constData());
            const int i = f[2].mid(prefix.size(), f[2].indexOf('-', prefix.size()) - prefix.size()).toInt(&ok);
            QVERIFY2(ok && i >= 0 && i < kMessages, line.constData());
            QVERIFY2(!seen[i], qPrintable(QStringLiteral("message %1 read twice").arg(i)));
            seen[i] = true;
            QCOMPARE(f[1], keyOf(i));
            QCOMPARE(f[2], valueOf(codec, i));
            QCOMPARE(f[3], headers);
            partitionsOfKey[f[1]].insert(partition);
            auto [it, fresh] = lastIndexOfKey.try_emplace(f[1], i);
            if (!fresh) {
                QVERIFY2(it->second < i, qPrintable(QStringLiteral("key %1 out of order").arg(QString::fromLatin1(f[1]))));
                it->second = i;
            }
        }
        QCOMPARE(count, kMessages);
        QCOMPARE(int(partitionsOfKey.size()), kKeys);
        std::set<int> used;
        for (const auto& [key, parts] : partitionsOfKey) {
            QVERIFY2(parts.size() == 1, qPrintable(QStringLiteral("key %1 in %2 partitions")
                                                       .arg(QString::fromLatin1(key))
                                                       .arg(parts.size())));
            used.insert(*parts.begin());
        }
        // ~1000 keys hashed over 4 partitions: each partition gets some.
        QCOMPARE(int(used.size()), kPartitions);
    }
};

QTEST_GUILESS_MAIN(TestKcat)
#include "test_kcat.moc"
