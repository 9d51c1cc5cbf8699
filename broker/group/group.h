#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "common/error_code.h"
#include "group/group_records.h"

namespace samsa::group {

// Kafka's classic group states, with Kafka's names on the wire (ListGroups,
// DescribeGroups).
enum class GroupState : int8_t { Empty, PreparingRebalance, CompletingRebalance, Stable, Dead };
std::string_view stateName(GroupState state);
// Case-insensitive, as ListGroups' states filter is.
std::optional<GroupState> parseStateName(std::string_view name);

inline constexpr std::string_view kConsumerProtocolType = "consumer";

struct Protocol {
    std::string name;
    Bytes metadata;
    bool operator==(const Protocol&) const = default;
};

struct JoinedMember {
    std::string memberId;
    std::optional<std::string> instanceId;
    Bytes metadata;
};

struct JoinResult {
    ErrorCode error = ErrorCode::None;
    int32_t generation = -1;
    std::optional<std::string> protocolType;
    std::optional<std::string> protocolName;
    std::string leaderId;
    std::string memberId;
    bool skipAssignment = false;
    std::vector<JoinedMember> members; // only for the leader
};

struct SyncResult {
    ErrorCode error = ErrorCode::None;
    std::optional<std::string> protocolType;
    std::optional<std::string> protocolName;
    Bytes assignment;
};

using JoinCallback = std::function<void(JoinResult)>;
using SyncCallback = std::function<void(SyncResult)>;

struct Member {
    std::string id;
    std::optional<std::string> instanceId;
    std::string clientId;
    std::string clientHost;
    int32_t sessionTimeoutMs = 0;
    int32_t rebalanceTimeoutMs = 0;
    std::string protocolType;
    std::vector<Protocol> protocols;
    Bytes assignment;
    // A JoinGroup or SyncGroup parked until the rebalance gets far enough to answer it.
    JoinCallback awaitingJoin;
    SyncCallback awaitingSync;
    bool isNew = false; // joined, but no join of it has completed yet
    int64_t lastHeartbeatMs = 0;

    const Bytes* metadataFor(std::string_view protocol) const;
    // Same protocols, in the same order, with the same metadata.
    bool matches(const std::vector<Protocol>& protocols) const { return this->protocols == protocols; }
    // The moment the coordinator gives up on this member; nothing while a parked join
    // or sync keeps it alive.
    std::optional<int64_t> expiryMs() const;
};

// One group's membership, generation and committed offsets. Plain bookkeeping: the
// coordinator decides when states change and whom to answer.
class Group {
public:
    Group(std::string id, int64_t nowMs) : m_id(std::move(id)), m_stateTimestampMs(nowMs) {}

    const std::string& id() const { return m_id; }
    GroupState state() const { return m_state; }
    bool is(GroupState s) const { return m_state == s; }
    void transitionTo(GroupState next, int64_t nowMs);
    int64_t stateTimestampMs() const { return m_stateTimestampMs; }

    int32_t generation() const { return m_generation; }
    const std::optional<std::string>& protocolType() const { return m_protocolType; }
    const std::optional<std::string>& protocolName() const { return m_protocolName; }
    const std::string& leaderId() const { return m_leaderId; }
    bool isLeader(std::string_view memberId) const { return !m_leaderId.empty() && m_leaderId == memberId; }

    // ---- members ----
    const std::map<std::string, Member>& members() const { return m_members; }
    std::map<std::string, Member>& members() { return m_members; }
    Member* find(const std::string& memberId);
    bool has(const std::string& memberId) const { return m_members.count(memberId) != 0; }
    // The first member ever added leads until it leaves.
    void add(Member member);
    void remove(const std::string& memberId);
    size_t size() const { return m_members.size() + m_pending.size(); }

    std::optional<std::string> staticMemberId(const std::string& instanceId) const;
    // True when the instance id belongs to another member id: the caller is an older
    // incarnation of a static member that has since been replaced (KIP-345).
    bool isStaticMemberFenced(const std::string& memberId, const std::optional<std::string>& instanceId) const;
    // Moves the static member to a new member id, keeping its assignment and role.
    Member& replaceStaticMember(const std::string& instanceId, const std::string& oldId, const std::string& newId);

