#include "protocol/messages/produce.h"
#include "protocol/records/batch_header.h"
#include "protocol/wire/byte_order.h"
#include "server/broker_core.h"
#include "server/handlers/handlers.h"

namespace samsa::server::handlers {

using protocol::messages::ProduceRequest;
using protocol::messages::ProduceResponse;
using PartitionResponse = ProduceResponse::PartitionProduceResponse;
namespace rec = protocol::records;

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

// The transactional bit of the first batch, read without decoding it (the validator
// checks the batch properly later).
bool isTransactional(const std::optional<protocol::Bytes>& records) {
    if (!records || records->size() < rec::kBatchHeaderSize) return false;
    const auto attributes = protocol::loadBigEndian<int16_t>(records->data() + rec::offsets::kAttributes);
    return (attributes & rec::attributes::kTransactional) != 0;
}

bool hasTransactionalRecords(const ProduceRequest& request) {
    for (const auto& topic : request.topicData)
        for (const auto& p : topic.partitionData)
            if (isTransactional(p.records)) return true;
    return false;
}

// KIP-890: the first transactional write of a producer to a partition is accepted only
// if the coordinator has the partition in the producer's open transaction, so a zombie
// (or a producer that skipped AddPartitionsToTxn) cannot leave a transaction here that
// no marker will ever close. Later writes of the same transaction need no check.
ErrorCode verifyTransactionalWrite(BrokerCore& broker, const cluster::Partition& partition,
                                   const std::string& transactionalId, const protocol::Bytes& records) {
    rec::BatchHeader header;
    try {
        header = rec::parseBatchHeader(records);
    } catch (const protocol::DecodeError&) {
        return ErrorCode::None; // the validator reports it
    }
    if (const auto* entry = partition.producerState().find(header.producerId);
        entry && entry->currentTxnFirstOffset && entry->epoch == header.producerEpoch)
        return ErrorCode::None;
    const ErrorCode e = broker.transactions().verifyPartition(transactionalId, header.producerId, header.producerEpoch,
                                                              partition.topicPartition());
    switch (e) {
    // What a stale epoch means on the produce path, where every client knows it.
    case ErrorCode::ProducerFenced: return ErrorCode::InvalidProducerEpoch;
    // Retriable answers older clients may not retry: Kafka picks one that does not
    // trigger a metadata refresh.
    case ErrorCode::ConcurrentTransactions:
    case ErrorCode::CoordinatorLoadInProgress:
    case ErrorCode::CoordinatorNotAvailable:
    case ErrorCode::NotCoordinator: return ErrorCode::NotEnoughReplicas;
    default: return e;
    }
}

} // namespace

asio::awaitable<Response> produce(RequestContext& ctx) {
    auto request = ctx.decode<ProduceRequest>();
    if (!ctx.versionServed()) co_return ctx.respond(failAll(request, ErrorCode::UnsupportedVersion));
    if (request.acks != 0 && request.acks != 1 && request.acks != -1)
        co_return ctx.respond(failAll(request, ErrorCode::InvalidRequiredAcks));
    // Transactional records need the transactional id they are written for.
    if (hasTransactionalRecords(request) && (!request.transactionalId || request.transactionalId->empty()))
        co_return ctx.respond(failAll(request, ErrorCode::TransactionalIdAuthorizationFailed));

    auto& broker = ctx.broker;
    const bool verify = broker.config().transactionPartitionVerificationEnable();
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
            if (verify && isTransactional(data.records)) {
                if (const auto e = verifyTransactionalWrite(broker, *partition, *request.transactionalId, *data.records);
                    e != ErrorCode::None) {
                    out.partitionResponses.push_back(partitionError(data.index, e));
                    continue;
                }
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
