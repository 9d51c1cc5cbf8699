#include "protocol/messages/produce.h"
#include "server/broker_core.h"
#include "server/handlers/handlers.h"

namespace samsa::server::handlers {

using protocol::messages::ProduceRequest;
using protocol::messages::ProduceResponse;
using PartitionResponse = ProduceResponse::PartitionProduceResponse;

namespace {

PartitionResponse partitionError(int32_t index, ErrorCode error, std::optional<std::string> message = {}) {
    PartitionResponse out;
    out.index = index;
    out.errorCode = toWire(error);
    out.baseOffset = -1;
    out.errorMessage = std::move(message);
    return out;
}

// Kafka answers every partition of a request it cannot take with one error.
ProduceResponse failAll(const ProduceRequest& request, ErrorCode error) {
    ProduceResponse response;
    for (const auto& topic : request.topicData) {
        auto& t = response.responses.emplace_back();
        t.name = topic.name;
        for (const auto& p : topic.partitionData) t.partitionResponses.push_back(partitionError(p.index, error));
    }
    return response;
}

} // namespace

asio::awaitable<Response> produce(RequestContext& ctx) {
    auto request = ctx.decode<ProduceRequest>();
    if (!ctx.versionServed()) co_return ctx.respond(failAll(request, ErrorCode::UnsupportedVersion));
    if (request.acks != 0 && request.acks != 1 && request.acks != -1)
        co_return ctx.respond(failAll(request, ErrorCode::InvalidRequiredAcks));

    auto& broker = ctx.broker;
    const int64_t now = broker.nowMs();
    ProduceResponse response;
    for (auto& topic : request.topicData) {
        auto& out = response.responses.emplace_back();
        out.name = topic.name;
        for (auto& data : topic.partitionData) {
            auto* partition = broker.partitions().get(topic.name, data.index);
            if (!partition) {
                out.partitionResponses.push_back(partitionError(data.index, ErrorCode::UnknownTopicOrPartition));
                continue;
            }
            if (!data.records || data.records->empty()) {
                out.partitionResponses.push_back(
                    partitionError(data.index, ErrorCode::InvalidRecord, "the partition's records are empty"));
                continue;
            }
            const auto info = broker.partitions().append(*partition, *data.records, now);
            if (info.error != ErrorCode::None) {
                auto failed = partitionError(data.index, info.error, info.errorMessage);
                if (info.error == ErrorCode::InvalidRecord) failed.recordErrors.push_back({0, info.errorMessage, {}});
                out.partitionResponses.push_back(std::move(failed));
                continue;
            }
            PartitionResponse ok;
            ok.index = data.index;
            ok.baseOffset = info.firstOffset;
            ok.logAppendTimeMs = info.logAppendTime;
            ok.logStartOffset = partition->logStartOffset();
            out.partitionResponses.push_back(std::move(ok));
        }
    }
    // acks=0: the producer does not read a response, so none is sent.
    if (request.acks == 0) co_return std::nullopt;
    co_return ctx.respond(response);
}

} // namespace samsa::server::handlers
