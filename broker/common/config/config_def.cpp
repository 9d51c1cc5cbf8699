#include "common/config/config_def.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace samsa::config {

namespace {

constexpr std::string_view kWhitespace = " \t\r\n\f\v";

std::string_view trim(std::string_view s)
{
    const auto first = s.find_first_not_of(kWhitespace);
    if (first == std::string_view::npos)
        return {};
    const auto last = s.find_last_not_of(kWhitespace);
    return s.substr(first, last - first + 1);
}

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

std::string joinStrings(const std::vector<std::string>& items, std::string_view sep)
{
    std::string out;
    for (size_t i = 0; i < items.size(); ++i) {
        if (i)
            out += sep;
        out += items[i];
    }
    return out;
}

std::string invalidValue(const ConfigDef& def, std::string_view shownValue, std::string_view rule)
{
    std::string msg = "Invalid value ";
    msg += def.sensitive() ? std::string_view("[hidden]") : shownValue;
    msg += " for configuration ";
    msg += def.name;
    msg += ": ";
    msg += rule;
    return msg;
}

// Java's Integer/Short/Long.parseLong: optional sign, decimal digits, nothing else.
std::optional<int64_t> parseJavaInteger(std::string_view s, int64_t lo, int64_t hi)
{
    if (s.size() >= 2 && s[0] == '+' && s[1] != '-' && s[1] != '+')
        s.remove_prefix(1);
    int64_t v = 0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || ec != std::errc() || ptr != s.data() + s.size() || v < lo || v > hi)
        return std::nullopt;
    return v;
}

// Java's Double.parseDouble for decimal input: optional sign, digits with an optional point,
// optional exponent, optional f/d suffix; plus NaN and Infinity spelled as Java spells them.
std::optional<double> parseJavaDouble(std::string_view s)
{
    if (s == "NaN")
        return std::numeric_limits<double>::quiet_NaN();
    for (std::string_view inf : {"Infinity", "+Infinity"})
        if (s == inf)
            return std::numeric_limits<double>::infinity();
    if (s == "-Infinity")
        return -std::numeric_limits<double>::infinity();
    if (!s.empty() && std::string_view("fFdD").find(s.back()) != std::string_view::npos)
        s.remove_suffix(1);
    if (s.size() >= 2 && s[0] == '+' && s[1] != '-' && s[1] != '+')
        s.remove_prefix(1);
    if (s.empty() || s.find_first_not_of("0123456789.eE+-") != std::string_view::npos)
        return std::nullopt;
    double v = 0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || ptr != s.data() + s.size())
        return std::nullopt;
    return v;
}

std::vector<std::string> splitList(std::string_view s)
{
    std::vector<std::string> items;
    if (s.empty())
        return items;
    size_t start = 0;
    while (true) {
        const auto comma = s.find(',', start);
        items.emplace_back(trim(s.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start)));
        if (comma == std::string_view::npos)
            break;
        start = comma + 1;
    }
    return items;
}

std::optional<std::string> checkOneOf(const Validator& v, const std::string& s)
{
    const bool found = std::any_of(v.oneOf.begin(), v.oneOf.end(), [&](const std::string& allowed) {
        return v.caseInsensitive ? equalsIgnoreCase(allowed, s) : allowed == s;
    });
    if (found)
        return std::nullopt;
    return std::string(v.caseInsensitive ? "String must be one of (case insensitive): " : "String must be one of: ") +
           joinStrings(v.oneOf, ", ");
}

