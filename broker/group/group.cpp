#include "group/group.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include "group/group_config.h"
#include "protocol/messages/consumer_protocol_subscription.h"
#include "protocol/wire/reader.h"

namespace samsa::group {

namespace {

constexpr std::string_view kStateNames[] = {"Empty", "PreparingRebalance", "CompletingRebalance", "Stable", "Dead"};

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

bool validTransition(GroupState from, GroupState to) {
    using S = GroupState;
    switch (to) {
    case S::Dead: return true;
    case S::PreparingRebalance: return from == S::Stable || from == S::CompletingRebalance || from == S::Empty;
    case S::CompletingRebalance: return from == S::PreparingRebalance;
    case S::Stable: return from == S::CompletingRebalance;
    case S::Empty: return from == S::PreparingRebalance;
    }
    return false;
}

std::optional<std::vector<std::string>> subscriptionTopics(const Bytes& metadata) {
    using protocol::messages::ConsumerProtocolSubscription;
    try {
        protocol::Reader r(metadata);
        const int16_t version = r.readInt16();
        if (version < 0) return std::nullopt;
        ConsumerProtocolSubscription s;
        s.decode(r, std::min<int16_t>(version, ConsumerProtocolSubscription::kMaxVersion));
        return s.topics;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

} // namespace

std::string_view stateName(GroupState state) { return kStateNames[static_cast<size_t>(state)]; }

std::optional<GroupState> parseStateName(std::string_view name) {
    for (size_t i = 0; i < std::size(kStateNames); ++i)
        if (equalsIgnoreCase(kStateNames[i], name)) return static_cast<GroupState>(i);
    return std::nullopt;
}

const Bytes* Member::metadataFor(std::string_view protocol) const {
    for (const auto& p : protocols)
        if (p.name == protocol) return &p.metadata;
    return nullptr;
}

std::optional<int64_t> Member::expiryMs() const {
    if (awaitingJoin) {
        if (isNew) return lastHeartbeatMs + kNewMemberJoinTimeoutMs;
        return std::nullopt;
    }
    if (awaitingSync) return std::nullopt;
    return lastHeartbeatMs + sessionTimeoutMs;
}

void Group::transitionTo(GroupState next, int64_t nowMs) {
    if (!validTransition(m_state, next))
        throw std::logic_error("group " + m_id + ": illegal transition from " + std::string(stateName(m_state)) +
                               " to " + std::string(stateName(next)));
    m_state = next;
    m_stateTimestampMs = nowMs;
}

Member* Group::find(const std::string& memberId) {
    auto it = m_members.find(memberId);
    return it == m_members.end() ? nullptr : &it->second;
}

void Group::add(Member member) {
    if (m_members.empty()) m_protocolType = member.protocolType;
    if (m_leaderId.empty()) m_leaderId = member.id;
    if (member.instanceId) m_staticMembers[*member.instanceId] = member.id;
    m_pending.erase(member.id);
    std::string id = member.id;
    m_members.insert_or_assign(std::move(id), std::move(member));
}

void Group::remove(const std::string& memberId) {
    auto it = m_members.find(memberId);
    if (it == m_members.end()) return;
    if (it->second.instanceId) {
        auto s = m_staticMembers.find(*it->second.instanceId);
        if (s != m_staticMembers.end() && s->second == memberId) m_staticMembers.erase(s);
    }
    m_members.erase(it);
    pendingSync.erase(memberId);
    if (m_leaderId == memberId) m_leaderId = m_members.empty() ? std::string() : m_members.begin()->first;
}

std::optional<std::string> Group::staticMemberId(const std::string& instanceId) const {
    auto it = m_staticMembers.find(instanceId);
    if (it == m_staticMembers.end()) return std::nullopt;
    return it->second;
}

bool Group::isStaticMemberFenced(const std::string& memberId, const std::optional<std::string>& instanceId) const {
    if (!instanceId) return false;
    auto it = m_staticMembers.find(*instanceId);
    return it != m_staticMembers.end() && it->second != memberId;
}

Member& Group::replaceStaticMember(const std::string& instanceId, const std::string& oldId, const std::string& newId) {
    auto node = m_members.extract(oldId);
    if (node.empty()) throw std::logic_error("group " + m_id + ": static member " + oldId + " is not a member");
    node.key() = newId;
    node.mapped().id = newId;
    auto& member = m_members.insert(std::move(node)).position->second;
    m_staticMembers[instanceId] = newId;
    if (m_leaderId == oldId) m_leaderId = newId;
    if (pendingSync.erase(oldId)) pendingSync.insert(newId);
    return member;
}

bool Group::supportsProtocols(std::string_view protocolType, const std::vector<Protocol>& protocols) const {
    if (m_members.empty()) return !protocolType.empty() && !protocols.empty();
    if (!m_protocolType || *m_protocolType != protocolType) return false;
    return std::any_of(protocols.begin(), protocols.end(), [&](const Protocol& p) {
        return std::all_of(m_members.begin(), m_members.end(),
                           [&](const auto& m) { return m.second.metadataFor(p.name) != nullptr; });
    });
}

bool Group::allMembersJoined() const {
    return m_pending.empty() &&
           std::all_of(m_members.begin(), m_members.end(), [](const auto& m) { return bool(m.second.awaitingJoin); });
}

bool Group::electJoinedLeader() {
    if (m_leaderId.empty()) return false;
    if (auto* leader = find(m_leaderId); leader && leader->awaitingJoin) return true;
    for (const auto& [id, m] : m_members) {
        if (m.awaitingJoin) {
            m_leaderId = id;
            return true;
        }
    }
    return false;
}

std::optional<std::string> Group::selectProtocol() const {
    if (m_members.empty()) return std::nullopt;
    // Candidates: what every member supports, in the leader's order of preference; each
    // member votes for the first candidate it lists, and the most votes win.
    const Member& reference = m_members.count(m_leaderId) ? m_members.at(m_leaderId) : m_members.begin()->second;
    std::vector<std::string> candidates;
    for (const auto& p : reference.protocols)
        if (std::all_of(m_members.begin(), m_members.end(),
                        [&](const auto& m) { return m.second.metadataFor(p.name) != nullptr; }))
            candidates.push_back(p.name);
    if (candidates.empty()) return std::nullopt;
    std::map<std::string, int> votes;
    for (const auto& [id, m] : m_members) {
        for (const auto& p : m.protocols) {
            if (std::find(candidates.begin(), candidates.end(), p.name) != candidates.end()) {
                ++votes[p.name];
                break;
            }
        }
    }
    std::string best = candidates.front();
    for (const auto& c : candidates)
        if (votes[c] > votes[best]) best = c;
    return best;
}

void Group::initNextGeneration(int64_t nowMs) {
    ++m_generation;
    if (!m_members.empty()) {
        m_protocolName = selectProtocol();
        updateSubscribedTopics();
        transitionTo(GroupState::CompletingRebalance, nowMs);
    } else {
        m_protocolName.reset();
        m_subscribedTopics.reset();
        transitionTo(GroupState::Empty, nowMs);
    }
}

int32_t Group::rebalanceTimeoutMs() const {
    int32_t timeout = 0;
    for (const auto& [id, m] : m_members) timeout = std::max(timeout, m.rebalanceTimeoutMs);
    return timeout;
}

std::vector<JoinedMember> Group::memberMetadata() const {
    std::vector<JoinedMember> out;
    for (const auto& [id, m] : m_members) {
        const Bytes* metadata = m_protocolName ? m.metadataFor(*m_protocolName) : nullptr;
        out.push_back({id, m.instanceId, metadata ? *metadata : Bytes{}});
    }
    return out;
}

void Group::updateSubscribedTopics() {
    m_subscribedTopics.reset();
    if (!isConsumerGroup() || !m_protocolName) return;
    std::set<std::string> topics;
    for (const auto& [id, m] : m_members) {
        const Bytes* metadata = m.metadataFor(*m_protocolName);
        if (!metadata) return;
        auto t = subscriptionTopics(*metadata);
        if (!t) return;
        topics.insert(t->begin(), t->end());
    }
    m_subscribedTopics = std::move(topics);
}

void Group::restore(const GroupMetadataValue& value, int64_t nowMs) {
    m_protocolType = value.protocolType.empty() ? std::nullopt : std::optional(value.protocolType);
    m_generation = value.generation;
    m_protocolName = value.protocol && !value.protocol->empty() ? value.protocol : std::nullopt;
    m_leaderId = value.leader.value_or(std::string());
    m_members.clear();
    m_staticMembers.clear();
    for (const auto& v : value.members) {
        Member m;
        m.id = v.memberId;
        m.instanceId = v.groupInstanceId;
        m.clientId = v.clientId;
        m.clientHost = v.clientHost;
        m.sessionTimeoutMs = v.sessionTimeout;
        m.rebalanceTimeoutMs = v.rebalanceTimeout >= 0 ? v.rebalanceTimeout : v.sessionTimeout;
        m.protocolType = value.protocolType;
        m.protocols.push_back({m_protocolName.value_or(std::string()), v.subscription});
        m.assignment = v.assignment;
        m.lastHeartbeatMs = nowMs;
        if (m.instanceId) m_staticMembers[*m.instanceId] = m.id;
        m_members.emplace(m.id, std::move(m));
    }
    m_state = m_members.empty() ? GroupState::Empty : GroupState::Stable;
    m_stateTimestampMs = value.currentStateTimestamp >= 0 ? value.currentStateTimestamp : nowMs;
    updateSubscribedTopics();
}

GroupMetadataValue Group::snapshot() const {
    GroupMetadataValue v;
    v.protocolType = m_protocolType.value_or(std::string());
    v.generation = m_generation;
    v.protocol = m_protocolName;
    v.leader = m_leaderId.empty() ? std::nullopt : std::optional(m_leaderId);
    v.currentStateTimestamp = m_stateTimestampMs;
    for (const auto& [id, m] : m_members) {
        auto& out = v.members.emplace_back();
        out.memberId = id;
        out.groupInstanceId = m.instanceId;
        out.clientId = m.clientId;
        out.clientHost = m.clientHost;
        out.rebalanceTimeout = m.rebalanceTimeoutMs;
        out.sessionTimeout = m.sessionTimeoutMs;
        const Bytes* metadata = m_protocolName ? m.metadataFor(*m_protocolName) : nullptr;
        if (metadata) out.subscription = *metadata;
        out.assignment = m.assignment;
    }
    return v;
}

std::optional<int64_t> Group::nextDeadlineMs() const {
    std::optional<int64_t> next;
    const auto consider = [&](std::optional<int64_t> t) {
        if (t && (!next || *t < *next)) next = t;
    };
    if (joinWait) consider(joinWait->deadlineMs);
    consider(syncDeadlineMs);
    for (const auto& [id, expiry] : m_pending) consider(expiry);
    for (const auto& [id, m] : m_members) consider(m.expiryMs());
    return next;
}

bool Group::hasPendingTxnOffset(const storage::TopicPartition& tp) const {
    for (const auto& [producer, offsets] : m_pendingTxnOffsets)
        if (offsets.count(tp)) return true;
    return false;
}

void Group::completePendingTxnOffsets(int64_t producerId, bool committed) {
    auto it = m_pendingTxnOffsets.find(producerId);
    if (it == m_pendingTxnOffsets.end()) return;
    if (committed) {
        for (auto& [tp, pending] : it->second) {
            auto current = m_offsets.find(tp);
            if (current == m_offsets.end() || current->second.appendOffset < pending.appendOffset)
                m_offsets[tp] = std::move(pending);
        }
    }
    m_pendingTxnOffsets.erase(it);
}

} // namespace samsa::group
