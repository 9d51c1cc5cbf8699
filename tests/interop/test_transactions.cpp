// Transactions with a real client: confluent-kafka (librdkafka) drives samsa-broker
// through scripts/transactions_confluent.py, one scenario per test, each on a broker of
// its own. The script reports what the client saw; this test judges it.
//
//   commitAndAbort          one transaction committed and one aborted across 3
//                           partitions; read_committed sees exactly the first, and no
//                           reader ever gets a control record
//   consumeTransformProduce output records and input offsets (send_offsets_to_transaction)
//                           visible together or not at all, for commit and abort
//   fencing                 a second producer with the same transactional.id fences the first
//   timeout                 a transaction left open past transaction.timeout.ms is aborted
//                           and the last stable offset moves on
//   restartInPrepareCommit  the broker dies between PrepareCommit and the markers; the
//                           restarted coordinator completes the transaction
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

#include "protocol/messages/describe_transactions.h"
#include "support/broker_process.h"
#include "support/wire_connection.h"

namespace {

using Results = QHash<QString, QJsonObject>;

constexpr int kPartitions = 3;

// Runs one scenario; fills `results` with its observations by check name.
bool runScenario(const BrokerProcess& broker, const QStringList& args, Results& results, QByteArray* log) {
    QByteArray out, err;
    QStringList all{QStringLiteral(SAMSA_INTEROP_SCRIPTS "/transactions_confluent.py"), args.front(), broker.bootstrap()};
    all += args.mid(1);
    const int rc = runProgram(systemPython(), all, &out, &err, 180000);
    for (const auto& line : out.split('\n')) {
        const auto doc = QJsonDocument::fromJson(line);
        if (doc.isObject()) results.insert(doc.object().value(QStringLiteral("check")).toString(), doc.object());
    }
    *log = out + err;
    return rc == 0;
}

QStringList valuesOf(const QJsonArray& messages) {
    QStringList out;
    for (const auto& m : messages) out << m.toArray().at(2).toString();
    return out;
}

QStringList strings(const QJsonArray& a) {
    QStringList out;
    for (const auto& v : a) out << v.toString();
    return out;
}

QList<int> ints(const QJsonArray& a) {
    QList<int> out;
    for (const auto& v : a) out << v.toInt();
    return out;
}

QStringList numbered(const QString& prefix, int count) {
    QStringList out;
    for (int i = 0; i < count; ++i) out << prefix + QString::number(i);
    return out;
}

QStringList sorted(QStringList list) {
    list.sort();
    return list;
}

// Every message once, no control record among them: each value is one the producer
// sent, and offsets only grow within a partition.
void checkNoControlRecords(const QJsonArray& messages) {
    QHash<int, qint64> last;
    for (const auto& m : messages) {
        const auto a = m.toArray();
        const int partition = a.at(0).toInt();
        const qint64 offset = a.at(1).toInteger();
        QVERIFY2(a.at(2).isString() && !a.at(2).toString().isEmpty(), "a message without a value was delivered");
        QVERIFY2(offset > last.value(partition, -1), "offsets went backwards or repeated");
        last[partition] = offset;
    }
}

BrokerProcess* newBroker(QStringList overrides = {}) {
    overrides << QStringLiteral("num.partitions=%1").arg(kPartitions) << QStringLiteral("group.initial.rebalance.delay.ms=0")
              << QStringLiteral("offsets.topic.num.partitions=5") << QStringLiteral("transaction.state.log.num.partitions=5");
    return new BrokerProcess(overrides);
}

} // namespace

