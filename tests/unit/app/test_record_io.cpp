// The export formats: exact JSON Lines and CSV text, and round trips through the
// writer and reader of every kind of bytes a record can hold.
#include "app/record_io/record_csv.h"
#include "app/record_io/record_export_writer.h"
#include "app/record_io/record_file_reader.h"
#include "app/record_io/record_json.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace samsa;
using app::ExportedRecord;
using app::ExportFormat;
using app::RecordExportWriter;
using app::RecordFileReader;
using namespace std::string_view_literals;

namespace {

client::Bytes bytes(std::string_view s) {
    return client::Bytes(s.begin(), s.end());
}
client::Bytes raw(std::initializer_list<uint8_t> b) {
    return client::Bytes(b);
}

struct Sample {
    QString topic;
    int32_t partition = 0;
    client::FetchedRecord record;
};

std::vector<Sample> samples() {
    std::vector<Sample> out;
    auto add = [&](int32_t partition, std::optional<client::Bytes> key,
                   std::optional<client::Bytes> value,
                   std::vector<client::RecordHeader> headers = {}) {
        Sample s{QStringLiteral("orders"), partition, {}};
        s.record.offset = static_cast<int64_t>(out.size());
        s.record.timestampMs = 1700000000000 + static_cast<int64_t>(out.size());
        s.record.key = std::move(key);
        s.record.value = std::move(value);
        s.record.headers = std::move(headers);
        out.push_back(std::move(s));
    };
    add(0, bytes("order-1"), bytes(R"({"total": 9.5, "items": ["a", "b"]})"));
    add(1, std::nullopt, std::nullopt); // null key, tombstone
    add(2, bytes(""), bytes(""));       // empty, not null
    add(0, raw({0xff, 0xfe, 0x00, 0x80}), raw({0xc0, 0x80, 0xed, 0xa0, 0x80})); // not UTF-8
    add(1, bytes("k"), bytes("line one\nline two\r\n\t\"quoted\", comma, \\ backslash"));
    add(2, bytes("\xe6\x97\xa5\xe6\x9c\xac"),
        bytes("nul \0 and \x01 control and \xef\xbf\xbf nonchar"sv));
    add(0, bytes("base64:looks-encoded"), bytes(" padded "));
    add(1, bytes("h"), bytes("v"),
        {{"trace", bytes("abc")},
         {"null", std::nullopt},
         {"empty", bytes("")},
         {"bin", raw({0x00, 0xff})},
         {"trace", bytes("second with the same key")}});
    Sample appended{QStringLiteral("orders"), 2, {}};
    appended.record.offset = 99;
    appended.record.timestampMs = 1700000001234;
    appended.record.timestampType = client::TimestampType::LogAppendTime;
    appended.record.value = bytes("appended");
    out.push_back(appended);
    Sample noTime{QStringLiteral("orders"), 0, {}};
    noTime.record.offset = 100;
    noTime.record.timestampMs = -1;
    noTime.record.value = bytes("old record without a timestamp");
    out.push_back(noTime);
    return out;
}

void compare(const ExportedRecord& got, const Sample& want) {
    QCOMPARE(got.topic, want.topic);
    QCOMPARE(got.partition, std::optional<int32_t>(want.partition));
    QCOMPARE(got.record.offset, want.record.offset);
    QCOMPARE(got.record.timestampMs, want.record.timestampMs);
    QCOMPARE(got.record.timestampType, want.record.timestampType);
    QCOMPARE(got.record.key, want.record.key);
    QCOMPARE(got.record.value, want.record.value);
    QCOMPARE(got.record.headers, want.record.headers);
}

} // namespace

class TestRecordIo : public QObject {
    Q_OBJECT
private slots:
    void strictUtf8_data();
    void strictUtf8();
    void jsonLineIsExact();
    void csvRowIsExact();
    void roundTrip_data();
    void roundTrip();
    void unfinishedExportLeavesNoFile();
    void unwritablePathIsReported();
    void handWrittenJsonLines();
    void badJsonLinesNameTheirLine();
    void csvParsing();
    void badCsvRows();
};

