#pragma once

// The admin operations as coroutines on the client thread; AdminClient starts them.
// Arguments are taken by value: they live in the coroutine frame.

#include "client/admin_types.h"
#include "client/network_client.h"

namespace samsa::client::ops {

template <typename T>
using Op = asio::awaitable<Result<T>>;

Op<std::vector<ConnectionTestReport>> testConnection(NetworkClient& net, Clock::time_point deadline);
Op<ClusterDescription> describeCluster(NetworkClient& net, Clock::time_point deadline);
Op<std::vector<TopicDescription>> describeTopics(NetworkClient& net, std::vector<std::string> topics,
                                                 Clock::time_point deadline);

Op<std::vector<PartitionWatermarks>> watermarks(NetworkClient& net, std::vector<std::string> topics,
                                                Clock::time_point deadline);
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

// Milliseconds left before `deadline`, for the timeout fields of admin requests.
int32_t remainingMs(Clock::time_point deadline);
// The error a per-item result carries, or nothing for NONE.
std::optional<ClientError> itemError(int16_t code, const std::optional<std::string>& message, int32_t nodeId);

} // namespace samsa::client::ops
