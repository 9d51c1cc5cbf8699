// Template expansion for repeated produce runs, and the batches a template source yields.
#include "app/produce/json_check.h"
#include "app/produce/message_template.h"
#include "app/produce/record_template.h"

#include <QDateTime>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace samsa;
using app::MessageTemplate;
using app::TemplateContext;

namespace {

QByteArray text(const client::Bytes& b) {
    return QByteArray(reinterpret_cast<const char*>(b.data()), qsizetype(b.size()));
}

} // namespace

class TestTemplateExpansion : public QObject {
    Q_OBJECT
private slots:
    void plainTextStaysAsIs();
    void placeholdersExpand();
    void uuidAndRandomAreStableWithinARecord();
    void badPlaceholders_data();
    void badPlaceholders();
    void literalKeepsBraces();
    void sourceNumbersRecordsAndRespectsBatchLimits();
    void jsonCheckAcceptsAnyValue_data();
    void jsonCheckAcceptsAnyValue();
    void jsonCheckPlacesProblems();
};

void TestTemplateExpansion::plainTextStaysAsIs() {
    QString error;
    auto t = MessageTemplate::parse(R"({"a": {"b": [1, 2]}, "c": "}} {"})", &error);
    QVERIFY2(t, qPrintable(error));
    QVERIFY(!t->hasPlaceholders());
    TemplateContext context;
    context.startRecord(7, 1);
    QCOMPARE(t->expand(context), QByteArray(R"({"a": {"b": [1, 2]}, "c": "}} {"})"));
    QCOMPARE(MessageTemplate::parse("", &error)->expand(context), QByteArray());
}

void TestTemplateExpansion::placeholdersExpand() {
    QString error;
    auto t = MessageTemplate::parse(
        R"({"id": {{i}}, "n": {{ i }}, "at": {{now}}, "iso": "{{nowIso}}"})", &error);
    QVERIFY2(t, qPrintable(error));
    QVERIFY(t->hasPlaceholders());
    TemplateContext context;
    context.startRecord(41, 1700000000123);
    QCOMPARE(t->expand(context),
             QByteArray(
                 R"({"id": 41, "n": 41, "at": 1700000000123, "iso": "2023-11-14T22:13:20.123Z"})"));
    auto u = MessageTemplate::parse("{{uuid}}", &error);
    const QByteArray uuid = u->expand(context);
    QVERIFY(!QUuid::fromString(QLatin1StringView(uuid)).isNull());
    QCOMPARE(uuid.size(), 36);
    auto r = MessageTemplate::parse("{{random}}", &error);
    bool ok = false;
    const qint64 n = r->expand(context).toLongLong(&ok);
    QVERIFY(ok && n >= 0 && n <= 2147483647);
}

void TestTemplateExpansion::uuidAndRandomAreStableWithinARecord() {
    QString error;
    auto t = MessageTemplate::parse("{{uuid}}/{{random}}", &error);
    TemplateContext context;
    QSet<QByteArray> seen;
    for (int i = 0; i < 1000; ++i) {
        context.startRecord(i, 0);
        const QByteArray first = t->expand(context);
        QCOMPARE(t->expand(context), first); // key and value of one record agree
        seen.insert(first.left(36));
    }
    QCOMPARE(seen.size(), 1000);
}

void TestTemplateExpansion::badPlaceholders_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown") << QByteArray("id-{{id}}")
                             << QStringLiteral("Unknown placeholder {{id}}");
    QTest::newRow("case matters") << QByteArray("{{UUID}}")
                                  << QStringLiteral("Unknown placeholder {{UUID}}");
    QTest::newRow("unclosed") << QByteArray("x {{i") << QStringLiteral("never closed");
}

void TestTemplateExpansion::badPlaceholders() {
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!MessageTemplate::parse(input, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("{{uuid}}")) ||
                 expected == QStringLiteral("never closed"),
             qPrintable(error));
}

void TestTemplateExpansion::literalKeepsBraces() {
    TemplateContext context;
    context.startRecord(3, 0);
    QCOMPARE(MessageTemplate::literal("Hello {{name}} {{i}}").expand(context),
             QByteArray("Hello {{name}} {{i}}"));
}

