// The detail pane's building blocks that need no window: JSON checking, formatting and
// the tree model, the text and hex renderings, the headers model, and the colours.
#include "ui/common/format.h"
#include "ui/record_detail/headers_model.h"
#include "ui/record_detail/hex_dump_model.h"
#include "ui/record_detail/json_text.h"
#include "ui/record_detail/json_tree_model.h"
#include "ui/record_detail/payload_render.h"
#include "ui/record_detail/syntax_colors.h"

#include <QAbstractItemModelTester>
#include <QPalette>
#include <QTest>
#include <cmath>

using samsa::ui::HeadersModel;
using samsa::ui::HexDumpModel;
using samsa::ui::JsonTreeModel;
namespace json = samsa::ui::json;
namespace render = samsa::ui::render;

namespace {

// WCAG's contrast ratio, 1 (none) to 21 (black on white).
double contrast(const QColor& a, const QColor& b) {
    auto luminance = [](const QColor& c) {
        auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(45, 45, 48));
    p.setColor(QPalette::Base, QColor(30, 30, 30));
    p.setColor(QPalette::Text, QColor(220, 220, 220));
    p.setColor(QPalette::WindowText, QColor(220, 220, 220));
    return p;
}

QPalette lightPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(239, 239, 239));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::WindowText, Qt::black);
    return p;
}

QString cell(const QAbstractItemModel& model, int row, int column, const QModelIndex& parent = {}) {
    return model.index(row, column, parent).data().toString();
}

} // namespace

class TestRecordDetailJson : public QObject {
    Q_OBJECT
private slots:
    void checksJson_data();
    void checksJson();
    void prettyKeepsOrderAndSpelling();
    void prettyOfCutInputStopsCleanly();
    void prettyOfDeepNestingStaysSmall();
    void unescapesStrings();
    void treeKeepsOrderAndDuplicates();
    void treeOfScalarAndDeepDocuments();
    void treeModelPassesTester();
    void rendersTextWithMarkedEscapes();
    void rendersHexAndBase64();
    void hexModelPassesTester();
    void headersModel();
    void coloursReadOnLightAndDark();
};

void TestRecordDetailJson::checksJson_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("valid");
    QTest::newRow("object") << QByteArray(R"({"a": [1, 2.5e3, -0.1, true, false, null, "x"]})") << true;
    QTest::newRow("scalar number") << QByteArray("42") << true;
    QTest::newRow("scalar string") << QByteArray(R"("\u00e9\n")") << true;
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF[]") << true;
    QTest::newRow("nested empties") << QByteArray("[{}, [], {\"a\": {}}]") << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("trailing comma") << QByteArray("[1, 2,]") << false;
    QTest::newRow("trailing comma in object") << QByteArray(R"({"a": 1,})") << false;
    QTest::newRow("missing comma") << QByteArray("[1 2]") << false;
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})") << false;
    QTest::newRow("unquoted key") << QByteArray("{a: 1}") << false;
    QTest::newRow("mismatched") << QByteArray("[1}") << false;
    QTest::newRow("unclosed") << QByteArray(R"({"a": [1)") << false;
    QTest::newRow("leading zero") << QByteArray("[01]") << false;
    QTest::newRow("bad escape") << QByteArray(R"(["\q"])") << false;
    QTest::newRow("raw newline in string") << QByteArray("[\"a\nb\"]") << false;
    QTest::newRow("invalid utf-8 in string") << QByteArray("[\"\xFF\"]") << false;
    QTest::newRow("two documents") << QByteArray("{} {}") << false;
    QTest::newRow("truncated literal") << QByteArray("[tru]") << false;
}

void TestRecordDetailJson::checksJson() {
    QFETCH(QByteArray, input);
    QFETCH(bool, valid);
    const json::ParseProblem problem = json::check(input);
    QCOMPARE(problem.message.isEmpty(), valid);
    if (!valid) QVERIFY(problem.offset >= 0 && problem.offset <= input.size());
}

void TestRecordDetailJson::prettyKeepsOrderAndSpelling() {
    const QByteArray in = R"({"z":1,"a":[1.50,{},[]],"z":"dup\u0041","n":null})";
    QCOMPARE(json::pretty(in), QStringLiteral("{\n"
                                              "  \"z\": 1,\n"
                                              "  \"a\": [\n"
                                              "    1.50,\n"
                                              "    {},\n"
                                              "    []\n"
                                              "  ],\n"
                                              "  \"z\": \"dup\\u0041\",\n"
                                              "  \"n\": null\n"
                                              "}"));
    QCOMPARE(json::pretty("  [ ]  "), QStringLiteral("[]"));
    const QByteArray chinese = R"({"k":"你好"})";
    QCOMPARE(json::pretty(chinese, 4), QStringLiteral("{\n    \"k\": \"你好\"\n}"));
}

