// The server.properties that packages install is rendered from the broker's config table;
// these tests read it back the way the broker does.
#include <QtTest>

#include <set>
#include <sstream>

#include "common/config/broker_config.h"
#include "common/config/properties.h"
#include "packaging/config/server_properties.h"

using namespace samsa::config;
using samsa::packaging::ServerPropertiesSpec;
using samsa::packaging::escapePropertiesText;
using samsa::packaging::renderServerProperties;

namespace {

ServerPropertiesSpec packagedSpec()
{
    ServerPropertiesSpec spec;
    spec.version = "9.8.7";
    spec.path = "/etc/samsa/server.properties";
    spec.settings = {{"listeners", "PLAINTEXT://127.0.0.1:9092"}, {"log.dirs", "/var/lib/samsa"}};
    return spec;
}

std::string render(const ServerPropertiesSpec& spec)
{
    auto text = renderServerProperties(brokerConfigRegistry(), spec);
    if (!text)
        qFatal("render failed: %s", text.error().message.c_str());
    return std::move(text.value());
}

std::vector<std::string> lines(const std::string& text)
{
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        out.push_back(line);
    return out;
}

// The commented-out "#key=value" lines, as a user would get them by removing the '#'.
std::string uncommentAssignments(const std::string& text)
{
    std::string out;
    for (const std::string& line : lines(text)) {
        if (line.size() > 1 && line[0] == '#' && line[1] != ' ' && line[1] != '#' && line.find('=') != std::string::npos)
            out += line.substr(1) + "\n";
        else
            out += line + "\n";
    }
    return out;
}

// The comment block right above a line, unwrapped into one paragraph.
std::string commentAbove(const std::vector<std::string>& text, std::vector<std::string>::const_iterator line)
{
    std::string paragraph;
    while (line != text.begin() && (line - 1)->starts_with("# ")) {
        --line;
        paragraph = line->substr(2) + (paragraph.empty() ? "" : " ") + paragraph;
    }
    return paragraph;
}

ConfigEnvironment testEnv()
{
    ConfigEnvironment env;
    env.xdgDataHome = "/xdg/data";
    env.home = "/home/user";
    env.hostName = "workstation";
    return env;
}

} // namespace

class TestServerProperties : public QObject {
    Q_OBJECT
private slots:
    void activeKeysAreExactlyTheSettings()
    {
        auto parsed = parseProperties(render(packagedSpec()));
        QVERIFY2(parsed.ok(), parsed ? "" : parsed.error().message.c_str());
        const ConfigStrings expected{{"listeners", "PLAINTEXT://127.0.0.1:9092"}, {"log.dirs", "/var/lib/samsa"}};
        QCOMPARE(parsed.value(), expected);

        std::vector<std::string> warnings;
        auto cfg = BrokerConfig::create(parsed.value(), testEnv(), &warnings);
        QVERIFY2(cfg.ok(), cfg ? "" : cfg.error().message.c_str());
        QVERIFY(warnings.empty());
        QCOMPARE(cfg->logDirs(), std::vector<std::string>{"/var/lib/samsa"});
        QCOMPARE(cfg->listeners().size(), size_t(1));
        QCOMPARE(cfg->listeners()[0], (Listener{"PLAINTEXT", "127.0.0.1", 9092, "PLAINTEXT"}));
    }

    void everyKeyAppearsOnce()
    {
        const std::string text = render(packagedSpec());
        std::map<std::string, int> seen;
        for (const std::string& line : lines(text)) {
            const std::string assignment = line.starts_with('#') ? line.substr(1) : line;
            const auto eq = assignment.find('=');
            if (eq == std::string::npos || assignment.starts_with(' ') || assignment.starts_with('#'))
                continue;
            ++seen[assignment.substr(0, eq)];
        }
        for (const ConfigDef& def : brokerConfigRegistry().definitions())
            QVERIFY2(seen[def.name] == 1, (def.name + " appears " + std::to_string(seen[def.name]) + " times").c_str());
        QCOMPARE(seen.size(), brokerConfigRegistry().definitions().size());
    }

