#include "protocol/messages/describe_configs.h"

#include "common/config/broker_config.h"
#include "common/config/config_def.h"
#include "common/config/describe.h"
#include "server/broker_core.h"
#include "server/handlers/admin_support.h"
#include "server/handlers/handlers.h"

#include <algorithm>

namespace samsa::server::handlers {

using protocol::messages::DescribeConfigsRequest;
using protocol::messages::DescribeConfigsResponse;
using Resource = DescribeConfigsRequest::DescribeConfigsResource;
using ResourceResult = DescribeConfigsResponse::DescribeConfigsResult;

namespace {

// An empty broker name asks for the cluster-wide dynamic defaults: only keys set at that
// layer, each shown with that layer's value and without per-broker synonyms.
std::vector<config::ConfigEntry> describeClusterDefaults(const config::BrokerConfig& broker,
                                                         const std::vector<std::string>& keys) {
    std::vector<std::string> names;
    for (const auto& [name, value] : broker.dynamicDefaultValues())
        if (keys.empty() || std::find(keys.begin(), keys.end(), name) != keys.end())
            names.push_back(name);
    if (names.empty()) return {};
    auto entries = config::describeBrokerConfigs(broker, names);
    for (auto& e : entries) {
        e.value = e.sensitive ? std::nullopt
                              : config::formatValue(broker.dynamicDefaultValues().at(e.name));
        e.source = config::ConfigSource::DynamicDefaultBrokerConfig;
        std::erase_if(e.synonyms, [](const auto& s) {
            return s.source == config::ConfigSource::DynamicBrokerConfig;
        });
    }
    return entries;
}

cluster::AdminResult describe(RequestContext& ctx, const Resource& resource,
                              std::vector<config::ConfigEntry>& entries) {
    // Null and empty key lists both mean every config.
    const auto keys = resource.configurationKeys.value_or(std::vector<std::string>{});
    const auto& name = resource.resourceName;
    switch (static_cast<ResourceType>(resource.resourceType)) {
    case ResourceType::Topic: {
        if (auto problem = cluster::checkTopicName(name))
            return {ErrorCode::InvalidTopicException, *problem};
        const auto* topic = ctx.broker.metadata().find(name);
        if (!topic)
            return {ErrorCode::UnknownTopicOrPartition, "The topic '" + name + "' does not exist."};
        entries = config::describeTopicConfigs(ctx.broker.config(),
                                               parsedOverrides(topic->overrides), keys);
        return {};
    }
    case ResourceType::Broker: {
        if (auto checked = checkBrokerResource(ctx.broker, name); !checked.ok()) return checked;
        entries = name.empty() ? describeClusterDefaults(ctx.broker.config(), keys)
                               : config::describeBrokerConfigs(ctx.broker.config(), keys);
        return {};
    }
    default:
        return {ErrorCode::InvalidRequest,
                "Unsupported resource type: " +
                    std::string(resourceTypeName(resource.resourceType))};
    }
}

DescribeConfigsResponse::DescribeConfigsResourceResult
toResult(const config::ConfigEntry& e, const DescribeConfigsRequest& request) {
    DescribeConfigsResponse::DescribeConfigsResourceResult out;
    out.name = e.name;
    out.value = e.value;
    out.readOnly = e.readOnly;
    out.isDefault = e.source == config::ConfigSource::DefaultConfig;
    out.configSource = static_cast<int8_t>(e.source);
    out.isSensitive = e.sensitive;
    out.configType = static_cast<int8_t>(e.type);
    out.documentation =
        request.includeDocumentation ? std::optional(e.documentation) : std::nullopt;
    if (request.includeSynonyms)
        for (const auto& s : e.synonyms)
            out.synonyms.push_back({s.name, s.value, static_cast<int8_t>(s.source), {}});
    return out;
}

} // namespace

asio::awaitable<Response> describeConfigs(RequestContext& ctx) {
    const auto request = ctx.decode<DescribeConfigsRequest>();
    DescribeConfigsResponse response;
    for (const auto& resource : request.resources) {
        auto& out = response.results.emplace_back();
        out.resourceType = resource.resourceType;
        out.resourceName = resource.resourceName;
        std::vector<config::ConfigEntry> entries;
        const auto result =
            ctx.versionServed() ? describe(ctx, resource, entries) : unsupportedVersion(ctx);
        out.errorCode = toWire(result.error);
        out.errorMessage = messageOf(result);
        for (const auto& e : entries)
            out.configs.push_back(toResult(e, request));
    }
    co_return ctx.respond(response);
}

} // namespace samsa::server::handlers