void TestRecordDetailJson::prettyOfCutInputStopsCleanly() {
    // What the formatted view shows of a value cut at its size limit.
    const QByteArray cut = "{\"a\":[1,2],\"b\":\"unfinis";
    QCOMPARE(json::pretty(cut), QStringLiteral("{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": "));
}

void TestRecordDetailJson::prettyOfDeepNestingStaysSmall() {
    const int depth = 20000;
    const QString out = json::pretty(QByteArray(depth, '[') + QByteArray(depth, ']'));
    QCOMPARE(out.count(QLatin1Char('\n')), 2 * (depth - 1));
    QVERIFY(out.size() < 2 * depth * 70);
}

void TestRecordDetailJson::unescapesStrings() {
    // Raw strings stay out of the QCOMPARE macro: moc's preprocessor cannot read them.
    const std::pair<const char*, QString> cases[] = {
        {R"("plain")", QStringLiteral("plain")},
        {R"("a\"b\\c\/d\n\t")", QStringLiteral("a\"b\\c/d\n\t")},
        {R"("\u00e9\u4f60")", QStringLiteral("é你")},
        {R"("\ud83d\ude00")", QStringLiteral("😀")},
        {R"("x\ud83dy")", QStringLiteral("x\uFFFDy")},
        {R"("\ude00")", QStringLiteral("\uFFFD")},
    };
    for (const auto& [quoted, expected] : cases) QCOMPARE(json::unescape(quoted), expected);
}

void TestRecordDetailJson::treeKeepsOrderAndDuplicates() {
    JsonTreeModel model;
    model.setJson(R"({"z": 1, "a": {"inner": [true, "s"]}, "z": "again", "empty": {}})");
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(cell(model, 0, JsonTreeModel::Key), QStringLiteral("z"));
    QCOMPARE(cell(model, 0, JsonTreeModel::Value), QStringLiteral("1"));
    QCOMPARE(cell(model, 0, JsonTreeModel::Type), QStringLiteral("number"));
    QCOMPARE(cell(model, 1, JsonTreeModel::Key), QStringLiteral("a"));
    QCOMPARE(cell(model, 1, JsonTreeModel::Value), QStringLiteral("{ 1 member(s) }"));
    QCOMPARE(cell(model, 2, JsonTreeModel::Key), QStringLiteral("z"));
    QCOMPARE(cell(model, 2, JsonTreeModel::Value), QStringLiteral("\"again\""));
    QCOMPARE(cell(model, 3, JsonTreeModel::Value), QStringLiteral("{ 0 member(s) }"));
    const QModelIndex a = model.index(1, 0);
    const QModelIndex inner = model.index(0, 0, a);
    QCOMPARE(inner.data().toString(), QStringLiteral("inner"));
    QCOMPARE(cell(model, 0, JsonTreeModel::Value, a), QStringLiteral("[ 2 item(s) ]"));
    QCOMPARE(model.rowCount(inner), 2);
    QCOMPARE(cell(model, 1, JsonTreeModel::Key, inner), QStringLiteral("1"));
    QCOMPARE(cell(model, 1, JsonTreeModel::Type, inner), QStringLiteral("string"));
    QCOMPARE(model.parent(model.index(1, 2, inner)), inner.siblingAtColumn(0));

    model.setJson("{not json");
    QCOMPARE(model.rowCount(), 0);
}

void TestRecordDetailJson::treeOfScalarAndDeepDocuments() {
    JsonTreeModel model;
    model.setJson("12345678901234567890");
    QCOMPARE(model.rowCount(), 1);
    // Digits beyond a double's precision stay as the producer wrote them.
    QCOMPARE(cell(model, 0, JsonTreeModel::Value), QStringLiteral("12345678901234567890"));

    const int depth = 5000;
    const QByteArray deep = QByteArray(depth, '[') + QByteArray(depth, ']');
    model.setJson(deep);
    QModelIndex index;
    int levels = 0;
    while (model.rowCount(index) > 0) {
        index = model.index(0, 0, index);
        ++levels;
    }
    QCOMPARE(levels, depth - 1);
}

void TestRecordDetailJson::treeModelPassesTester() {
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJson(R"({"a": [1, {"b": null, "c": [[], {}]}], "d": "x", "e": {"f": {"g": false}}})");
    QVERIFY(model.rowCount() > 0);
    model.setColors(samsa::ui::syntaxColorsFor(darkPalette()));
    model.setJson("[1, 2, 3]");
    model.clear();
    model.setJson("\"just a string\"");
}

