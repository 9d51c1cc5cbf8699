// Consumer group operations: listing on every broker, and describe / offsets / delete
// (of the group, or of its committed offsets) through each group's coordinator.
#include <algorithm>
#include <set>

#include "client/admin_ops.h"
#include "client/consumer_protocol.h"
#include "client/coordinator_routing.h"
#include "client/gather.h"
#include "protocol/messages/delete_groups.h"
#include "protocol/messages/describe_groups.h"
#include "protocol/messages/list_groups.h"
#include "protocol/messages/offset_commit.h"
#include "protocol/messages/offset_delete.h"
#include "protocol/messages/offset_fetch.h"

namespace samsa::client::ops {

namespace msg = protocol::messages;

namespace {

// ListGroups v4 adds the state filter and each group's state.
constexpr int16_t kListGroupsWithStates = 4;
// OffsetFetch v2 reads a null topic list as "every partition the group committed".
constexpr int16_t kOffsetFetchAllTopics = 2;
// OffsetCommit v2 is the first that stores offsets in Kafka rather than ZooKeeper.
constexpr int16_t kOffsetCommitKafkaStorage = 2;

Op<std::vector<GroupListing>> listOnNode(NetworkClient& net, int32_t node, ListGroupsOptions options,
                                         Clock::time_point deadline) {
    msg::ListGroupsRequest request;
    request.statesFilter = options.states;
    const int16_t minVersion = options.states.empty() ? msg::ListGroupsRequest::kMinVersion : kListGroupsWithStates;
    auto reply = co_await net.send<msg::ListGroupsResponse>(Target::node(node), request, deadline, minVersion);
    if (!reply) co_return reply.error();
    if (auto e = itemError(reply->body.errorCode, std::nullopt, node)) co_return *e;
    std::vector<GroupListing> out;
    for (const auto& g : reply->body.groups) {
        GroupListing l;
        l.groupId = g.groupId;
        l.protocolType = g.protocolType;
        if (reply->version >= kListGroupsWithStates) l.state = g.groupState;
        l.coordinator = node;
        out.push_back(std::move(l));
    }
    co_return out;
}

GroupMemberDescription describeMember(const msg::DescribeGroupsResponse::DescribedGroupMember& m, bool consumer) {
    GroupMemberDescription d;
    d.memberId = m.memberId;
    d.groupInstanceId = m.groupInstanceId;
    d.clientId = m.clientId;
    d.host = m.clientHost;
    d.rawMetadata = m.memberMetadata;
    d.rawAssignment = m.memberAssignment;
    if (!consumer) return d;
    if (auto s = decodeSubscription(m.memberMetadata)) {
        d.subscribedTopics = std::move(s->topics);
        d.ownedPartitions = std::move(s->ownedPartitions);
        d.subscriptionUserData = std::move(s->userData);
    }
    if (auto a = decodeAssignment(m.memberAssignment)) {
        d.assignment = std::move(a->partitions);
        d.assignmentUserData = std::move(a->userData);
    }
    return d;
}

asio::awaitable<GroupDescription> describeOne(NetworkClient& net, std::string groupId, Clock::time_point deadline) {
    msg::DescribeGroupsRequest request;
    request.groups = {groupId};
    auto reply = co_await sendToCoordinator<msg::DescribeGroupsResponse>(
        net, groupId, request, deadline,
        [](const msg::DescribeGroupsResponse& r) -> int16_t { return r.groups.empty() ? 0 : r.groups.front().errorCode; });
    GroupDescription d;
    d.groupId = groupId;
    if (!reply) {
        d.error = reply.error();
        co_return d;
    }
    d.coordinator = reply->nodeId;
    auto g = std::find_if(reply->body.groups.begin(), reply->body.groups.end(),
                          [&](const auto& x) { return x.groupId == groupId; });
    if (g == reply->body.groups.end()) {
        d.error = makeError(ErrorCode::UnknownServerError, "no answer for group " + groupId, reply->nodeId);
        co_return d;
    }
    d.error = itemError(g->errorCode, std::nullopt, reply->nodeId);
    d.state = g->groupState;
    d.protocolType = g->protocolType;
    d.protocol = g->protocolData;
    const bool consumer = g->protocolType == kConsumerProtocolType;
    for (const auto& m : g->members) d.members.push_back(describeMember(m, consumer));
    co_return d;
}

asio::awaitable<GroupResult> deleteOne(NetworkClient& net, std::string groupId, Clock::time_point deadline) {
    msg::DeleteGroupsRequest request;
    request.groupsNames = {groupId};
    auto reply = co_await sendToCoordinator<msg::DeleteGroupsResponse>(
        net, groupId, request, deadline,
        [](const msg::DeleteGroupsResponse& r) -> int16_t { return r.results.empty() ? 0 : r.results.front().errorCode; });
    GroupResult result{groupId, std::nullopt};
    if (!reply) {
        result.error = reply.error();
        co_return result;
    }
    auto it = std::find_if(reply->body.results.begin(), reply->body.results.end(),
                           [&](const auto& x) { return x.groupId == groupId; });
    if (it == reply->body.results.end())
        result.error = makeError(ErrorCode::UnknownServerError, "no answer for group " + groupId, reply->nodeId);
    else
        result.error = itemError(it->errorCode, std::nullopt, reply->nodeId);
    co_return result;
}

} // namespace

Op<std::vector<GroupListing>> listGroups(NetworkClient& net, ListGroupsOptions options, Clock::time_point deadline) {
    // Each broker lists the groups it coordinates, so every broker is asked.
    auto md = co_await net.metadata(deadline);
    if (!md) co_return md.error();
    std::vector<asio::awaitable<Result<std::vector<GroupListing>>>> calls;
    for (const auto& [id, node] : (*md)->brokers) calls.push_back(listOnNode(net, id, options, deadline));
    std::vector<GroupListing> out;
    std::set<std::string> seen;
    for (auto& r : co_await gather(std::move(calls))) {
        if (!r) co_return r.error();
        for (auto& g : *r)
            if (seen.insert(g.groupId).second) out.push_back(std::move(g));
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.groupId < b.groupId; });
    co_return out;
}

