#include "group/group_records.h"

#include <algorithm>

#include "protocol/messages/group_metadata_key.h"
#include "protocol/messages/offset_commit_key.h"
#include "protocol/messages/offset_commit_value.h"
#include "protocol/wire/reader.h"
#include "protocol/wire/writer.h"

namespace samsa::group {

namespace msg = protocol::messages;

namespace {

constexpr int16_t kOffsetKeyVersion = 1;
constexpr int16_t kGroupKeyVersion = 2;
constexpr int16_t kOffsetValueVersion = 3;
constexpr int16_t kOffsetValueVersionWithExpiry = 1;
constexpr int16_t kGroupValueVersion = 3;

template <typename Struct>
Bytes encodeVersioned(const Struct& s, int16_t version) {
    protocol::Writer w;
    w.writeInt16(version);
    s.encode(w, version);
    return w.take();
}

// Values written by newer brokers carry fields appended at the end; reading them with
// the newest layout this broker knows keeps every field it understands.
template <typename Struct>
Struct decodeVersioned(ByteView bytes, int16_t* versionOut = nullptr) {
    protocol::Reader r(bytes);
    const int16_t version = r.readInt16();
    if (version < Struct::kMinVersion) throw protocol::DecodeError("unknown record value version " + std::to_string(version));
    Struct s;
    s.decode(r, std::min<int16_t>(version, Struct::kMaxVersion));
    if (versionOut) *versionOut = version;
    return s;
}

} // namespace

Bytes encodeOffsetKey(const std::string& group, const storage::TopicPartition& tp) {
    msg::OffsetCommitKey key;
    key.group = group;
    key.topic = tp.topic;
    key.partition = tp.partition;
    return encodeVersioned(key, kOffsetKeyVersion);
}

Bytes encodeGroupKey(const std::string& group) {
    msg::GroupMetadataKey key;
    key.group = group;
    return encodeVersioned(key, kGroupKeyVersion);
}

Bytes encodeOffsetValue(const CommittedOffset& offset) {
    msg::OffsetCommitValue value;
    value.offset = offset.offset;
    value.leaderEpoch = offset.leaderEpoch;
    value.metadata = offset.metadata;
    value.commitTimestamp = offset.commitTimestampMs;
    if (offset.expireTimestampMs) {
        value.expireTimestamp = *offset.expireTimestampMs;
        return encodeVersioned(value, kOffsetValueVersionWithExpiry);
    }
    return encodeVersioned(value, kOffsetValueVersion);
}

Bytes encodeGroupValue(const GroupMetadataValue& value) { return encodeVersioned(value, kGroupValueVersion); }

RecordKey decodeKey(ByteView key) {
    protocol::Reader r(key);
    const int16_t version = r.readInt16();
    if (version == 0 || version == 1) {
        msg::OffsetCommitKey k;
        k.decode(r, version);
        return OffsetRecordKey{std::move(k.group), {std::move(k.topic), k.partition}};
    }
    if (version == kGroupKeyVersion) {
        msg::GroupMetadataKey k;
        k.decode(r, version);
        return GroupRecordKey{std::move(k.group)};
    }
    return std::monostate{};
}

CommittedOffset decodeOffsetValue(ByteView bytes) {
    int16_t version = 0;
    auto v = decodeVersioned<msg::OffsetCommitValue>(bytes, &version);
    CommittedOffset out;
    out.offset = v.offset;
    out.leaderEpoch = v.leaderEpoch;
    out.metadata = std::move(v.metadata);
    out.commitTimestampMs = v.commitTimestamp;
    // Only v1 stores an expiry; -1 there means "none".
    if (version == kOffsetValueVersionWithExpiry && v.expireTimestamp >= 0) out.expireTimestampMs = v.expireTimestamp;
    return out;
}

GroupMetadataValue decodeGroupValue(ByteView bytes) { return decodeVersioned<GroupMetadataValue>(bytes); }

} // namespace samsa::group
