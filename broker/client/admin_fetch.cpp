// Fetch of one partition from its leader, decoded into batches and records.
#include <algorithm>
#include <set>

#include "client/admin_ops.h"
#include "client/leader_routing.h"
#include "protocol/messages/fetch.h"
#include "protocol/records/record_batch.h"
#include "protocol/wire/reader.h"

namespace samsa::client::ops {

namespace msg = protocol::messages;
namespace records = protocol::records;

namespace {

// Fetch v4 brings the isolation level, the last stable offset and aborted transactions.
constexpr int16_t kMinFetchVersion = 4;
// v13 names topics by id; without one the request stays at v12.
constexpr int16_t kLastVersionByName = 12;

FetchedBatch decodeBatch(records::ByteView bytes, int64_t fromOffset) {
    records::BatchReader reader(bytes);
    const auto& h = reader.header();
    FetchedBatch b;
    b.baseOffset = h.baseOffset;
    b.lastOffset = h.lastOffset();
    b.partitionLeaderEpoch = h.partitionLeaderEpoch;
    b.producerId = h.producerId;
    b.producerEpoch = h.producerEpoch;
    b.baseSequence = h.baseSequence;
    b.isTransactional = h.isTransactional();
    b.isControl = h.isControl();
    b.compression = h.compression();
    b.sizeBytes = h.totalSize();
    if (b.isControl) {
        // Only the key is needed; a marker that does not parse is left unnamed.
        auto probe = reader.records();
        records::RecordView first;
        try {
            if (probe.next(first) && first.key) b.controlType = records::parseControlRecordKey(*first.key).type;
        } catch (const protocol::DecodeError&) {
        }
    }
    const auto type = h.timestampType();
    auto it = reader.records();
    records::RecordView v;
    while (it.next(v)) {
        const int64_t offset = h.baseOffset + v.offsetDelta;
        // A compressed batch comes whole even when the fetch starts inside it.
        if (offset < fromOffset) continue;
        FetchedRecord r;
        r.offset = offset;
        r.timestampType = type;
        r.timestampMs = type == TimestampType::LogAppendTime ? h.maxTimestamp : h.baseTimestamp + v.timestampDelta;
        if (v.key) r.key = Bytes(v.key->begin(), v.key->end());
        if (v.value) r.value = Bytes(v.value->begin(), v.value->end());
        records::HeaderReader headers(v);
        records::RecordHeaderView hv;
        while (headers.next(hv)) {
            RecordHeader header{std::string(hv.key), std::nullopt};
            if (hv.value) header.value = Bytes(hv.value->begin(), hv.value->end());
            r.headers.push_back(std::move(header));
        }
        b.records.push_back(std::move(r));
    }
    return b;
}

Result<FetchedPartition> decodePartition(const TopicPartition& tp, int32_t leader, int64_t offset,
                                         const msg::FetchResponse::PartitionData& p) {
    FetchedPartition out;
    out.partition = tp;
    out.leader = leader;
    out.highWatermark = p.highWatermark;
    out.lastStableOffset = p.lastStableOffset;
    out.logStartOffset = p.logStartOffset;
    out.nextOffset = offset;
    if (p.abortedTransactions)
        for (const auto& a : *p.abortedTransactions)
            out.abortedTransactions.push_back(AbortedTransaction{a.producerId, a.firstOffset});
    if (!p.records) return out;
    const auto& bytes = *p.records;
    try {
        for (const auto& span : records::splitBatches(bytes)) {
            const records::ByteView view(bytes.data() + span.position, span.size);
            auto batch = decodeBatch(view, offset);
            if (batch.lastOffset < offset) continue;
            out.nextOffset = std::max(out.nextOffset, batch.lastOffset + 1);
            out.batches.push_back(std::move(batch));
        }
    } catch (const protocol::DecodeError& e) {
        return makeError(ErrorCode::CorruptMessage, "cannot decode records of " + tp.toString() + ": " + e.what(),
                         leader);
    }
    if (!out.abortedTransactions.empty()) markAbortedBatches(out.batches, out.abortedTransactions);
    return out;
}

} // namespace

} // namespace samsa::client::ops

namespace samsa::client {

void markAbortedBatches(std::vector<FetchedBatch>& batches, std::vector<AbortedTransaction> aborted) {
    std::sort(aborted.begin(), aborted.end(),
              [](const AbortedTransaction& a, const AbortedTransaction& b) { return a.firstOffset < b.firstOffset; });
    size_t next = 0;
    std::set<int64_t> open; // producers inside an aborted transaction at this point
    for (auto& b : batches) {
        while (next < aborted.size() && aborted[next].firstOffset <= b.lastOffset) open.insert(aborted[next++].producerId);
        if (!b.isTransactional || !open.contains(b.producerId)) continue;
        if (b.isControl) {
            if (b.controlType == protocol::records::ControlRecordType::Abort) open.erase(b.producerId);
            continue;
        }
        b.aborted = true;
    }
}

} // namespace samsa::client