void TestRecordIo::strictUtf8_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("ascii") << QByteArray("hello") << true;
    QTest::newRow("two bytes") << QByteArray("\xc3\xa9") << true;
    QTest::newRow("three bytes") << QByteArray("\xe6\x97\xa5") << true;
    QTest::newRow("four bytes") << QByteArray("\xf0\x9f\x98\x80") << true;
    QTest::newRow("noncharacter") << QByteArray("\xef\xbf\xbf") << true;
    QTest::newRow("nul") << QByteArray("a\0b", 3) << true;
    QTest::newRow("overlong") << QByteArray("\xc0\x80") << false;
    QTest::newRow("overlong three") << QByteArray("\xe0\x80\xaf") << false;
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << false;
    QTest::newRow("past U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << false;
    QTest::newRow("truncated") << QByteArray("\xe6\x97") << false;
    QTest::newRow("lone continuation") << QByteArray("\x80") << false;
    QTest::newRow("ff") << QByteArray("\xff") << false;
}

void TestRecordIo::strictUtf8() {
    QFETCH(QByteArray, input);
    QFETCH(bool, valid);
    QCOMPARE(
        app::isStrictUtf8({reinterpret_cast<const uint8_t*>(input.data()), size_t(input.size())}),
        valid);
}

void TestRecordIo::jsonLineIsExact() {
    client::FetchedRecord r;
    r.offset = 12;
    r.timestampMs = 1700000000000;
    r.key = bytes("order-12");
    r.value = bytes(R"({"total":9.5})");
    r.headers = {{"h", bytes("v")}, {"bin", raw({0xff})}, {"n", std::nullopt}};
    QCOMPARE(
        app::encodeJsonLine(QStringLiteral("orders"), 0, r),
        QByteArray(R"({"topic":"orders","partition":0,"offset":12,"timestamp":1700000000000,)"
                   R"("timestampType":"CreateTime","key":"order-12","value":"{\"total\":9.5}",)"
                   R"("headers":[{"key":"h","value":"v"},{"key":"bin","value":{"base64":"/w=="}},)"
                   R"({"key":"n","value":null}]})"));
    r.key.reset();
    r.value = raw({0x00, 0x01, 0xfe});
    r.headers.clear();
    r.timestampType = client::TimestampType::LogAppendTime;
    QCOMPARE(
        app::encodeJsonLine(QStringLiteral("orders"), 3, r),
        QByteArray(
            R"({"topic":"orders","partition":3,"offset":12,"timestamp":1700000000000,)"
            R"("timestampType":"LogAppendTime","key":null,"value":{"base64":"AAH+"},"headers":[]})"));
}

void TestRecordIo::csvRowIsExact() {
    QCOMPARE(app::csvHeaderRow(),
             QByteArray("topic,partition,offset,timestamp,timestampType,key,value,headers\r\n"));
    client::FetchedRecord r;
    r.offset = 12;
    r.timestampMs = 1700000000000;
    r.key = bytes("order-12");
    r.value = bytes(R"({"total":9.5, "note":"a,b"})");
    r.headers = {{"h", bytes("v")}};
    QCOMPARE(app::encodeCsvRow(QStringLiteral("orders"), 0, r),
             QByteArray("orders,0,12,1700000000000,CreateTime,order-12,\"{\"\"total\"\":9.5, "
                        "\"\"note\"\":\"\"a,b\"\"}\","
                        "\"[{\"\"key\"\":\"\"h\"\",\"\"value\"\":\"\"v\"\"}]\"\r\n"));
    // Null is nothing between the commas, empty is "", binary and lookalikes are base64.
    r.key.reset();
    r.value = bytes("");
    r.headers.clear();
    QCOMPARE(app::encodeCsvRow(QStringLiteral("orders"), 1, r),
             QByteArray("orders,1,12,1700000000000,CreateTime,,\"\",[]\r\n"));
    r.key = raw({0xff, 0x00});
    r.value = bytes("base64:text");
    QCOMPARE(
        app::encodeCsvRow(QStringLiteral("orders"), 1, r),
        QByteArray(
            "orders,1,12,1700000000000,CreateTime,base64:/wA=,base64:YmFzZTY0OnRleHQ=,[]\r\n"));
    r.key = bytes("multi\nline");
    r.value = bytes(" spaced");
    QCOMPARE(app::encodeCsvRow(QStringLiteral("orders"), 1, r),
             QByteArray("orders,1,12,1700000000000,CreateTime,\"multi\nline\",\" spaced\",[]\r\n"));
}

void TestRecordIo::roundTrip_data() {
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<QString>("name");
    QTest::newRow("json lines") << ExportFormat::JsonLines << QStringLiteral("out.jsonl");
    QTest::newRow("csv") << ExportFormat::Csv << QStringLiteral("out.csv");
}

