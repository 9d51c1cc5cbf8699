#include "protocol/messages/metadata.h"
#include "server/broker_core.h"
#include "server/handlers/handlers.h"

namespace samsa::server::handlers {

using protocol::messages::MetadataRequest;
using protocol::messages::MetadataResponse;

namespace {

MetadataResponse::MetadataResponseTopic describeTopic(const cluster::TopicMetadata& t) {
    MetadataResponse::MetadataResponseTopic out;
    out.name = t.name;
    out.topicId = t.id;
    out.isInternal = t.internal;
    for (const auto& p : t.partitions) {
        MetadataResponse::MetadataResponsePartition part;
        part.partitionIndex = p.partition;
        part.leaderId = p.leader;
        part.leaderEpoch = p.leaderEpoch;
        part.replicaNodes = p.replicas;
        part.isrNodes = p.isr;
        out.partitions.push_back(std::move(part));
    }
    return out;
}

MetadataResponse::MetadataResponseTopic topicError(std::optional<std::string> name, ErrorCode error) {
    MetadataResponse::MetadataResponseTopic out;
    out.name = std::move(name);
    out.errorCode = toWire(error);
    return out;
}

} // namespace

asio::awaitable<Response> metadata(RequestContext& ctx) {
    const auto request = ctx.decode<MetadataRequest>();
    auto& broker = ctx.broker;
    MetadataResponse response;
    response.brokers.push_back({broker.nodeId(), broker.advertisedHost(), broker.advertisedPort(),
                                broker.config().brokerRack(), {}});
    response.clusterId = broker.clusterId();
    response.controllerId = broker.nodeId();

    // v0 asks for every topic with an empty list; v1+ with a null one.
    const bool allTopics = !request.topics || (ctx.version() == 0 && request.topics->empty());
    if (allTopics) {
        for (const auto& [name, topic] : broker.metadata().topics()) response.topics.push_back(describeTopic(topic));
        co_return ctx.respond(response);
    }

    const bool mayCreate = request.allowAutoTopicCreation && broker.config().autoCreateTopicsEnable();
    for (const auto& wanted : *request.topics) {
        const cluster::TopicMetadata* topic = nullptr;
        if (wanted.name) topic = broker.metadata().find(*wanted.name);
        else if (!wanted.topicId.isZero()) topic = broker.metadata().findById(wanted.topicId);
        if (topic) {
            response.topics.push_back(describeTopic(*topic));
            continue;
        }
        if (!wanted.name) {
            response.topics.push_back(topicError(std::nullopt, ErrorCode::UnknownTopicId));
            continue;
        }
        if (cluster::checkTopicName(*wanted.name)) {
            response.topics.push_back(topicError(wanted.name, ErrorCode::InvalidTopicException));
            continue;
        }
        if (!mayCreate || cluster::isInternalTopic(*wanted.name)) {
            response.topics.push_back(topicError(wanted.name, ErrorCode::UnknownTopicOrPartition));
            continue;
        }
        cluster::NewTopic spec;
        spec.name = *wanted.name;
        const auto created = broker.controller().createTopic(spec, false);
        if (!created.ok() && created.error != ErrorCode::TopicAlreadyExists) {
            response.topics.push_back(topicError(wanted.name, created.error));
            continue;
        }
        response.topics.push_back(describeTopic(*broker.metadata().find(*wanted.name)));
    }
    co_return ctx.respond(response);
}

} // namespace samsa::server::handlers
