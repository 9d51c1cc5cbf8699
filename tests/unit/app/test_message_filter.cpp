// The message browser's filter engine: every kind of condition, problems reported against
// the input they concern, JSON paths, and the transaction gate that settles aborted records.
#include "app/messages/json_path.h"
#include "app/messages/message_filter.h"
#include "app/messages/page_assembler.h"
#include "app/messages/transaction_gate.h"

#include <QJsonDocument>
#include <QTest>

using namespace samsa;
using namespace samsa::app;

namespace {

client::Bytes bytes(const std::string& s) {
    return client::Bytes(s.begin(), s.end());
}

client::FetchedRecord record(std::optional<std::string> key, std::optional<std::string> value, int64_t ts = 1000,
                             std::vector<protocol::records::RecordHeader> headers = {}) {
    client::FetchedRecord r;
    r.timestampMs = ts;
    if (key) r.key = bytes(*key);
    if (value) r.value = bytes(*value);
    r.headers = std::move(headers);
    return r;
}

bool matches(const MessageFilter& f, const client::FetchedRecord& r, int32_t partition = 0) {
    QList<FilterProblem> problems;
    auto compiled = CompiledFilter::compile(f, &problems);
    if (!compiled) qFatal("filter does not compile: %s", qPrintable(problems.value(0).message));
    return compiled->matches(partition, r);
}

QStringList pathValues(const QString& path, const std::string& json) {
    QString error;
    auto p = JsonPath::parse(path, &error);
    if (!p) qFatal("bad path %s: %s", qPrintable(path), qPrintable(error));
    QStringList out;
    p->anyValue(json, [&](const JsonPath::Value& v) {
        out << QString::fromUtf8(v.text.data(), qsizetype(v.text.size()));
        return false; // collect them all
    });
    return out;
}

client::FetchedBatch batch(int64_t base, int count, int64_t producer = -1, bool transactional = false) {
    client::FetchedBatch b;
    b.baseOffset = base;
    b.lastOffset = base + count - 1;
    b.producerId = producer;
    b.isTransactional = transactional;
    for (int i = 0; i < count; ++i) {
        client::FetchedRecord r;
        r.offset = base + i;
        r.value = bytes("v" + std::to_string(base + i));
        b.records.push_back(r);
    }
    return b;
}

client::FetchedBatch marker(int64_t offset, int64_t producer, protocol::records::ControlRecordType type) {
    client::FetchedBatch b = batch(offset, 1, producer, true);
    b.isControl = true;
    b.controlType = type;
    return b;
}

} // namespace

class TestMessageFilter : public QObject {
    Q_OBJECT
private slots:
    void emptyFilterAcceptsEverything() {
        MessageFilter f;
        QVERIFY(f.isEmpty());
        auto compiled = CompiledFilter::compile(f, nullptr);
        QVERIFY(compiled);
        QVERIFY(compiled->acceptsAll());
        QVERIFY(compiled->matches(0, record(std::nullopt, std::nullopt)));
    }

    void keyContainsIgnoresCaseByDefault() {
        MessageFilter f;
        f.key.text = QStringLiteral("CUST-42");
        QVERIFY(matches(f, record("cust-42", "x")));
        QVERIFY(matches(f, record("a-Cust-420", "x")));
        QVERIFY(!matches(f, record("cust-4", "x")));
        QVERIFY(!matches(f, record(std::nullopt, "cust-42"))); // null key: nothing to contain
        f.key.caseSensitive = true;
        QVERIFY(!matches(f, record("cust-42", "x")));
        QVERIFY(matches(f, record("CUST-42", "x")));
    }

    void valueContainsNonAsciiText() {
        MessageFilter f;
        f.value.text = QStringLiteral("ÜBER");
        QVERIFY(matches(f, record("k", "alles über alles")));
        QVERIFY(!matches(f, record("k", "uber")));
    }

