// Configs and log directories. Broker resources are answered by the broker they name;
// topic resources and the cluster-wide broker default by any broker.
#include <charconv>

#include "client/admin_ops.h"
#include "client/gather.h"
#include "protocol/messages/alter_configs.h"
#include "protocol/messages/describe_configs.h"
#include "protocol/messages/describe_log_dirs.h"
#include "protocol/messages/incremental_alter_configs.h"

namespace samsa::client::ops {

namespace msg = protocol::messages;

namespace {

ConfigSource sourceFromWire(int8_t s) {
    return s >= 0 && s <= 6 ? static_cast<ConfigSource>(s) : ConfigSource::Unknown;
}

Target targetFor(const ConfigResource& r) {
    if (r.type == ConfigResourceType::Broker || r.type == ConfigResourceType::BrokerLogger) {
        int32_t id = -1;
        auto [end, ec] = std::from_chars(r.name.data(), r.name.data() + r.name.size(), id);
        if (ec == std::errc() && end == r.name.data() + r.name.size() && id >= 0) return Target::node(id);
    }
    return Target::any();
}

// Resources grouped by the broker that must answer for them; -1 is "any broker".
template <typename Item>
std::map<int32_t, std::vector<Item>> byTarget(const std::vector<Item>& items, ConfigResource Item::*resource) {
    std::map<int32_t, std::vector<Item>> out;
    for (const auto& item : items) {
        const Target t = targetFor(item.*resource);
        out[t.kind == Target::Kind::Node ? t.nodeId : -1].push_back(item);
    }
    return out;
}

Target toTarget(int32_t key) { return key < 0 ? Target::any() : Target::node(key); }

ConfigEntry entryFrom(const msg::DescribeConfigsResponse::DescribeConfigsResourceResult& c, int16_t version) {
    ConfigEntry e;
    e.name = c.name;
    e.value = c.value;
    e.readOnly = c.readOnly;
    e.sensitive = c.isSensitive;
    if (version == 0) {
        // v0 has only a default flag.
        e.isDefault = c.isDefault;
        e.source = c.isDefault ? ConfigSource::Default : ConfigSource::Unknown;
    } else {
        e.source = sourceFromWire(c.configSource);
        e.isDefault = e.source == ConfigSource::Default;
    }
    for (const auto& s : c.synonyms) e.synonyms.push_back(ConfigSynonym{s.name, s.value, sourceFromWire(s.source)});
    e.type = c.configType;
    if (c.documentation && !c.documentation->empty()) e.documentation = c.documentation;
    return e;
}

// Shared by both alter flavours: one request per target broker, answers in one list.
template <typename Response, typename Request, typename Fill>
Op<std::vector<ResourceResult>> alterPerTarget(NetworkClient& net, const std::vector<ConfigResource>& resources,
                                               Clock::time_point deadline, Fill fill) {
    struct Keyed {
        ConfigResource resource;
    };
    std::vector<Keyed> keyed;
    for (const auto& r : resources) keyed.push_back({r});
    std::vector<Op<std::vector<ResourceResult>>> calls;
    for (auto& [target, group] : byTarget(keyed, &Keyed::resource)) {
        calls.push_back([](NetworkClient& net, int32_t target, std::vector<Keyed> group, Clock::time_point deadline,
                           Fill fill) -> Op<std::vector<ResourceResult>> {
            Request request;
            for (const auto& k : group) fill(request, k.resource);
            auto reply = co_await net.retrying(deadline, [&]() -> Op<Reply<Response>> {
                co_return co_await net.send<Response>(toTarget(target), request, deadline);
            });
            if (!reply) co_return reply.error();
            std::vector<ResourceResult> out;
            for (const auto& r : reply->body.responses)
                out.push_back(ResourceResult{
                    ConfigResource{static_cast<ConfigResourceType>(r.resourceType), r.resourceName},
                    itemError(r.errorCode, r.errorMessage, reply->nodeId)});
            co_return out;
        }(net, target, std::move(group), deadline, fill));
    }
    std::vector<ResourceResult> out;
    for (auto& part : co_await gather(std::move(calls))) {
        if (!part) co_return part.error();
        for (auto& r : *part) out.push_back(std::move(r));
    }
    co_return out;
}

} // namespace

Op<std::vector<ResourceConfigs>> describeConfigs(NetworkClient& net, std::vector<ConfigResource> resources,
                                                 DescribeConfigsOptions options, Clock::time_point deadline) {
    struct Keyed {
        ConfigResource resource;
    };
    std::vector<Keyed> keyed;
    for (const auto& r : resources) keyed.push_back({r});
    std::vector<Op<std::vector<ResourceConfigs>>> calls;
    for (auto& [target, group] : byTarget(keyed, &Keyed::resource)) {
        calls.push_back([](NetworkClient& net, int32_t target, std::vector<Keyed> group, DescribeConfigsOptions options,
                           Clock::time_point deadline) -> Op<std::vector<ResourceConfigs>> {
            msg::DescribeConfigsRequest request;
            request.includeSynonyms = options.includeSynonyms;
            request.includeDocumentation = options.includeDocumentation;
            for (const auto& k : group) {
                msg::DescribeConfigsRequest::DescribeConfigsResource r;
                r.resourceType = static_cast<int8_t>(k.resource.type);
                r.resourceName = k.resource.name;
                r.configurationKeys.reset(); // every key
                request.resources.push_back(std::move(r));
            }
            auto reply = co_await net.retrying(deadline, [&]() -> Op<Reply<msg::DescribeConfigsResponse>> {
                co_return co_await net.send<msg::DescribeConfigsResponse>(toTarget(target), request, deadline);
            });
            if (!reply) co_return reply.error();
            std::vector<ResourceConfigs> out;
            for (const auto& r : reply->body.results) {
                ResourceConfigs rc;
                rc.resource = ConfigResource{static_cast<ConfigResourceType>(r.resourceType), r.resourceName};
                rc.error = itemError(r.errorCode, r.errorMessage, reply->nodeId);
                for (const auto& c : r.configs) rc.entries.push_back(entryFrom(c, reply->version));
                out.push_back(std::move(rc));
            }
            co_return out;
        }(net, target, std::move(group), options, deadline));
    }
    std::vector<ResourceConfigs> out;
    for (auto& part : co_await gather(std::move(calls))) {
        if (!part) co_return part.error();
        for (auto& r : *part) out.push_back(std::move(r));
    }
    co_return out;
}

Op<std::vector<ResourceResult>> incrementalAlterConfigs(NetworkClient& net,
                                                        std::map<ConfigResource, std::vector<ConfigAlteration>> changes,
                                                        bool validateOnly, Clock::time_point deadline) {
    std::vector<ConfigResource> resources;
    for (const auto& [r, c] : changes) resources.push_back(r);
    auto fill = [&changes, validateOnly](msg::IncrementalAlterConfigsRequest& request, const ConfigResource& resource) {
        request.validateOnly = validateOnly;
        msg::IncrementalAlterConfigsRequest::AlterConfigsResource r;
        r.resourceType = static_cast<int8_t>(resource.type);
        r.resourceName = resource.name;
        for (const auto& a : changes.at(resource))
            r.configs.push_back({a.name, static_cast<int8_t>(a.op), a.value, {}});
        request.resources.push_back(std::move(r));
    };
    co_return co_await alterPerTarget<msg::IncrementalAlterConfigsResponse, msg::IncrementalAlterConfigsRequest>(
        net, resources, deadline, fill);
}

Op<std::vector<ResourceResult>> alterConfigs(NetworkClient& net,
                                             std::map<ConfigResource, std::map<std::string, std::string>> configs,
                                             bool validateOnly, Clock::time_point deadline) {
    std::vector<ConfigResource> resources;
    for (const auto& [r, c] : configs) resources.push_back(r);
    auto fill = [&configs, validateOnly](msg::AlterConfigsRequest& request, const ConfigResource& resource) {
        request.validateOnly = validateOnly;
        msg::AlterConfigsRequest::AlterConfigsResource r;
        r.resourceType = static_cast<int8_t>(resource.type);
        r.resourceName = resource.name;
        for (const auto& [name, value] : configs.at(resource)) r.configs.push_back({name, value, {}});
        request.resources.push_back(std::move(r));
    };
    co_return co_await alterPerTarget<msg::AlterConfigsResponse, msg::AlterConfigsRequest>(net, resources, deadline,
                                                                                           fill);
}

Op<std::vector<LogDirInfo>> describeLogDirs(NetworkClient& net, std::vector<int32_t> brokers,
                                            Clock::time_point deadline) {
    if (brokers.empty()) {
        auto md = co_await net.metadata(deadline);
        if (!md) co_return md.error();
        for (const auto& [id, b] : (*md)->brokers) brokers.push_back(id);
    }
    std::vector<Op<std::vector<LogDirInfo>>> calls;
    for (int32_t broker : brokers) {
        calls.push_back([](NetworkClient& net, int32_t broker, Clock::time_point deadline) -> Op<std::vector<LogDirInfo>> {
            msg::DescribeLogDirsRequest request;
            request.topics.reset(); // every partition
            auto reply = co_await net.retrying(deadline, [&]() -> Op<Reply<msg::DescribeLogDirsResponse>> {
                co_return co_await net.send<msg::DescribeLogDirsResponse>(Target::node(broker), request, deadline);
            });
            if (!reply) co_return reply.error();
            if (auto e = itemError(reply->body.errorCode, std::nullopt, broker)) co_return *e;
            std::vector<LogDirInfo> out;
            for (const auto& d : reply->body.results) {
                LogDirInfo info;
                info.broker = broker;
                info.path = d.logDir;
                info.error = itemError(d.errorCode, std::nullopt, broker);
                info.totalBytes = d.totalBytes;
                info.usableBytes = d.usableBytes;
                for (const auto& t : d.topics)
                    for (const auto& p : t.partitions)
                        info.partitions.push_back(
                            LogDirPartition{{t.name, p.partitionIndex}, p.partitionSize, p.offsetLag, p.isFutureKey});
                out.push_back(std::move(info));
            }
            co_return out;
        }(net, broker, deadline));
    }
    std::vector<LogDirInfo> out;
    for (auto& part : co_await gather(std::move(calls))) {
        if (!part) co_return part.error();
        for (auto& r : *part) out.push_back(std::move(r));
    }
    co_return out;
}

} // namespace samsa::client::ops
