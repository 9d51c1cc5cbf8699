#include "txn/transaction_log_records.h"

#include <algorithm>
#include <map>
#include <vector>

#include "protocol/messages/transaction_log_key.h"
#include "protocol/messages/transaction_log_value.h"
#include "protocol/wire/reader.h"
#include "protocol/wire/writer.h"

namespace samsa::txn {

namespace msg = protocol::messages;

namespace {
constexpr int16_t kKeyVersion = 0;
constexpr int16_t kValueVersion = 0;
} // namespace

protocol::Bytes encodeTransactionKey(const std::string& transactionalId) {
    msg::TransactionLogKey key;
    key.transactionalId = transactionalId;
    protocol::Writer w;
    w.writeInt16(kKeyVersion);
    key.encode(w, kKeyVersion);
    return w.take();
}

protocol::Bytes encodeTransactionValue(const TransactionMetadata& m) {
    msg::TransactionLogValue value;
    value.producerId = m.producerId;
    value.producerEpoch = m.producerEpoch;
    value.transactionTimeoutMs = m.txnTimeoutMs;
    value.transactionStatus = static_cast<int8_t>(m.state);
    value.transactionLastUpdateTimestampMs = m.txnLastUpdateTimestampMs;
    value.transactionStartTimestampMs = m.txnStartTimestampMs;
    if (m.state == TxnState::Empty) {
        value.transactionPartitions = std::nullopt;
    } else {
        std::map<std::string, std::vector<int32_t>> byTopic;
        for (const auto& tp : m.partitions) byTopic[tp.topic].push_back(tp.partition);
        std::vector<msg::TransactionLogValue::PartitionsSchema> partitions;
        for (auto& [topic, ids] : byTopic) partitions.push_back({topic, std::move(ids), {}});
        value.transactionPartitions = std::move(partitions);
    }
    protocol::Writer w;
    w.writeInt16(kValueVersion);
    value.encode(w, kValueVersion);
    return w.take();
}

std::optional<std::string> decodeTransactionKey(std::span<const uint8_t> bytes) {
    protocol::Reader r(bytes);
    const int16_t version = r.readInt16();
    if (version != kKeyVersion) return std::nullopt;
    msg::TransactionLogKey key;
    key.decode(r, version);
    return key.transactionalId;
}

TransactionMetadata decodeTransactionValue(const std::string& transactionalId, std::span<const uint8_t> bytes) {
    protocol::Reader r(bytes);
    const int16_t version = r.readInt16();
    if (version < msg::TransactionLogValue::kMinVersion)
        throw protocol::DecodeError("unknown transaction log value version " + std::to_string(version));
    msg::TransactionLogValue value;
    value.decode(r, std::min<int16_t>(version, msg::TransactionLogValue::kMaxVersion));
    const auto state = stateFromId(value.transactionStatus);
    if (!state) throw protocol::DecodeError("unknown transaction state " + std::to_string(value.transactionStatus));
    TransactionMetadata m;
    m.transactionalId = transactionalId;
    m.producerId = value.producerId;
    m.lastProducerId = value.previousProducerId;
    m.producerEpoch = value.producerEpoch;
    m.txnTimeoutMs = value.transactionTimeoutMs;
    m.state = *state;
    m.txnLastUpdateTimestampMs = value.transactionLastUpdateTimestampMs;
    m.txnStartTimestampMs = value.transactionStartTimestampMs;
    if (value.transactionPartitions)
        for (const auto& p : *value.transactionPartitions)
            for (int32_t id : p.partitionIds) m.partitions.insert({p.topic, id});
    return m;
}

} // namespace samsa::txn
