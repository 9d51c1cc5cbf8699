#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "group/group.h"
#include "group/group_config.h"
#include "group/group_log.h"

namespace samsa::group {

struct JoinRequest {
    std::string groupId;
    std::string memberId; // empty for a new member
    std::optional<std::string> instanceId;
    std::string clientId;
    std::string clientHost;
    int32_t sessionTimeoutMs = 0;
    int32_t rebalanceTimeoutMs = 0;
    std::string protocolType;
    std::vector<Protocol> protocols;
    // JoinGroup v4+: a new member first gets an id and must join again with it (KIP-394).
    bool requireKnownMemberId = false;
};

struct SyncRequest {
    std::string groupId;
    int32_t generation = -1;
    std::string memberId;
    std::optional<std::string> instanceId;
    std::optional<std::string> protocolType;
    std::optional<std::string> protocolName;
    std::vector<std::pair<std::string, Bytes>> assignments; // from the leader only
};

struct MemberIdentity {
    std::string memberId;
    std::optional<std::string> instanceId;
};

struct LeaveResult {
    ErrorCode error = ErrorCode::None;
    std::vector<ErrorCode> members; // one per identity, in request order
};

struct OffsetCommit {
    storage::TopicPartition tp;
    int64_t offset = 0;
    int32_t leaderEpoch = -1;
    std::optional<std::string> metadata;
};

struct CommitRequest {
    std::string groupId;
    int32_t generation = -1;
    std::string memberId;
    std::optional<std::string> instanceId;
    int64_t retentionMs = -1; // OffsetCommit v2-v4; -1: the broker's retention
    std::vector<OffsetCommit> offsets;
};

// TxnOffsetCommit: offsets committed inside the producer's transaction. Clients before
// KIP-447 (TxnOffsetCommit v0-v2) send no member, which skips the member checks.
struct TxnCommitRequest {
    std::string groupId;
    int64_t producerId = -1;
    int16_t producerEpoch = -1;
    int32_t generation = -1;
    std::string memberId;
    std::optional<std::string> instanceId;
    std::vector<OffsetCommit> offsets;
};

struct FetchedOffset {
    storage::TopicPartition tp;
    int64_t offset = -1;
    int32_t leaderEpoch = -1;
    std::string metadata;
    ErrorCode error = ErrorCode::None;
};

struct FetchResult {
    ErrorCode error = ErrorCode::None;
    std::vector<FetchedOffset> offsets;
};

struct ListedGroup {
    std::string groupId;
    std::string protocolType;
    GroupState state = GroupState::Empty;
};

struct DescribedMember {
    std::string memberId;
    std::optional<std::string> instanceId;
    std::string clientId;
    std::string clientHost;
    Bytes metadata;
    Bytes assignment;
};

struct GroupDescription {
    ErrorCode error = ErrorCode::None;
    std::string groupId;
    GroupState state = GroupState::Dead;
    std::string protocolType;
    std::string protocolData;
    std::vector<DescribedMember> members;
};

struct OffsetDeleteResult {
    ErrorCode error = ErrorCode::None;
    std::vector<ErrorCode> partitions; // one per requested partition, in order
};

// Kafka's classic group coordinator for the groups whose __consumer_offsets partitions
// this node leads. Single-threaded and callback-driven: JoinGroup and SyncGroup may be
// answered later, when the rebalance gets far enough; everything else answers at once.
// Time comes from the injected clock, and timeouts fire when the owner calls poll() at
// (or after) nextDeadlineMs(), so a test can drive it with a fake clock.
class GroupCoordinator {
public:
    using Clock = std::function<int64_t()>;

    GroupCoordinator(GroupConfig config, GroupLog& log, Clock clock);
    ~GroupCoordinator();
    GroupCoordinator(const GroupCoordinator&) = delete;
    GroupCoordinator& operator=(const GroupCoordinator&) = delete;

    // Loads the groups of every partition this node leads from the log.
    void load();
    // Answers every parked request with NOT_COORDINATOR and forgets all groups.
    void shutdown();

    // Told whenever a new, possibly earlier deadline appears.
    void setDeadlineListener(std::function<void(int64_t)> listener) { m_onDeadline = std::move(listener); }
    std::optional<int64_t> nextDeadlineMs() const;
    // Runs every timeout that is due.
    void poll();

