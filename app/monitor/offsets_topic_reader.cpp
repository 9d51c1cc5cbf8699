#include "app/monitor/offsets_topic_reader.h"

#include "client/consumer_protocol.h"
#include "client/record_types.h"
#include "group/group_records.h"

#include <algorithm>
#include <exception>

namespace samsa::monitor {

namespace {

QString text(const std::string& s) {
    return QString::fromStdString(s);
}

GroupMetadataRecord toRecord(const std::string& group, const group::GroupMetadataValue& v,
                             qint64 recordTimeMs) {
    GroupMetadataRecord r;
    r.groupId = text(group);
    r.generation = v.generation;
    r.protocolType = text(v.protocolType);
    r.protocol = text(v.protocol.value_or(std::string()));
    r.leader = text(v.leader.value_or(std::string()));
    r.stateTimestampMs = v.currentStateTimestamp;
    r.recordTimeMs = recordTimeMs;
    const bool consumer = v.protocolType == client::kConsumerProtocolType;
    for (const auto& m : v.members) {
        GenerationMember member;
        member.memberId = text(m.memberId);
        member.instanceId = text(m.groupInstanceId.value_or(std::string()));
        member.clientId = text(m.clientId);
        member.host = text(m.clientHost);
        member.sessionTimeoutMs = m.sessionTimeout;
        member.rebalanceTimeoutMs = m.rebalanceTimeout;
        if (consumer)
            if (auto a = client::decodeAssignment(m.assignment))
                for (const auto& tp : a->partitions)
                    for (int32_t p : tp.partitions)
                        member.assignment.append(PartitionKey{text(tp.topic), p});
        std::sort(member.assignment.begin(), member.assignment.end());
        r.members.append(member);
    }
    return r;
}

} // namespace

void decodeOffsetsTopic(const std::vector<client::FetchedBatch>& batches, OffsetsTopicContent& out) {
    for (const auto& batch : batches) {
        if (batch.isControl || batch.aborted) continue;
        for (const auto& record : batch.records) {
            if (!record.key) {
                ++out.skipped;
                continue;
            }
            try {
                const group::RecordKey key = group::decodeKey(*record.key);
                if (const auto* g = std::get_if<group::GroupRecordKey>(&key)) {
                    if (!record.value) {
                        GroupMetadataRecord r;
                        r.groupId = text(g->group);
                        r.tombstone = true;
                        r.recordTimeMs = record.timestampMs;
                        out.groups.append(r);
                    } else {
                        out.groups.append(toRecord(g->group, group::decodeGroupValue(*record.value),
                                                   record.timestampMs));
                    }
                } else if (const auto* o = std::get_if<group::OffsetRecordKey>(&key)) {
                    StoredCommit c;
                    c.groupId = text(o->group);
                    c.partition = PartitionKey{text(o->tp.topic), o->tp.partition};
                    if (!record.value) {
                        c.deleted = true;
                        c.commitTimeMs = record.timestampMs;
                    } else {
                        const auto value = group::decodeOffsetValue(*record.value);
                        c.offset = value.offset;
                        c.commitTimeMs = value.commitTimestampMs;
                    }
                    out.commits.append(c);
                } else {
                    ++out.skipped;
                }
            } catch (const std::exception&) {
                // Another broker's format we cannot read; the rest stays useful.
                ++out.skipped;
            }
        }
    }
}

} // namespace samsa::monitor