    void valueContainsSurvivesBinaryAndInvalidUtf8() {
        MessageFilter f;
        f.value.text = QStringLiteral("ok");
        std::string binary("\x00\xff\xfe" "ok\x80", 6);
        QVERIFY(matches(f, record("k", binary)));
        QVERIFY(!matches(f, record("k", std::string("\xc3\x28", 2))));
    }

    void valueRegex() {
        MessageFilter f;
        f.value.text = QStringLiteral("ord-1[0-9]{2}\\b");
        f.value.mode = TextCondition::Mode::Regex;
        QVERIFY(matches(f, record("k", R"({"order_id":"ord-123"})")));
        QVERIFY(!matches(f, record("k", R"({"order_id":"ord-1234"})")));
        QVERIFY(!matches(f, record("k", std::nullopt))); // a tombstone has no value
    }

    void regexErrorsAreReportedAgainstTheirInput() {
        MessageFilter f;
        f.key.text = QStringLiteral("(unclosed");
        f.key.mode = TextCondition::Mode::Regex;
        f.headerValue.text = QStringLiteral("[a-");
        f.headerValue.mode = TextCondition::Mode::Regex;
        f.value.text = QStringLiteral("fine.*");
        f.value.mode = TextCondition::Mode::Regex;
        QList<FilterProblem> problems;
        QVERIFY(!CompiledFilter::compile(f, &problems));
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems[0].field, FilterField::Key);
        QVERIFY2(problems[0].message.contains(QStringLiteral("regular expression")), qPrintable(problems[0].message));
        QVERIFY(problems[0].message.contains(QStringLiteral("character")));
        QCOMPARE(problems[1].field, FilterField::HeaderValue);
    }

    void headerByNameAndValue() {
        const auto r = record("k", "v", 1000,
                              {{"trace-id", bytes("abc-123")}, {"source", bytes("ios")}, {"empty", std::nullopt}});
        MessageFilter f;
        f.headerName = QStringLiteral("source");
        QVERIFY(matches(f, r));
        f.headerValue.text = QStringLiteral("IOS");
        QVERIFY(matches(f, r));
        f.headerValue.text = QStringLiteral("android");
        QVERIFY(!matches(f, r));
        f.headerName.clear(); // any header's value
        f.headerValue.text = QStringLiteral("123");
        QVERIFY(matches(f, r));
        f.headerName = QStringLiteral("missing");
        f.headerValue = {};
        QVERIFY(!matches(f, r));
    }

    void jsonFieldEquals() {
        const std::string order =
            R"({"order_id":"ord-7","customer":{"id":42,"name":"Ada"},"items":[{"sku":"SKU-1","qty":2},{"sku":"SKU-9","qty":1}],"total":99.5,"paid":true})";
        MessageFilter f;
        f.jsonPath = QStringLiteral("customer.id");
        f.jsonValue = QStringLiteral("42");
        QVERIFY(matches(f, record("k", order)));
        f.jsonValue = QStringLiteral("42.0"); // numbers compare as numbers
        QVERIFY(matches(f, record("k", order)));
        f.jsonValue = QStringLiteral("\"42\""); // quoted: only the string "42"
        QVERIFY(!matches(f, record("k", order)));
        f.jsonPath = QStringLiteral("items[1].sku");
        f.jsonValue = QStringLiteral("SKU-9");
        QVERIFY(matches(f, record("k", order)));
        f.jsonPath = QStringLiteral("items[0].sku");
        QVERIFY(!matches(f, record("k", order)));
        f.jsonPath = QStringLiteral("items[*].sku");
        QVERIFY(matches(f, record("k", order)));
        f.jsonPath = QStringLiteral("items.sku"); // a name on an array looks in each element
        QVERIFY(matches(f, record("k", order)));
        f.jsonPath = QStringLiteral("paid");
        f.jsonValue = QStringLiteral("true");
        QVERIFY(matches(f, record("k", order)));
        f.jsonPath = QStringLiteral("$.order_id");
        f.jsonValue = QStringLiteral("ord-7");
        QVERIFY(matches(f, record("k", order)));
    }

    void jsonFieldContainsAndExists() {
        MessageFilter f;
        f.jsonPath = QStringLiteral("customer.name");
        f.jsonMatch = MessageFilter::JsonMatch::Contains;
        f.jsonValue = QStringLiteral("DA");
        QVERIFY(matches(f, record("k", R"({"customer":{"name":"Ada"}})")));
        QVERIFY(!matches(f, record("k", R"({"customer":{"name":"Grace"}})")));
        f.jsonValue.clear(); // the field merely exists
        QVERIFY(matches(f, record("k", R"({"customer":{"name":null}})")));
        QVERIFY(!matches(f, record("k", R"({"customer":{}})")));
    }

    void jsonFieldOnBadInput() {
        MessageFilter f;
        f.jsonPath = QStringLiteral("a.b");
        f.jsonValue = QStringLiteral("1");
        QVERIFY(!matches(f, record("k", std::nullopt)));
        QVERIFY(!matches(f, record("k", "")));
        QVERIFY(!matches(f, record("k", "not json")));
        QVERIFY(!matches(f, record("k", R"({"a":{"b":)")));
        QVERIFY(!matches(f, record("k", std::string("\xff\xfe\x00", 3))));
        QVERIFY(matches(f, record("k", "{\"x\":\"}{\\\"\",\"a\":{\"b\":1}}")));
    }

    void jsonPathsParseAndExplainTheirMistakes() {
        QCOMPARE(pathValues(QStringLiteral("a"), R"({"a":1,"a2":2})"), QStringList{QStringLiteral("1")});
        QCOMPARE(pathValues(QStringLiteral("[\"odd key\"].x"), R"({"odd key":{"x":"y"}})"),
                 QStringList{QStringLiteral("y")});
        QCOMPARE(pathValues(QStringLiteral("s"), "{\"s\":\"tab\\there \\u00e9 \\ud83d\\ude00\"}"),
                 QStringList{QString::fromUtf8("tab\there é 😀")});
        QCOMPARE(pathValues(QStringLiteral("o"), R"({"o": {"k": [1, 2]} })"),
                 QStringList{QStringLiteral("{\"k\": [1, 2]}")});
        QCOMPARE(pathValues(QStringLiteral("[*]"), R"([1, "two", null])"),
                 (QStringList{QStringLiteral("1"), QStringLiteral("two"), QStringLiteral("null")}));
        QString error;
        for (const char* bad : {"", "a..b", "a.", "items[", "items[x]", "items[0", "[\"open"}) {
            QVERIFY2(!JsonPath::parse(QString::fromUtf8(bad), &error), bad);
            QVERIFY(!error.isEmpty());
        }
        MessageFilter f;
        f.jsonPath = QStringLiteral("items[");
        QList<FilterProblem> problems;
        QVERIFY(!CompiledFilter::compile(f, &problems));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0].field, FilterField::JsonPath);
        f.jsonPath.clear();
        f.jsonValue = QStringLiteral("42");
        QVERIFY(!CompiledFilter::compile(f, &problems));
        QCOMPARE(problems[0].field, FilterField::JsonPath);
    }

    void timeRangeAndPartitions() {
        MessageFilter f;
        f.fromMs = 1000;
        f.toMs = 2000;
        QVERIFY(matches(f, record("k", "v", 1000)));
        QVERIFY(matches(f, record("k", "v", 2000)));
        QVERIFY(!matches(f, record("k", "v", 999)));
        QVERIFY(!matches(f, record("k", "v", 2001)));
        f.partitions = {1, 3};
        QVERIFY(!matches(f, record("k", "v", 1500), 0));
        QVERIFY(matches(f, record("k", "v", 1500), 3));
        f.fromMs = 3000;
        QList<FilterProblem> problems;
        QVERIFY(!CompiledFilter::compile(f, &problems));
        QCOMPARE(problems[0].field, FilterField::TimeRange);
    }

    void filtersSurviveJson() {
        MessageFilter f;
        f.key = {QStringLiteral("k.*"), TextCondition::Mode::Regex, true};
        f.value.text = QStringLiteral("v");
        f.headerName = QStringLiteral("h");
        f.headerValue.text = QStringLiteral("x");
        f.jsonPath = QStringLiteral("a.b");
        f.jsonMatch = MessageFilter::JsonMatch::Contains;
        f.jsonValue = QStringLiteral("z");
        f.partitions = {2};
        f.fromMs = 1700000000000;
        f.toMs = 9007199254740993; // past 2^53: kept exactly
        const auto json = QJsonDocument(f.toJson()).toJson();
        QCOMPARE(MessageFilter::fromJson(QJsonDocument::fromJson(json).object()), f);
        QVERIFY(!f.summary().isEmpty());
    }

    void gateHoldsTransactionsUntilTheirMarker() {
        std::vector<std::pair<int64_t, TransactionOutcome>> out;
        TransactionGate<int64_t> gate([&](int64_t&& offset, TransactionOutcome o) { out.emplace_back(offset, o); });
        const auto plain = BatchInfo::of(batch(0, 1));
        const auto txA = BatchInfo::of(batch(1, 1, 7, true));
        const auto txB = BatchInfo::of(batch(2, 1, 8, true));
        gate.add(plain, 0);
        gate.add(txA, 1);
        gate.add(txB, 2);
        gate.add(plain, 3); // waits behind the open transactions
        QCOMPARE(out.size(), size_t(1));
        QVERIFY(gate.waitingForMarkers());
        gate.add(BatchInfo::of(marker(4, 8, protocol::records::ControlRecordType::Commit)), 4);
        QCOMPARE(out.size(), size_t(1)); // 1 (producer 7) is still open
        gate.add(BatchInfo::of(marker(5, 7, protocol::records::ControlRecordType::Abort)), 5);
        QCOMPARE(out.size(), size_t(6));
        QCOMPARE(out[1], std::make_pair(int64_t(1), TransactionOutcome::Aborted));
        QCOMPARE(out[2], std::make_pair(int64_t(2), TransactionOutcome::Committed));
        QCOMPARE(out[3], std::make_pair(int64_t(3), TransactionOutcome::None));
        QCOMPARE(out[5].first, int64_t(5));
        gate.add(BatchInfo::of(batch(6, 1, 9, true)), 6);
        gate.finish();
        QCOMPARE(out.back(), std::make_pair(int64_t(6), TransactionOutcome::Open));
    }

    void assemblerBuildsPagesWithSettledTransactions() {
        client::FetchedPartition fetched;
        fetched.batches.push_back(batch(0, 2));
        fetched.batches.push_back(batch(2, 3, 11, true));
        fetched.batches.push_back(marker(5, 11, protocol::records::ControlRecordType::Abort));
        fetched.batches.push_back(batch(6, 2));
        fetched.nextOffset = 8;

        PageAssembler all(0, 0, RecordVisibility{true, false});
        all.add(fetched);
        auto pages = all.finish(8, 0, 8);
        QCOMPARE(pages.size(), size_t(1));
        QCOMPARE(pages[0].endOffset, int64_t(8));
        QCOMPARE(pages[0].rows.size(), size_t(8));
        QVERIFY(pages[0].find(3)->aborted());
        QVERIFY(pages[0].find(5)->control);
        QVERIFY(pages[0].find(6)->batchStart);
        QVERIFY(!pages[0].find(7)->batchStart);

        PageAssembler committed(0, 0, RecordVisibility{false, true});
        committed.add(fetched);
        pages = committed.finish(8, 0, 8);
        QCOMPARE(pages[0].rows.size(), size_t(4)); // 0, 1, 6, 7
        QVERIFY(!pages[0].find(3));
        QVERIFY(!pages[0].find(5));
        QVERIFY(pages[0].find(6));
    }
};

QTEST_GUILESS_MAIN(TestMessageFilter)
#include "test_message_filter.moc"
