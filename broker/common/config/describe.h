#pragma once

#include "common/config/config_types.h"

#include <optional>
#include <string>
#include <vector>

namespace samsa::config {

class BrokerConfig;

// One synonym of a DescribeConfigs result: a key that could supply the value, and where
// it is set. Values are as written for that key (168 for log.retention.hours, not ms).
struct ConfigSynonymEntry {
    std::string name;
    std::optional<std::string> value;
    ConfigSource source = ConfigSource::DefaultConfig;
};

// One DescribeConfigs result entry, ready for the response.
struct ConfigEntry {
    std::string name;
    std::optional<std::string> value; // null when unset or sensitive
    ConfigSource source = ConfigSource::DefaultConfig;
    bool readOnly = true;
    bool sensitive = false;
    ConfigType type = ConfigType::Unknown;
    // Kafka's order: by layer (topic, dynamic broker, dynamic default, static, default), and
    // within a layer by synonym order.
    std::vector<ConfigSynonymEntry> synonyms;
    std::string documentation;
};

// Entries for a topic with the given validated overrides: every topic config in table order,
// or only the named keys (names that are not topic configs are left out, as Kafka does).
std::vector<ConfigEntry> describeTopicConfigs(const BrokerConfig& broker, const ConfigValues& overrides,
                                              const std::vector<std::string>& keys = {});

// Entries for this broker's own configs, likewise.
std::vector<ConfigEntry> describeBrokerConfigs(const BrokerConfig& broker, const std::vector<std::string>& keys = {});

} // namespace samsa::config
