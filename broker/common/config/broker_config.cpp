#include "common/config/broker_config.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <map>
#include <stdexcept>

namespace samsa::config {

namespace {

std::string_view trim(std::string_view s)
{
    const auto first = s.find_first_not_of(" \t\r\n\f\v");
    if (first == std::string_view::npos)
        return {};
    return s.substr(first, s.find_last_not_of(" \t\r\n\f\v") - first + 1);
}

std::vector<std::string> splitNonEmpty(std::string_view s)
{
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= s.size()) {
        const auto comma = s.find(',', start);
        const auto item = trim(s.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
        if (!item.empty())
            out.emplace_back(item);
        if (comma == std::string_view::npos)
            break;
        start = comma + 1;
    }
    return out;
}

std::string upper(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return s;
}

const ConfigDef& brokerDef(std::string_view key)
{
    const ConfigDef* def = brokerConfigRegistry().find(key);
    if (!def)
        throw std::out_of_range("not a broker config: " + std::string(key));
    return *def;
}

ConfigValue withUnit(ConfigValue value, const Synonym& synonym, const ConfigDef& topicDef)
{
    if (auto* n = std::get_if<int64_t>(&value)) {
        *n = convertUnit(*n, synonym.conversion);
        if (topicDef.negativeMeansUnlimited && *n < 0)
            *n = -1;
    }
    return value;
}

} // namespace

ConfigResult<ConfigValues> BrokerConfig::parseLayer(const ConfigStrings& values, bool dynamicOnly,
                                                    std::vector<std::string>* warnings)
{
    ConfigValues parsed;
    for (const auto& [key, text] : values) {
        const ConfigDef* def = brokerConfigRegistry().find(key);
        if (!def) {
            if (dynamicOnly)
                return ConfigError{"Unknown broker configuration " + key};
            if (warnings)
                warnings->push_back("Unknown configuration '" + key + "' was ignored");
            continue;
        }
        if (dynamicOnly && !def->dynamic)
            return ConfigError{"Configuration " + key + " cannot be changed while the broker runs"};
        auto value = parseValue(*def, text);
        if (!value)
            return value.error();
        parsed.emplace(key, std::move(value.value()));
    }
    return parsed;
}

ConfigResult<BrokerConfig> BrokerConfig::create(const ConfigStrings& values, const ConfigEnvironment& env,
                                                std::vector<std::string>* warnings)
{
    BrokerConfig cfg;
    cfg.m_hostName = env.hostName.empty() ? "localhost" : env.hostName;
    cfg.m_environmentDefaults.emplace("log.dir", defaultDataDir(env));
    auto layer = parseLayer(values, false, warnings);
    if (!layer)
        return layer.error();
    cfg.m_static = std::move(layer.value());
    if (auto error = cfg.finish())
        return *error;
    return cfg;
}

BrokerConfig BrokerConfig::defaults(const ConfigEnvironment& env)
{
    auto cfg = create({}, env);
    if (!cfg)
        throw std::logic_error("broker defaults do not validate: " + cfg.error().message);
    return std::move(cfg.value());
}

ConfigResult<BrokerConfig> BrokerConfig::withDynamicConfigs(const ConfigStrings& perBroker,
                                                            const ConfigStrings& clusterDefault) const
{
    BrokerConfig cfg = *this;
    auto broker = parseLayer(perBroker, true, nullptr);
    if (!broker)
        return broker.error();
    auto cluster = parseLayer(clusterDefault, true, nullptr);
    if (!cluster)
        return cluster.error();
    cfg.m_dynamicBroker = std::move(broker.value());
    cfg.m_dynamicDefault = std::move(cluster.value());
    if (auto error = cfg.finish())
        return *error;
    return cfg;
}

const ConfigValue& BrokerConfig::defaultValue(std::string_view key) const
{
    const ConfigDef& def = brokerDef(key);
    if (const auto it = m_environmentDefaults.find(key); it != m_environmentDefaults.end())
        return it->second;
    return def.defaultValue;
}

BrokerConfig::Resolved BrokerConfig::resolve(std::string_view key) const
{
    const std::pair<const ConfigValues*, ConfigSource> layers[] = {
        {&m_dynamicBroker, ConfigSource::DynamicBrokerConfig},
        {&m_dynamicDefault, ConfigSource::DynamicDefaultBrokerConfig},
        {&m_static, ConfigSource::StaticBrokerConfig},
    };
    for (const auto& [values, source] : layers)
        if (const auto it = values->find(key); it != values->end())
            return {it->second, source};
    return {defaultValue(key), ConfigSource::DefaultConfig};
}

BrokerConfig::TopicDefault BrokerConfig::topicDefault(const ConfigDef& topicDef) const
{
    for (const Synonym& synonym : topicDef.synonyms) {
        const Resolved r = resolve(synonym.name);
        if (!std::holds_alternative<std::monostate>(r.value))
            return {withUnit(r.value, synonym, topicDef), r.source, synonym.name};
    }
    return {topicDef.defaultValue, ConfigSource::DefaultConfig, {}};
}

int64_t BrokerConfig::logRollMs() const
{
    return std::get<int64_t>(topicDefault(*topicConfigRegistry().find("segment.ms")).value);
}

int64_t BrokerConfig::logRetentionMs() const
{
    return std::get<int64_t>(topicDefault(*topicConfigRegistry().find("retention.ms")).value);
}

int64_t BrokerConfig::int64(std::string_view key) const
{
    const auto* v = std::get_if<int64_t>(&resolve(key).value);
    if (!v)
        throw std::logic_error(std::string(key) + " is not a set integer config");
    return *v;
}

bool BrokerConfig::boolean(std::string_view key) const
{
    const auto* v = std::get_if<bool>(&resolve(key).value);
    if (!v)
        throw std::logic_error(std::string(key) + " is not a set boolean config");
    return *v;
}

double BrokerConfig::real(std::string_view key) const
{
    const auto* v = std::get_if<double>(&resolve(key).value);
    if (!v)
        throw std::logic_error(std::string(key) + " is not a set double config");
    return *v;
}

std::string BrokerConfig::string(std::string_view key) const
{
    auto v = optionalString(key);
    if (!v)
        throw std::logic_error(std::string(key) + " is not set");
    return *v;
}

std::optional<std::string> BrokerConfig::optionalString(std::string_view key) const
{
    const ConfigValue& value = resolve(key).value;
    if (std::holds_alternative<std::monostate>(value))
        return std::nullopt;
    const auto* v = std::get_if<std::string>(&value);
    if (!v)
        throw std::logic_error(std::string(key) + " is not a string config");
    return *v;
}

std::vector<std::string> BrokerConfig::list(std::string_view key) const
{
    const auto* v = std::get_if<std::vector<std::string>>(&resolve(key).value);
    if (!v)
        throw std::logic_error(std::string(key) + " is not a list config");
    return *v;
}

std::optional<ConfigError> BrokerConfig::finish()
{
    // node.id wins; broker.id is its older name and must agree when both are given.
    const Resolved nodeId = resolve("node.id");
    const Resolved brokerId = resolve("broker.id");
    const bool nodeIdSet = nodeId.source != ConfigSource::DefaultConfig;
    const bool brokerIdSet = brokerId.source != ConfigSource::DefaultConfig && int64("broker.id") >= 0;
    m_nodeId = int32("node.id");
    if (brokerIdSet && !nodeIdSet)
        m_nodeId = int32("broker.id");
    else if (brokerIdSet && int64("broker.id") != m_nodeId)
        return ConfigError{"broker.id (" + std::to_string(int64("broker.id")) + ") must equal node.id (" +
                           std::to_string(m_nodeId) + ")"};

    // Listeners: syntax was checked per key; here names, protocols and ports together.
    auto protocolMap = parseSecurityProtocolMap(string("listener.security.protocol.map"));
    if (!protocolMap)
        return protocolMap.error();
    auto listeners = parseListeners(string("listeners"));
    if (!listeners)
        return ConfigError{"Invalid value for configuration listeners: " + listeners.error().message};
    auto resolved = applySecurityProtocols(std::move(listeners.value()), *protocolMap);
    if (!resolved)
        return ConfigError{"Invalid value for configuration listeners: " + resolved.error().message};
    m_listeners = std::move(resolved.value());
    if (m_listeners.empty())
        return ConfigError{"listeners must name at least one listener"};
    std::map<uint16_t, std::string> ports;
    for (const Listener& l : m_listeners) {
        if (l.securityProtocol != "PLAINTEXT")
            return ConfigError{"listener " + l.toString() + " uses security protocol " + l.securityProtocol +
                               "; this broker supports only PLAINTEXT"};
        if (l.port != 0) {
            const auto [it, fresh] = ports.emplace(l.port, l.name);
            if (!fresh)
                return ConfigError{"listeners " + it->second + " and " + l.name + " both use port " + std::to_string(l.port)};
        }
    }

    std::vector<std::string> controllerNames;
    for (std::string& name : splitNonEmpty(optionalString("controller.listener.names").value_or("")))
        controllerNames.push_back(upper(std::move(name)));
    const auto isControllerListener = [&](const Listener& l) {
        return std::find(controllerNames.begin(), controllerNames.end(), l.name) != controllerNames.end();
    };
    m_clientListeners.clear();
    std::copy_if(m_listeners.begin(), m_listeners.end(), std::back_inserter(m_clientListeners),
                 [&](const Listener& l) { return !isControllerListener(l); });
    if (m_clientListeners.empty())
        return ConfigError{"no listener is left for clients once controller.listener.names are set aside"};
    const auto isListenerName = [&](const std::string& name) {
        return std::any_of(m_listeners.begin(), m_listeners.end(), [&](const Listener& l) { return l.name == name; });
    };
    if (auto ibl = optionalString("inter.broker.listener.name"); ibl && !trim(*ibl).empty() && !isListenerName(upper(*ibl)))
        return ConfigError{"inter.broker.listener.name " + *ibl + " is not one of the listeners"};

    const std::string advertisedText = optionalString("advertised.listeners").value_or("");
    if (!trim(advertisedText).empty()) {
        auto advertised = parseListeners(advertisedText);
        if (!advertised)
            return ConfigError{"Invalid value for configuration advertised.listeners: " + advertised.error().message};
        auto withProtocols = applySecurityProtocols(std::move(advertised.value()), *protocolMap);
        if (!withProtocols)
            return ConfigError{"Invalid value for configuration advertised.listeners: " + withProtocols.error().message};
        m_advertisedListeners = std::move(withProtocols.value());
        for (const Listener& l : m_advertisedListeners)
            if (!isListenerName(l.name))
                return ConfigError{"advertised listener " + l.name + " is not one of the listeners"};
    } else {
        m_advertisedListeners = m_clientListeners;
        for (Listener& l : m_advertisedListeners)
            if (l.host.empty())
                l.host = m_hostName;
    }
    for (const Listener& l : m_advertisedListeners)
        if (l.bindsAllInterfaces())
            return ConfigError{"advertised listener " + l.toString() +
                               " uses a wildcard address that clients cannot connect to; set advertised.listeners "
                               "to a routable host"};

    // Data directories.
    const std::string dirsText = optionalString("log.dirs").value_or("");
    m_logDirs = splitNonEmpty(trim(dirsText).empty() ? string("log.dir") : dirsText);
    if (m_logDirs.empty())
        return ConfigError{"log.dirs and log.dir name no directory"};

    if (groupMinSessionTimeoutMs() > groupMaxSessionTimeoutMs())
        return ConfigError{"group.min.session.timeout.ms (" + std::to_string(groupMinSessionTimeoutMs()) +
                           ") must not exceed group.max.session.timeout.ms (" + std::to_string(groupMaxSessionTimeoutMs()) + ")"};

    // A broker value must also be a valid topic value, since every topic without an override
    // inherits it (e.g. log.roll.ms=0 would make segment.ms 0).
    for (const ConfigDef& topicDef : topicConfigRegistry().definitions()) {
        const TopicDefault td = topicDefault(topicDef);
        if (auto error = checkValue(topicDef, td.value))
            return ConfigError{"the value of " + (td.brokerKey.empty() ? topicDef.name : td.brokerKey) +
                               " is not a valid topic default: " + *error};
    }
    return std::nullopt;
}

} // namespace samsa::config