Op<std::vector<GroupDescription>> describeGroups(NetworkClient& net, std::vector<std::string> groups,
                                                 Clock::time_point deadline) {
    std::vector<asio::awaitable<GroupDescription>> calls;
    for (const auto& g : groups) calls.push_back(describeOne(net, g, deadline));
    co_return co_await gather(std::move(calls));
}

Op<std::vector<GroupResult>> deleteGroups(NetworkClient& net, std::vector<std::string> groups,
                                          Clock::time_point deadline) {
    std::vector<asio::awaitable<GroupResult>> calls;
    for (const auto& g : groups) calls.push_back(deleteOne(net, g, deadline));
    co_return co_await gather(std::move(calls));
}

Op<std::vector<CommittedOffset>> fetchCommittedOffsets(NetworkClient& net, std::string groupId,
                                                       std::optional<std::vector<TopicPartition>> partitions,
                                                       Clock::time_point deadline) {
    msg::OffsetFetchRequest request;
    request.groupId = groupId;
    msg::OffsetFetchRequest::OffsetFetchRequestGroup group; // v8+ carries the group in a list
    group.groupId = groupId;
    if (partitions) {
        request.topics.emplace();
        group.topics.emplace();
        for (const auto& tp : *partitions) {
            if (request.topics->empty() || request.topics->back().name != tp.topic) {
                request.topics->push_back(msg::OffsetFetchRequest::OffsetFetchRequestTopic{tp.topic, {}, {}});
                group.topics->push_back(msg::OffsetFetchRequest::OffsetFetchRequestTopics{tp.topic, {}, {}});
            }
            request.topics->back().partitionIndexes.push_back(tp.partition);
            group.topics->back().partitionIndexes.push_back(tp.partition);
        }
    } else {
        request.topics.reset();
        group.topics.reset();
    }
    request.groups.push_back(std::move(group));
    const int16_t minVersion = partitions ? msg::OffsetFetchRequest::kMinVersion : kOffsetFetchAllTopics;
    auto reply = co_await sendToCoordinator<msg::OffsetFetchResponse>(
        net, groupId, request, deadline,
        [](const msg::OffsetFetchResponse& r) -> int16_t {
            const int16_t top = r.groups.empty() ? r.errorCode : r.groups.front().errorCode;
            if (top != 0) return top;
            // Before v2 a coordinator error could only be told per partition.
            for (const auto& t : r.topics)
                for (const auto& p : t.partitions)
                    if (isCoordinatorError(errorFromWire(p.errorCode))) return p.errorCode;
            return 0;
        },
        minVersion);
    if (!reply) co_return reply.error();
    const auto& body = reply->body;
    const int32_t node = reply->nodeId;
    std::vector<CommittedOffset> out;
    auto add = [&](const std::string& topic, int32_t partition, int64_t offset, int32_t epoch,
                   const std::optional<std::string>& metadata, int16_t code) {
        CommittedOffset c;
        c.partition = TopicPartition{topic, partition};
        c.offset = offset;
        c.leaderEpoch = epoch;
        c.metadata = metadata;
        c.error = itemError(code, std::nullopt, node);
        out.push_back(std::move(c));
    };
    if (reply->version >= 8) {
        for (const auto& g : body.groups) {
            if (g.groupId != groupId) continue;
            if (auto e = itemError(g.errorCode, std::nullopt, node)) co_return *e;
            for (const auto& t : g.topics)
                for (const auto& p : t.partitions)
                    add(t.name, p.partitionIndex, p.committedOffset, p.committedLeaderEpoch, p.metadata, p.errorCode);
        }
    } else {
        if (auto e = itemError(body.errorCode, std::nullopt, node)) co_return *e;
        for (const auto& t : body.topics)
            for (const auto& p : t.partitions)
                add(t.name, p.partitionIndex, p.committedOffset, p.committedLeaderEpoch, p.metadata, p.errorCode);
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.partition < b.partition; });
    co_return out;
}