// Returns the rule text (without the "Invalid value" prefix) and the offending text.
std::optional<std::pair<std::string, std::string>> violatedRule(const ConfigDef& def, const ConfigValue& value)
{
    const Validator& v = def.validator;
    if (std::holds_alternative<std::monostate>(value))
        return std::nullopt; // null is "not set"; a required key is the caller's rule
    if (const auto* n = std::get_if<int64_t>(&value)) {
        if (v.min && *n < *v.min)
            return std::pair{"Value must be at least " + std::to_string(*v.min), std::to_string(*n)};
        if (v.max && *n > *v.max)
            return std::pair{"Value must be no more than " + std::to_string(*v.max), std::to_string(*n)};
    }
    if (const auto* d = std::get_if<double>(&value)) {
        const std::string shown = formatJavaDouble(*d);
        if ((v.min || v.max) && std::isnan(*d))
            return std::pair{std::string("Value must be a number"), shown};
        if (v.min && *d < static_cast<double>(*v.min))
            return std::pair{"Value must be at least " + std::to_string(*v.min), shown};
        if (v.max && *d > static_cast<double>(*v.max))
            return std::pair{"Value must be no more than " + std::to_string(*v.max), shown};
    }
    if (!v.oneOf.empty()) {
        if (const auto* s = std::get_if<std::string>(&value)) {
            if (auto rule = checkOneOf(v, *s))
                return std::pair{*rule, *s};
        }
        if (const auto* list = std::get_if<std::vector<std::string>>(&value)) {
            for (const auto& item : *list)
                if (auto rule = checkOneOf(v, item))
                    return std::pair{*rule, item};
        }
    }
    if (v.custom) {
        if (auto rule = v.custom(value))
            return std::pair{*rule, formatValue(value).value_or("null")};
    }
    return std::nullopt;
}

} // namespace

std::string_view configTypeName(ConfigType t)
{
    switch (t) {
    case ConfigType::Boolean: return "BOOLEAN";
    case ConfigType::String: return "STRING";
    case ConfigType::Int: return "INT";
    case ConfigType::Short: return "SHORT";
    case ConfigType::Long: return "LONG";
    case ConfigType::Double: return "DOUBLE";
    case ConfigType::List: return "LIST";
    case ConfigType::Class: return "CLASS";
    case ConfigType::Password: return "PASSWORD";
    case ConfigType::Unknown: break;
    }
    return "UNKNOWN";
}

std::string_view importanceName(Importance i)
{
    switch (i) {
    case Importance::High: return "high";
    case Importance::Medium: return "medium";
    case Importance::Low: return "low";
    }
    return "low";
}

std::string Validator::describe() const
{
    if (!oneOf.empty())
        return "[" + joinStrings(oneOf, ", ") + "]";
    if (min && max)
        return "[" + std::to_string(*min) + ",...," + std::to_string(*max) + "]";
    if (min)
        return "[" + std::to_string(*min) + ",...]";
    if (max)
        return "[...," + std::to_string(*max) + "]";
    return {};
}

ConfigResult<ConfigValue> parseValue(const ConfigDef& def, std::string_view text)
{
    const std::string_view t = trim(text);
    ConfigValue value;
    switch (def.type) {
    case ConfigType::Boolean:
        if (equalsIgnoreCase(t, "true"))
            value = true;
        else if (equalsIgnoreCase(t, "false"))
            value = false;
        else
            return ConfigError{invalidValue(def, t, "Expected value to be either true or false")};
        break;
    case ConfigType::Int:
    case ConfigType::Short:
    case ConfigType::Long: {
        int64_t lo = std::numeric_limits<int64_t>::min();
        int64_t hi = std::numeric_limits<int64_t>::max();
        if (def.type == ConfigType::Int) {
            lo = std::numeric_limits<int32_t>::min();
            hi = std::numeric_limits<int32_t>::max();
        } else if (def.type == ConfigType::Short) {
            lo = std::numeric_limits<int16_t>::min();
            hi = std::numeric_limits<int16_t>::max();
        }
        const auto n = parseJavaInteger(t, lo, hi);
        if (!n)
            return ConfigError{invalidValue(def, t, "Not a number of type " + std::string(configTypeName(def.type)))};
        value = *n;
        break;
    }
    case ConfigType::Double: {
        const auto d = parseJavaDouble(t);
        if (!d)
            return ConfigError{invalidValue(def, t, "Not a number of type DOUBLE")};
        value = *d;
        break;
    }
    case ConfigType::List:
        value = splitList(t);
        break;
    case ConfigType::String:
    case ConfigType::Class:
    case ConfigType::Password:
    case ConfigType::Unknown:
        value = std::string(t);
        break;
    }
    if (auto violation = violatedRule(def, value))
        return ConfigError{invalidValue(def, violation->second, violation->first)};
    return value;
}

std::optional<std::string> checkValue(const ConfigDef& def, const ConfigValue& value)
{
    if (auto violation = violatedRule(def, value))
        return invalidValue(def, violation->second, violation->first);
    return std::nullopt;
}