namespace samsa::client::ops {

Op<FetchedPartition> fetch(NetworkClient& net, TopicPartition partition, int64_t offset, FetchOptions options,
                           Clock::time_point deadline) {
    // Cached metadata serves while it knows the leader: a consumer fetching in a loop
    // should not ask for metadata each time. A leader that moved answers
    // NOT_LEADER_OR_FOLLOWER, and the next round refreshes.
    std::shared_ptr<const ClusterMetadata> known;
    auto cached = co_await net.metadata(deadline);
    if (cached && (*cached)->leaderOf(partition)) known = *cached;
    // Named, not braced in the call: GCC 12 rejects initializer lists inside co_await.
    std::set<TopicPartition> pending{partition};
    auto results = co_await routeToLeaders<FetchedPartition>(
        net, pending, deadline,
        [&net, &options, offset, deadline](
            int32_t leader, std::vector<TopicPartition> tps) -> asio::awaitable<std::vector<PartitionOutcome<FetchedPartition>>> {
            const TopicPartition tp = tps.front();
            std::vector<PartitionOutcome<FetchedPartition>> outcomes;
            protocol::Uuid topicId;
            auto md = co_await net.metadata(deadline);
            if (md)
                if (auto t = (*md)->topics.find(tp.topic); t != (*md)->topics.end()) topicId = t->second.topicId;
            msg::FetchRequest request;
            request.replicaId = -1;
            request.maxWaitMs = static_cast<int32_t>(std::min<int64_t>(options.maxWait.count(), remainingMs(deadline)));
            request.minBytes = options.minBytes;
            request.maxBytes = options.maxBytes;
            request.isolationLevel = static_cast<int8_t>(options.isolationLevel);
            request.sessionId = 0;    // a one-off full fetch, outside any fetch session
            request.sessionEpoch = -1;
            msg::FetchRequest::FetchTopic topic;
            topic.topic = tp.topic;
            topic.topicId = topicId;
            msg::FetchRequest::FetchPartition fp;
            fp.partition = tp.partition;
            fp.fetchOffset = offset;
            fp.partitionMaxBytes = options.maxBytes;
            topic.partitions.push_back(fp);
            request.topics.push_back(std::move(topic));
            const int16_t maxVersion =
                topicId == protocol::Uuid{} ? kLastVersionByName : msg::FetchRequest::kMaxVersion;
            auto reply = co_await net.send<msg::FetchResponse>(Target::node(leader), request, deadline,
                                                               kMinFetchVersion, maxVersion);
            if (!reply) {
                outcomes.push_back({tp, reply.error()});
                co_return outcomes;
            }
            if (auto e = itemError(reply->body.errorCode, std::nullopt, leader)) {
                outcomes.push_back({tp, *e});
                co_return outcomes;
            }
            for (const auto& rt : reply->body.responses) {
                const bool sameTopic = reply->version >= 13 ? rt.topicId == topicId : rt.topic == tp.topic;
                if (!sameTopic) continue;
                for (const auto& p : rt.partitions) {
                    if (p.partitionIndex != tp.partition) continue;
                    if (auto e = itemError(p.errorCode, std::nullopt, leader))
                        outcomes.push_back({tp, *e});
                    else
                        outcomes.push_back({tp, decodePartition(tp, leader, offset, p)});
                    co_return outcomes;
                }
            }
            outcomes.push_back({tp, makeError(ErrorCode::UnknownServerError, "no answer for " + tp.toString(), leader)});
            co_return outcomes;
        },
        known);
    auto& result = results.at(partition);
    if (!result && result.error().code == ErrorCode::OffsetOutOfRange) {
        std::string range;
        std::vector<std::string> topics{partition.topic};
        auto marks = co_await watermarks(net, topics, deadline);
        if (marks)
            for (const auto& m : *marks)
                if (m.partition == partition && !m.error)
                    range = " (the log holds offsets " + std::to_string(m.earliest) + " to " +
                            std::to_string(m.latest) + ")";
        co_return makeError(ErrorCode::OffsetOutOfRange,
                            "offset " + std::to_string(offset) + " is out of range for " + partition.toString() + range,
                            result.error().nodeId);
    }
    co_return std::move(result);
}

} // namespace samsa::client::ops
