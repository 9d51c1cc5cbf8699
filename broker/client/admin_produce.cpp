// Produce: records are spread over partitions by the chosen partitioner, packed into one
// batch per partition, and sent in one Produce request per leader.
#include <chrono>
#include <set>

#include "client/admin_ops.h"
#include "client/leader_routing.h"
#include "protocol/messages/produce.h"
#include "protocol/records/record_batch.h"

namespace samsa::client::ops {

namespace msg = protocol::messages;
namespace records = protocol::records;

namespace {

// Produce v3 is the first to carry v2 record batches.
constexpr int16_t kMinProduceVersion = 3;

int64_t nowMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

struct PartitionBatch {
    std::vector<size_t> recordIndexes; // positions in the caller's list, in batch order
    Bytes bytes;
};

struct Appended {
    int64_t baseOffset = -1;
    int64_t logAppendTimeMs = -1;
};

Bytes buildBatch(const std::vector<ProducerRecord>& all, const std::vector<size_t>& indexes,
                 const ProduceOptions& options, int64_t now) {
    records::BatchSpec spec;
    spec.compression = options.compression;
    spec.compressionLevel = options.compressionLevel;
    records::BatchBuilder builder(spec);
    for (size_t i : indexes) {
        const auto& r = all[i];
        std::optional<records::ByteView> key, value;
        if (r.key) key = records::ByteView(*r.key);
        if (r.value) value = records::ByteView(*r.value);
        builder.append(r.timestampMs.value_or(now), key, value, r.headers);
    }
    return builder.build();
}

msg::ProduceRequest produceRequest(const std::string& topic, const std::map<int32_t, PartitionBatch>& batches,
                                   const std::vector<TopicPartition>& tps, Acks acks, Clock::time_point deadline) {
    msg::ProduceRequest request;
    request.acks = static_cast<int16_t>(acks);
    request.timeoutMs = remainingMs(deadline);
    msg::ProduceRequest::TopicProduceData data;
    data.name = topic;
    for (const auto& tp : tps) {
        msg::ProduceRequest::PartitionProduceData p;
        p.index = tp.partition;
        p.records = batches.at(tp.partition).bytes;
        data.partitionData.push_back(std::move(p));
    }
    request.topicData.push_back(std::move(data));
    return request;
}

} // namespace

Op<std::vector<ProducedRecord>> produce(NetworkClient& net, PartitionChooser& chooser, std::string topic,
                                        std::vector<ProducerRecord> records, ProduceOptions options,
                                        Clock::time_point deadline) {
    const std::vector<std::string> topics{topic}; // GCC 12 rejects a braced list inside co_await
    auto md = co_await net.fetchMetadata(topics, deadline);
    if (!md) co_return md.error();
    auto t = (*md)->topics.find(topic);
    if (t == (*md)->topics.end() || t->second.error != ErrorCode::None) {
        const auto code = t == (*md)->topics.end() ? ErrorCode::UnknownTopicOrPartition : t->second.error;
        co_return makeError(code, "topic " + topic + ": " + std::string(errorMessage(code)));
    }
    const auto numPartitions = static_cast<int32_t>(t->second.partitions.size());
    if (numPartitions == 0) co_return makeError(ErrorCode::LeaderNotAvailable, "topic " + topic + " has no partitions");

    std::vector<ProducedRecord> out(records.size());
    std::map<int32_t, PartitionBatch> batches;
    for (size_t i = 0; i < records.size(); ++i) {
        auto partition = chooser.choose(records[i], options.partitioner, topic, numPartitions);
        out[i].partition = TopicPartition{topic, partition.value_or(-1)};
        if (!partition)
            out[i].error = makeError(ErrorCode::InvalidRequest, "the explicit partitioner needs a partition per record");
        else if (*partition < 0 || *partition >= numPartitions)
            out[i].error = makeError(ErrorCode::UnknownTopicOrPartition,
                                     "partition " + std::to_string(*partition) + " of " + topic + " does not exist");
        else
            batches[*partition].recordIndexes.push_back(i);
    }
    const int64_t now = nowMs();
    std::set<TopicPartition> pending;
    for (auto& [partition, batch] : batches) {
        batch.bytes = buildBatch(records, batch.recordIndexes, options, now);
        pending.insert(TopicPartition{topic, partition});
    }

    const Acks acks = options.acks;
    auto results = co_await routeToLeaders<Appended>(
        net, pending, deadline,
        [&net, &batches, &topic, acks, deadline](
            int32_t leader, std::vector<TopicPartition> tps) -> asio::awaitable<std::vector<PartitionOutcome<Appended>>> {
            const auto request = produceRequest(topic, batches, tps, acks, deadline);
            std::vector<PartitionOutcome<Appended>> outcomes;
            if (acks == Acks::None) {
                // The broker answers nothing: queued on the leader's connection is all we learn.
                auto sent = co_await net.sendWithoutResponse(Target::node(leader), request, deadline, kMinProduceVersion);
                for (const auto& tp : tps) {
                    if (sent)
                        outcomes.push_back({tp, Appended{}});
                    else
                        outcomes.push_back({tp, sent.error()});
                }
                co_return outcomes;
            }
            auto reply = co_await net.send<msg::ProduceResponse>(Target::node(leader), request, deadline,
                                                                 kMinProduceVersion);
            if (!reply) {
                for (const auto& tp : tps) outcomes.push_back({tp, reply.error()});
                co_return outcomes;
            }
            std::set<TopicPartition> answered;
            for (const auto& rt : reply->body.responses)
                for (const auto& p : rt.partitionResponses) {
                    TopicPartition tp{rt.name, p.index};
                    if (!answered.insert(tp).second) continue;
                    std::optional<std::string> message = p.errorMessage;
                    if (!p.recordErrors.empty() && p.recordErrors.front().batchIndexErrorMessage)
                        message = "record " + std::to_string(p.recordErrors.front().batchIndex) + ": " +
                                  *p.recordErrors.front().batchIndexErrorMessage;
                    if (auto e = itemError(p.errorCode, message, leader))
                        outcomes.push_back({tp, *e});
                    else
                        outcomes.push_back({tp, Appended{p.baseOffset, p.logAppendTimeMs}});
                }
            for (const auto& tp : tps)
                if (!answered.contains(tp))
                    outcomes.push_back(
                        {tp, makeError(ErrorCode::UnknownServerError, "no answer for " + tp.toString(), leader)});
            co_return outcomes;
        },
        *md);

    for (auto& [tp, r] : results) {
        const auto& indexes = batches.at(tp.partition).recordIndexes;
        for (size_t k = 0; k < indexes.size(); ++k) {
            auto& produced = out[indexes[k]];
            if (!r) {
                produced.error = r.error();
            } else if (r->baseOffset >= 0) {
                produced.offset = r->baseOffset + static_cast<int64_t>(k);
                produced.logAppendTimeMs = r->logAppendTimeMs;
            }
        }
    }
    co_return out;
}

} // namespace samsa::client::ops