    // Removing every '#' must give back the defaults, not merely parseable text.
    void commentedValuesAreTheDefaults()
    {
        auto parsed = parseProperties(uncommentAssignments(render(packagedSpec())));
        QVERIFY2(parsed.ok(), parsed ? "" : parsed.error().message.c_str());
        size_t checked = 0;
        for (const ConfigDef& def : brokerConfigRegistry().definitions()) {
            if (def.name == "listeners" || def.name == "log.dirs")
                continue;
            const std::string& text = parsed->at(def.name);
            if (!def.defaultText) {
                QVERIFY2(text.empty(), def.name.c_str());
                continue;
            }
            auto value = parseValue(def, text);
            QVERIFY2(value.ok(), (def.name + ": " + (value ? "" : value.error().message)).c_str());
            QVERIFY2(*value == def.defaultValue, def.name.c_str());
            ++checked;
        }
        QVERIFY(checked > 0);

        // Kafka's null keys have no text to uncomment to; the rest load as one config.
        ConfigStrings withDefaults;
        for (const auto& [key, value] : parsed.value())
            if (const ConfigDef* def = brokerConfigRegistry().find(key); def && def->defaultText)
                withDefaults.emplace(key, value);
        std::vector<std::string> warnings;
        auto cfg = BrokerConfig::create(withDefaults, testEnv(), &warnings);
        QVERIFY2(cfg.ok(), cfg ? "" : cfg.error().message.c_str());
        QVERIFY(warnings.empty());
    }

    void documentsEachKey()
    {
        const std::vector<std::string> text = lines(render(packagedSpec()));
        QVERIFY(text.front().find("samsa-broker 9.8.7") != std::string::npos);
        QVERIFY(text.front().find("/etc/samsa/server.properties") != std::string::npos);
        const auto at = std::find(text.begin(), text.end(), "#log.segment.bytes=1073741824");
        QVERIFY(at != text.end());
        // The key's facts and documentation sit right above it.
        QCOMPARE(*(at - 1), std::string("# Type: int; valid values: [14,...]; importance: high; can also change at runtime"));
        QCOMPARE(*(at - 2), std::string("# Size of a single log segment."));
        QCOMPARE(commentAbove(text, at), std::string("Size of a single log segment. Type: int; valid values: [14,...]; "
                                                     "importance: high; can also change at runtime"));
        const auto informational = std::find(text.begin(), text.end(), "#num.network.threads=3");
        QVERIFY(informational != text.end());
        QVERIFY(commentAbove(text, informational).find("this broker does not act on it") != std::string::npos);
        const auto unset = std::find(text.begin(), text.end(), "#broker.rack=");
        QVERIFY(unset != text.end());
        QVERIFY(commentAbove(text, unset).ends_with("Unset by default."));
        // Comments are wrapped; only an assignment may run long, as values cannot wrap.
        for (const std::string& line : text)
            if (line.starts_with("# "))
                QVERIFY2(line.size() <= 90, line.c_str());
    }

    void rejectsBadSettings()
    {
        ServerPropertiesSpec spec = packagedSpec();
        spec.settings.emplace_back("no.such.key", "1");
        auto unknown = renderServerProperties(brokerConfigRegistry(), spec);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().message, std::string("unknown broker config 'no.such.key'"));

        spec = packagedSpec();
        spec.settings.emplace_back("log.segment.bytes", "5");
        auto invalid = renderServerProperties(brokerConfigRegistry(), spec);
        QVERIFY(!invalid.ok());
        QVERIFY2(invalid.error().message.find("log.segment.bytes") != std::string::npos, invalid.error().message.c_str());

        spec = packagedSpec();
        spec.settings.emplace_back("listeners", "PLAINTEXT://127.0.0.1:9093");
        QVERIFY(!renderServerProperties(brokerConfigRegistry(), spec).ok());
    }

    void escapedTextReadsBack_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("plain") << QStringLiteral("PLAINTEXT://127.0.0.1:9092");
        QTest::newRow("separators") << QStringLiteral("a=b:c d#e!f");
        QTest::newRow("backslashes") << QStringLiteral(R"(C:\data\kafka\)");
        QTest::newRow("leading blanks") << QStringLiteral("  two");
        QTest::newRow("controls") << QStringLiteral("tab\there\nnew line\r\f");
        QTest::newRow("empty") << QString();
    }

    void escapedTextReadsBack()
    {
        QFETCH(QString, value);
        const std::string original = value.toStdString();
        auto parsed = parseProperties("key=" + escapePropertiesText(original) + "\n");
        QVERIFY2(parsed.ok(), parsed ? "" : parsed.error().message.c_str());
        QCOMPARE(parsed->at("key"), original);
    }
};

QTEST_APPLESS_MAIN(TestServerProperties)
#include "test_server_properties.moc"
