#pragma once

#include <optional>
#include <span>
#include <string>

#include "protocol/wire/types.h"
#include "txn/transaction_metadata.h"

namespace samsa::txn {

// __transaction_state records in Kafka's format: an int16 version followed by
// TransactionLogKey (version 0) or TransactionLogValue (version 0, which every Kafka
// release reads; version 1 is also read). The value stores the producer, the timeout,
// the state, the partitions (null when Empty) and both timestamps.
protocol::Bytes encodeTransactionKey(const std::string& transactionalId);
protocol::Bytes encodeTransactionValue(const TransactionMetadata& metadata);

// nullopt for a key of a version this broker does not know (to be skipped). Throws
// protocol::DecodeError for malformed bytes or a state id that does not exist.
std::optional<std::string> decodeTransactionKey(std::span<const uint8_t> key);
TransactionMetadata decodeTransactionValue(const std::string& transactionalId, std::span<const uint8_t> value);

} // namespace samsa::txn
