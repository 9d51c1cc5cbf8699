#pragma once

// Runs per-partition work on each partition's leader, in rounds: partitions whose leader
// moved or is unknown are tried again after a metadata refresh.

#include <map>
#include <set>
#include <string>
#include <vector>

#include "client/admin_ops.h"
#include "client/gather.h"

namespace samsa::client::ops {

struct LeaderGroups {
    std::map<int32_t, std::vector<TopicPartition>> byLeader;
    std::vector<TopicPartition> leaderless;
};

inline LeaderGroups groupByLeader(const ClusterMetadata& md, const std::set<TopicPartition>& partitions) {
    LeaderGroups g;
    for (const auto& tp : partitions) {
        if (auto leader = md.leaderOf(tp))
            g.byLeader[*leader].push_back(tp);
        else
            g.leaderless.push_back(tp);
    }
    return g;
}

// The outcome for one partition in one round: a value, an error to report, or an error
// worth another round.
template <typename T>
struct PartitionOutcome {
    TopicPartition partition;
    Result<T> result;
};

// Runs rounds of `perLeader` over the partitions still pending until each has an answer,
// refreshing metadata between rounds. `known` is fresh metadata the caller already has,
// used for the first round.
template <typename T, typename PerLeader>
asio::awaitable<std::map<TopicPartition, Result<T>>> routeToLeaders(NetworkClient& net, std::set<TopicPartition> pending,
                                                                    Clock::time_point deadline, PerLeader perLeader,
                                                                    std::shared_ptr<const ClusterMetadata> known = {}) {
    std::map<TopicPartition, Result<T>> done;
    std::vector<std::string> topics;
    for (const auto& tp : pending)
        if (topics.empty() || topics.back() != tp.topic) topics.push_back(tp.topic);
    for (int attempt = 0;; ++attempt) {
        std::map<TopicPartition, ClientError> retriable;
        // Not a conditional expression: GCC 12 miscompiles co_await inside one.
        Result<std::shared_ptr<const ClusterMetadata>> md = known;
        if (attempt > 0 || !known) md = co_await net.fetchMetadata(topics, deadline);
        if (!md) {
            for (const auto& tp : pending) done.emplace(tp, md.error());
            co_return done;
        }
        auto groups = groupByLeader(**md, pending);
        for (const auto& tp : groups.leaderless) {
            auto t = (*md)->topics.find(tp.topic);
            if (t == (*md)->topics.end() || t->second.error == ErrorCode::UnknownTopicOrPartition)
                done.emplace(tp, makeError(ErrorCode::UnknownTopicOrPartition, "unknown topic " + tp.topic));
            else
                retriable.emplace(tp, makeError(ErrorCode::LeaderNotAvailable, "no leader for " + tp.toString()));
        }
        std::vector<asio::awaitable<std::vector<PartitionOutcome<T>>>> calls;
        for (auto& [leader, tps] : groups.byLeader) calls.push_back(perLeader(leader, tps));
        for (auto& outcomes : co_await gather(std::move(calls))) {
            for (auto& o : outcomes) {
                if (!o.result && shouldRetry(o.result.error()))
                    retriable.emplace(o.partition, o.result.error());
                else
                    done.emplace(o.partition, std::move(o.result));
            }
        }
        if (retriable.empty() || !co_await net.backoff(attempt, deadline)) {
            for (auto& [tp, e] : retriable) done.emplace(tp, std::move(e));
            co_return done;
        }
        pending.clear();
        for (const auto& [tp, e] : retriable) pending.insert(tp);
        net.invalidateMetadata();
    }
}

} // namespace samsa::client::ops
