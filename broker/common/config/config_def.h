#pragma once

#include "common/config/config_types.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace samsa::config {

// How a broker synonym's value turns into the topic config's unit.
enum class UnitConversion : uint8_t { None, MinutesToMillis, HoursToMillis };

struct Synonym {
    std::string name;
    UnitConversion conversion = UnitConversion::None;
};

// A rule text on failure (e.g. "Value must be at least 14"), nullopt when the value is fine.
using CustomCheck = std::optional<std::string> (*)(const ConfigValue& value);

// Rules beyond the type. Ranges and allowed strings are data; the few rules that do not
// fit (listener syntax, gzip's -1-or-range) are plain functions.
struct Validator {
    std::optional<int64_t> min;
    std::optional<int64_t> max;
    // String: the value must be one of these. List: every element must be.
    std::vector<std::string> oneOf;
    bool caseInsensitive = false;
    CustomCheck custom = nullptr;
    // Kafka's "Valid Values" column, e.g. "[14,...]", "[0,...,1]", "[compact, delete]".
    std::string describe() const;
};

struct ConfigDef {
    std::string name;
    ConfigType type = ConfigType::String;
    // Text of the default as Kafka documents it; nullopt is Kafka's null.
    std::optional<std::string> defaultText;
    Importance importance = Importance::Medium;
    Validator validator;
    std::string documentation;
    // Topic configs only: the broker keys that supply the default when the topic has no
    // override, in the order they are consulted (most specific first).
    std::vector<Synonym> synonyms;
    // Broker configs only: whether the value may change at runtime (DescribeConfigs reports
    // read_only = !dynamic).
    bool dynamic = false;
    // Accepted and reported so stock Kafka files load, but nothing in this broker acts on it.
    bool informational = false;
    // Kafka turns any negative broker retention into -1 (unlimited) before a topic sees it.
    bool negativeMeansUnlimited = false;

    // Filled by ConfigRegistry from defaultText.
    ConfigValue defaultValue;

    ConfigDef& withSynonyms(std::vector<Synonym> s) { synonyms = std::move(s); return *this; }
    ConfigDef& markDynamic() { dynamic = true; return *this; }
    ConfigDef& markInformational() { informational = true; return *this; }
    ConfigDef& markNegativeMeansUnlimited() { negativeMeansUnlimited = true; return *this; }
    bool sensitive() const { return type == ConfigType::Password; }
};

class ConfigRegistry {
public:
    // Parses every default; a default that fails its own rules is a programming error and
    // throws std::logic_error, so a bad table never reaches a running broker.
    explicit ConfigRegistry(std::vector<ConfigDef> defs);

    const ConfigDef* find(std::string_view name) const;
    const std::vector<ConfigDef>& definitions() const { return m_defs; }

private:
    std::vector<ConfigDef> m_defs;
    std::map<std::string, size_t, std::less<>> m_index;
};

const ConfigRegistry& brokerConfigRegistry();
const ConfigRegistry& topicConfigRegistry();

// Broker keys that are one setting in different units, e.g. log.retention.{ms,minutes,hours};
// a key that has no such group yields just itself.
std::vector<std::string> brokerSynonymGroup(std::string_view brokerKey);

// Parses text the way Kafka's ConfigDef does (trimmed, Java number syntax, lists split on
// commas) and applies the definition's rules. The error names the key, the value and the
// rule: "Invalid value -5 for configuration segment.bytes: Value must be at least 14".
ConfigResult<ConfigValue> parseValue(const ConfigDef& def, std::string_view text);

// Applies the definition's rules to an already typed value; returns the full error message.
std::optional<std::string> checkValue(const ConfigDef& def, const ConfigValue& value);

// Kafka's string form of a value (lists joined with ",", doubles as Java prints them);
// nullopt for null.
std::optional<std::string> formatValue(const ConfigValue& value);

// Java's Double.toString, so described values read the same as on a Kafka broker.
std::string formatJavaDouble(double v);

// Applies a synonym's unit conversion to an integral value.
int64_t convertUnit(int64_t value, UnitConversion conversion);

} // namespace samsa::config
