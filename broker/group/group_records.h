#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <variant>

#include "protocol/messages/group_metadata_value.h"
#include "protocol/wire/types.h"
#include "storage/topic_partition.h"

namespace samsa::group {

using protocol::Bytes;
using ByteView = std::span<const uint8_t>;
using GroupMetadataValue = protocol::messages::GroupMetadataValue;

// A committed offset as the coordinator keeps it and as __consumer_offsets stores it.
struct CommittedOffset {
    int64_t offset = -1;
    int32_t leaderEpoch = -1;
    std::string metadata;
    int64_t commitTimestampMs = 0;
    // Set only by commits that asked for their own retention (OffsetCommit v2-v4).
    std::optional<int64_t> expireTimestampMs;
    // Where the record sits in __consumer_offsets (-1 if unknown). Not part of the value:
    // it decides which of a plain and a transactional commit of the same partition came
    // last when the transaction commits.
    int64_t appendOffset = -1;

    bool operator==(const CommittedOffset& o) const {
        return offset == o.offset && leaderEpoch == o.leaderEpoch && metadata == o.metadata &&
               commitTimestampMs == o.commitTimestampMs && expireTimestampMs == o.expireTimestampMs;
    }
};

// The keys of __consumer_offsets records. Kafka's layout: an int16 version, then the
// key struct of that version; versions 0 and 1 are offset keys, 2 a group key.
struct OffsetRecordKey {
    std::string group;
    storage::TopicPartition tp;
};
struct GroupRecordKey {
    std::string group;
};
using RecordKey = std::variant<std::monostate, OffsetRecordKey, GroupRecordKey>;

Bytes encodeOffsetKey(const std::string& group, const storage::TopicPartition& tp);
Bytes encodeGroupKey(const std::string& group);
// Value v3 (with leader epoch), or v1 when the commit carries its own expiry: the one
// version that stores an expire timestamp.
Bytes encodeOffsetValue(const CommittedOffset& offset);
// Value v3: members with their rebalance timeouts, subscriptions and assignments.
Bytes encodeGroupValue(const GroupMetadataValue& value);

// A key of an unknown version decodes to monostate, so the loader can skip records
// written by newer brokers. Malformed bytes throw protocol::DecodeError.
RecordKey decodeKey(ByteView key);
CommittedOffset decodeOffsetValue(ByteView value);
GroupMetadataValue decodeGroupValue(ByteView value);

} // namespace samsa::group