Op<std::vector<PartitionResult>> commitOffsets(NetworkClient& net, std::string groupId,
                                               std::vector<OffsetToCommit> offsets, int32_t generationId,
                                               std::string memberId, Clock::time_point deadline) {
    msg::OffsetCommitRequest request;
    request.groupId = groupId;
    request.generationIdOrMemberEpoch = generationId;
    request.memberId = memberId;
    std::vector<OffsetToCommit> sorted = offsets;
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.partition < b.partition; });
    for (const auto& o : sorted) {
        if (request.topics.empty() || request.topics.back().name != o.partition.topic)
            request.topics.push_back(msg::OffsetCommitRequest::OffsetCommitRequestTopic{o.partition.topic, {}, {}});
        msg::OffsetCommitRequest::OffsetCommitRequestPartition p;
        p.partitionIndex = o.partition.partition;
        p.committedOffset = o.offset;
        p.committedLeaderEpoch = o.leaderEpoch;
        p.committedMetadata = o.metadata.value_or(std::string());
        request.topics.back().partitions.push_back(std::move(p));
    }
    // The answer has only per-partition codes; a coordinator error shows on all of them.
    auto reply = co_await sendToCoordinator<msg::OffsetCommitResponse>(
        net, groupId, request, deadline,
        [](const msg::OffsetCommitResponse& r) -> int16_t {
            for (const auto& t : r.topics)
                for (const auto& p : t.partitions)
                    if (isCoordinatorError(errorFromWire(p.errorCode))) return p.errorCode;
            return 0;
        },
        kOffsetCommitKafkaStorage);
    if (!reply) co_return reply.error();
    std::vector<PartitionResult> out;
    std::set<TopicPartition> answered;
    for (const auto& t : reply->body.topics)
        for (const auto& p : t.partitions) {
            TopicPartition tp{t.name, p.partitionIndex};
            answered.insert(tp);
            out.push_back(PartitionResult{tp, itemError(p.errorCode, std::nullopt, reply->nodeId)});
        }
    for (const auto& o : sorted)
        if (!answered.contains(o.partition))
            out.push_back(PartitionResult{
                o.partition, makeError(ErrorCode::UnknownServerError, "no answer for " + o.partition.toString(),
                                       reply->nodeId)});
    co_return out;
}

Op<std::vector<PartitionResult>> deleteCommittedOffsets(NetworkClient& net, std::string groupId,
                                                        std::vector<TopicPartition> partitions,
                                                        Clock::time_point deadline) {
    msg::OffsetDeleteRequest request;
    request.groupId = groupId;
    std::sort(partitions.begin(), partitions.end());
    partitions.erase(std::unique(partitions.begin(), partitions.end()), partitions.end());
    for (const auto& tp : partitions) {
        if (request.topics.empty() || request.topics.back().name != tp.topic)
            request.topics.push_back(msg::OffsetDeleteRequest::OffsetDeleteRequestTopic{tp.topic, {}});
        msg::OffsetDeleteRequest::OffsetDeleteRequestPartition p;
        p.partitionIndex = tp.partition;
        request.topics.back().partitions.push_back(p);
    }
    auto reply = co_await sendToCoordinator<msg::OffsetDeleteResponse>(
        net, groupId, request, deadline, [](const msg::OffsetDeleteResponse& r) -> int16_t { return r.errorCode; });
    if (!reply) co_return reply.error();
    // A group-wide refusal (GROUP_ID_NOT_FOUND, a group that is not a consumer group...)
    // fails the call; a subscribed topic fails only its partitions.
    if (auto e = itemError(reply->body.errorCode, std::nullopt, reply->nodeId)) co_return *e;
    std::vector<PartitionResult> out;
    std::set<TopicPartition> answered;
    for (const auto& t : reply->body.topics)
        for (const auto& p : t.partitions) {
            TopicPartition tp{t.name, p.partitionIndex};
            answered.insert(tp);
            out.push_back(PartitionResult{tp, itemError(p.errorCode, std::nullopt, reply->nodeId)});
        }
    for (const auto& tp : partitions)
        if (!answered.contains(tp))
            out.push_back(PartitionResult{
                tp, makeError(ErrorCode::UnknownServerError, "no answer for " + tp.toString(), reply->nodeId)});
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.partition < b.partition; });
    co_return out;
}

} // namespace samsa::client::ops
