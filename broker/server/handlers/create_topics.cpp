#include "protocol/messages/create_topics.h"

#include "common/config/describe.h"
#include "server/broker_core.h"
#include "server/handlers/admin_support.h"
#include "server/handlers/handlers.h"

namespace samsa::server::handlers {

using protocol::messages::CreateTopicsRequest;
using protocol::messages::CreateTopicsResponse;
using TopicResult = CreateTopicsResponse::CreatableTopicResult;

namespace {

// Validates what the controller cannot see (null config values: its config map has no
// room for them) and builds its spec.
cluster::AdminResult toSpec(const CreateTopicsRequest::CreatableTopic& topic,
                            cluster::NewTopic& spec) {
    spec.name = topic.name;
    spec.numPartitions = topic.numPartitions;
    spec.replicationFactor = topic.replicationFactor;
    for (const auto& a : topic.assignments)
        spec.assignments[a.partitionIndex] = a.brokerIds;
    for (const auto& c : topic.configs) {
        if (!c.value)
            return {ErrorCode::InvalidConfig,
                    "Null value not supported for topic configs: " + c.name};
        spec.configs[c.name] = *c.value;
    }
    return {};
}

// v5+ tells the client what it got: partitions, replication factor and every config
// with its source.
void describeCreated(RequestContext& ctx, const cluster::NewTopic& spec, TopicResult& out) {
    auto& broker = ctx.broker;
    const auto shape = broker.controller().resolveShape(spec);
    out.numPartitions = shape.partitions;
    out.replicationFactor = shape.replicationFactor;
    if (const auto* created = broker.metadata().find(spec.name)) out.topicId = created->id;
    out.configs.emplace();
    for (const auto& e :
         config::describeTopicConfigs(broker.config(), parsedOverrides(spec.configs)))
        out.configs->push_back(
            {e.name, e.value, e.readOnly, static_cast<int8_t>(e.source), e.sensitive, {}});
}

} // namespace

asio::awaitable<Response> createTopics(RequestContext& ctx) {
    const auto request = ctx.decode<CreateTopicsRequest>();
    const auto repeated = duplicates(request.topics, [](const auto& t) { return t.name; });
    const size_t count = request.topics.size();
    std::vector<cluster::NewTopic> specs(count);
    std::vector<cluster::AdminResult> results(count);
    // The valid topics go to the controller together, so that creating many of them
    // costs one round of syncs rather than one per topic.
    std::vector<cluster::NewTopic> valid;
    std::vector<size_t> validIndex;
    for (size_t i = 0; i < count; ++i) {
        const auto& topic = request.topics[i];
        if (!ctx.versionServed())
            results[i] = unsupportedVersion(ctx);
        else if (repeated.count(topic.name))
            results[i] = {ErrorCode::InvalidRequest,
                          "Create topics request contains multiple entries for the topic " + topic.name};
        else if (results[i] = toSpec(topic, specs[i]); results[i].ok()) {
            valid.push_back(specs[i]);
            validIndex.push_back(i);
        }
    }
    const auto created = ctx.broker.controller().createTopics(valid, request.validateOnly);
    for (size_t k = 0; k < validIndex.size(); ++k) results[validIndex[k]] = created[k];

    CreateTopicsResponse response;
    for (size_t i = 0; i < count; ++i) {
        auto& out = response.topics.emplace_back();
        out.name = request.topics[i].name;
        out.errorCode = toWire(results[i].error);
        out.errorMessage = messageOf(results[i]);
        if (results[i].ok()) describeCreated(ctx, specs[i], out);
    }
    co_return ctx.respond(response);
}

} // namespace samsa::server::handlers
