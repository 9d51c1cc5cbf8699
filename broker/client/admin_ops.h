#pragma once

// The admin operations as coroutines on the client thread; AdminClient starts them.
// Arguments are taken by value: they live in the coroutine frame.

#include "client/admin_types.h"
#include "client/group_types.h"
#include "client/network_client.h"
#include "client/partitioner.h"
#include "client/record_types.h"

namespace samsa::client::ops {

template <typename T>
using Op = asio::awaitable<Result<T>>;

Op<std::vector<ConnectionTestReport>> testConnection(NetworkClient& net, Clock::time_point deadline);
Op<ClusterDescription> describeCluster(NetworkClient& net, Clock::time_point deadline);
Op<std::vector<TopicDescription>> describeTopics(NetworkClient& net, std::vector<std::string> topics,
                                                 Clock::time_point deadline);

Op<std::vector<PartitionWatermarks>> watermarks(NetworkClient& net, std::vector<std::string> topics,
                                                Clock::time_point deadline);
Op<std::vector<OffsetForTimestamp>> offsetsForTimes(NetworkClient& net, std::map<TopicPartition, int64_t> timestamps,
                                                    IsolationLevel isolation, Clock::time_point deadline);
Op<std::vector<DeleteRecordsResult>> deleteRecords(NetworkClient& net, std::map<TopicPartition, int64_t> offsets,
                                                   Clock::time_point deadline);

Op<std::vector<CreateTopicResult>> createTopics(NetworkClient& net, std::vector<NewTopic> topics,
                                                CreateTopicsOptions options, Clock::time_point deadline);
Op<std::vector<TopicResult>> deleteTopics(NetworkClient& net, std::vector<std::string> topics,
                                          Clock::time_point deadline);
Op<std::vector<TopicResult>> createPartitions(NetworkClient& net, std::vector<NewPartitions> topics,
                                              bool validateOnly, Clock::time_point deadline);

Op<std::vector<ResourceConfigs>> describeConfigs(NetworkClient& net, std::vector<ConfigResource> resources,
                                                 DescribeConfigsOptions options, Clock::time_point deadline);
Op<std::vector<ResourceResult>> incrementalAlterConfigs(NetworkClient& net,
                                                        std::map<ConfigResource, std::vector<ConfigAlteration>> changes,
                                                        bool validateOnly, Clock::time_point deadline);
Op<std::vector<ResourceResult>> alterConfigs(NetworkClient& net,
                                             std::map<ConfigResource, std::map<std::string, std::string>> configs,
                                             bool validateOnly, Clock::time_point deadline);
Op<std::vector<LogDirInfo>> describeLogDirs(NetworkClient& net, std::vector<int32_t> brokers,
                                            Clock::time_point deadline);

Op<std::vector<ProducedRecord>> produce(NetworkClient& net, PartitionChooser& chooser, std::string topic,
                                        std::vector<ProducerRecord> records, ProduceOptions options,
                                        Clock::time_point deadline);
Op<FetchedPartition> fetch(NetworkClient& net, TopicPartition partition, int64_t offset, FetchOptions options,
                           Clock::time_point deadline);

Op<std::vector<GroupListing>> listGroups(NetworkClient& net, ListGroupsOptions options, Clock::time_point deadline);
Op<std::vector<GroupDescription>> describeGroups(NetworkClient& net, std::vector<std::string> groups,
                                                 Clock::time_point deadline);
// Every committed offset of the group, or those of `partitions` when given.
Op<std::vector<CommittedOffset>> fetchCommittedOffsets(NetworkClient& net, std::string groupId,
                                                       std::optional<std::vector<TopicPartition>> partitions,
                                                       Clock::time_point deadline);
// A member's commit (its generation and member id) or, with -1 and "", a standalone one.
Op<std::vector<PartitionResult>> commitOffsets(NetworkClient& net, std::string groupId,
                                               std::vector<OffsetToCommit> offsets, int32_t generationId,
                                               std::string memberId, Clock::time_point deadline);
Op<std::vector<GroupResult>> deleteGroups(NetworkClient& net, std::vector<std::string> groups,
                                          Clock::time_point deadline);
// OffsetDelete: forgets the group's committed offsets of these partitions.
Op<std::vector<PartitionResult>> deleteCommittedOffsets(NetworkClient& net, std::string groupId,
                                                        std::vector<TopicPartition> partitions,
                                                        Clock::time_point deadline);

// Milliseconds left before `deadline`, for the timeout fields of admin requests.
int32_t remainingMs(Clock::time_point deadline);
// The error a per-item result carries, or nothing for NONE.
std::optional<ClientError> itemError(int16_t code, const std::optional<std::string>& message, int32_t nodeId);

} // namespace samsa::client::ops