    // The __consumer_offsets partition of a group; creates the topic on first use.
    int32_t partitionFor(const std::string& groupId);
    // NOT_COORDINATOR when another node leads the group's partition.
    ErrorCode coordinatorError(const std::string& groupId);

    void join(JoinRequest request, JoinCallback done);
    void sync(SyncRequest request, SyncCallback done);
    ErrorCode heartbeat(const std::string& groupId, const std::string& memberId,
                        const std::optional<std::string>& instanceId, int32_t generation);
    LeaveResult leave(const std::string& groupId, const std::vector<MemberIdentity>& members);

    std::vector<ErrorCode> commitOffsets(const CommitRequest& request);
    // Offsets that become visible once the producer's transaction commits.
    std::vector<ErrorCode> commitTxnOffsets(const TxnCommitRequest& request);
    // A transaction marker reached __consumer_offsets partition `offsetsPartition`: the
    // offsets the producer committed in it, for the groups of that partition, take
    // effect (or are dropped).
    void completeTransaction(int32_t offsetsPartition, int64_t producerId, bool committed);
    // Every committed offset of the group when `partitions` is empty-optional. With
    // requireStable (KIP-447), a partition with offsets committed in a transaction that
    // is still open answers UNSTABLE_OFFSET_COMMIT, which the consumer retries.
    FetchResult fetchOffsets(const std::string& groupId,
                             const std::optional<std::vector<storage::TopicPartition>>& partitions,
                             bool requireStable = false);
    OffsetDeleteResult deleteOffsets(const std::string& groupId, const std::vector<storage::TopicPartition>& partitions);
    ErrorCode deleteGroup(const std::string& groupId);

    std::vector<ListedGroup> listGroups(const std::vector<GroupState>& states) const;
    GroupDescription describe(const std::string& groupId);

    // For tests and the app: the group as it is now.
    const Group* group(const std::string& groupId) const;
    // Removes expired offsets now, as the periodic check does.
    void expireOffsets();

private:
    int64_t now() const { return m_clock(); }
    Group* find(const std::string& groupId);
    Group& create(const std::string& groupId);
    void erase(const std::string& groupId);
    void noteDeadline(const Group& group);
    void ensureTopic();

    // ---- membership (group_membership.cpp) ----
    void joinNewMember(Group& group, JoinRequest& request, JoinCallback& done);
    void joinStaticMember(Group& group, JoinRequest& request, const std::string& newId, JoinCallback& done);
    void joinCurrentMember(Group& group, JoinRequest& request, JoinCallback& done);
    void addMemberAndRebalance(Group& group, JoinRequest& request, const std::string& memberId, JoinCallback done);
    void updateMemberAndRebalance(Group& group, Member& member, JoinRequest& request, JoinCallback done);
    void maybePrepareRebalance(Group& group, std::string_view reason);
    void prepareRebalance(Group& group, std::string_view reason);
    void tryCompleteJoin(Group& group);
    void completeJoin(Group& group);
    void removeMember(Group& group, const std::string& memberId, std::string_view reason);
    void removePendingMember(Group& group, const std::string& memberId);
    void propagateAssignment(Group& group, ErrorCode error);
    JoinResult currentGeneration(const Group& group, const Member& member) const;
    ErrorCode validateMember(const Group& group, const std::string& memberId,
                             const std::optional<std::string>& instanceId, std::optional<int32_t> generation) const;
    void runTimeouts(Group& group, int64_t nowMs);
    void expirePendingSync(Group& group);

    // ---- persistence (group_offsets.cpp) ----
    ErrorCode storeGroup(const Group& group);
    LogAppendResult appendRecords(const std::string& groupId, const std::vector<LogRecord>& records,
                                  const std::optional<TxnProducer>& txn = std::nullopt);
    void loadPartition(int32_t partition);

    GroupConfig m_config;
    GroupLog& m_log;
    Clock m_clock;
    std::function<void(int64_t)> m_onDeadline;
    std::unordered_map<std::string, std::unique_ptr<Group>> m_groups;
    std::set<int32_t> m_owned;
    int64_t m_nextExpiryCheckMs = 0;
    bool m_active = true;
};

} // namespace samsa::group