class TestTransactions : public QObject {
    Q_OBJECT

private slots:
    void commitAndAbort() {
        std::unique_ptr<BrokerProcess> broker(newBroker());
        QVERIFY2(broker->start(), qPrintable(broker->errorText()));
        Results r;
        QByteArray log;
        QVERIFY2(runScenario(*broker, {QStringLiteral("commit_abort"), QStringLiteral("orders")}, r, &log), log.constData());

        const auto committed = r.value(QStringLiteral("read_committed")).value(QStringLiteral("messages")).toArray();
        checkNoControlRecords(committed);
        QCOMPARE(sorted(valuesOf(committed)), sorted(numbered(QStringLiteral("committed-"), 30)));

        const auto everything = r.value(QStringLiteral("read_uncommitted")).value(QStringLiteral("messages")).toArray();
        checkNoControlRecords(everything);
        QCOMPARE(sorted(valuesOf(everything)),
                 sorted(numbered(QStringLiteral("committed-"), 30) + numbered(QStringLiteral("aborted-"), 30)));

        // 10 + marker + 10 + marker per partition; both transactions decided, so the
        // last stable offset is the high watermark.
        const auto ends = r.value(QStringLiteral("ends"));
        QCOMPARE(ints(ends.value(QStringLiteral("uncommitted")).toArray()), (QList<int>{22, 22, 22}));
        QCOMPARE(ints(ends.value(QStringLiteral("committed")).toArray()), (QList<int>{22, 22, 22}));
        broker->stop();
        QCOMPARE(broker->exitCode(), 0);
    }

    void consumeTransformProduce() {
        std::unique_ptr<BrokerProcess> broker(newBroker());
        QVERIFY2(broker->start(), qPrintable(broker->errorText()));
        Results r;
        QByteArray log;
        QVERIFY2(runScenario(*broker, {QStringLiteral("transform"), QStringLiteral("in"), QStringLiteral("out"),
                                       QStringLiteral("transformer")},
                             r, &log),
                 log.constData());
        const QStringList first = sorted(numbered(QStringLiteral("out-first-"), 30));
        const QStringList second = sorted(numbered(QStringLiteral("out-second-"), 30));

        // Committed: the output and the input position together.
        const auto afterCommit = r.value(QStringLiteral("after_commit"));
        QCOMPARE(ints(afterCommit.value(QStringLiteral("committed")).toArray()), (QList<int>{10, 10, 10}));
        QCOMPARE(sorted(strings(afterCommit.value(QStringLiteral("output")).toArray())), first);

        // Aborted: neither the output nor the offsets, though the output was written.
        const auto afterAbort = r.value(QStringLiteral("after_abort"));
        QCOMPARE(ints(afterAbort.value(QStringLiteral("committed")).toArray()), (QList<int>{10, 10, 10}));
        QCOMPARE(sorted(strings(afterAbort.value(QStringLiteral("output")).toArray())), first);
        QCOMPARE(sorted(strings(afterAbort.value(QStringLiteral("output_uncommitted")).toArray())),
                 sorted(first + second));

        // Done again from the committed position, and committed: both move together.
        const auto afterRetry = r.value(QStringLiteral("after_retry"));
        QCOMPARE(ints(afterRetry.value(QStringLiteral("committed")).toArray()), (QList<int>{20, 20, 20}));
        QCOMPARE(sorted(strings(afterRetry.value(QStringLiteral("output")).toArray())), sorted(first + second));
        broker->stop();
    }

    void fencing() {
        std::unique_ptr<BrokerProcess> broker(newBroker());
        QVERIFY2(broker->start(), qPrintable(broker->errorText()));
        Results r;
        QByteArray log;
        QVERIFY2(runScenario(*broker, {QStringLiteral("fencing"), QStringLiteral("fenced")}, r, &log), log.constData());
        const auto fenced = r.value(QStringLiteral("fenced"));
        // librdkafka's name for "fenced by a newer instance", a fatal error.
        QCOMPARE(fenced.value(QStringLiteral("error")).toString(), QStringLiteral("_FENCED"));
        QVERIFY(fenced.value(QStringLiteral("fatal")).toBool());
        // The zombie's transaction was aborted when it was fenced; only its successor's remains.
        const auto messages = r.value(QStringLiteral("read_committed")).value(QStringLiteral("messages")).toArray();
        QCOMPARE(sorted(valuesOf(messages)), sorted(numbered(QStringLiteral("successor-"), 3)));
        broker->stop();
    }

