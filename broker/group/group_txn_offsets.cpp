// Offsets committed inside transactions (TxnOffsetCommit, KIP-98 and KIP-447): written
// to __consumer_offsets as part of the producer's transaction, held back until the
// transaction's marker reaches the group's partition.
#include <algorithm>

#include "group/group_coordinator.h"

namespace samsa::group {

namespace {

// The same mapping as for plain commits: a failed write of offsets, told to a client.
ErrorCode txnOffsetStoreError(ErrorCode e) {
    switch (e) {
    case ErrorCode::UnknownTopicOrPartition:
    case ErrorCode::NotEnoughReplicas:
    case ErrorCode::NotEnoughReplicasAfterAppend:
    case ErrorCode::RequestTimedOut: return ErrorCode::CoordinatorNotAvailable;
    case ErrorCode::NotLeaderOrFollower:
    case ErrorCode::KafkaStorageError: return ErrorCode::NotCoordinator;
    case ErrorCode::MessageTooLarge:
    case ErrorCode::RecordListTooLarge:
    case ErrorCode::InvalidFetchSize: return ErrorCode::InvalidCommitOffsetSize;
    default: return e;
    }
}

} // namespace

std::vector<ErrorCode> GroupCoordinator::commitTxnOffsets(const TxnCommitRequest& request) {
    std::vector<ErrorCode> errors(request.offsets.size(), ErrorCode::None);
    const auto failAll = [&](ErrorCode e) {
        std::fill(errors.begin(), errors.end(), e);
        return errors;
    };
    if (request.groupId.empty()) return failAll(ErrorCode::InvalidGroupId);
    if (auto e = coordinatorError(request.groupId); e != ErrorCode::None) return failAll(e);
    // A producer may commit for a group this coordinator has not seen yet.
    Group* g = find(request.groupId);
    if (!g) g = &create(request.groupId);
    if (g->is(GroupState::Dead)) return failAll(ErrorCode::CoordinatorNotAvailable);
    // A KIP-447 producer names the consumer it commits for: it must still be a member of
    // that generation, or a rebalance moved its partitions and the commit is refused.
    if (request.generation >= 0 || !request.memberId.empty() || request.instanceId) {
        if (auto e = validateMember(*g, request.memberId, request.instanceId, request.generation); e != ErrorCode::None)
            return failAll(e);
    }

    const int64_t t = now();
    std::vector<LogRecord> records;
    std::vector<std::pair<size_t, CommittedOffset>> accepted;
    for (size_t i = 0; i < request.offsets.size(); ++i) {
        const auto& c = request.offsets[i];
        std::string metadata = c.metadata.value_or(std::string());
        if (metadata.size() > static_cast<size_t>(std::max(m_config.offsetMetadataMaxBytes, 0))) {
            errors[i] = ErrorCode::OffsetMetadataTooLarge;
            continue;
        }
        CommittedOffset value{c.offset, c.leaderEpoch, std::move(metadata), t, std::nullopt};
        records.push_back({encodeOffsetKey(request.groupId, c.tp), encodeOffsetValue(value)});
        accepted.emplace_back(i, std::move(value));
    }
    const auto appended = appendRecords(request.groupId, records, TxnProducer{request.producerId, request.producerEpoch});
    if (const auto e = txnOffsetStoreError(appended.error); e != ErrorCode::None) {
        for (const auto& [i, value] : accepted) errors[i] = e;
        return errors;
    }
    auto& pending = g->pendingTxnOffsets()[request.producerId];
    for (auto& [i, value] : accepted) {
        value.appendOffset = appended.baseOffset;
        pending[request.offsets[i].tp] = std::move(value);
    }
    return errors;
}

void GroupCoordinator::completeTransaction(int32_t offsetsPartition, int64_t producerId, bool committed) {
    for (auto& [id, group] : m_groups) {
        if (!group->pendingTxnOffsets().count(producerId)) continue;
        if (partitionFor(id) != offsetsPartition) continue;
        group->completePendingTxnOffsets(producerId, committed);
    }
}

} // namespace samsa::group
