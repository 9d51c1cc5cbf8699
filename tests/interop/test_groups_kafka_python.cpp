// kafka-python's consumer and admin client against samsa-broker's group coordinator:
// what ListGroups, DescribeGroups and OffsetFetch report about a live group, and
// DeleteGroups once it is empty. The script prints what it saw; this test checks it.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <memory>

#include "support/broker_process.h"

class TestGroupsKafkaPython : public QObject {
    Q_OBJECT

    std::unique_ptr<BrokerProcess> m_broker;
    QHash<QString, QJsonObject> m_results;
    QByteArray m_output;

    QJsonObject result(const char* check) const { return m_results.value(QString::fromLatin1(check)); }

private slots:
    void initTestCase() {
        m_broker = std::make_unique<BrokerProcess>(QStringList{QStringLiteral("group.initial.rebalance.delay.ms=0"),
                                                               QStringLiteral("offsets.topic.num.partitions=3")});
        QVERIFY2(m_broker->start(), qPrintable(m_broker->errorText()));
        QByteArray err;
        const int rc = runProgram(systemPython(),
                                  {QStringLiteral(SAMSA_INTEROP_SCRIPTS "/groups_kafka_python.py"), m_broker->bootstrap(),
                                   QStringLiteral("events"), QStringLiteral("audit")},
                                  &m_output, &err, 240000);
        for (const auto& line : m_output.split('\n')) {
            const auto doc = QJsonDocument::fromJson(line);
            if (doc.isObject()) m_results.insert(doc.object().value(QStringLiteral("check")).toString(), doc.object());
        }
        QVERIFY2(rc == 0, (m_output + err).constData());
    }

    void membersConsumedEverything() { QCOMPARE(result("consumed").value(QStringLiteral("total")).toInt(), 200); }

    void listGroups() {
        const auto groups = result("list").value(QStringLiteral("groups")).toArray();
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups[0].toArray()[0].toString(), QStringLiteral("audit"));
        QCOMPARE(groups[0].toArray()[1].toString(), QStringLiteral("consumer"));
    }

    void describeGroup() {
        const auto d = result("describe");
        QCOMPARE(d.value(QStringLiteral("state")).toString(), QStringLiteral("Stable"));
        QCOMPARE(d.value(QStringLiteral("protocol_type")).toString(), QStringLiteral("consumer"));
        QVERIFY(!d.value(QStringLiteral("protocol")).toString().isEmpty());
        const auto members = d.value(QStringLiteral("members")).toArray();
        QCOMPARE(members.size(), 2);
        QSet<QString> clients;
        QSet<int> partitions;
        for (const auto& m : members) {
            const auto o = m.toObject();
            clients.insert(o.value(QStringLiteral("client_id")).toString());
            QCOMPARE(o.value(QStringLiteral("client_host")).toString(), QStringLiteral("/127.0.0.1"));
            QCOMPARE(o.value(QStringLiteral("subscription")).toArray(), QJsonArray{QStringLiteral("events")});
            const auto assignment = o.value(QStringLiteral("assignment")).toArray();
            QCOMPARE(assignment.size(), 1);
            QCOMPARE(assignment[0].toArray()[0].toString(), QStringLiteral("events"));
            const auto owned = assignment[0].toArray()[1].toArray();
            QCOMPARE(owned.size(), 2);
            for (const auto& p : owned) {
                QVERIFY2(!partitions.contains(p.toInt()), "a partition is assigned twice");
                partitions.insert(p.toInt());
            }
        }
        QCOMPARE(clients, (QSet<QString>{QStringLiteral("member-one"), QStringLiteral("member-two")}));
        QCOMPARE(partitions, (QSet<int>{0, 1, 2, 3}));
    }

    void committedOffsets() {
        const auto offsets = result("offsets").value(QStringLiteral("offsets")).toObject();
        QCOMPARE(offsets.size(), 4);
        // 200 messages spread evenly: everything read and committed.
        for (int p = 0; p < 4; ++p) QCOMPARE(offsets.value(QStringLiteral("events-%1").arg(p)).toInt(), 50);
    }

    void emptyAfterMembersLeave() {
        const auto after = result("after_close");
        QCOMPARE(after.value(QStringLiteral("state")).toString(), QStringLiteral("Empty"));
        QCOMPARE(after.value(QStringLiteral("members")).toInt(), 0);
    }

    void deleteGroup() {
        const auto results = result("delete").value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results[0].toArray()[1].toInt(), 0);
        QVERIFY(result("list_after_delete").value(QStringLiteral("groups")).toArray().isEmpty());
    }

    void cleanupTestCase() {
        if (m_broker) m_broker->stop();
    }
};

QTEST_GUILESS_MAIN(TestGroupsKafkaPython)
#include "test_groups_kafka_python.moc"
