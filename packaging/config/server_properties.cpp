#include "packaging/config/server_properties.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace samsa::packaging {

namespace {

using config::ConfigDef;
using config::ConfigError;
using config::ConfigResult;

// Leaves room for "# " within the 100 columns the rest of the project keeps to.
constexpr size_t kCommentWidth = 88;

void appendWrapped(std::string& out, std::string_view text)
{
    std::string line;
    size_t pos = 0;
    while (pos < text.size()) {
        while (pos < text.size() && text[pos] == ' ')
            ++pos;
        const size_t end = std::min(text.find(' ', pos), text.size());
        if (end == pos)
            break;
        const std::string_view word = text.substr(pos, end - pos);
        if (!line.empty() && line.size() + 1 + word.size() > kCommentWidth) {
            out += "# " + line + "\n";
            line.clear();
        }
        if (!line.empty())
            line += ' ';
        line += word;
        pos = end;
    }
    if (!line.empty())
        out += "# " + line + "\n";
}

std::string lowercase(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

// Kafka's documentation table, condensed to one line per key.
std::string facts(const ConfigDef& def)
{
    std::string line = "Type: " + lowercase(config::configTypeName(def.type));
    if (const std::string valid = def.validator.describe(); !valid.empty())
        line += "; valid values: " + valid;
    line += "; importance: " + std::string(config::importanceName(def.importance));
    line += def.dynamic ? "; can also change at runtime" : "; read at startup";
    return line;
}

void appendDocumentation(std::string& out, const ConfigDef& def)
{
    appendWrapped(out, def.documentation);
    if (def.informational)
        appendWrapped(out, "Accepted so files written for Apache Kafka load unchanged; this broker does not act on it.");
    appendWrapped(out, facts(def));
}

// The default's own text, so a user who removes the '#' gets exactly the default; an empty
// value for Kafka's null, which has no text.
std::string defaultAssignment(const ConfigDef& def)
{
    return def.name + "=" + escapePropertiesText(def.defaultText.value_or(""));
}

bool isPlainKey(std::string_view key)
{
    return !key.empty() && std::none_of(key.begin(), key.end(), [](unsigned char c) {
        return c <= ' ' || c == '=' || c == ':' || c == '#' || c == '!' || c == '\\' || c >= 0x7f;
    });
}

} // namespace

std::string escapePropertiesText(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    bool leading = true;
    for (const char c : text) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\f': out += "\\f"; break;
        case ' ': out += leading ? "\\ " : " "; break;
        default: out += c; break;
        }
        leading = leading && c == ' ';
    }
    return out;
}

ConfigResult<std::string> renderServerProperties(const config::ConfigRegistry& registry,
                                                 const ServerPropertiesSpec& spec)
{
    std::set<std::string, std::less<>> pinned;
    for (const auto& [key, value] : spec.settings) {
        const ConfigDef* def = registry.find(key);
        if (!def)
            return ConfigError{"unknown broker config '" + key + "'"};
        if (!pinned.insert(key).second)
            return ConfigError{"broker config '" + key + "' is set twice"};
        if (auto parsed = config::parseValue(*def, value); !parsed)
            return ConfigError{parsed.error().message};
    }
    for (const ConfigDef& def : registry.definitions())
        if (!isPlainKey(def.name))
            return ConfigError{"broker config name '" + def.name + "' cannot be written as a properties key"};

    std::string out;
    out += "# Configuration of samsa-broker " + spec.version + ", read from " + spec.path + ".\n";
    out += "#\n";
    appendWrapped(out, "Keys, meanings and defaults are Apache Kafka's. Every key this broker knows is listed "
                       "below; a commented-out line shows the value used while the key is absent. Remove the "
                       "'#' and edit the value to change it. The broker checks every value when it starts and "
                       "refuses to run with an invalid one (exit status 2); it warns about keys it does not know.");

    if (!spec.settings.empty()) {
        out += "\n############################# Set for this installation #############################\n";
        for (const auto& [key, value] : spec.settings) {
            const ConfigDef& def = *registry.find(key);
            out += "\n";
            appendDocumentation(out, def);
            appendWrapped(out, "Default: " + def.defaultText.value_or("unset"));
            out += key + "=" + escapePropertiesText(value) + "\n";
        }
    }

    out += "\n##################################### Defaults #####################################\n";
    for (const ConfigDef& def : registry.definitions()) {
        if (pinned.contains(def.name))
            continue;
        out += "\n";
        appendDocumentation(out, def);
        if (!def.defaultText)
            appendWrapped(out, "Unset by default.");
        out += "#" + defaultAssignment(def) + "\n";
    }
    return out;
}

} // namespace samsa::packaging