std::string formatJavaDouble(double v)
{
    if (std::isnan(v))
        return "NaN";
    if (std::isinf(v))
        return v > 0 ? "Infinity" : "-Infinity";
    std::string sign = std::signbit(v) ? "-" : "";
    const double a = std::fabs(v);
    if (a == 0.0)
        return sign + "0.0";

    // Shortest round-trip digits, then laid out the way Java lays them out.
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, a, std::chars_format::scientific);
    const std::string_view sci(buf, static_cast<size_t>(res.ptr - buf));
    const auto e = sci.find('e');
    std::string digits;
    for (char c : sci.substr(0, e))
        if (c != '.')
            digits += c;
    int exp = 0;
    std::string_view expText = sci.substr(e + 1);
    if (!expText.empty() && expText.front() == '+')
        expText.remove_prefix(1);
    std::from_chars(expText.data(), expText.data() + expText.size(), exp);

    if (a >= 1e-3 && a < 1e7) {
        std::string out;
        if (exp >= 0) {
            const size_t intLen = static_cast<size_t>(exp) + 1;
            if (digits.size() < intLen)
                digits.append(intLen - digits.size(), '0');
            out = digits.substr(0, intLen) + "." + (digits.size() > intLen ? digits.substr(intLen) : "0");
        } else {
            out = "0." + std::string(static_cast<size_t>(-exp - 1), '0') + digits;
        }
        return sign + out;
    }
    return sign + digits.substr(0, 1) + "." + (digits.size() > 1 ? digits.substr(1) : "0") + "E" + std::to_string(exp);
}

std::optional<std::string> formatValue(const ConfigValue& value)
{
    struct Visitor {
        std::optional<std::string> operator()(std::monostate) const { return std::nullopt; }
        std::optional<std::string> operator()(bool b) const { return b ? "true" : "false"; }
        std::optional<std::string> operator()(int64_t n) const { return std::to_string(n); }
        std::optional<std::string> operator()(double d) const { return formatJavaDouble(d); }
        std::optional<std::string> operator()(const std::string& s) const { return s; }
        std::optional<std::string> operator()(const std::vector<std::string>& l) const { return joinStrings(l, ","); }
    };
    return std::visit(Visitor{}, value);
}

int64_t convertUnit(int64_t value, UnitConversion conversion)
{
    int64_t factor = 1;
    switch (conversion) {
    case UnitConversion::None: return value;
    case UnitConversion::MinutesToMillis: factor = 60'000; break;
    case UnitConversion::HoursToMillis: factor = 3'600'000; break;
    }
    constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
    if (value > kMax / factor)
        return kMax;
    if (value < -(kMax / factor))
        return -kMax;
    return value * factor;
}

ConfigRegistry::ConfigRegistry(std::vector<ConfigDef> defs)
    : m_defs(std::move(defs))
{
    for (size_t i = 0; i < m_defs.size(); ++i) {
        ConfigDef& def = m_defs[i];
        if (!m_index.emplace(def.name, i).second)
            throw std::logic_error("config defined twice: " + def.name);
        if (def.defaultText) {
            auto parsed = parseValue(def, *def.defaultText);
            if (!parsed)
                throw std::logic_error("bad default: " + parsed.error().message);
            def.defaultValue = std::move(parsed.value());
        }
    }
}

const ConfigDef* ConfigRegistry::find(std::string_view name) const
{
    const auto it = m_index.find(name);
    return it == m_index.end() ? nullptr : &m_defs[it->second];
}

std::vector<std::string> brokerSynonymGroup(std::string_view brokerKey)
{
    for (const ConfigDef& topicDef : topicConfigRegistry().definitions()) {
        if (topicDef.synonyms.size() < 2)
            continue;
        const bool member = std::any_of(topicDef.synonyms.begin(), topicDef.synonyms.end(),
                                        [&](const Synonym& s) { return s.name == brokerKey; });
        if (!member)
            continue;
        std::vector<std::string> group;
        for (const Synonym& s : topicDef.synonyms)
            group.push_back(s.name);
        return group;
    }
    return {std::string(brokerKey)};
}

} // namespace samsa::config
