#pragma once

// The classic group protocol for GroupConsumer: the member's state and the coroutines
// that join, sync, heartbeat, commit and leave. Everything runs on the member's thread.

#include <map>
#include <string>
#include <vector>

#include "client/admin_ops.h"
#include "client/group_consumer.h"

namespace samsa::client {

struct MemberState {
    explicit MemberState(GroupConsumerConfig c) : config(std::move(c)) {}

    GroupConsumerConfig config;
    std::string memberId;
    int32_t generation = -1;
    bool leader = false;
    bool stable = false;        // synced, positions ready
    bool rejoinNeeded = true;
    bool stopping = false;
    std::vector<TopicPartition> assignment;
    std::map<TopicPartition, int64_t> positions; // next offset to read
    std::map<TopicPartition, int64_t> committed;
    size_t nextPartition = 0; // where the next poll starts, so every partition gets a turn
    std::shared_ptr<asio::steady_timer> heartbeatTimer;

    MemberStatus status() const;
};

namespace membership {

// Heartbeats and rejoins until `state.stopping`.
asio::awaitable<void> run(NetworkClient& net, std::shared_ptr<MemberState> state);
// Commits positions that moved; marks the member for rejoining on a generation error.
asio::awaitable<Result<Done>> commitPositions(NetworkClient& net, MemberState& state, Clock::time_point deadline);
// Where reading starts for partitions without a position: the committed offset, else
// the log's start or end as configured.
asio::awaitable<Result<Done>> resetPositions(NetworkClient& net, MemberState& state,
                                             std::vector<TopicPartition> partitions, bool ignoreCommitted,
                                             Clock::time_point deadline);
asio::awaitable<Result<Done>> leave(NetworkClient& net, MemberState& state, Clock::time_point deadline);

} // namespace membership

} // namespace samsa::client
