#include "group_test_support.h"

#include "protocol/messages/consumer_protocol_assignment.h"
#include "protocol/messages/consumer_protocol_subscription.h"
#include "protocol/wire/writer.h"

namespace grouptest {

std::vector<int32_t> MemoryGroupLog::ledPartitions() const {
    std::vector<int32_t> out;
    for (int32_t p = 0; p < partitionCount(); ++p) out.push_back(p);
    return out;
}

LogAppendResult MemoryGroupLog::append(int32_t partition, std::span<const LogRecord> records,
                                       const std::optional<TxnProducer>& txn) {
    if (failAppends != ErrorCode::None) return {failAppends, -1};
    if (partition < 0 || partition >= partitionCount()) return {ErrorCode::NotLeaderOrFollower, -1};
    auto& entries = m_entries[static_cast<size_t>(partition)];
    const int64_t base = static_cast<int64_t>(entries.size());
    for (const auto& r : records) {
        Entry e;
        e.offset = static_cast<int64_t>(entries.size());
        e.record = r;
        if (txn) e.txnProducer = txn->producerId;
        entries.push_back(std::move(e));
        m_all.push_back(r);
    }
    return {ErrorCode::None, base};
}

void MemoryGroupLog::writeMarker(int32_t partition, int64_t producerId, bool committed) {
    auto& entries = m_entries.at(static_cast<size_t>(partition));
    Entry e;
    e.offset = static_cast<int64_t>(entries.size());
    e.marker = std::make_pair(producerId, committed);
    entries.push_back(std::move(e));
}

void MemoryGroupLog::replay(int32_t partition, const ReplayVisitor& visit) {
    for (const auto& e : m_entries.at(static_cast<size_t>(partition))) {
        if (e.marker) {
            visit.marker(e.marker->first, e.marker->second);
            continue;
        }
        std::optional<ByteView> value;
        if (e.record->value) value = ByteView(*e.record->value);
        visit.record({e.offset, e.txnProducer, e.record->key, value});
    }
}

Bytes subscription(const std::vector<std::string>& topics) {
    protocol::messages::ConsumerProtocolSubscription s;
    s.topics = topics;
    protocol::Writer w;
    w.writeInt16(0);
    s.encode(w, 0);
    return w.take();
}

Bytes assignment(const std::string& topic, const std::vector<int32_t>& partitions) {
    protocol::messages::ConsumerProtocolAssignment a;
    a.assignedPartitions.push_back({topic, partitions});
    protocol::Writer w;
    w.writeInt16(0);
    a.encode(w, 0);
    return w.take();
}

GroupConfig Harness::defaultConfig() {
    GroupConfig c;
    c.initialRebalanceDelayMs = 0;
    c.offsetsTopicNumPartitions = 5;
    return c;
}

Harness::Harness(GroupConfig cfg) : config(cfg), log(std::make_unique<MemoryGroupLog>(cfg.offsetsTopicNumPartitions)) {
    restart();
}

void Harness::restart() {
    coordinator.reset();
    coordinator = std::make_unique<GroupCoordinator>(config, *log, [this] { return now; });
    coordinator->load();
}

Harness::PendingJoin Harness::join(const std::string& memberId, const std::string& group, JoinRequest r) {
    r.groupId = group;
    r.memberId = memberId;
    if (r.clientId.empty()) r.clientId = "client";
    if (r.clientHost.empty()) r.clientHost = "/127.0.0.1";
    if (r.sessionTimeoutMs == 0) r.sessionTimeoutMs = kSessionTimeoutMs;
    if (r.rebalanceTimeoutMs == 0) r.rebalanceTimeoutMs = kRebalanceTimeoutMs;
    if (r.protocolType.empty()) r.protocolType = "consumer";
    if (r.protocols.empty()) r.protocols.push_back({"range", subscription({"t"})});
    PendingJoin pending;
    coordinator->join(std::move(r), [result = pending.result](JoinResult j) { *result = std::move(j); });
    return pending;
}

Harness::PendingJoin Harness::joinNew(const std::string& clientId, const std::string& group) {
    JoinRequest r;
    r.clientId = clientId;
    r.requireKnownMemberId = true;
    auto first = join("", group, r);
    if (!first.done() || first.get().error != ErrorCode::MemberIdRequired) return first;
    return join(first.get().memberId, group, r);
}

Harness::PendingSync Harness::sync(const std::string& memberId, int32_t generation,
                                   std::vector<std::pair<std::string, Bytes>> assignments, const std::string& group,
                                   std::optional<std::string> instanceId) {
    SyncRequest r;
    r.groupId = group;
    r.memberId = memberId;
    r.generation = generation;
    r.instanceId = std::move(instanceId);
    r.assignments = std::move(assignments);
    PendingSync pending;
    coordinator->sync(std::move(r), [result = pending.result](SyncResult s) { *result = std::move(s); });
    return pending;
}

} // namespace grouptest