void TestRecordIo::roundTrip() {
    QFETCH(ExportFormat, format);
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QCOMPARE(app::exportFormatForPath(path), format);
    QString error;
    auto writer = RecordExportWriter::open(path, format, &error);
    QVERIFY2(writer, qPrintable(error));
    const auto all = samples();
    for (const auto& s : all)
        QVERIFY(writer->write(s.topic, s.partition, s.record));
    QCOMPARE(writer->recordsWritten(), int64_t(all.size()));
    QVERIFY2(writer->finish(&error), qPrintable(error));

    auto reader = RecordFileReader::open(path, format, &error);
    QVERIFY2(reader, qPrintable(error));
    for (int pass = 0; pass < 2; ++pass) {
        ExportedRecord got;
        for (const auto& want : all) {
            QCOMPARE(reader->next(got, &error), RecordFileReader::Status::Record);
            compare(got, want);
        }
        QCOMPARE(reader->next(got, &error), RecordFileReader::Status::End);
        QVERIFY(reader->rewind(&error));
    }
}

void TestRecordIo::unfinishedExportLeavesNoFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("partial.jsonl"));
    QString error;
    {
        auto writer = RecordExportWriter::open(path, ExportFormat::JsonLines, &error);
        QVERIFY(writer);
        QVERIFY(writer->write(QStringLiteral("t"), 0, samples().front().record));
    }
    QVERIFY(!QFile::exists(path));
    auto writer = RecordExportWriter::open(path, ExportFormat::JsonLines, &error);
    QVERIFY(writer->finish(&error));
    QVERIFY(QFile::exists(path));
    QVERIFY(!writer->write(QStringLiteral("t"), 0, samples().front().record));
}

void TestRecordIo::unwritablePathIsReported() {
    QTemporaryDir dir;
    QString error;
    QVERIFY(!RecordExportWriter::open(dir.filePath(QStringLiteral("missing/dir/out.jsonl")),
                                      ExportFormat::JsonLines, &error));
    QVERIFY(error.contains(QStringLiteral("out.jsonl")));
    QVERIFY(!RecordFileReader::open(dir.filePath(QStringLiteral("absent.jsonl")),
                                    ExportFormat::JsonLines, &error));
    QVERIFY(error.contains(QStringLiteral("absent.jsonl")));
}

void TestRecordIo::handWrittenJsonLines() {
    QString error;
    auto r = app::decodeJsonLine(R"({"value":"x"})", &error);
    QVERIFY2(r, qPrintable(error));
    QVERIFY(!r->partition);
    QVERIFY(!r->record.key);
    QCOMPARE(r->record.value, std::optional(bytes("x")));
    QCOMPARE(r->record.timestampMs, int64_t(-1));
    r = app::decodeJsonLine(R"({"key":{"base64":"AP8="},"headers":[{"key":"a"}],"future":1})",
                            &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->record.key, std::optional(raw({0x00, 0xff})));
    QCOMPARE(r->record.headers.size(), size_t(1));
    QVERIFY(!r->record.headers[0].value);
}

void TestRecordIo::badJsonLinesNameTheirLine() {
    QString error;
    QVERIFY(!app::decodeJsonLine(R"({"value": "x",})", &error));
    QVERIFY2(error.contains(QStringLiteral("column")), qPrintable(error));
    const std::pair<const char*, const char*> cases[] = {
        {R"(["not", "an", "object"])", "object"},
        {R"({"partition": -1})", "partition"},
        {R"({"partition": 1.5})", "partition"},
        {R"({"partition": "0"})", "partition"},
        {R"({"timestamp": "yesterday"})", "timestamp"},
        {R"({"timestampType": "Whenever"})", "timestampType"},
        {R"({"value": 42})", "value"},
        {R"({"key": {"base64": "***"}})", "base64"},
        {R"({"headers": {"a": "b"}})", "headers"},
        {R"({"headers": [{"value": "no key"}]})", "Header 1"},
    };
    for (const auto& [line, word] : cases) {
        error.clear();
        QVERIFY2(!app::decodeJsonLine(line, &error), line);
        QVERIFY2(error.contains(QLatin1StringView(word)),
                 qPrintable(QStringLiteral("%1 -> %2").arg(line, error)));
    }

    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("in.jsonl")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"value\":\"a\"}\n\n   \n{\"value\":\n{\"value\":\"c\"}\r\n{\"value\":\"d\"}");
    file.close();
    auto reader = RecordFileReader::open(file.fileName(), ExportFormat::JsonLines, &error);
    QVERIFY(reader);
    ExportedRecord got;
    QCOMPARE(reader->next(got, &error), RecordFileReader::Status::Record);
    QCOMPARE(reader->lineNumber(), 1);
    QCOMPARE(reader->next(got, &error), RecordFileReader::Status::Bad);
    QCOMPARE(reader->lineNumber(), 4);
    QCOMPARE(reader->next(got, &error), RecordFileReader::Status::Record);
    QCOMPARE(reader->lineNumber(), 5);
    QCOMPARE(got.record.value, std::optional(bytes("c")));
    QCOMPARE(reader->next(got, &error), RecordFileReader::Status::Record);
    QCOMPARE(got.record.value, std::optional(bytes("d")));
    QCOMPARE(reader->next(got, &error), RecordFileReader::Status::End);
}

