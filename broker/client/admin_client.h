#pragma once

#include <future>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "client/admin_types.h"
#include "client/client_config.h"
#include "client/group_types.h"
#include "client/record_types.h"
#include "client/result.h"

namespace samsa::client {

class NetworkClient;
class PartitionChooser;

// The app's one way to act on a Kafka cluster. Thread-safe: every call may come from any
// thread (the GUI thread in the app) and returns at once. The work runs on the client's
// own thread; its result goes to the callback, if given, on that thread, and then to the
// returned future. Failures are values (ClientError with Kafka's error code, a message
// and the node), never exceptions, and every call ends within its timeout, or at once
// when its CallOptions::cancellation is cancelled.
class AdminClient {
public:
    // Fails only for unusable settings (no bootstrap server, unreadable TLS files).
    static Result<std::unique_ptr<AdminClient>> create(ClientConfig config);
    // Closes every connection; calls still running end with NETWORK_EXCEPTION. Waits for
    // the client thread, so it must not run inside a completion callback.
    ~AdminClient();
    AdminClient(const AdminClient&) = delete;
    AdminClient& operator=(const AdminClient&) = delete;

    // Connects to each bootstrap server on a fresh connection and reports every step
    // (resolve, connect, TLS, ApiVersions, authentication, a Metadata request).
    std::future<Result<std::vector<ConnectionTestReport>>> testConnection(
        CallOptions options = {}, Callback<std::vector<ConnectionTestReport>> done = {});

    // Cluster id, controller and brokers: DescribeCluster where the cluster has it,
    // otherwise Metadata.
    std::future<Result<ClusterDescription>> describeCluster(CallOptions options = {},
                                                            Callback<ClusterDescription> done = {});

    // Every topic (internal ones too) with its partitions, leaders, replicas and ISR.
    std::future<Result<std::vector<TopicDescription>>> listTopics(CallOptions options = {},
                                                                  Callback<std::vector<TopicDescription>> done = {});
    // The named topics; an unknown one comes back with UNKNOWN_TOPIC_OR_PARTITION.
    std::future<Result<std::vector<TopicDescription>>> describeTopics(std::vector<std::string> topics,
                                                                      CallOptions options = {},
                                                                      Callback<std::vector<TopicDescription>> done = {});

    // Earliest and latest offsets of every partition of these topics, one ListOffsets
    // pair per leader.
    std::future<Result<std::vector<PartitionWatermarks>>> watermarks(
        std::vector<std::string> topics, CallOptions options = {},
        Callback<std::vector<PartitionWatermarks>> done = {});

    // For each partition, the first offset whose record timestamp (ms since the epoch) is
    // at or after the given one, as a consumer's offsetsForTimes; one ListOffsets per
    // leader. Under read_committed nothing past the last stable offset is found.
    std::future<Result<std::vector<OffsetForTimestamp>>> offsetsForTimes(
        std::map<TopicPartition, int64_t> timestamps,
        IsolationLevel isolation = IsolationLevel::ReadUncommitted, CallOptions options = {},
        Callback<std::vector<OffsetForTimestamp>> done = {});

    // Log directories of the given brokers (empty: every broker) with partition sizes.
    std::future<Result<std::vector<LogDirInfo>>> describeLogDirs(std::vector<int32_t> brokers,
                                                                 CallOptions options = {},
                                                                 Callback<std::vector<LogDirInfo>> done = {});

    std::future<Result<std::vector<CreateTopicResult>>> createTopics(std::vector<NewTopic> topics,
                                                                     CreateTopicsOptions createOptions = {},
                                                                     CallOptions options = {},
                                                                     Callback<std::vector<CreateTopicResult>> done = {});
    std::future<Result<std::vector<TopicResult>>> deleteTopics(std::vector<std::string> topics,
                                                               CallOptions options = {},
                                                               Callback<std::vector<TopicResult>> done = {});
    std::future<Result<std::vector<TopicResult>>> createPartitions(std::vector<NewPartitions> topics,
                                                                   bool validateOnly = false,
                                                                   CallOptions options = {},
                                                                   Callback<std::vector<TopicResult>> done = {});

