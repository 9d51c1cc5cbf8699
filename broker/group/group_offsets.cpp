// Committed offsets and the group records in __consumer_offsets: OffsetCommit,
// OffsetFetch, OffsetDelete, DeleteGroups, retention, and loading after a restart.
#include <algorithm>

#include "common/log.h"
#include "group/group_coordinator.h"
#include "protocol/wire/reader.h"

namespace samsa::group {

namespace {

// What a failed write of the group's metadata means to a client (Kafka's mapping).
ErrorCode groupStoreError(ErrorCode e) {
    switch (e) {
    case ErrorCode::UnknownTopicOrPartition:
    case ErrorCode::NotEnoughReplicas:
    case ErrorCode::NotEnoughReplicasAfterAppend:
    case ErrorCode::RequestTimedOut:
        return ErrorCode::CoordinatorNotAvailable;
    case ErrorCode::NotLeaderOrFollower:
    case ErrorCode::KafkaStorageError:
        return ErrorCode::NotCoordinator;
    case ErrorCode::MessageTooLarge:
    case ErrorCode::RecordListTooLarge:
    case ErrorCode::InvalidFetchSize:
        return ErrorCode::UnknownServerError;
    default:
        return e;
    }
}

// The same for offset commits, where a batch too large is the commit's fault.
ErrorCode offsetStoreError(ErrorCode e) {
    switch (e) {
    case ErrorCode::MessageTooLarge:
    case ErrorCode::RecordListTooLarge:
    case ErrorCode::InvalidFetchSize:
        return ErrorCode::InvalidCommitOffsetSize;
    default:
        return groupStoreError(e);
    }
}

} // namespace

LogAppendResult GroupCoordinator::appendRecords(const std::string& groupId, const std::vector<LogRecord>& records,
                                                const std::optional<TxnProducer>& txn) {
    if (records.empty()) return {};
    return m_log.append(partitionFor(groupId), records, txn);
}

ErrorCode GroupCoordinator::storeGroup(const Group& group) {
    const std::vector<LogRecord> records{{encodeGroupKey(group.id()), encodeGroupValue(group.snapshot())}};
    return groupStoreError(appendRecords(group.id(), records).error);
}

// ----------------------------------------------------------------------- OffsetCommit

std::vector<ErrorCode> GroupCoordinator::commitOffsets(const CommitRequest& request) {
    std::vector<ErrorCode> errors(request.offsets.size(), ErrorCode::None);
    const auto failAll = [&](ErrorCode e) {
        std::fill(errors.begin(), errors.end(), e);
        return errors;
    };
    if (auto e = coordinatorError(request.groupId); e != ErrorCode::None) return failAll(e);

    Group* g = find(request.groupId);
    if (!g) {
        // Generation -1 is a client that only stores offsets here (no group management);
        // anything else is a member of a generation this coordinator never saw.
        if (request.generation >= 0) return failAll(ErrorCode::IllegalGeneration);
        g = &create(request.groupId);
    }
    if (g->is(GroupState::Dead)) return failAll(ErrorCode::CoordinatorNotAvailable);
    const bool standalone = request.generation < 0 && g->is(GroupState::Empty);
    if (!standalone) {
        if (auto e = validateMember(*g, request.memberId, request.instanceId, request.generation); e != ErrorCode::None)
            return failAll(e);
        // The member got its generation but not its assignment yet. During
        // PreparingRebalance commits stay allowed: cooperative members commit what they
        // give up before they rejoin.
        if (g->is(GroupState::CompletingRebalance)) return failAll(ErrorCode::RebalanceInProgress);
        g->find(request.memberId)->lastHeartbeatMs = now();
    }

    const int64_t t = now();
    std::vector<LogRecord> records;
    std::vector<std::pair<size_t, CommittedOffset>> accepted;
    for (size_t i = 0; i < request.offsets.size(); ++i) {
        const auto& c = request.offsets[i];
        const std::string metadata = c.metadata.value_or(std::string());
        if (metadata.size() > static_cast<size_t>(std::max(m_config.offsetMetadataMaxBytes, 0))) {
            errors[i] = ErrorCode::OffsetMetadataTooLarge;
            continue;
        }
        CommittedOffset value{c.offset, c.leaderEpoch, metadata, t, std::nullopt};
        if (request.retentionMs >= 0) value.expireTimestampMs = t + request.retentionMs;
        records.push_back({encodeOffsetKey(request.groupId, c.tp), encodeOffsetValue(value)});
        accepted.emplace_back(i, std::move(value));
    }
    const auto appended = appendRecords(request.groupId, records);
    if (const auto e = offsetStoreError(appended.error); e != ErrorCode::None) {
        for (const auto& [i, value] : accepted) errors[i] = e;
    } else {
        for (auto& [i, value] : accepted) {
            value.appendOffset = appended.baseOffset;
            g->offsets()[request.offsets[i].tp] = std::move(value);
        }
    }
    noteDeadline(*g);
    return errors;
}

// ------------------------------------------------------------------------ OffsetFetch

FetchResult GroupCoordinator::fetchOffsets(const std::string& groupId,
                                           const std::optional<std::vector<storage::TopicPartition>>& partitions,
                                           bool requireStable) {
    FetchResult result;
    result.error = coordinatorError(groupId);
    if (result.error != ErrorCode::None) return result;
    const Group* g = find(groupId);
    const auto describe = [&](const storage::TopicPartition& tp, const CommittedOffset& o) {
        if (requireStable && g->hasPendingTxnOffset(tp))
            return FetchedOffset{tp, -1, -1, {}, ErrorCode::UnstableOffsetCommit};
        return FetchedOffset{tp, o.offset, o.leaderEpoch, o.metadata, ErrorCode::None};
    };
    if (!partitions) {
        if (g)
            for (const auto& [tp, o] : g->offsets()) result.offsets.push_back(describe(tp, o));
        return result;
    }
    for (const auto& tp : *partitions) {
        const CommittedOffset* o = nullptr;
        if (g)
            if (auto it = g->offsets().find(tp); it != g->offsets().end()) o = &it->second;
        // No commit: offset -1, which clients read as "use auto.offset.reset".
        if (o) result.offsets.push_back(describe(tp, *o));
        else if (requireStable && g && g->hasPendingTxnOffset(tp))
            result.offsets.push_back({tp, -1, -1, {}, ErrorCode::UnstableOffsetCommit});
        else result.offsets.push_back({tp, -1, -1, {}, ErrorCode::None});
    }
    return result;
}

// ------------------------------------------------------- OffsetDelete, DeleteGroups

OffsetDeleteResult GroupCoordinator::deleteOffsets(const std::string& groupId,
                                                   const std::vector<storage::TopicPartition>& partitions) {
    OffsetDeleteResult result;
    result.error = coordinatorError(groupId);
    if (result.error != ErrorCode::None) return result;
    Group* g = find(groupId);
    if (!g || g->is(GroupState::Dead)) {
        result.error = ErrorCode::GroupIdNotFound;
        return result;
    }
    // An active consumer group keeps the offsets of topics it still consumes; other
    // active groups cannot tell, so nothing of theirs is deleted.
    if (!g->is(GroupState::Empty) && !g->isConsumerGroup()) {
        result.error = ErrorCode::NonEmptyGroup;
        return result;
    }
    result.partitions.assign(partitions.size(), ErrorCode::None);
    std::vector<LogRecord> records;
    std::vector<size_t> deleting;
    for (size_t i = 0; i < partitions.size(); ++i) {
        if (!g->is(GroupState::Empty) && g->isSubscribedTo(partitions[i].topic)) {
            result.partitions[i] = ErrorCode::GroupSubscribedToTopic;
            continue;
        }
        if (!g->offsets().count(partitions[i])) continue;
        records.push_back({encodeOffsetKey(groupId, partitions[i]), std::nullopt});
        deleting.push_back(i);
    }
    if (const auto e = offsetStoreError(appendRecords(groupId, records).error); e != ErrorCode::None) {
        for (size_t i : deleting) result.partitions[i] = e;
        return result;
    }
    for (size_t i : deleting) g->offsets().erase(partitions[i]);
    return result;
}

ErrorCode GroupCoordinator::deleteGroup(const std::string& groupId) {
    if (auto e = coordinatorError(groupId); e != ErrorCode::None) return e;
    Group* g = find(groupId);
    if (!g || g->is(GroupState::Dead)) return ErrorCode::GroupIdNotFound;
    if (!g->is(GroupState::Empty)) return ErrorCode::NonEmptyGroup;
    std::vector<LogRecord> records;
    for (const auto& [tp, o] : g->offsets()) records.push_back({encodeOffsetKey(groupId, tp), std::nullopt});
    records.push_back({encodeGroupKey(groupId), std::nullopt});
    if (auto e = appendRecords(groupId, records).error; e != ErrorCode::None) return groupStoreError(e);
    g->transitionTo(GroupState::Dead, now());
    erase(groupId);
    log::info("group {}: deleted", groupId);
    return ErrorCode::None;
}

// -------------------------------------------------------------------------- retention

void GroupCoordinator::expireOffsets() {
    const int64_t t = now();
    const int64_t retention = m_config.offsetsRetentionMs;
    std::vector<std::string> ids;
    for (const auto& [id, g] : m_groups) ids.push_back(id);
    size_t expiredTotal = 0;
    for (const auto& id : ids) {
        Group& g = *find(id);
        std::vector<storage::TopicPartition> expired;
        const auto check = [&](const storage::TopicPartition& tp, const CommittedOffset& o, int64_t since) {
            const bool due = o.expireTimestampMs ? t >= *o.expireTimestampMs : t - since >= retention;
            if (due) expired.push_back(tp);
        };
        // Kafka's rules (KIP-211): offsets of a group that uses group management age from
        // the moment it became empty; a stable consumer group loses only the offsets of
        // topics it no longer subscribes to; offsets-only groups age per commit.
        if (g.protocolType() && g.is(GroupState::Empty)) {
            for (const auto& [tp, o] : g.offsets()) check(tp, o, g.stateTimestampMs());
        } else if (g.isConsumerGroup() && g.subscribedTopics() && g.is(GroupState::Stable)) {
            for (const auto& [tp, o] : g.offsets())
                if (!g.isSubscribedTo(tp.topic)) check(tp, o, o.commitTimestampMs);
        } else if (!g.protocolType()) {
            for (const auto& [tp, o] : g.offsets()) check(tp, o, o.commitTimestampMs);
        }
        std::vector<LogRecord> records;
        for (const auto& tp : expired) records.push_back({encodeOffsetKey(id, tp), std::nullopt});
        const bool dead = g.is(GroupState::Empty) && g.pending().empty() && g.pendingTxnOffsets().empty() &&
                          expired.size() == g.offsets().size();
        // A group that never had a generation only lived in its offsets: no metadata
        // record to remove.
        if (dead && g.generation() > 0) records.push_back({encodeGroupKey(id), std::nullopt});
        if (records.empty() && !dead) continue;
        if (auto e = appendRecords(id, records).error; e != ErrorCode::None) {
            log::warn("group {}: could not expire offsets: {}", id, errorName(e));
            continue;
        }
        for (const auto& tp : expired) g.offsets().erase(tp);
        expiredTotal += expired.size();
        if (dead) {
            g.transitionTo(GroupState::Dead, t);
            erase(id);
        }
    }
    if (expiredTotal) log::info("group coordinator: expired {} committed offset(s)", expiredTotal);
}

// ---------------------------------------------------------------------------- loading

void GroupCoordinator::loadPartition(int32_t partition) {
    using Offsets = std::map<storage::TopicPartition, CommittedOffset>;
    // Last record per key wins, a tombstone removes: what compaction will leave.
    std::map<std::string, Offsets> offsets;
    std::map<std::string, std::optional<GroupMetadataValue>> metadata;
    // Offsets of transactions whose marker has not been met yet: producer -> group -> ...
    std::map<int64_t, std::map<std::string, Offsets>> pending;
    size_t skipped = 0;
    ReplayVisitor visitor;
    visitor.record = [&](const ReplayedRecord& r) {
        try {
            const RecordKey k = decodeKey(r.key);
            if (const auto* o = std::get_if<OffsetRecordKey>(&k)) {
                if (!r.value) {
                    offsets[o->group].erase(o->tp);
                    return;
                }
                CommittedOffset value = decodeOffsetValue(*r.value);
                value.appendOffset = r.batchOffset;
                if (r.transactionalProducer) pending[*r.transactionalProducer][o->group][o->tp] = std::move(value);
                else offsets[o->group][o->tp] = std::move(value);
            } else if (const auto* gk = std::get_if<GroupRecordKey>(&k)) {
                if (r.value) metadata[gk->group] = decodeGroupValue(*r.value);
                else metadata[gk->group].reset();
            }
        } catch (const protocol::DecodeError&) {
            ++skipped;
        }
    };
    visitor.marker = [&](int64_t producerId, bool committed) {
        auto it = pending.find(producerId);
        if (it == pending.end()) return;
        if (committed)
            for (auto& [group, committedOffsets] : it->second)
                for (auto& [tp, value] : committedOffsets) {
                    auto& current = offsets[group];
                    auto existing = current.find(tp);
                    if (existing == current.end() || existing->second.appendOffset < value.appendOffset)
                        current[tp] = std::move(value);
                }
        pending.erase(it);
    };
    m_log.replay(partition, visitor);
    if (skipped) log::warn("__consumer_offsets-{}: skipped {} record(s) that do not decode", partition, skipped);
    const int64_t t = now();
    for (auto& [id, value] : metadata) {
        if (!value) continue;
        create(id).restore(*value, t);
    }
    for (auto& [id, committed] : offsets) {
        if (committed.empty()) continue;
        create(id).offsets() = std::move(committed);
    }
    for (auto& [producer, groups] : pending)
        for (auto& [id, committed] : groups) create(id).pendingTxnOffsets()[producer] = std::move(committed);
}

} // namespace samsa::group