void TestRecordIo::csvParsing() {
    QByteArray text("a,\"b,c\",,\"\",\"multi\r\nline \"\"q\"\"\"\r\nlast,row\n\"no break at end\"");
    QBuffer buffer(&text);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    app::CsvRowReader reader(&buffer);
    std::vector<app::CsvField> fields;
    QString error;
    QCOMPARE(reader.next(fields, &error), app::CsvRowReader::Status::Row);
    QCOMPARE(fields.size(), size_t(5));
    QCOMPARE(fields[0].text, QByteArray("a"));
    QCOMPARE(fields[1].text, QByteArray("b,c"));
    QVERIFY(fields[2].text.isEmpty() && !fields[2].quoted);
    QVERIFY(fields[3].text.isEmpty() && fields[3].quoted);
    QCOMPARE(fields[4].text, QByteArray("multi\r\nline \"q\""));
    QCOMPARE(reader.next(fields, &error), app::CsvRowReader::Status::Row);
    QCOMPARE(reader.rowLine(), 3);
    QCOMPARE(fields.size(), size_t(2));
    QCOMPARE(reader.next(fields, &error), app::CsvRowReader::Status::Row);
    QCOMPARE(reader.rowLine(), 4);
    QCOMPARE(fields[0].text, QByteArray("no break at end"));
    QCOMPARE(reader.next(fields, &error), app::CsvRowReader::Status::End);
}

void TestRecordIo::badCsvRows() {
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("in.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("value,key,extra\r\n"
               "ok,k,x\r\n"
               "\"closed\"junk,k,x\r\n"
               "base64:***,k,x\r\n"
               "fine,,x\r\n"
               "\"never closed,k,x\r\n"
               "lost,k,x\r\n");
    file.close();
    QString error;
    auto reader = RecordFileReader::open(file.fileName(), ExportFormat::Csv, &error);
    QVERIFY(reader);
    ExportedRecord got;
    QCOMPARE(reader->next(got, &error), RecordFileReader::Status::Record);
    QCOMPARE(got.record.value, std::optional(bytes("ok")));
    QCOMPARE(got.record.key, std::optional(bytes("k")));
    QCOMPARE(reader->next(got, &error), RecordFileReader::Status::Bad);
    QCOMPARE(reader->lineNumber(), 3);
    QCOMPARE(reader->next(got, &error), RecordFileReader::Status::Bad);
    QCOMPARE(reader->lineNumber(), 4);
    QVERIFY2(error.contains(QStringLiteral("base64")), qPrintable(error));
    QCOMPARE(reader->next(got, &error), RecordFileReader::Status::Record);
    QVERIFY(!got.record.key);
    QCOMPARE(reader->next(got, &error), RecordFileReader::Status::Bad);
    QCOMPARE(reader->lineNumber(), 6);
    QVERIFY2(error.contains(QStringLiteral("never closed")), qPrintable(error));
    QCOMPARE(reader->next(got, &error), RecordFileReader::Status::End);

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("one,two\r\na,b\r\n");
    file.close();
    reader = RecordFileReader::open(file.fileName(), ExportFormat::Csv, &error);
    QCOMPARE(reader->next(got, &error), RecordFileReader::Status::Bad);
    QVERIFY2(error.contains(QStringLiteral("names neither key nor value")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestRecordIo)
#include "test_record_io.moc"
