// Format detection and one-line previews of record keys and values, including the
// malformed UTF-8 a topic may hold and values far bigger than a table cell.
#include "app/messages/payload_format.h"

#include <QTest>
#include <string_view>
#include <vector>

using samsa::app::PayloadFormat;
using samsa::app::PreviewStats;

namespace {

std::vector<uint8_t> bytes(std::string_view s) {
    return {s.begin(), s.end()};
}

PayloadFormat detect(std::string_view s) {
    const auto b = bytes(s);
    return samsa::app::detectFormat(std::span<const uint8_t>(b));
}

QString preview(std::string_view s, int maxChars = 100) {
    const auto b = bytes(s);
    return samsa::app::previewText(b, maxChars);
}

bool valid(std::string_view s) {
    return samsa::app::isValidUtf8(bytes(s));
}

} // namespace

Q_DECLARE_METATYPE(PayloadFormat)

class TestPayloadFormat : public QObject {
    Q_OBJECT
private slots:
    void detect_data();
    void detect();
    void detectNullAndEmpty();
    void utf8Validity_data();
    void utf8Validity();
    void decodesCodePoints();
    void preview_data();
    void preview();
    void previewTruncates_data();
    void previewTruncates();
    void previewOfHugeValueLooksOnlyAtItsStart_data();
    void previewOfHugeValueLooksOnlyAtItsStart();
    void previewReportsWholeScanOfShortValue();
};

void TestPayloadFormat::detect_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<PayloadFormat>("expected");
    auto row = [](const char* name, std::string_view in, PayloadFormat f) {
        QTest::newRow(name) << QByteArray(in.data(), qsizetype(in.size())) << f;
    };
    using F = PayloadFormat;
    row("object", R"({"id": 1, "name": "ada"})", F::Json);
    row("array with leading space", "  \n[1, 2, {\"a\": null}]\n", F::Json);
    row("empty object", "{}", F::Json);
    row("json after byte order mark", "\xEF\xBB\xBF{\"a\":1}", F::Json);
    row("broken json is text", R"({"id": 1,)", F::Text);
    row("json followed by garbage", R"({"a":1} trailing)", F::Text);
    row("number is text", "42", F::Text);
    row("json string is text", R"("hello")", F::Text);
    row("plain ascii", "order-42", F::Text);
    row("multi-line text", "line one\nline two\r\n\ttabbed", F::Text);
    row("two-byte utf-8", "h\xC3\xA9llo", F::Text);
    row("chinese", "\xE4\xBD\xA0\xE5\xA5\xBD", F::Text);
    row("four-byte emoji", "ok \xF0\x9F\x98\x80", F::Text);
    row("one escape in long text", "\x1B[1mbold text that goes on and on for a while\x1B[0m", F::Text);
    row("c string with its nul", std::string_view("a string from a C producer\0", 27), F::Text);
    row("protobuf-like", std::string_view("\x08\x05\x12\x03" "abc" "\x18\x01", 9), F::Binary);
    row("mostly control bytes", std::string_view("\x00\x01\x02\x03text", 8), F::Binary);
    row("nul in short value", std::string_view("ab\0cd", 5), F::Binary);
    row("invalid byte at start", "\xFFhello", F::Binary);
    row("invalid byte in middle", "hel\xFElo", F::Binary);
    row("truncated sequence at end", "price \xE2\x82", F::Binary);
    row("lone continuation byte", "a\x80z", F::Binary);
    row("overlong slash", "\xC0\xAF", F::Binary);
    row("overlong three-byte", "\xE0\x80\xAF", F::Binary);
    row("overlong four-byte", "\xF0\x80\x80\xAF", F::Binary);
    row("surrogate high", "x\xED\xA0\x80y", F::Binary);
    row("surrogate low", "x\xED\xBF\xBFy", F::Binary);
    row("beyond U+10FFFF", "\xF4\x90\x80\x80", F::Binary);
    row("F5 lead byte", "\xF5\x80\x80\x80", F::Binary);
    row("invalid utf-8 inside json string", "{\"a\":\"\xFF\"}", F::Binary);
}

void TestPayloadFormat::detect() {
    QFETCH(QByteArray, input);
    QFETCH(PayloadFormat, expected);
    QCOMPARE(::detect(std::string_view(input.constData(), size_t(input.size()))), expected);
}

