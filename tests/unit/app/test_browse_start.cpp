// Reading the Offset start as typed: one offset, or partition:offset pairs, and a problem
// for the user for anything else.
#include "app/messages/browse_start.h"

#include <QTest>

using samsa::app::BrowseStart;
using samsa::app::offsetStartText;
using samsa::app::parseOffsetStart;

namespace {

const QList<int> kThree{0, 1, 2};

} // namespace

class TestBrowseStart : public QObject {
    Q_OBJECT
private slots:
    void readsOneOffset();
    void readsPairs();
    void explainsBadInput_data();
    void explainsBadInput();
};

void TestBrowseStart::readsOneOffset() {
    BrowseStart start;
    start.partitionOffsets = {{1, 5}};
    QCOMPARE(parseOffsetStart(QStringLiteral(" 120 "), kThree, &start), QString());
    QCOMPARE(start.offset, int64_t(120));
    QVERIFY(start.partitionOffsets.empty()); // one offset replaces earlier pairs
    QCOMPARE(offsetStartText(start), QStringLiteral("120"));
}

void TestBrowseStart::readsPairs() {
    BrowseStart start;
    QCOMPARE(parseOffsetStart(QStringLiteral("0:120, 1 : 80,2:0,"), kThree, &start), QString());
    const std::map<int32_t, int64_t> expected{{0, 120}, {1, 80}, {2, 0}};
    QCOMPARE(start.partitionOffsets, expected);
    QCOMPARE(offsetStartText(start), QStringLiteral("0:120, 1:80, 2:0"));
    // The topic's partitions not known yet: any partition is taken (resolving checks it).
    QCOMPARE(parseOffsetStart(QStringLiteral("7:10"), {}, &start), QString());
    QCOMPARE(start.partitionOffsets, (std::map<int32_t, int64_t>{{7, 10}}));
}

void TestBrowseStart::explainsBadInput_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QString() << QStringLiteral("0:120");
    QTest::newRow("garbage") << QStringLiteral("abc") << QStringLiteral("\"abc\"");
    QTest::newRow("not a whole number") << QStringLiteral("1e3") << QStringLiteral("\"1e3\"");
    QTest::newRow("negative") << QStringLiteral("-5") << QStringLiteral("negative");
    QTest::newRow("negative in a pair") << QStringLiteral("0:1, 1:-5") << QStringLiteral("negative");
    QTest::newRow("too large") << QStringLiteral("99999999999999999999") << QStringLiteral("too large");
    QTest::newRow("unknown partition") << QStringLiteral("0:1, 7:10") << QStringLiteral("partition 7 (it has 0–2)");
    QTest::newRow("bad partition") << QStringLiteral("x:10") << QStringLiteral("\"x\"");
    QTest::newRow("twice") << QStringLiteral("0:1, 0:2") << QStringLiteral("twice");
    QTest::newRow("offset and pairs") << QStringLiteral("5, 1:80") << QStringLiteral("\"5\"");
    QTest::newRow("no offset") << QStringLiteral("1:") << QStringLiteral("\"\"");
}

void TestBrowseStart::explainsBadInput() {
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    BrowseStart start;
    start.offset = 42;
    const QString problem = parseOffsetStart(text, kThree, &start);
    QVERIFY2(problem.contains(mentions), qPrintable(problem));
    QCOMPARE(start.offset, int64_t(42)); // left as it was
    QVERIFY(start.partitionOffsets.empty());
}

QTEST_GUILESS_MAIN(TestBrowseStart)
#include "test_browse_start.moc"
