#include "protocol/messages/delete_topics.h"

#include "server/broker_core.h"
#include "server/handlers/admin_support.h"
#include "server/handlers/handlers.h"

namespace samsa::server::handlers {

using protocol::messages::DeleteTopicsRequest;
using protocol::messages::DeleteTopicsResponse;
using TopicResult = DeleteTopicsResponse::DeletableTopicResult;

namespace {

// v6 names a topic by name or by id, never both; v0-5 only by name.
std::vector<DeleteTopicsRequest::DeleteTopicState> wanted(const DeleteTopicsRequest& request,
                                                          int16_t version) {
    if (version >= 6) return request.topics;
    std::vector<DeleteTopicsRequest::DeleteTopicState> out;
    for (const auto& name : request.topicNames)
        out.push_back({name, {}, {}});
    return out;
}

std::string keyOf(const DeleteTopicsRequest::DeleteTopicState& t) {
    return t.name ? "name:" + *t.name : "id:" + t.topicId.toBase64();
}

cluster::AdminResult deleteOne(RequestContext& ctx,
                               const DeleteTopicsRequest::DeleteTopicState& topic,
                               TopicResult& out) {
    if (topic.name && !topic.topicId.isZero())
        return {ErrorCode::InvalidRequest, "You may not specify both topic name and topic id."};
    if (!topic.name) {
        const auto* meta = ctx.broker.metadata().findById(topic.topicId);
        if (!meta)
            return {ErrorCode::UnknownTopicId,
                    "Topic id " + topic.topicId.toBase64() + " does not exist"};
        out.name = meta->name;
    }
    if (const auto* meta = ctx.broker.metadata().find(*out.name)) out.topicId = meta->id;
    return ctx.broker.controller().deleteTopic(*out.name);
}

} // namespace

asio::awaitable<Response> deleteTopics(RequestContext& ctx) {
    const auto request = ctx.decode<DeleteTopicsRequest>();
    const auto topics = wanted(request, ctx.version());
    const auto repeated = duplicates(topics, keyOf);
    DeleteTopicsResponse response;
    for (const auto& topic : topics) {
        auto& out = response.responses.emplace_back();
        out.name = topic.name;
        out.topicId = topic.topicId;
        cluster::AdminResult result;
        if (!ctx.versionServed())
            result = unsupportedVersion(ctx);
        else if (repeated.count(keyOf(topic)))
            result = {ErrorCode::InvalidRequest,
                      "Duplicate topic in request: " +
                          (topic.name ? *topic.name : topic.topicId.toBase64())};
        else
            result = deleteOne(ctx, topic, out);
        out.errorCode = toWire(result.error);
        out.errorMessage = messageOf(result);
    }
    co_return ctx.respond(response);
}

} // namespace samsa::server::handlers