    std::future<Result<std::vector<ResourceConfigs>>> describeConfigs(
        std::vector<ConfigResource> resources, DescribeConfigsOptions describeOptions = {},
        CallOptions options = {}, Callback<std::vector<ResourceConfigs>> done = {});
    std::future<Result<std::vector<ResourceResult>>> incrementalAlterConfigs(
        std::map<ConfigResource, std::vector<ConfigAlteration>> changes, bool validateOnly = false,
        CallOptions options = {}, Callback<std::vector<ResourceResult>> done = {});
    // The legacy AlterConfigs: replaces every dynamic config of each resource with the
    // given set. For brokers that predate IncrementalAlterConfigs.
    std::future<Result<std::vector<ResourceResult>>> alterConfigs(
        std::map<ConfigResource, std::map<std::string, std::string>> configs, bool validateOnly = false,
        CallOptions options = {}, Callback<std::vector<ResourceResult>> done = {});

    // Moves each partition's log start offset up to the given offset (-1: the high
    // watermark), deleting the records before it.
    std::future<Result<std::vector<DeleteRecordsResult>>> deleteRecords(
        std::map<TopicPartition, int64_t> beforeOffsets, CallOptions options = {},
        Callback<std::vector<DeleteRecordsResult>> done = {});

    // Appends records to `topic`: one batch per partition (compressed as asked), one
    // Produce request per leader. The answer lists every record in the order given with
    // its partition and offset, or the error of its batch. Partitions whose leader moved
    // are sent again after a metadata refresh. An unknown topic fails the whole call.
    std::future<Result<std::vector<ProducedRecord>>> produce(std::string topic, std::vector<ProducerRecord> records,
                                                             ProduceOptions produceOptions = {},
                                                             CallOptions options = {},
                                                             Callback<std::vector<ProducedRecord>> done = {});

    // Reads one partition from its leader starting at `offset`. An offset outside the log
    // fails with OFFSET_OUT_OF_RANGE, naming the offsets the log holds.
    std::future<Result<FetchedPartition>> fetch(TopicPartition partition, int64_t offset,
                                                FetchOptions fetchOptions = {}, CallOptions options = {},
                                                Callback<FetchedPartition> done = {});

    // Groups of every broker, ordered by id.
    std::future<Result<std::vector<GroupListing>>> listGroups(ListGroupsOptions listOptions = {},
                                                              CallOptions options = {},
                                                              Callback<std::vector<GroupListing>> done = {});
    // State, assignor and members (consumer-protocol subscriptions and assignments
    // decoded); each group's failure is in its entry.
    std::future<Result<std::vector<GroupDescription>>> describeGroups(std::vector<std::string> groups,
                                                                      CallOptions options = {},
                                                                      Callback<std::vector<GroupDescription>> done = {});
    // The group's committed offsets (OffsetFetch), of every partition it committed or of
    // the given ones.
    std::future<Result<std::vector<CommittedOffset>>> listConsumerGroupOffsets(
        std::string groupId, std::optional<std::vector<TopicPartition>> partitions = std::nullopt,
        CallOptions options = {}, Callback<std::vector<CommittedOffset>> done = {});
    // Commits as a standalone consumer (generation -1, no member id), as tools do to
    // reset a group's offsets; an active group refuses it.
    std::future<Result<std::vector<PartitionResult>>> commitOffsets(std::string groupId,
                                                                    std::vector<OffsetToCommit> offsets,
                                                                    CallOptions options = {},
                                                                    Callback<std::vector<PartitionResult>> done = {});
    std::future<Result<std::vector<GroupResult>>> deleteGroups(std::vector<std::string> groups,
                                                               CallOptions options = {},
                                                               Callback<std::vector<GroupResult>> done = {});
    // Deletes the group's committed offsets of these partitions (OffsetDelete), as
    // kafka-consumer-groups --delete-offsets does. The group may be live, but a topic it is
    // subscribed to is refused per partition (GROUP_SUBSCRIBED_TO_TOPIC).
    std::future<Result<std::vector<PartitionResult>>> deleteCommittedOffsets(
        std::string groupId, std::vector<TopicPartition> partitions, CallOptions options = {},
        Callback<std::vector<PartitionResult>> done = {});

    const ClientConfig& config() const;

private:
    explicit AdminClient(std::unique_ptr<NetworkClient> net);
    // Declared first so it outlives the client thread that uses it.
    std::unique_ptr<PartitionChooser> m_chooser;
    std::unique_ptr<NetworkClient> m_net;
};

} // namespace samsa::client