void TestPayloadFormat::detectNullAndEmpty() {
    QCOMPARE(samsa::app::detectFormat(std::optional<samsa::client::Bytes>{}), PayloadFormat::Null);
    QCOMPARE(samsa::app::detectFormat(std::optional<samsa::client::Bytes>{samsa::client::Bytes{}}),
             PayloadFormat::Empty);
    QCOMPARE(samsa::app::detectFormat(std::optional<samsa::client::Bytes>{bytes("[]")}),
             PayloadFormat::Json);
    QCOMPARE(samsa::app::formatDisplayName(PayloadFormat::Json), QStringLiteral("JSON"));
    QVERIFY(samsa::app::formatDisplayName(PayloadFormat::Null) !=
            samsa::app::formatDisplayName(PayloadFormat::Empty));
}

void TestPayloadFormat::utf8Validity_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("expected");
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("U+007F") << QByteArray("\x7F") << true;
    QTest::newRow("U+0080") << QByteArray("\xC2\x80") << true;
    QTest::newRow("U+07FF") << QByteArray("\xDF\xBF") << true;
    QTest::newRow("U+0800") << QByteArray("\xE0\xA0\x80") << true;
    QTest::newRow("U+D7FF") << QByteArray("\xED\x9F\xBF") << true;
    QTest::newRow("U+E000") << QByteArray("\xEE\x80\x80") << true;
    QTest::newRow("U+FFFF") << QByteArray("\xEF\xBF\xBF") << true;
    QTest::newRow("U+10000") << QByteArray("\xF0\x90\x80\x80") << true;
    QTest::newRow("U+10FFFF") << QByteArray("\xF4\x8F\xBF\xBF") << true;
    QTest::newRow("C1 lead") << QByteArray("\xC1\xBF") << false;
    QTest::newRow("overlong U+07FF") << QByteArray("\xE0\x9F\xBF") << false;
    QTest::newRow("overlong U+FFFF") << QByteArray("\xF0\x8F\xBF\xBF") << false;
    QTest::newRow("U+D800") << QByteArray("\xED\xA0\x80") << false;
    QTest::newRow("U+110000") << QByteArray("\xF4\x90\x80\x80") << false;
    QTest::newRow("missing last byte") << QByteArray("\xF0\x90\x80") << false;
    QTest::newRow("ascii where continuation due") << QByteArray("\xE2\x82" "A") << false;
}

void TestPayloadFormat::utf8Validity() {
    QFETCH(QByteArray, input);
    QFETCH(bool, expected);
    QCOMPARE(valid(std::string_view(input.constData(), size_t(input.size()))), expected);
}

void TestPayloadFormat::decodesCodePoints() {
    char32_t cp = 0;
    const auto euro = bytes("\xE2\x82\xAC rest");
    QCOMPARE(samsa::app::decodeUtf8(euro, cp), 3);
    QCOMPARE(cp, char32_t(0x20AC));
    const auto emoji = bytes("\xF0\x9F\x98\x80");
    QCOMPARE(samsa::app::decodeUtf8(emoji, cp), 4);
    QCOMPARE(cp, char32_t(0x1F600));
    QCOMPARE(samsa::app::decodeUtf8(bytes("\xE2\x82"), cp), 0);
    QCOMPARE(samsa::app::decodeUtf8({}, cp), 0);
}

void TestPayloadFormat::preview_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ascii") << QByteArray("order-42") << QStringLiteral("order-42");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("newline and tab") << QByteArray("a\nb\tc\r") << QStringLiteral("a\\nb\\tc\\r");
    QTest::newRow("other controls") << QByteArray("\x01x\x1B\x7F")
                                    << QStringLiteral("\\u0001x\\u001B\\u007F");
    QTest::newRow("nul") << QByteArray("a\0b", 3) << QStringLiteral("a\\u0000b");
    QTest::newRow("C1 control") << QByteArray("a\xC2\x85z") << QStringLiteral("a\\u0085z");
    QTest::newRow("line separator") << QByteArray("a\xE2\x80\xA8z") << QStringLiteral("a\\u2028z");
    QTest::newRow("accented") << QByteArray("h\xC3\xA9llo") << QStringLiteral("héllo");
    QTest::newRow("chinese") << QByteArray("\xE4\xBD\xA0\xE5\xA5\xBD") << QStringLiteral("你好");
    QTest::newRow("emoji") << QByteArray("\xF0\x9F\x98\x80!") << QStringLiteral("😀!");
    QTest::newRow("invalid at start") << QByteArray("\xFF" "abc") << QStringLiteral("\\xFFabc");
    QTest::newRow("invalid in middle") << QByteArray("ab\xFE" "cd") << QStringLiteral("ab\\xFEcd");
    QTest::newRow("cut sequence at end") << QByteArray("ab\xE2\x82")
                                         << QStringLiteral("ab\\xE2\\x82");
    QTest::newRow("cut sequence in middle") << QByteArray("a\xE2\x82" "b")
                                            << QStringLiteral("a\\xE2\\x82b");
    QTest::newRow("overlong") << QByteArray("\xC0\xAF") << QStringLiteral("\\xC0\\xAF");
    QTest::newRow("overlong three-byte") << QByteArray("\xE0\x80\xAF")
                                         << QStringLiteral("\\xE0\\x80\\xAF");
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << QStringLiteral("\\xED\\xA0\\x80");
    QTest::newRow("beyond U+10FFFF") << QByteArray("\xF4\x90\x80\x80")
                                     << QStringLiteral("\\xF4\\x90\\x80\\x80");
    QTest::newRow("binary") << QByteArray("\x00\x01\xFF", 3)
                            << QStringLiteral("\\u0000\\u0001\\xFF");
}

