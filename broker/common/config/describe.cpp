#include "common/config/describe.h"

#include "common/config/broker_config.h"
#include "common/config/config_def.h"
#include "common/config/topic_config.h"

#include <algorithm>

namespace samsa::config {

namespace {

std::optional<std::string> shown(const ConfigValue& value, bool sensitive)
{
    return sensitive ? std::nullopt : formatValue(value);
}

// Every layer in which one of the broker keys has a value, layer by layer.
std::vector<ConfigSynonymEntry> brokerSynonymEntries(const BrokerConfig& broker, const std::vector<std::string>& keys,
                                                     bool sensitive)
{
    std::vector<ConfigSynonymEntry> entries;
    const std::pair<const ConfigValues*, ConfigSource> layers[] = {
        {&broker.dynamicBrokerValues(), ConfigSource::DynamicBrokerConfig},
        {&broker.dynamicDefaultValues(), ConfigSource::DynamicDefaultBrokerConfig},
        {&broker.staticValues(), ConfigSource::StaticBrokerConfig},
    };
    for (const auto& [values, source] : layers)
        for (const std::string& key : keys)
            if (const auto it = values->find(key); it != values->end())
                entries.push_back({key, shown(it->second, sensitive), source});
    for (const std::string& key : keys) {
        const ConfigValue& dflt = broker.defaultValue(key);
        if (!std::holds_alternative<std::monostate>(dflt))
            entries.push_back({key, shown(dflt, sensitive), ConfigSource::DefaultConfig});
    }
    return entries;
}

bool wanted(const std::vector<std::string>& keys, const std::string& name)
{
    return keys.empty() || std::find(keys.begin(), keys.end(), name) != keys.end();
}

} // namespace

std::vector<ConfigEntry> describeTopicConfigs(const BrokerConfig& broker, const ConfigValues& overrides,
                                              const std::vector<std::string>& keys)
{
    std::vector<ConfigEntry> entries;
    for (const ConfigDef& def : topicConfigRegistry().definitions()) {
        if (!wanted(keys, def.name))
            continue;
        const ResolvedTopicValue resolved = resolveTopicValue(broker, overrides, def);
        ConfigEntry e;
        e.name = def.name;
        e.sensitive = def.sensitive();
        e.value = shown(resolved.value, e.sensitive);
        e.source = resolved.source;
        e.readOnly = false;
        e.type = def.type;
        e.documentation = def.documentation;
        if (const auto it = overrides.find(def.name); it != overrides.end())
            e.synonyms.push_back({def.name, shown(it->second, e.sensitive), ConfigSource::DynamicTopicConfig});
        std::vector<std::string> brokerKeys;
        for (const Synonym& s : def.synonyms)
            brokerKeys.push_back(s.name);
        for (auto& s : brokerSynonymEntries(broker, brokerKeys, e.sensitive))
            e.synonyms.push_back(std::move(s));
        entries.push_back(std::move(e));
    }
    return entries;
}

std::vector<ConfigEntry> describeBrokerConfigs(const BrokerConfig& broker, const std::vector<std::string>& keys)
{
    std::vector<ConfigEntry> entries;
    for (const ConfigDef& def : brokerConfigRegistry().definitions()) {
        if (!wanted(keys, def.name))
            continue;
        const BrokerConfig::Resolved resolved = broker.resolve(def.name);
        ConfigEntry e;
        e.name = def.name;
        e.sensitive = def.sensitive();
        e.value = shown(resolved.value, e.sensitive);
        e.source = resolved.source;
        e.readOnly = !def.dynamic;
        e.type = def.type;
        e.documentation = def.documentation;
        // Entries for more specific synonyms (log.retention.ms when describing
        // log.retention.hours) come before this key's own and are dropped, as Kafka does.
        auto synonyms = brokerSynonymEntries(broker, brokerSynonymGroup(def.name), e.sensitive);
        const auto own = std::find_if(synonyms.begin(), synonyms.end(),
                                      [&](const ConfigSynonymEntry& s) { return s.name == def.name; });
        e.synonyms.assign(std::make_move_iterator(own), std::make_move_iterator(synonyms.end()));
        entries.push_back(std::move(e));
    }
    return entries;
}

} // namespace samsa::config