    void timeout() {
        std::unique_ptr<BrokerProcess> broker(
            newBroker({QStringLiteral("transaction.abort.timed.out.transaction.cleanup.interval.ms=500")}));
        QVERIFY2(broker->start(), qPrintable(broker->errorText()));
        Results r;
        QByteArray log;
        QVERIFY2(runScenario(*broker, {QStringLiteral("timeout"), QStringLiteral("abandoned")}, r, &log), log.constData());
        // While open, the transaction holds the last stable offset at its start.
        const auto open = r.value(QStringLiteral("open"));
        QCOMPARE(ints(open.value(QStringLiteral("committed")).toArray()), (QList<int>{0, 0, 0}));
        QCOMPARE(ints(open.value(QStringLiteral("uncommitted")).toArray()), (QList<int>{2, 2, 2}));
        // Past its timeout the coordinator aborted it: an ABORT marker follows each
        // partition's records and the last stable offset moved past it.
        const auto expired = r.value(QStringLiteral("expired"));
        QCOMPARE(ints(expired.value(QStringLiteral("uncommitted")).toArray()), (QList<int>{3, 3, 3}));
        QCOMPARE(ints(expired.value(QStringLiteral("committed")).toArray()), (QList<int>{3, 3, 3}));
        QVERIFY(expired.value(QStringLiteral("messages")).toArray().isEmpty());
        // The producer was fenced by the abort: its commit fails.
        QCOMPARE(r.value(QStringLiteral("commit_after_timeout")).value(QStringLiteral("error")).toString(),
                 QStringLiteral("_FENCED"));
        broker->stop();
        QVERIFY(broker->log().contains(QStringLiteral("exceeds its timeout")));
    }

    void restartInPrepareCommit() {
        std::unique_ptr<BrokerProcess> broker(newBroker());
        // Holds every transaction between its PrepareCommit record and its markers.
        broker->setEnvironmentVariable(QStringLiteral("SAMSA_TEST_ONLY_TXN_MARKER_DELAY_MS"), QStringLiteral("600000"));
        QVERIFY2(broker->start(), qPrintable(broker->errorText()));
        Results r;
        QByteArray log;
        QVERIFY2(runScenario(*broker, {QStringLiteral("restart_commit"), QStringLiteral("survivors")}, r, &log),
                 log.constData());
        // The commit was accepted, but without markers nothing is stable yet.
        const auto committed = r.value(QStringLiteral("committed"));
        QCOMPARE(ints(committed.value(QStringLiteral("ends")).toArray()), (QList<int>{0, 0, 0}));
        QVERIFY(committed.value(QStringLiteral("messages")).toArray().isEmpty());

        broker->kill9();
        broker->setEnvironmentVariable(QStringLiteral("SAMSA_TEST_ONLY_TXN_MARKER_DELAY_MS"), QString());
        QVERIFY2(broker->start(), qPrintable(broker->errorText()));
        QVERIFY(broker->log().contains(QStringLiteral("completing PrepareCommit")));

        Results after;
        QVERIFY2(runScenario(*broker, {QStringLiteral("read_back"), QStringLiteral("survivors")}, after, &log),
                 log.constData());
        const auto read = after.value(QStringLiteral("read_committed"));
        checkNoControlRecords(read.value(QStringLiteral("messages")).toArray());
        QCOMPARE(sorted(valuesOf(read.value(QStringLiteral("messages")).toArray())),
                 sorted(numbered(QStringLiteral("survivor-"), 30)));
        QCOMPARE(ints(read.value(QStringLiteral("ends")).toArray()), (QList<int>{11, 11, 11}));

        // The coordinator recorded the completion.
        WireConnection wire;
        QVERIFY(wire.connectTo(broker->port()));
        samsa::protocol::messages::DescribeTransactionsRequest describe;
        describe.transactionalIds = {"tx-restart"};
        std::string error;
        const auto described =
            wire.roundTrip<samsa::protocol::messages::DescribeTransactionsResponse>(describe, 0, &error);
        QVERIFY2(described, error.c_str());
        QCOMPARE(described->transactionStates.size(), size_t{1});
        QCOMPARE(described->transactionStates[0].errorCode, int16_t{0});
        QCOMPARE(described->transactionStates[0].transactionState, std::string("CompleteCommit"));
        QVERIFY(described->transactionStates[0].topics.empty());
        broker->stop();
        QCOMPARE(broker->exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTransactions)
#include "test_transactions.moc"
