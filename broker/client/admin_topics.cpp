// Topic lifecycle: create, delete, add partitions. All go to the controller; a
// NOT_CONTROLLER answer means nothing was done, so the whole request is sent again to
// the new controller.
#include <algorithm>

#include "client/admin_ops.h"
#include "protocol/messages/create_partitions.h"
#include "protocol/messages/create_topics.h"
#include "protocol/messages/delete_topics.h"

namespace samsa::client::ops {

namespace msg = protocol::messages;

namespace {

// Sends a controller request until no item comes back NOT_CONTROLLER.
template <typename Response, typename Request, typename ItemsOf>
Op<Reply<Response>> sendToController(NetworkClient& net, const Request& request, Clock::time_point deadline,
                                     ItemsOf itemsOf, int16_t minVersion = Request::kMinVersion) {
    co_return co_await net.retrying(deadline, [&]() -> Op<Reply<Response>> {
        auto reply = co_await net.send<Response>(Target::controller(), request, deadline, minVersion);
        if (!reply) co_return reply;
        for (const auto& item : itemsOf(reply->body))
            if (errorFromWire(item.errorCode) == ErrorCode::NotController)
                co_return makeError(ErrorCode::NotController, "the controller moved", reply->nodeId);
        co_return reply;
    });
}

ConfigSource sourceFromWire(int8_t s) {
    return s >= 0 && s <= 6 ? static_cast<ConfigSource>(s) : ConfigSource::Unknown;
}

} // namespace

Op<std::vector<CreateTopicResult>> createTopics(NetworkClient& net, std::vector<NewTopic> topics,
                                                CreateTopicsOptions options, Clock::time_point deadline) {
    msg::CreateTopicsRequest request;
    request.validateOnly = options.validateOnly;
    request.timeoutMs = remainingMs(deadline);
    for (const auto& t : topics) {
        msg::CreateTopicsRequest::CreatableTopic ct;
        ct.name = t.name;
        // With explicit assignments the counts must be -1: the assignment says it all.
        ct.numPartitions = t.assignments.empty() ? t.numPartitions : -1;
        ct.replicationFactor = t.assignments.empty() ? t.replicationFactor : int16_t(-1);
        for (const auto& [partition, replicas] : t.assignments)
            ct.assignments.push_back({partition, replicas, {}});
        for (const auto& [name, value] : t.configs) ct.configs.push_back({name, value, {}});
        request.topics.push_back(std::move(ct));
    }
    // Defaults (-1 counts) need v4, the first version that allows them.
    const bool needsDefaults = std::any_of(topics.begin(), topics.end(), [](const NewTopic& t) {
        return t.assignments.empty() && (t.numPartitions < 0 || t.replicationFactor < 0);
    });
    auto reply = co_await sendToController<msg::CreateTopicsResponse>(
        net, request, deadline, [](const msg::CreateTopicsResponse& r) -> const auto& { return r.topics; },
        needsDefaults ? 4 : 0);
    if (!reply) co_return reply.error();
    if (!options.validateOnly) net.invalidateMetadata();
    std::vector<CreateTopicResult> out;
    for (const auto& t : reply->body.topics) {
        CreateTopicResult r;
        r.name = t.name;
        r.error = itemError(t.errorCode, t.errorMessage, reply->nodeId);
        r.topicId = t.topicId;
        r.numPartitions = t.numPartitions;
        r.replicationFactor = t.replicationFactor;
        if (t.configs)
            for (const auto& c : *t.configs) {
                ConfigEntry e;
                e.name = c.name;
                e.value = c.value;
                e.readOnly = c.readOnly;
                e.source = sourceFromWire(c.configSource);
                e.isDefault = e.source == ConfigSource::Default;
                e.sensitive = c.isSensitive;
                r.configs.push_back(std::move(e));
            }
        out.push_back(std::move(r));
    }
    co_return out;
}

Op<std::vector<TopicResult>> deleteTopics(NetworkClient& net, std::vector<std::string> topics,
                                          Clock::time_point deadline) {
    msg::DeleteTopicsRequest request;
    request.timeoutMs = remainingMs(deadline);
    // Versions up to 5 carry names in topicNames, 6 and later in topics: fill both, the
    // codec writes the one the negotiated version has.
    request.topicNames = topics;
    for (const auto& name : topics) {
        msg::DeleteTopicsRequest::DeleteTopicState s;
        s.name = name;
        request.topics.push_back(std::move(s));
    }
    auto reply = co_await sendToController<msg::DeleteTopicsResponse>(
        net, request, deadline, [](const msg::DeleteTopicsResponse& r) -> const auto& { return r.responses; });
    if (!reply) co_return reply.error();
    net.invalidateMetadata();
    std::vector<TopicResult> out;
    for (const auto& t : reply->body.responses)
        out.push_back(TopicResult{t.name.value_or(t.topicId.toBase64()),
                                  itemError(t.errorCode, t.errorMessage, reply->nodeId)});
    co_return out;
}

Op<std::vector<TopicResult>> createPartitions(NetworkClient& net, std::vector<NewPartitions> topics,
                                              bool validateOnly, Clock::time_point deadline) {
    msg::CreatePartitionsRequest request;
    request.timeoutMs = remainingMs(deadline);
    request.validateOnly = validateOnly;
    for (const auto& t : topics) {
        msg::CreatePartitionsRequest::CreatePartitionsTopic ct;
        ct.name = t.topic;
        ct.count = t.totalCount;
        if (t.assignments.empty()) {
            ct.assignments.reset(); // the broker places the replicas
        } else {
            for (const auto& replicas : t.assignments) ct.assignments->push_back({replicas, {}});
        }
        request.topics.push_back(std::move(ct));
    }
    auto reply = co_await sendToController<msg::CreatePartitionsResponse>(
        net, request, deadline, [](const msg::CreatePartitionsResponse& r) -> const auto& { return r.results; });
    if (!reply) co_return reply.error();
    net.invalidateMetadata();
    std::vector<TopicResult> out;
    for (const auto& t : reply->body.results)
        out.push_back(TopicResult{t.name, itemError(t.errorCode, t.errorMessage, reply->nodeId)});
    co_return out;
}

} // namespace samsa::client::ops
