// Partition-level operations routed to each partition's leader: watermarks, offsets for
// timestamps and DeleteRecords. Partitions are batched per leader; those whose leader
// moved are retried after a metadata refresh.
#include <functional>
#include <set>

#include "client/admin_ops.h"
#include "client/leader_routing.h"
#include "protocol/messages/delete_records.h"
#include "protocol/messages/list_offsets.h"

namespace samsa::client::ops {

namespace msg = protocol::messages;

namespace {

constexpr int64_t kEarliestTimestamp = -2;
constexpr int64_t kLatestTimestamp = -1;

struct Listed {
    int64_t offset = -1;
    int64_t timestamp = -1;
};

// One ListOffsets on `leader`: each partition in `tps` looked up at its own timestamp.
asio::awaitable<std::map<TopicPartition, Result<Listed>>> listOffsets(NetworkClient& net, int32_t leader,
                                                                      const std::vector<TopicPartition>& tps,
                                                                      const std::function<int64_t(const TopicPartition&)>& timestampOf,
                                                                      IsolationLevel isolation,
                                                                      Clock::time_point deadline) {
    msg::ListOffsetsRequest request;
    request.replicaId = -1; // an ordinary client, not a follower
    request.isolationLevel = static_cast<int8_t>(isolation);
    request.timeoutMs = remainingMs(deadline);
    for (const auto& tp : tps) {
        if (request.topics.empty() || request.topics.back().name != tp.topic)
            request.topics.push_back(msg::ListOffsetsRequest::ListOffsetsTopic{tp.topic, {}, {}});
        msg::ListOffsetsRequest::ListOffsetsPartition p;
        p.partitionIndex = tp.partition;
        p.timestamp = timestampOf(tp);
        request.topics.back().partitions.push_back(p);
    }
    std::map<TopicPartition, Result<Listed>> out;
    // v0 answers with a list of old-style offsets; every broker since 0.10.1 has v1. The
    // isolation level needs v2.
    const int16_t minVersion = isolation == IsolationLevel::ReadCommitted ? 2 : 1;
    auto reply = co_await net.send<msg::ListOffsetsResponse>(Target::node(leader), request, deadline, minVersion);
    if (!reply) {
        for (const auto& tp : tps) out.emplace(tp, reply.error());
        co_return out;
    }
    for (const auto& t : reply->body.topics)
        for (const auto& p : t.partitions) {
            TopicPartition tp{t.name, p.partitionIndex};
            if (auto e = itemError(p.errorCode, std::nullopt, leader))
                out.emplace(tp, *e);
            else
                out.emplace(tp, Listed{p.offset, p.timestamp});
        }
    for (const auto& tp : tps)
        if (!out.contains(tp))
            out.emplace(tp, makeError(ErrorCode::UnknownServerError, "no answer for " + tp.toString(), leader));
    co_return out;
}

} // namespace

Op<std::vector<PartitionWatermarks>> watermarks(NetworkClient& net, std::vector<std::string> topics,
                                                Clock::time_point deadline) {
    auto md = co_await net.fetchMetadata(topics, deadline);
    if (!md) co_return md.error();
    std::vector<PartitionWatermarks> out;
    std::set<TopicPartition> pending;
    for (const auto& name : topics) {
        auto t = (*md)->topics.find(name);
        if (t == (*md)->topics.end() || t->second.error != ErrorCode::None) {
            const auto code = t == (*md)->topics.end() ? ErrorCode::UnknownTopicOrPartition : t->second.error;
            PartitionWatermarks w;
            w.partition = TopicPartition{name, -1};
            w.error = makeError(code, "topic " + name + ": " + std::string(errorMessage(code)));
            out.push_back(std::move(w));
            continue;
        }
        for (const auto& p : t->second.partitions) pending.insert(TopicPartition{name, p.partition});
    }

    struct Marks {
        int32_t leader;
        int64_t earliest;
        int64_t latest;
    };
    auto results = co_await routeToLeaders<Marks>(
        net, pending, deadline,
        [&net, deadline](int32_t leader, std::vector<TopicPartition> tps) -> asio::awaitable<std::vector<PartitionOutcome<Marks>>> {
            const auto earliestOf = [](const TopicPartition&) { return kEarliestTimestamp; };
            const auto latestOf = [](const TopicPartition&) { return kLatestTimestamp; };
            auto earliest =
                co_await listOffsets(net, leader, tps, earliestOf, IsolationLevel::ReadUncommitted, deadline);
            auto latest = co_await listOffsets(net, leader, tps, latestOf, IsolationLevel::ReadUncommitted, deadline);
            std::vector<PartitionOutcome<Marks>> outcomes;
            for (const auto& tp : tps) {
                const auto& e = earliest.at(tp);
                const auto& l = latest.at(tp);
                if (!e)
                    outcomes.push_back({tp, e.error()});
                else if (!l)
                    outcomes.push_back({tp, l.error()});
                else
                    outcomes.push_back({tp, Marks{leader, e->offset, l->offset}});
            }
            co_return outcomes;
        },
        *md);
    for (auto& [tp, r] : results) {
        PartitionWatermarks w;
        w.partition = tp;
        if (r) {
            w.leader = r->leader;
            w.earliest = r->earliest;
            w.latest = r->latest;
        } else {
            w.error = r.error();
            w.leader = r.error().nodeId;
        }
        out.push_back(std::move(w));
    }
    co_return out;
}

Op<std::vector<OffsetForTimestamp>> offsetsForTimes(NetworkClient& net, std::map<TopicPartition, int64_t> timestamps,
                                                    IsolationLevel isolation, Clock::time_point deadline) {
    std::set<TopicPartition> pending;
    for (const auto& [tp, ts] : timestamps) pending.insert(tp);
    auto results = co_await routeToLeaders<Listed>(
        net, pending, deadline,
        [&net, &timestamps, isolation, deadline](
            int32_t leader, std::vector<TopicPartition> tps) -> asio::awaitable<std::vector<PartitionOutcome<Listed>>> {
            const auto timestampOf = [&timestamps](const TopicPartition& tp) { return timestamps.at(tp); };
            auto listed = co_await listOffsets(net, leader, tps, timestampOf, isolation, deadline);
            std::vector<PartitionOutcome<Listed>> outcomes;
            for (auto& [tp, r] : listed) outcomes.push_back({tp, std::move(r)});
            co_return outcomes;
        });
    std::vector<OffsetForTimestamp> out;
    for (auto& [tp, r] : results) {
        OffsetForTimestamp o;
        o.partition = tp;
        if (r) {
            o.offset = r->offset;
            o.timestampMs = r->timestamp;
        } else {
            o.error = r.error();
        }
        out.push_back(std::move(o));
    }
    co_return out;
}

Op<std::vector<DeleteRecordsResult>> deleteRecords(NetworkClient& net, std::map<TopicPartition, int64_t> offsets,
                                                   Clock::time_point deadline) {
    std::set<TopicPartition> pending;
    for (const auto& [tp, offset] : offsets) pending.insert(tp);
    auto results = co_await routeToLeaders<int64_t>(
        net, pending, deadline,
        [&net, &offsets, deadline](int32_t leader,
                                   std::vector<TopicPartition> tps) -> asio::awaitable<std::vector<PartitionOutcome<int64_t>>> {
            msg::DeleteRecordsRequest request;
            request.timeoutMs = remainingMs(deadline);
            for (const auto& tp : tps) {
                if (request.topics.empty() || request.topics.back().name != tp.topic)
                    request.topics.push_back(msg::DeleteRecordsRequest::DeleteRecordsTopic{tp.topic, {}, {}});
                request.topics.back().partitions.push_back(
                    msg::DeleteRecordsRequest::DeleteRecordsPartition{tp.partition, offsets.at(tp), {}});
            }
            std::vector<PartitionOutcome<int64_t>> outcomes;
            auto reply = co_await net.send<msg::DeleteRecordsResponse>(Target::node(leader), request, deadline);
            if (!reply) {
                for (const auto& tp : tps) outcomes.push_back({tp, reply.error()});
                co_return outcomes;
            }
            std::set<TopicPartition> answered;
            for (const auto& t : reply->body.topics)
                for (const auto& p : t.partitions) {
                    TopicPartition tp{t.name, p.partitionIndex};
                    answered.insert(tp);
                    if (auto e = itemError(p.errorCode, std::nullopt, leader))
                        outcomes.push_back({tp, *e});
                    else
                        outcomes.push_back({tp, p.lowWatermark});
                }
            for (const auto& tp : tps)
                if (!answered.contains(tp))
                    outcomes.push_back({tp, makeError(ErrorCode::UnknownServerError, "no answer for " + tp.toString(), leader)});
            co_return outcomes;
        });
    std::vector<DeleteRecordsResult> out;
    for (auto& [tp, r] : results) {
        DeleteRecordsResult d;
        d.partition = tp;
        if (r)
            d.lowWatermark = *r;
        else
            d.error = r.error();
        out.push_back(std::move(d));
    }
    co_return out;
}

} // namespace samsa::client::ops