void TestRecordDetailJson::rendersTextWithMarkedEscapes() {
    using Kind = samsa::ui::EscapeHighlighter::Kind;
    const QByteArray in("ok\xFF\n\ttab\x01 \xE4\xBD\xA0 \\x41 \r\n", 21);
    const render::Text t = render::text(in, in.size());
    QCOMPARE(t.text, QStringLiteral("ok\\xFF\n\ttab\\u0001 你 \\x41 \\r\n"));
    QCOMPARE(t.bytesUsed, in.size());
    // Only the bytes that needed it are marked: the literal "\x41" stays plain.
    QCOMPARE(int(t.escapes.size()), 3);
    QCOMPARE(t.escapes[0].start, 2);
    QCOMPARE(t.escapes[0].length, 4);
    QCOMPARE(t.escapes[0].kind, Kind::InvalidByte);
    QCOMPARE(t.escapes[1].start, 11);
    QCOMPARE(t.escapes[1].length, 6);
    QCOMPARE(t.escapes[1].kind, Kind::Control);
    QCOMPARE(t.escapes[2].kind, Kind::Control);
    QVERIFY(!t.hasLongWord);

    // A cut never splits a character.
    const QByteArray cjk = "\xE4\xBD\xA0\xE5\xA5\xBD";
    const render::Text cut = render::text(cjk, 4);
    QCOMPARE(cut.text, QStringLiteral("你好"));
    QCOMPARE(cut.bytesUsed, 6);
    QVERIFY(render::text(QByteArray(5000, 'a'), 5000).hasLongWord);
}

void TestRecordDetailJson::rendersHexAndBase64() {
    QCOMPARE(render::hexDump(QByteArray("Hi\xFF\n")),
             QStringLiteral("00000000  48 69 ff 0a                                       |Hi..|\n"));
    const QString dump = render::hexDump(QByteArray("Hello, Kafka!\0\1\xFF" "0123456789", 26));
    QCOMPARE(dump, QStringLiteral(
                       "00000000  48 65 6c 6c 6f 2c 20 4b  61 66 6b 61 21 00 01 ff  |Hello, Kafka!...|\n"
                       "00000010  30 31 32 33 34 35 36 37  38 39                    |0123456789|\n"));
    QCOMPARE(render::base64Lines("Hi\xFF\n"), QStringLiteral("SGn/Cg=="));
    const QString lines = render::base64Lines(QByteArray(100, 'x'));
    QCOMPARE(lines.count(QLatin1Char('\n')), 1);
    QCOMPARE(lines.indexOf(QLatin1Char('\n')), 76);
    QCOMPARE(QByteArray::fromBase64(lines.toLatin1()), QByteArray(100, 'x'));
}

void TestRecordDetailJson::hexModelPassesTester() {
    HexDumpModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBytes(QByteArray(40, 'k'));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(cell(model, 2, HexDumpModel::Offset), QStringLiteral("00000020"));
    QCOMPARE(cell(model, 2, HexDumpModel::Ascii), QStringLiteral("kkkkkkkk"));
    model.setBytes(QByteArray(1024 * 1024, '\0'));
    QCOMPARE(model.rowCount(), 65536);
    QCOMPARE(cell(model, 65535, HexDumpModel::Offset), QStringLiteral("000ffff0"));
    model.setBytes({});
    QCOMPARE(model.rowCount(), 0);
}

void TestRecordDetailJson::headersModel() {
    HeadersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::vector<samsa::client::RecordHeader> headers;
    for (int i = 0; i < 100; ++i) {
        samsa::client::RecordHeader h;
        h.key = "trace-" + std::to_string(i);
        if (i % 10 != 3) {
            const std::string v = "value\n" + std::string(size_t(i), 'v');
            h.value = samsa::client::Bytes(v.begin(), v.end());
        }
        headers.push_back(std::move(h));
    }
    model.setHeaders(headers);
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(cell(model, 0, HeadersModel::Position), QStringLiteral("1"));
    QCOMPARE(cell(model, 5, HeadersModel::Key), QStringLiteral("trace-5"));
    QCOMPARE(cell(model, 5, HeadersModel::Value), QStringLiteral("value\\nvvvvv"));
    QCOMPARE(cell(model, 5, HeadersModel::Size), samsa::ui::formatBytes(11));
    QCOMPARE(cell(model, 3, HeadersModel::Value), QStringLiteral("null"));
    QCOMPARE(cell(model, 3, HeadersModel::Size), QStringLiteral("—"));
    QCOMPARE(model.index(99, HeadersModel::Size).data(HeadersModel::SortRole).toLongLong(), 105);
}

void TestRecordDetailJson::coloursReadOnLightAndDark() {
    for (const QPalette& palette : {lightPalette(), darkPalette()}) {
        const auto c = samsa::ui::syntaxColorsFor(palette);
        const QColor base = palette.color(QPalette::Base);
        for (const QColor& accent : {c.memberName, c.string, c.number, c.literal})
            QVERIFY2(contrast(accent, base) >= 4.5, qPrintable(accent.name() + " on " + base.name()));
        QVERIFY(contrast(c.punctuation, base) >= 3.0);
        QVERIFY(contrast(c.invalidText, c.invalidBackground) >= 4.5);
        QVERIFY(contrast(c.controlText, c.controlBackground) >= 4.5);
        // The marks stand out from the text around them.
        QVERIFY(contrast(c.invalidBackground, base) >= 1.2);
        QVERIFY(contrast(c.controlBackground, base) >= 1.2);
    }
}

QTEST_MAIN(TestRecordDetailJson)
#include "test_record_detail_json.moc"
