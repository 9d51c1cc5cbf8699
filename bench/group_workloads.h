#pragma once

#include <cstdint>
#include <string>

namespace samsa::bench {

// librdkafka settings every group member of these workloads uses, on both servers: a
// short heartbeat so that members already in the group learn of a rebalance quickly
// (they only hear of it in a heartbeat answer), and Kafka's smallest default session
// timeout, which bounds how long the mock waits for members to rejoin a rebalance.
inline constexpr int kMemberHeartbeatMs = 250;
inline constexpr int kMemberSessionTimeoutMs = 6000;

// Subscribes `members` new librdkafka consumers of group `groupId` to `topic` (which has
// `partitions` partitions) one right after the other, and returns the nanoseconds from
// the first subscribe until every member holds its final share: all partitions owned,
// each by one member, and no member empty-handed. Rebalance callbacks are timed on the
// polling loop, so the figure is a few milliseconds coarse.
int64_t groupFormationNs(const std::string& bootstrap, const std::string& topic, int partitions, int members,
                         const std::string& groupId);

struct CommitResult {
    int64_t commits = 0;
    double seconds = 0;
    double commitsPerSecond() const { return seconds > 0 ? static_cast<double>(commits) / seconds : 0; }
};

enum class CommitMode {
    Sync,  // rd_kafka_commit(async=0): one OffsetCommit round trip at a time
    Async, // rd_kafka_commit(async=1), up to `window` unanswered, counted by offset_commit_cb
};

// One member of a new group, once assigned, commits offsets for the first
// `partitionsPerCommit` partitions of `topic` `count` times (each commit moves them one
// further), and the commits are timed from the first to the last answer.
CommitResult offsetCommitRate(const std::string& bootstrap, const std::string& topic, int partitionsPerCommit,
                              const std::string& groupId, int64_t count, CommitMode mode, int window = 64);

} // namespace samsa::bench