void TestTemplateExpansion::sourceNumbersRecordsAndRespectsBatchLimits() {
    QString error;
    app::RecordTemplate rt;
    rt.key = MessageTemplate::parse("key-{{i}}", &error);
    rt.value = MessageTemplate::parse(R"({"n": {{i}}, "pad": "0123456789"})", &error);
    rt.headers.push_back({"trace", MessageTemplate::parse("{{uuid}}", &error)});
    rt.headers.push_back({"nothing", std::nullopt});
    rt.partition = 2;
    QVERIFY(rt.hasPlaceholders());
    const int64_t count = 2503;
    app::TemplateRecordSource source(rt, count);
    QCOMPARE(source.total(), count);
    int64_t next = 0;
    QSet<QByteArray> uuids;
    // ~100 bytes per record: 40 fit in 4 KiB, except the first batch's record limit.
    std::vector<size_t> sizes;
    while (true) {
        auto batch = source.next(sizes.empty() ? 10 : 1000, 4096, &error);
        if (batch.empty()) break;
        sizes.push_back(batch.size());
        size_t bytes = 0;
        for (const auto& r : batch) {
            QCOMPARE(text(*r.key), QByteArray("key-") + QByteArray::number(next));
            QCOMPARE(text(*r.value), QByteArray(R"({"n": )") + QByteArray::number(next) +
                                         R"(, "pad": "0123456789"})");
            QCOMPARE(r.headers.size(), size_t(2));
            uuids.insert(text(*r.headers[0].value));
            QVERIFY(!r.headers[1].value);
            QCOMPARE(r.partition, std::optional<int32_t>(2));
            bytes += app::approximateSize(r);
            ++next;
        }
        QVERIFY(bytes <= 4096);
    }
    QCOMPARE(next, count);
    QCOMPARE(uuids.size(), qsizetype(count));
    QCOMPARE(sizes.front(), size_t(10));
    QVERIFY(sizes.size() > 2 && sizes[1] > 10 && sizes[1] < 1000);

    // A record larger than the byte limit still goes, alone.
    app::RecordTemplate big;
    big.value = MessageTemplate::literal(QByteArray(10000, 'x'));
    app::TemplateRecordSource bigSource(big, 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(bigSource.next(100, 4096, &error).size(), size_t(1));
    QVERIFY(bigSource.next(100, 4096, &error).empty());
}

void TestTemplateExpansion::jsonCheckAcceptsAnyValue_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("object") << QByteArray(R"({"a": [1, 2, {"b": null}]})");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("string") << QByteArray(R"("just text")");
    QTest::newRow("number") << QByteArray("-12.5e3");
    QTest::newRow("literal") << QByteArray("true");
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("whitespace around") << QByteArray("\n  {\"a\": 1}\n\n");
    QTest::newRow("unicode") << QByteArray("{\"name\": \"\xe6\x97\xa5\xe6\x9c\xac\"}");
}

void TestTemplateExpansion::jsonCheckAcceptsAnyValue() {
    QFETCH(QByteArray, text);
    const auto problem = app::checkJson(text);
    QVERIFY2(!problem, problem ? qPrintable(problem->message) : "");
}

void TestTemplateExpansion::jsonCheckPlacesProblems() {
    auto p = app::checkJson("{\"id\": 1,\n  \"name\" \"x\"}");
    QVERIFY(p);
    QCOMPARE(p->line, 2);
    QCOMPARE(p->column, 10);
    QVERIFY(!p->message.isEmpty());
    // Columns count characters, not bytes.
    p = app::checkJson("{\"\xe6\x97\xa5\": tru}");
    QVERIFY(p);
    QCOMPARE(p->line, 1);
    QVERIFY2(p->column >= 7 && p->column <= 10, qPrintable(QString::number(p->column)));
    p = app::checkJson("{\"a\": 1");
    QVERIFY(p);
    QCOMPARE(p->line, 1);
    p = app::checkJson("1, 2");
    QVERIFY(p);
    QVERIFY(p->message.contains(QStringLiteral("more than one")));
    p = app::checkJson("   ");
    QVERIFY(p);
    QVERIFY(p->message.contains(QStringLiteral("empty")));
}

QTEST_GUILESS_MAIN(TestTemplateExpansion)
#include "test_template_expansion.moc"
