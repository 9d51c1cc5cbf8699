#include "group/group_coordinator.h"

#include <algorithm>

#include "common/log.h"
#include "group/coordinator_key.h"

namespace samsa::group {

GroupCoordinator::GroupCoordinator(GroupConfig config, GroupLog& log, Clock clock)
    : m_config(config), m_log(log), m_clock(std::move(clock)) {
    m_nextExpiryCheckMs = now() + m_config.offsetsRetentionCheckIntervalMs;
}

GroupCoordinator::~GroupCoordinator() { shutdown(); }

void GroupCoordinator::load() {
    if (m_log.partitionCount() == 0) return; // created on first use
    for (int32_t p : m_log.ledPartitions()) {
        if (m_owned.count(p)) continue;
        loadPartition(p);
        m_owned.insert(p);
    }
    log::info("group coordinator: {} group(s) loaded from {} partition(s)", m_groups.size(), m_owned.size());
}

void GroupCoordinator::ensureTopic() {
    if (m_log.partitionCount() == 0) {
        m_log.create();
        log::info("created {} partition(s) of __consumer_offsets", m_log.partitionCount());
    }
    if (!m_owned.empty()) return;
    // A fresh topic holds nothing yet, but loading its partitions keeps one path for
    // every partition this node takes over.
    for (int32_t p : m_log.ledPartitions()) {
        loadPartition(p);
        m_owned.insert(p);
    }
}

void GroupCoordinator::shutdown() {
    if (!m_active) return;
    m_active = false;
    // Clients that get NOT_COORDINATOR look the coordinator up again and rejoin there.
    for (auto& [id, group] : m_groups) {
        for (auto& [memberId, m] : group->members()) {
            if (auto cb = std::exchange(m.awaitingJoin, nullptr)) {
                JoinResult r;
                r.error = ErrorCode::NotCoordinator;
                r.memberId = memberId;
                cb(std::move(r));
            }
            if (auto cb = std::exchange(m.awaitingSync, nullptr)) cb(SyncResult{ErrorCode::NotCoordinator, {}, {}, {}});
        }
    }
    m_groups.clear();
    m_owned.clear();
}

int32_t GroupCoordinator::partitionFor(const std::string& groupId) {
    if (m_active) ensureTopic();
    const int32_t count = m_log.partitionCount();
    return partitionForGroup(groupId, count > 0 ? count : m_config.offsetsTopicNumPartitions);
}

ErrorCode GroupCoordinator::coordinatorError(const std::string& groupId) {
    if (!m_active) return ErrorCode::CoordinatorNotAvailable;
    if (!m_owned.count(partitionFor(groupId))) return ErrorCode::NotCoordinator;
    return ErrorCode::None;
}

Group* GroupCoordinator::find(const std::string& groupId) {
    auto it = m_groups.find(groupId);
    return it == m_groups.end() ? nullptr : it->second.get();
}

const Group* GroupCoordinator::group(const std::string& groupId) const {
    auto it = m_groups.find(groupId);
    return it == m_groups.end() ? nullptr : it->second.get();
}

Group& GroupCoordinator::create(const std::string& groupId) {
    auto& slot = m_groups[groupId];
    if (!slot) slot = std::make_unique<Group>(groupId, now());
    return *slot;
}

void GroupCoordinator::erase(const std::string& groupId) { m_groups.erase(groupId); }

void GroupCoordinator::noteDeadline(const Group& group) {
    if (!m_onDeadline) return;
    if (auto d = group.nextDeadlineMs()) m_onDeadline(*d);
}

std::optional<int64_t> GroupCoordinator::nextDeadlineMs() const {
    if (!m_active) return std::nullopt;
    std::optional<int64_t> next = m_nextExpiryCheckMs;
    for (const auto& [id, group] : m_groups)
        if (auto d = group->nextDeadlineMs(); d && *d < *next) next = d;
    return next;
}

void GroupCoordinator::poll() {
    if (!m_active) return;
    const int64_t t = now();
    // A timeout may set another that is due at once (an initial rebalance delay of 0
    // extended by a late joiner); each pass settles at least one, so a few suffice.
    for (int pass = 0; pass < 8; ++pass) {
        std::vector<std::string> due;
        for (const auto& [id, group] : m_groups)
            if (auto d = group->nextDeadlineMs(); d && *d <= t) due.push_back(id);
        if (due.empty()) break;
        for (const auto& id : due)
            if (Group* g = find(id)) runTimeouts(*g, t);
    }
    if (t >= m_nextExpiryCheckMs) {
        expireOffsets();
        m_nextExpiryCheckMs = t + m_config.offsetsRetentionCheckIntervalMs;
    }
}

std::vector<ListedGroup> GroupCoordinator::listGroups(const std::vector<GroupState>& states) const {
    std::vector<ListedGroup> out;
    for (const auto& [id, group] : m_groups) {
        if (group->is(GroupState::Dead)) continue;
        if (!states.empty() && std::find(states.begin(), states.end(), group->state()) == states.end()) continue;
        out.push_back({id, group->protocolType().value_or(std::string()), group->state()});
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.groupId < b.groupId; });
    return out;
}

GroupDescription GroupCoordinator::describe(const std::string& groupId) {
    GroupDescription d;
    d.groupId = groupId;
    d.error = coordinatorError(groupId);
    if (d.error != ErrorCode::None) return d;
    const Group* g = find(groupId);
    if (!g) return d; // Kafka describes an unknown group as Dead, without an error
    d.state = g->state();
    d.protocolType = g->protocolType().value_or(std::string());
    // Metadata and assignments only mean something once a generation is settled.
    const bool stable = g->is(GroupState::Stable);
    if (stable) d.protocolData = g->protocolName().value_or(std::string());
    for (const auto& [id, m] : g->members()) {
        DescribedMember out{id, m.instanceId, m.clientId, m.clientHost, {}, {}};
        if (stable) {
            if (const Bytes* metadata = m.metadataFor(d.protocolData)) out.metadata = *metadata;
            out.assignment = m.assignment;
        }
        d.members.push_back(std::move(out));
    }
    return d;
}

} // namespace samsa::group
