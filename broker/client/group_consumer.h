#pragma once

#include <chrono>
#include <future>
#include <memory>
#include <string>
#include <vector>

#include "client/admin_types.h"
#include "client/client_config.h"
#include "client/group_types.h"
#include "client/record_types.h"

namespace samsa::client {

class NetworkClient;
struct MemberState;

struct GroupConsumerConfig {
    std::string groupId;
    std::vector<std::string> topics;
    std::chrono::milliseconds sessionTimeout{10000};   // session.timeout.ms
    std::chrono::milliseconds rebalanceTimeout{30000}; // max.poll.interval.ms, sent as the rebalance timeout
    std::chrono::milliseconds heartbeatInterval{1000}; // heartbeat.interval.ms
    bool resetToEarliest = true; // auto.offset.reset=earliest, else latest
    int32_t maxBytesPerPartition = 1024 * 1024;
};

struct ConsumedRecord {
    TopicPartition partition;
    FetchedRecord record;
};

// What the member knows of its group right now.
struct MemberStatus {
    std::string memberId;
    int32_t generation = -1;
    bool leader = false;
    bool stable = false; // joined and synced, with its assignment in hand
    std::vector<TopicPartition> assignment;
};

// A member of a consumer group speaking Kafka's classic group protocol: it joins
// (answering MEMBER_ID_REQUIRED with the id given), computes a range assignment when it
// is the leader, syncs, heartbeats in the background and rejoins when the group
// rebalances or forgets it (REBALANCE_IN_PROGRESS, ILLEGAL_GENERATION,
// UNKNOWN_MEMBER_ID). poll() reads the assigned partitions from the committed offsets
// (auto.offset.reset when none); commit() stores the positions reached. Before
// rejoining it commits what it consumed, so a rebalance does not replay records.
// Thread-safe like AdminClient: calls return futures and run on the member's own thread.
class GroupConsumer {
public:
    static Result<std::unique_ptr<GroupConsumer>> create(ClientConfig client, GroupConsumerConfig group);
    // Closes (commit, LeaveGroup) if close() was not called, waiting a bounded time.
    ~GroupConsumer();
    GroupConsumer(const GroupConsumer&) = delete;
    GroupConsumer& operator=(const GroupConsumer&) = delete;

    // Up to `maxRecords` records from the assigned partitions. Waits at most `maxWait`
    // for the group to form and records to arrive; an empty answer is not an error.
    std::future<Result<std::vector<ConsumedRecord>>> poll(std::chrono::milliseconds maxWait, size_t maxRecords,
                                                          Callback<std::vector<ConsumedRecord>> done = {});
    // Commits the position after the last record poll() returned, for every partition
    // that moved since the last commit. Fails with the group's error when a rebalance
    // got in the way; the member then rejoins on its own.
    std::future<Result<Done>> commit(CallOptions options = {}, Callback<Done> done = {});
    // Commits, leaves the group and stops heartbeating. Later polls fail.
    std::future<Result<Done>> close(CallOptions options = {}, Callback<Done> done = {});
    std::future<Result<MemberStatus>> status();

private:
    GroupConsumer(std::unique_ptr<NetworkClient> net, GroupConsumerConfig group);

    std::unique_ptr<NetworkClient> m_net;
    std::shared_ptr<MemberState> m_state; // lives on the member's thread
    bool m_closed = false;
};

} // namespace samsa::client
