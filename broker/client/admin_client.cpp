#include "client/admin_client.h"

#include "client/admin_ops.h"
#include "client/network_client.h"

namespace samsa::client {

Result<std::unique_ptr<AdminClient>> AdminClient::create(ClientConfig config) {
    if (config.bootstrapServers.empty())
        return makeError(ErrorCode::InvalidRequest, "no bootstrap servers given");
    auto transports = TransportFactory::create(config);
    if (!transports) return transports.error();
    auto net = std::make_unique<NetworkClient>(std::move(config), std::move(*transports));
    return std::unique_ptr<AdminClient>(new AdminClient(std::move(net)));
}

AdminClient::AdminClient(std::unique_ptr<NetworkClient> net) : m_net(std::move(net)) {}
AdminClient::~AdminClient() = default;

const ClientConfig& AdminClient::config() const { return m_net->config(); }

std::future<Result<std::vector<ConnectionTestReport>>> AdminClient::testConnection(
    CallOptions options, Callback<std::vector<ConnectionTestReport>> done) {
    return m_net->start<std::vector<ConnectionTestReport>>(
        [net = m_net.get(), deadline = m_net->deadlineFor(options)] { return ops::testConnection(*net, deadline); },
        std::move(done));
}

std::future<Result<ClusterDescription>> AdminClient::describeCluster(CallOptions options,
                                                                     Callback<ClusterDescription> done) {
    return m_net->start<ClusterDescription>(
        [net = m_net.get(), deadline = m_net->deadlineFor(options)] { return ops::describeCluster(*net, deadline); },
        std::move(done));
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
        std::move(done));
}

std::future<Result<std::vector<PartitionWatermarks>>> AdminClient::watermarks(
    std::vector<std::string> topics, CallOptions options, Callback<std::vector<PartitionWatermarks>> done) {
    return m_net->start<std::vector<PartitionWatermarks>>(
        [net = m_net.get(), topics = std::move(topics), deadline = m_net->deadlineFor(options)] {
            return ops::watermarks(*net, topics, deadline);
        },
        std::move(done));
}

std::future<Result<std::vector<LogDirInfo>>> AdminClient::describeLogDirs(std::vector<int32_t> brokers,
                                                                          CallOptions options,
                                                                          Callback<std::vector<LogDirInfo>> done) {
    return m_net->start<std::vector<LogDirInfo>>(
        [net = m_net.get(), brokers = std::move(brokers), deadline = m_net->deadlineFor(options)] {
            return ops::describeLogDirs(*net, brokers, deadline);
        },
        std::move(done));
}

std::future<Result<std::vector<CreateTopicResult>>> AdminClient::createTopics(
    std::vector<NewTopic> topics, CreateTopicsOptions createOptions, CallOptions options,
    Callback<std::vector<CreateTopicResult>> done) {
    return m_net->start<std::vector<CreateTopicResult>>(
        [net = m_net.get(), topics = std::move(topics), createOptions, deadline = m_net->deadlineFor(options)] {
            return ops::createTopics(*net, topics, createOptions, deadline);
        },
        std::move(done));
}

std::future<Result<std::vector<TopicResult>>> AdminClient::deleteTopics(std::vector<std::string> topics,
                                                                        CallOptions options,
                                                                        Callback<std::vector<TopicResult>> done) {
    return m_net->start<std::vector<TopicResult>>(
        [net = m_net.get(), topics = std::move(topics), deadline = m_net->deadlineFor(options)] {
            return ops::deleteTopics(*net, topics, deadline);
        },
        std::move(done));
}

std::future<Result<std::vector<TopicResult>>> AdminClient::createPartitions(std::vector<NewPartitions> topics,
                                                                            bool validateOnly, CallOptions options,
                                                                            Callback<std::vector<TopicResult>> done) {
    return m_net->start<std::vector<TopicResult>>(
        [net = m_net.get(), topics = std::move(topics), validateOnly, deadline = m_net->deadlineFor(options)] {
            return ops::createPartitions(*net, topics, validateOnly, deadline);
        },
        std::move(done));
}

std::future<Result<std::vector<ResourceConfigs>>> AdminClient::describeConfigs(
    std::vector<ConfigResource> resources, DescribeConfigsOptions describeOptions, CallOptions options,
    Callback<std::vector<ResourceConfigs>> done) {
    return m_net->start<std::vector<ResourceConfigs>>(
        [net = m_net.get(), resources = std::move(resources), describeOptions, deadline = m_net->deadlineFor(options)] {
            return ops::describeConfigs(*net, resources, describeOptions, deadline);
        },
        std::move(done));
}

std::future<Result<std::vector<ResourceResult>>> AdminClient::incrementalAlterConfigs(
    std::map<ConfigResource, std::vector<ConfigAlteration>> changes, bool validateOnly, CallOptions options,
    Callback<std::vector<ResourceResult>> done) {
    return m_net->start<std::vector<ResourceResult>>(
        [net = m_net.get(), changes = std::move(changes), validateOnly, deadline = m_net->deadlineFor(options)] {
            return ops::incrementalAlterConfigs(*net, changes, validateOnly, deadline);
        },
        std::move(done));
}

std::future<Result<std::vector<ResourceResult>>> AdminClient::alterConfigs(
    std::map<ConfigResource, std::map<std::string, std::string>> configs, bool validateOnly, CallOptions options,
    Callback<std::vector<ResourceResult>> done) {
    return m_net->start<std::vector<ResourceResult>>(
        [net = m_net.get(), configs = std::move(configs), validateOnly, deadline = m_net->deadlineFor(options)] {
            return ops::alterConfigs(*net, configs, validateOnly, deadline);
        },
        std::move(done));
}

std::future<Result<std::vector<DeleteRecordsResult>>> AdminClient::deleteRecords(
    std::map<TopicPartition, int64_t> beforeOffsets, CallOptions options,
    Callback<std::vector<DeleteRecordsResult>> done) {
    return m_net->start<std::vector<DeleteRecordsResult>>(
        [net = m_net.get(), offsets = std::move(beforeOffsets), deadline = m_net->deadlineFor(options)] {
            return ops::deleteRecords(*net, offsets, deadline);
        },
        std::move(done));
}

} // namespace samsa::client