void TestPayloadFormat::preview() {
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    QCOMPARE(::preview(std::string_view(input.constData(), size_t(input.size()))), expected);
}

void TestPayloadFormat::previewTruncates_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("maxChars");
    QTest::addColumn<QString>("expected");
    QTest::newRow("fits exactly") << QByteArray("abcde") << 5 << QStringLiteral("abcde");
    QTest::newRow("one too many") << QByteArray("abcdef") << 5 << QStringLiteral("abcde…");
    // An escape or a surrogate pair is never cut in half.
    QTest::newRow("escape at the limit") << QByteArray("abcd\n") << 5 << QStringLiteral("abcd…");
    QTest::newRow("invalid byte at the limit") << QByteArray("abc\xFF") << 5
                                               << QStringLiteral("abc…");
    QTest::newRow("emoji at the limit") << QByteArray("abcd\xF0\x9F\x98\x80") << 5
                                        << QStringLiteral("abcd…");
    QTest::newRow("zero") << QByteArray("a") << 0 << QStringLiteral("…");
}

void TestPayloadFormat::previewTruncates() {
    QFETCH(QByteArray, input);
    QFETCH(int, maxChars);
    QFETCH(QString, expected);
    QCOMPARE(::preview(std::string_view(input.constData(), size_t(input.size())), maxChars),
             expected);
}

void TestPayloadFormat::previewOfHugeValueLooksOnlyAtItsStart_data() {
    QTest::addColumn<QByteArray>("unit");
    QTest::newRow("ascii") << QByteArray("a");
    QTest::newRow("chinese") << QByteArray("\xE4\xBD\xA0");
    QTest::newRow("emoji") << QByteArray("\xF0\x9F\x98\x80");
    QTest::newRow("invalid bytes") << QByteArray("\xFF");
    QTest::newRow("controls") << QByteArray("\x01");
}

void TestPayloadFormat::previewOfHugeValueLooksOnlyAtItsStart() {
    QFETCH(QByteArray, unit);
    constexpr size_t kMiB = 1024 * 1024;
    std::vector<uint8_t> value;
    value.reserve(kMiB + 4);
    while (value.size() < kMiB) value.insert(value.end(), unit.begin(), unit.end());
    constexpr int kMaxChars = 200;
    PreviewStats stats;
    const QString text = samsa::app::previewText(value, kMaxChars, &stats);
    QVERIFY(stats.truncated);
    QVERIFY2(stats.bytesExamined <= 4 * size_t(kMaxChars),
             qPrintable(QString::number(stats.bytesExamined)));
    QVERIFY(text.endsWith(QChar(0x2026)));
    QVERIFY(text.size() <= kMaxChars + 1);
    QVERIFY(text.size() >= kMaxChars - 6); // filled, not cut early
}

void TestPayloadFormat::previewReportsWholeScanOfShortValue() {
    PreviewStats stats;
    const auto value = bytes("short");
    QCOMPARE(samsa::app::previewText(value, 100, &stats), QStringLiteral("short"));
    QVERIFY(!stats.truncated);
    QCOMPARE(stats.bytesExamined, size_t(5));
}

QTEST_GUILESS_MAIN(TestPayloadFormat)
#include "test_payload_format.moc"
