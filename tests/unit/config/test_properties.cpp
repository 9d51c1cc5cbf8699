#include <QtTest>

#include <QTemporaryDir>

#include <fstream>

#include "common/config/properties.h"

using namespace samsa::config;

namespace {

ConfigStrings parsed(std::string_view text)
{
    auto r = parseProperties(text);
    if (!r)
        qWarning("%s", r.error().message.c_str());
    return r ? r.value() : ConfigStrings{};
}

} // namespace

class TestProperties : public QObject {
    Q_OBJECT
private slots:
    void separatorsAndBlanks()
    {
        const auto p = parsed("a=1\n"
                              "b:2\n"
                              "c 3\n"
                              "  d  =  4\n"
                              "e\t:\t5\n"
                              "f = = 6\n"
                              "g    \n"
                              "h=\n"
                              "i  x  y  \n");
        QCOMPARE(p.at("a"), std::string("1"));
        QCOMPARE(p.at("b"), std::string("2"));
        QCOMPARE(p.at("c"), std::string("3"));
        QCOMPARE(p.at("d"), std::string("4"));
        QCOMPARE(p.at("e"), std::string("5"));
        QCOMPARE(p.at("f"), std::string("= 6")); // only the first separator separates
        QCOMPARE(p.at("g"), std::string());
        QCOMPARE(p.at("h"), std::string());
        QCOMPARE(p.at("i"), std::string("x  y  ")); // Java keeps trailing blanks of values
        QCOMPARE(p.size(), size_t(9));
    }

    void commentsAndEmptyLines()
    {
        const auto p = parsed("# a comment\n"
                              "   ! another\n"
                              "\n"
                              "   \t\n"
                              "key=value # not a comment\n"
                              "#commented=out\n");
        QCOMPARE(p.size(), size_t(1));
        QCOMPARE(p.at("key"), std::string("value # not a comment"));
    }

    void lineContinuation()
    {
        const auto p = parsed("listeners=PLAINTEXT://a:1,\\\n"
                              "          PLAINTEXT2://b:2\n"
                              "even=ends with two \\\\\n"
                              "next=line\n"
                              "# a comment ending in a backslash \\\n"
                              "after.comment=kept\n"
                              "last=dangling\\");
        QCOMPARE(p.at("listeners"), std::string("PLAINTEXT://a:1,PLAINTEXT2://b:2"));
        QCOMPARE(p.at("even"), std::string("ends with two \\"));
        QCOMPARE(p.at("next"), std::string("line"));
        QCOMPARE(p.at("after.comment"), std::string("kept"));
        QCOMPARE(p.at("last"), std::string("dangling"));
    }

    void escapes()
    {
        const auto p = parsed("key\\ with\\ spaces=v\n"
                              "colon\\:key=v2\n"
                              "tabs=a\\tb\\nc\n"
                              "unicode=\\u4e2d\\u6587\n"
                              "emoji=\\uD83D\\uDE00\n"
                              "other=\\q\\\\\n"
                              "raw.utf8=中文\n");
        QCOMPARE(p.at("key with spaces"), std::string("v"));
        QCOMPARE(p.at("colon:key"), std::string("v2"));
        QCOMPARE(p.at("tabs"), std::string("a\tb\nc"));
        QCOMPARE(p.at("unicode"), std::string("中文"));
        QCOMPARE(p.at("emoji"), std::string("\xF0\x9F\x98\x80"));
        QCOMPARE(p.at("other"), std::string("q\\"));
        QCOMPARE(p.at("raw.utf8"), std::string("中文"));
    }

    void lineEndingsAndDuplicates()
    {
        const auto p = parsed("\xEF\xBB\xBF" "a=1\r\nb=2\rc=3\na=4");
        QCOMPARE(p.at("a"), std::string("4")); // the later one wins
        QCOMPARE(p.at("b"), std::string("2"));
        QCOMPARE(p.at("c"), std::string("3"));
        QCOMPARE(p.size(), size_t(3));
    }

    void malformedUnicodeEscapeIsAnError()
    {
        auto r = parseProperties("ok=1\nbad=\\u12G4\n");
        QVERIFY(!r);
        QCOMPARE(r.error().message, std::string("line 2: malformed \\uXXXX escape"));
    }

    void readsFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = dir.filePath("server.properties").toStdString();
        {
            std::ofstream out(path);
            out << "# stock-looking file\nnode.id=3\nlog.dirs=/var/lib/x\n";
        }
        auto r = readPropertiesFile(path);
        QVERIFY(r);
        QCOMPARE(r->at("node.id"), std::string("3"));
        QCOMPARE(r->at("log.dirs"), std::string("/var/lib/x"));

        auto missing = readPropertiesFile(dir.filePath("nope.properties").toStdString());
        QVERIFY(!missing);
        QVERIFY(missing.error().message.find("cannot open") != std::string::npos);
        auto directory = readPropertiesFile(dir.path().toStdString());
        QVERIFY(!directory);
        QVERIFY(directory.error().message.find("is a directory") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestProperties)
#include "test_properties.moc"
