#include "protocol/messages/offset_delete.h"
#include "server/broker_core.h"
#include "server/handlers/handlers.h"

namespace samsa::server::handlers {

using protocol::messages::OffsetDeleteRequest;
using protocol::messages::OffsetDeleteResponse;

asio::awaitable<Response> offsetDelete(RequestContext& ctx) {
    const auto request = ctx.decode<OffsetDeleteRequest>();
    OffsetDeleteResponse response;
    std::vector<storage::TopicPartition> partitions;
    std::vector<OffsetDeleteResponse::OffsetDeleteResponsePartition*> slots;
    for (const auto& t : request.topics) {
        auto& out = response.topics.emplace_back();
        out.name = t.name;
        const auto* topic = ctx.broker.metadata().find(t.name);
        for (const auto& p : t.partitions) {
            const bool known = topic && p.partitionIndex >= 0 &&
                               p.partitionIndex < static_cast<int32_t>(topic->partitions.size());
            auto& slot = out.partitions.emplace_back();
            slot.partitionIndex = p.partitionIndex;
            slot.errorCode = toWire(known ? ErrorCode::None : ErrorCode::UnknownTopicOrPartition);
            if (known) partitions.push_back({t.name, p.partitionIndex});
        }
    }
    // Pointers into response.topics only once it stops growing.
    for (auto& t : response.topics)
        for (auto& p : t.partitions)
            if (p.errorCode == 0) slots.push_back(&p);

    const auto result = ctx.broker.groups().deleteOffsets(request.groupId, partitions);
    if (result.error != ErrorCode::None) {
        OffsetDeleteResponse failed;
        failed.errorCode = toWire(result.error);
        co_return ctx.respond(failed);
    }
    for (size_t i = 0; i < result.partitions.size(); ++i) slots[i]->errorCode = toWire(result.partitions[i]);
    co_return ctx.respond(response);
}

} // namespace samsa::server::handlers
