#include "client/admin_client.h"

#include "client/admin_ops.h"
#include "client/network_client.h"
#include "client/partitioner.h"

namespace samsa::client {

Result<std::unique_ptr<AdminClient>> AdminClient::create(ClientConfig config) {
    if (config.bootstrapServers.empty())
        return makeError(ErrorCode::InvalidRequest, "no bootstrap servers given");
    auto transports = TransportFactory::create(config);
    if (!transports) return transports.error();
    auto net = std::make_unique<NetworkClient>(std::move(config), std::move(*transports));
    return std::unique_ptr<AdminClient>(new AdminClient(std::move(net)));
}

AdminClient::AdminClient(std::unique_ptr<NetworkClient> net)
    : m_chooser(std::make_unique<PartitionChooser>()), m_net(std::move(net)) {}
AdminClient::~AdminClient() = default;

const ClientConfig& AdminClient::config() const { return m_net->config(); }

std::future<Result<std::vector<ConnectionTestReport>>> AdminClient::testConnection(
    CallOptions options, Callback<std::vector<ConnectionTestReport>> done) {
    return m_net->start<std::vector<ConnectionTestReport>>(
        [net = m_net.get(), deadline = m_net->deadlineFor(options)] { return ops::testConnection(*net, deadline); },
        std::move(done), options.cancellation);
}

std::future<Result<ClusterDescription>> AdminClient::describeCluster(CallOptions options,
                                                                     Callback<ClusterDescription> done) {
    return m_net->start<ClusterDescription>(
        [net = m_net.get(), deadline = m_net->deadlineFor(options)] { return ops::describeCluster(*net, deadline); },
        std::move(done), options.cancellation);
}

std::future<Result<std::vector<TopicDescription>>> AdminClient::listTopics(CallOptions options,
                                                                           Callback<std::vector<TopicDescription>> done) {
    return describeTopics({}, options, std::move(done));
}

std::future<Result<std::vector<TopicDescription>>> AdminClient::describeTopics(
    std::vector<std::string> topics, CallOptions options, Callback<std::vector<TopicDescription>> done) {
    return m_net->start<std::vector<TopicDescription>>(
        [net = m_net.get(), topics = std::move(topics), deadline = m_net->deadlineFor(options)] {
            return ops::describeTopics(*net, topics, deadline);
        },
        std::move(done), options.cancellation);
}

std::future<Result<std::vector<PartitionWatermarks>>> AdminClient::watermarks(
    std::vector<std::string> topics, CallOptions options, Callback<std::vector<PartitionWatermarks>> done) {
    return m_net->start<std::vector<PartitionWatermarks>>(
        [net = m_net.get(), topics = std::move(topics), deadline = m_net->deadlineFor(options)] {
            return ops::watermarks(*net, topics, deadline);
        },
        std::move(done), options.cancellation);
}

std::future<Result<std::vector<OffsetForTimestamp>>> AdminClient::offsetsForTimes(
    std::map<TopicPartition, int64_t> timestamps, IsolationLevel isolation, CallOptions options,
    Callback<std::vector<OffsetForTimestamp>> done) {
    return m_net->start<std::vector<OffsetForTimestamp>>(
        [net = m_net.get(), timestamps = std::move(timestamps), isolation, deadline = m_net->deadlineFor(options)] {
            return ops::offsetsForTimes(*net, timestamps, isolation, deadline);
        },
        std::move(done), options.cancellation);
}

std::future<Result<std::vector<LogDirInfo>>> AdminClient::describeLogDirs(std::vector<int32_t> brokers,
                                                                          CallOptions options,
                                                                          Callback<std::vector<LogDirInfo>> done) {
    return m_net->start<std::vector<LogDirInfo>>(
        [net = m_net.get(), brokers = std::move(brokers), deadline = m_net->deadlineFor(options)] {
            return ops::describeLogDirs(*net, brokers, deadline);
        },
        std::move(done), options.cancellation);
}

std::future<Result<std::vector<CreateTopicResult>>> AdminClient::createTopics(
    std::vector<NewTopic> topics, CreateTopicsOptions createOptions, CallOptions options,
    Callback<std::vector<CreateTopicResult>> done) {
    return m_net->start<std::vector<CreateTopicResult>>(
        [net = m_net.get(), topics = std::move(topics), createOptions, deadline = m_net->deadlineFor(options)] {
            return ops::createTopics(*net, topics, createOptions, deadline);
        },
        std::move(done), options.cancellation);
}

std::future<Result<std::vector<TopicResult>>> AdminClient::deleteTopics(std::vector<std::string> topics,
                                                                        CallOptions options,
                                                                        Callback<std::vector<TopicResult>> done) {
    return m_net->start<std::vector<TopicResult>>(
        [net = m_net.get(), topics = std::move(topics), deadline = m_net->deadlineFor(options)] {
            return ops::deleteTopics(*net, topics, deadline);
        },
        std::move(done), options.cancellation);
}

std::future<Result<std::vector<TopicResult>>> AdminClient::createPartitions(std::vector<NewPartitions> topics,
                                                                            bool validateOnly, CallOptions options,
                                                                            Callback<std::vector<TopicResult>> done) {
    return m_net->start<std::vector<TopicResult>>(
        [net = m_net.get(), topics = std::move(topics), validateOnly, deadline = m_net->deadlineFor(options)] {
            return ops::createPartitions(*net, topics, validateOnly, deadline);
        },
        std::move(done), options.cancellation);
}

std::future<Result<std::vector<ResourceConfigs>>> AdminClient::describeConfigs(
    std::vector<ConfigResource> resources, DescribeConfigsOptions describeOptions, CallOptions options,
    Callback<std::vector<ResourceConfigs>> done) {
    return m_net->start<std::vector<ResourceConfigs>>(
        [net = m_net.get(), resources = std::move(resources), describeOptions, deadline = m_net->deadlineFor(options)] {
            return ops::describeConfigs(*net, resources, describeOptions, deadline);
        },
        std::move(done), options.cancellation);
}

std::future<Result<std::vector<ResourceResult>>> AdminClient::incrementalAlterConfigs(
    std::map<ConfigResource, std::vector<ConfigAlteration>> changes, bool validateOnly, CallOptions options,
    Callback<std::vector<ResourceResult>> done) {
    return m_net->start<std::vector<ResourceResult>>(
        [net = m_net.get(), changes = std::move(changes), validateOnly, deadline = m_net->deadlineFor(options)] {
            return ops::incrementalAlterConfigs(*net, changes, validateOnly, deadline);
        },
        std::move(done), options.cancellation);
}

std::future<Result<std::vector<ResourceResult>>> AdminClient::alterConfigs(
    std::map<ConfigResource, std::map<std::string, std::string>> configs, bool validateOnly, CallOptions options,
    Callback<std::vector<ResourceResult>> done) {
    return m_net->start<std::vector<ResourceResult>>(
        [net = m_net.get(), configs = std::move(configs), validateOnly, deadline = m_net->deadlineFor(options)] {
            return ops::alterConfigs(*net, configs, validateOnly, deadline);
        },
        std::move(done), options.cancellation);
}

std::future<Result<std::vector<DeleteRecordsResult>>> AdminClient::deleteRecords(
    std::map<TopicPartition, int64_t> beforeOffsets, CallOptions options,
    Callback<std::vector<DeleteRecordsResult>> done) {
    return m_net->start<std::vector<DeleteRecordsResult>>(
        [net = m_net.get(), offsets = std::move(beforeOffsets), deadline = m_net->deadlineFor(options)] {
            return ops::deleteRecords(*net, offsets, deadline);
        },
        std::move(done), options.cancellation);
}

std::future<Result<std::vector<ProducedRecord>>> AdminClient::produce(std::string topic,
                                                                      std::vector<ProducerRecord> records,
                                                                      ProduceOptions produceOptions, CallOptions options,
                                                                      Callback<std::vector<ProducedRecord>> done) {
    return m_net->start<std::vector<ProducedRecord>>(
        [net = m_net.get(), chooser = m_chooser.get(), topic = std::move(topic), records = std::move(records),
         produceOptions, deadline = m_net->deadlineFor(options)] {
            return ops::produce(*net, *chooser, topic, records, produceOptions, deadline);
        },
        std::move(done), options.cancellation);
}

std::future<Result<FetchedPartition>> AdminClient::fetch(TopicPartition partition, int64_t offset,
                                                         FetchOptions fetchOptions, CallOptions options,
                                                         Callback<FetchedPartition> done) {
    return m_net->start<FetchedPartition>(
        [net = m_net.get(), partition = std::move(partition), offset, fetchOptions,
         deadline = m_net->deadlineFor(options)] { return ops::fetch(*net, partition, offset, fetchOptions, deadline); },
        std::move(done), options.cancellation);
}

std::future<Result<std::vector<GroupListing>>> AdminClient::listGroups(ListGroupsOptions listOptions,
                                                                       CallOptions options,
                                                                       Callback<std::vector<GroupListing>> done) {
    return m_net->start<std::vector<GroupListing>>(
        [net = m_net.get(), listOptions = std::move(listOptions), deadline = m_net->deadlineFor(options)] {
            return ops::listGroups(*net, listOptions, deadline);
        },
        std::move(done), options.cancellation);
}

std::future<Result<std::vector<GroupDescription>>> AdminClient::describeGroups(
    std::vector<std::string> groups, CallOptions options, Callback<std::vector<GroupDescription>> done) {
    return m_net->start<std::vector<GroupDescription>>(
        [net = m_net.get(), groups = std::move(groups), deadline = m_net->deadlineFor(options)] {
            return ops::describeGroups(*net, groups, deadline);
        },
        std::move(done), options.cancellation);
}

std::future<Result<std::vector<CommittedOffset>>> AdminClient::listConsumerGroupOffsets(
    std::string groupId, std::optional<std::vector<TopicPartition>> partitions, CallOptions options,
    Callback<std::vector<CommittedOffset>> done) {
    return m_net->start<std::vector<CommittedOffset>>(
        [net = m_net.get(), groupId = std::move(groupId), partitions = std::move(partitions),
         deadline = m_net->deadlineFor(options)] {
            return ops::fetchCommittedOffsets(*net, groupId, partitions, deadline);
        },
        std::move(done), options.cancellation);
}

std::future<Result<std::vector<PartitionResult>>> AdminClient::commitOffsets(std::string groupId,
                                                                             std::vector<OffsetToCommit> offsets,
                                                                             CallOptions options,
                                                                             Callback<std::vector<PartitionResult>> done) {
    return m_net->start<std::vector<PartitionResult>>(
        [net = m_net.get(), groupId = std::move(groupId), offsets = std::move(offsets),
         deadline = m_net->deadlineFor(options)] {
            return ops::commitOffsets(*net, groupId, offsets, -1, std::string(), deadline);
        },
        std::move(done), options.cancellation);
}

std::future<Result<std::vector<GroupResult>>> AdminClient::deleteGroups(std::vector<std::string> groups,
                                                                        CallOptions options,
                                                                        Callback<std::vector<GroupResult>> done) {
    return m_net->start<std::vector<GroupResult>>(
        [net = m_net.get(), groups = std::move(groups), deadline = m_net->deadlineFor(options)] {
            return ops::deleteGroups(*net, groups, deadline);
        },
        std::move(done), options.cancellation);
}

std::future<Result<std::vector<PartitionResult>>> AdminClient::deleteCommittedOffsets(
    std::string groupId, std::vector<TopicPartition> partitions, CallOptions options,
    Callback<std::vector<PartitionResult>> done) {
    return m_net->start<std::vector<PartitionResult>>(
        [net = m_net.get(), groupId = std::move(groupId), partitions = std::move(partitions),
         deadline = m_net->deadlineFor(options)] {
            return ops::deleteCommittedOffsets(*net, groupId, partitions, deadline);
        },
        std::move(done), options.cancellation);
}

} // namespace samsa::client
