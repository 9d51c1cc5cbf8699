#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace samsa::config {

// DescribeConfigs v3+ config_type; the numbers travel on the wire.
enum class ConfigType : int8_t {
    Unknown = 0,
    Boolean = 1,
    String = 2,
    Int = 3,
    Short = 4,
    Long = 5,
    Double = 6,
    List = 7,
    Class = 8,
    Password = 9,
};

// DescribeConfigs v1+ config_source; the numbers travel on the wire.
enum class ConfigSource : int8_t {
    Unknown = 0,
    DynamicTopicConfig = 1,
    DynamicBrokerConfig = 2,
    DynamicDefaultBrokerConfig = 3,
    StaticBrokerConfig = 4,
    DefaultConfig = 5,
    DynamicBrokerLoggerConfig = 6,
    ClientMetricsConfig = 7,
    GroupConfig = 8,
};

enum class Importance : uint8_t { High, Medium, Low };

std::string_view configTypeName(ConfigType t);   // "INT", "LONG", ...
std::string_view importanceName(Importance i);   // "high", "medium", "low"

// A parsed value. Int, Short and Long are all held as int64_t (range-checked for
// their width when parsed); Class and Password as strings; monostate is Kafka's null.
using ConfigValue = std::variant<std::monostate, bool, int64_t, double, std::string, std::vector<std::string>>;

// Raw key/value text, e.g. a server.properties file or a CreateTopics config list.
using ConfigStrings = std::map<std::string, std::string, std::less<>>;

// Parsed, validated values keyed by config name.
using ConfigValues = std::map<std::string, ConfigValue, std::less<>>;

struct ConfigError {
    std::string message;
};

// Either a value or an error message; small stand-in for std::expected (C++23).
template <typename T>
class ConfigResult {
public:
    ConfigResult(T value) : m_state(std::move(value)) {}
    ConfigResult(ConfigError error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_state); }
    const T& value() const& { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    const ConfigError& error() const { return std::get<ConfigError>(m_state); }

private:
    std::variant<T, ConfigError> m_state;
};

} // namespace samsa::config
