#include "server/handlers/admin_support.h"

#include "common/config/config_def.h"
#include "common/config/topic_config.h"
#include "protocol/messages/api_table.h"
#include "server/broker_core.h"

#include <charconv>

namespace samsa::server::handlers {

namespace {

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "" : ", ") + item;
    return out;
}

} // namespace

std::string_view resourceTypeName(int8_t type) {
    switch (static_cast<ResourceType>(type)) {
    case ResourceType::Any:
        return "ANY";
    case ResourceType::Topic:
        return "TOPIC";
    case ResourceType::Group:
        return "GROUP";
    case ResourceType::Broker:
        return "BROKER";
    case ResourceType::BrokerLogger:
        return "BROKER_LOGGER";
    case ResourceType::ClientMetrics:
        return "CLIENT_METRICS";
    case ResourceType::Unknown:
        break;
    }
    return "UNKNOWN";
}

std::optional<std::string> messageOf(const cluster::AdminResult& result) {
    if (result.ok()) return std::nullopt;
    if (!result.message.empty()) return result.message;
    return std::string(errorMessage(result.error));
}

cluster::AdminResult unsupportedVersion(const RequestContext& ctx) {
    const auto* api = protocol::messages::findApi(ctx.header.apiKey);
    std::string message = "version " + std::to_string(ctx.version()) + " is not supported";
    if (api)
        message = std::string(api->name) + " " + message + "; this broker serves versions " +
                  std::to_string(api->served.min) + " to " + std::to_string(api->served.max);
    return {ErrorCode::UnsupportedVersion, std::move(message)};
}

cluster::AdminResult checkBrokerResource(const BrokerCore& broker, const std::string& name) {
    if (name.empty()) return {};
    int32_t id = 0;
    const auto [end, ec] = std::from_chars(name.data(), name.data() + name.size(), id);
    if (ec != std::errc() || end != name.data() + name.size())
        return {ErrorCode::InvalidRequest, "Broker id must be an integer, but it is: " + name};
    if (id != broker.nodeId())
        return {ErrorCode::InvalidRequest, "Unexpected broker id, expected " +
                                               std::to_string(broker.nodeId()) +
                                               " or empty string, but received " + name};
    return {};
}

cluster::AdminResult alterBrokerConfigs(const BrokerCore& broker, const std::string& name,
                                        const std::vector<std::string>& keys) {
    if (auto checked = checkBrokerResource(broker, name); !checked.ok()) return checked;
    std::vector<std::string> readOnly;
    std::vector<std::string> dynamic;
    for (const auto& key : keys) {
        const auto* def = config::brokerConfigRegistry().find(key);
        (def && def->dynamic ? dynamic : readOnly).push_back(key);
    }
    if (!readOnly.empty())
        return {ErrorCode::InvalidRequest,
                "Cannot update these configs dynamically: " + joined(readOnly)};
    if (!dynamic.empty())
        return {
            ErrorCode::InvalidRequest,
            "This broker does not keep dynamic broker configs; set these in its server.properties "
            "and restart it: " +
                joined(dynamic)};
    return {};
}

config::ConfigValues parsedOverrides(const config::ConfigStrings& overrides) {
    auto parsed = config::parseTopicOverrides(overrides);
    return parsed ? std::move(parsed.value()) : config::ConfigValues{};
}

} // namespace samsa::server::handlers
