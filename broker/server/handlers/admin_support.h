#pragma once

// What the admin handlers (topics, partitions, configs) share: error messages, the
// config resource kinds and the rules for broker resources.

#include "cluster/controller.h"
#include "common/config/config_types.h"
#include "server/request_context.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace samsa::server::handlers {

// Kafka's ConfigResource.Type ids as they travel in DescribeConfigs / AlterConfigs.
enum class ResourceType : int8_t {
    Unknown = 0,
    Any = 1,
    Topic = 2,
    Group = 3,
    Broker = 4,
    BrokerLogger = 8,
    ClientMetrics = 16,
};

std::string_view resourceTypeName(int8_t type);

// The error_message field for a result: null on success, else the result's sentence
// (or the code's generic one when the service gave none).
std::optional<std::string> messageOf(const cluster::AdminResult& result);

// UNSUPPORTED_VERSION for a request below the versions the broker serves, naming them.
cluster::AdminResult unsupportedVersion(const RequestContext& ctx);

// A broker resource names this node by id, or is empty for the cluster-wide defaults;
// anything else is INVALID_REQUEST, as on a Kafka broker.
cluster::AdminResult checkBrokerResource(const BrokerCore& broker, const std::string& name);

// AlterConfigs / IncrementalAlterConfigs on a broker resource. Read-only keys are
// refused the way Kafka refuses them; dynamic keys are refused too, honestly, because
// this broker does not keep dynamic broker configs.
cluster::AdminResult alterBrokerConfigs(const BrokerCore& broker, const std::string& name,
                                        const std::vector<std::string>& keys);

// A topic's stored overrides as typed values (they were validated when set).
config::ConfigValues parsedOverrides(const config::ConfigStrings& overrides);

// Names that appear more than once; Kafka rejects every entry of such a name.
template <typename Range, typename Key>
std::set<std::string> duplicates(const Range& items, Key key) {
    std::set<std::string> seen;
    std::set<std::string> repeated;
    for (const auto& item : items)
        if (!seen.insert(key(item)).second) repeated.insert(key(item));
    return repeated;
}

// The part AlterConfigs and IncrementalAlterConfigs share: one result per resource,
// topics handed to `alterTopic` (returning an AdminResult), broker resources to
// alterBrokerConfigs, other resource types refused.
template <typename Response, typename Request, typename AlterTopic>
Response alterEachResource(RequestContext& ctx, const Request& request, AlterTopic alterTopic) {
    Response response;
    for (const auto& resource : request.resources) {
        std::vector<std::string> keys;
        for (const auto& c : resource.configs)
            keys.push_back(c.name);
        cluster::AdminResult result;
        if (!ctx.versionServed()) {
            result = unsupportedVersion(ctx);
        } else if (!duplicates(keys, [](const std::string& k) { return k; }).empty()) {
            result = {ErrorCode::InvalidRequest, "Error due to duplicate config keys"};
        } else if (resource.resourceType == static_cast<int8_t>(ResourceType::Topic)) {
            auto problem = cluster::checkTopicName(resource.resourceName);
            result = problem ? cluster::AdminResult{ErrorCode::InvalidTopicException, *problem}
                             : alterTopic(resource);
        } else if (resource.resourceType == static_cast<int8_t>(ResourceType::Broker)) {
            result = alterBrokerConfigs(ctx.broker, resource.resourceName, keys);
        } else {
            result = {ErrorCode::InvalidRequest,
                      "Unsupported resource type: " +
                          std::string(resourceTypeName(resource.resourceType))};
        }
        auto& out = response.responses.emplace_back();
        out.errorCode = toWire(result.error);
        out.errorMessage = messageOf(result);
        out.resourceType = resource.resourceType;
        out.resourceName = resource.resourceName;
    }
    return response;
}

} // namespace samsa::server::handlers