    // Members that got a member id but have not joined with it yet (KIP-394).
    void addPending(const std::string& memberId, int64_t expiryMs) { m_pending[memberId] = expiryMs; }
    bool isPending(const std::string& memberId) const { return m_pending.count(memberId) != 0; }
    void removePending(const std::string& memberId) { m_pending.erase(memberId); }
    const std::map<std::string, int64_t>& pending() const { return m_pending; }

    // ---- protocols and generations ----
    // Whether a member with these protocols may join: the group's protocol type, and at
    // least one protocol every current member also supports.
    bool supportsProtocols(std::string_view protocolType, const std::vector<Protocol>& protocols) const;
    bool allMembersJoined() const;
    // Hands the lead to a member that rejoined if the leader did not; false if nobody did.
    bool electJoinedLeader();
    // Ends a rebalance: bumps the generation, picks the protocol, and moves to
    // CompletingRebalance (or Empty when nobody is left).
    void initNextGeneration(int64_t nowMs);
    int32_t rebalanceTimeoutMs() const;
    // The protocol the members would agree on now: of those every member supports, the
    // one most members list first.
    std::optional<std::string> selectProtocol() const;
    std::vector<JoinedMember> memberMetadata() const;
    // Topics the members subscribe to, when every subscription decodes as the consumer
    // protocol; nothing otherwise.
    const std::optional<std::set<std::string>>& subscribedTopics() const { return m_subscribedTopics; }
    bool isSubscribedTo(const std::string& topic) const {
        return m_subscribedTopics && m_subscribedTopics->count(topic) != 0;
    }
    bool isConsumerGroup() const { return m_protocolType && *m_protocolType == kConsumerProtocolType; }

    // Restores what a GroupMetadata record describes (loading after a restart).
    void restore(const GroupMetadataValue& value, int64_t nowMs);
    // The GroupMetadata record of the current generation.
    GroupMetadataValue snapshot() const;

    // ---- committed offsets ----
    std::map<storage::TopicPartition, CommittedOffset>& offsets() { return m_offsets; }
    const std::map<storage::TopicPartition, CommittedOffset>& offsets() const { return m_offsets; }

    // Offsets committed inside a producer's open transaction (TxnOffsetCommit): nobody
    // sees them until the transaction's marker reaches the group's partition.
    using PendingTxnOffsets = std::map<int64_t, std::map<storage::TopicPartition, CommittedOffset>>;
    PendingTxnOffsets& pendingTxnOffsets() { return m_pendingTxnOffsets; }
    const PendingTxnOffsets& pendingTxnOffsets() const { return m_pendingTxnOffsets; }
    bool hasPendingTxnOffset(const storage::TopicPartition& tp) const;
    // The transaction ended: on commit its offsets replace those committed before them
    // (a plain commit written after them wins), on abort they are dropped.
    void completePendingTxnOffsets(int64_t producerId, bool committed);

    // ---- rebalance timers ----
    struct JoinWait {
        int64_t deadlineMs = 0;
        // group.initial.rebalance.delay.ms: the first rebalance of an empty group waits
        // for more members, extending while new ones keep arriving, up to the rebalance
        // timeout.
        bool initial = false;
        int64_t remainingMs = 0;
    };
    std::optional<JoinWait> joinWait;
    bool newMemberAdded = false;
    // Members that got a JoinGroup answer but sent no SyncGroup yet, and until when
    // they may.
    std::set<std::string> pendingSync;
    std::optional<int64_t> syncDeadlineMs;

    // The earliest moment something of this group times out.
    std::optional<int64_t> nextDeadlineMs() const;

private:
    void updateSubscribedTopics();

    std::string m_id;
    GroupState m_state = GroupState::Empty;
    int64_t m_stateTimestampMs = 0;
    int32_t m_generation = 0;
    std::optional<std::string> m_protocolType;
    std::optional<std::string> m_protocolName;
    std::string m_leaderId;
    std::map<std::string, Member> m_members;
    std::map<std::string, std::string> m_staticMembers; // instance id -> member id
    std::map<std::string, int64_t> m_pending;           // member id -> expiry
    std::optional<std::set<std::string>> m_subscribedTopics;
    std::map<storage::TopicPartition, CommittedOffset> m_offsets;
    PendingTxnOffsets m_pendingTxnOffsets;
};

} // namespace samsa::group
