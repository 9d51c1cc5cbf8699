#pragma once

// Shorthand for writing the definition tables; only the table sources include this.

#include "common/config/config_def.h"

#include <limits>

namespace samsa::config::table {

inline constexpr auto High = Importance::High;
inline constexpr auto Medium = Importance::Medium;
inline constexpr auto Low = Importance::Low;

inline constexpr auto Boolean = ConfigType::Boolean;
inline constexpr auto String = ConfigType::String;
inline constexpr auto Int = ConfigType::Int;
inline constexpr auto Short = ConfigType::Short;
inline constexpr auto Long = ConfigType::Long;
inline constexpr auto Double = ConfigType::Double;
inline constexpr auto List = ConfigType::List;
inline constexpr auto Class = ConfigType::Class;

inline const std::optional<std::string> null;
inline const std::string kLongMax = std::to_string(std::numeric_limits<int64_t>::max());
inline const std::string kIntMax = std::to_string(std::numeric_limits<int32_t>::max());
inline const std::string kDoubleMax = "1.7976931348623157E308";

inline Validator any() { return {}; }
inline Validator atLeast(int64_t min)
{
    Validator v;
    v.min = min;
    return v;
}
inline Validator between(int64_t min, int64_t max)
{
    Validator v;
    v.min = min;
    v.max = max;
    return v;
}
inline Validator oneOf(std::vector<std::string> allowed)
{
    Validator v;
    v.oneOf = std::move(allowed);
    return v;
}
inline Validator custom(CustomCheck check)
{
    Validator v;
    v.custom = check;
    return v;
}

inline ConfigDef define(std::string name, ConfigType type, std::optional<std::string> defaultText, Importance importance,
                        Validator validator, std::string documentation)
{
    ConfigDef d;
    d.name = std::move(name);
    d.type = type;
    d.defaultText = std::move(defaultText);
    d.importance = importance;
    d.validator = std::move(validator);
    d.documentation = std::move(documentation);
    return d;
}

inline std::vector<std::string> compressionTypes()
{
    return {"uncompressed", "zstd", "lz4", "snappy", "gzip", "producer"};
}

// gzip takes -1 (zlib's default) or a level from 1 to 9.
inline std::optional<std::string> checkGzipLevel(const ConfigValue& value)
{
    const auto* n = std::get_if<int64_t>(&value);
    if (!n || *n == -1 || (*n >= 1 && *n <= 9))
        return std::nullopt;
    return "Value must be -1 or in the range [1, 9]";
}

} // namespace samsa::config::table
