#include "cluster/controller.h"

#include <algorithm>
#include <set>
#include <sstream>

#include "common/config/config_def.h"
#include "common/config/topic_config.h"
#include "common/log.h"

namespace samsa::cluster {

namespace {
AdminResult fail(ErrorCode code, std::string message) { return {code, std::move(message)}; }

std::vector<std::string> splitList(const std::string& s) {
    std::vector<std::string> out;
    std::stringstream in(s);
    std::string item;
    while (std::getline(in, item, ','))
        if (!item.empty()) out.push_back(item);
    return out;
}

std::string joinList(const std::vector<std::string>& items) {
    std::string out;
    for (size_t i = 0; i < items.size(); ++i) out += (i ? "," : "") + items[i];
    return out;
}
} // namespace

Controller::Controller(const config::BrokerConfig& config, MetadataStore& metadata, PartitionManager& partitions,
                       int32_t nodeId)
    : m_config(config), m_metadata(metadata), m_partitions(partitions), m_nodeId(nodeId) {}

void Controller::loadAll() {
    for (const auto& [name, topic] : m_metadata.topics()) m_partitions.applyTopic(topic);
    // Logs recreated for topics whose directories a crash lost.
    m_partitions.syncCreatedLogs();
}

AdminResult Controller::validateConfigs(const config::ConfigStrings& configs) {
    auto parsed = config::parseTopicOverrides(configs);
    if (!parsed) return fail(ErrorCode::InvalidConfig, parsed.error().message);
    return {};
}

AdminResult Controller::checkAssignments(const std::map<int32_t, std::vector<int32_t>>& assignments,
                                         int32_t firstPartition, int32_t count) const {
    const auto live = liveBrokers();
    size_t replicaCount = 0;
    for (int32_t p = firstPartition; p < firstPartition + count; ++p) {
        auto it = assignments.find(p);
        if (it == assignments.end())
            return fail(ErrorCode::InvalidReplicaAssignment,
                        "the replica assignment does not cover partition " + std::to_string(p));
        const auto& replicas = it->second;
        if (replicas.empty())
            return fail(ErrorCode::InvalidReplicaAssignment, "partition " + std::to_string(p) + " has no replicas");
        if (replicaCount && replicas.size() != replicaCount)
            return fail(ErrorCode::InvalidReplicaAssignment, "all partitions must have the same number of replicas");
        replicaCount = replicas.size();
        std::set<int32_t> seen;
        for (int32_t r : replicas) {
            if (!seen.insert(r).second)
                return fail(ErrorCode::InvalidReplicaAssignment,
                            "partition " + std::to_string(p) + " lists broker " + std::to_string(r) + " twice");
            if (std::find(live.begin(), live.end(), r) == live.end())
                return fail(ErrorCode::InvalidReplicaAssignment,
                            "broker " + std::to_string(r) + " in the assignment of partition " + std::to_string(p) +
                                " is not a live broker");
        }
    }
    if (assignments.size() != static_cast<size_t>(count))
        return fail(ErrorCode::InvalidReplicaAssignment, "the assignment names partitions that are not being created");
    return {};
}

TopicShape Controller::resolveShape(const NewTopic& spec) const {
    if (!spec.assignments.empty())
        return {static_cast<int32_t>(spec.assignments.size()),
                static_cast<int16_t>(spec.assignments.begin()->second.size())};
    return {spec.numPartitions == -1 ? m_config.numPartitions() : spec.numPartitions,
            spec.replicationFactor == -1 ? static_cast<int16_t>(m_config.defaultReplicationFactor())
                                         : spec.replicationFactor};
}

AdminResult Controller::planTopic(const NewTopic& spec, TopicMetadata& topic) const {
    if (auto problem = checkTopicName(spec.name)) return fail(ErrorCode::InvalidTopicException, *problem);
    if (m_metadata.find(spec.name))
        return fail(ErrorCode::TopicAlreadyExists, "Topic '" + spec.name + "' already exists.");
    if (isInternalTopic(spec.name))
        return fail(ErrorCode::InvalidRequest, "Creating the internal topic " + spec.name + " is not allowed");
    // Kafka forbids topics whose names collide once '.' and '_' are treated alike.
    auto folded = [](std::string s) { std::replace(s.begin(), s.end(), '.', '_'); return s; };
    for (const auto& [name, t] : m_metadata.topics())
        if (folded(name) == folded(spec.name))
            return fail(ErrorCode::InvalidTopicException,
                        "Topic '" + spec.name + "' collides with existing topic: " + name);

    const bool explicitAssignment = !spec.assignments.empty();
    if (explicitAssignment && (spec.numPartitions != -1 || spec.replicationFactor != -1))
        return fail(ErrorCode::InvalidRequest,
                    "Both numPartitions or replicationFactor and replicasAssignments were set. Both cannot be used at the same time.");
    const auto [partitions, rf] = resolveShape(spec);
    if (partitions <= 0) return fail(ErrorCode::InvalidPartitions, "Number of partitions must be larger than 0.");
    if (!explicitAssignment && rf <= 0)
        return fail(ErrorCode::InvalidReplicationFactor, "Replication factor must be larger than 0.");
    const auto live = liveBrokers();
    if (!explicitAssignment && rf > static_cast<int32_t>(live.size()))
        return fail(ErrorCode::InvalidReplicationFactor,
                    "Replication factor: " + std::to_string(rf) + " larger than available brokers: " +
                        std::to_string(live.size()) + ".");
    if (explicitAssignment) {
        if (auto r = checkAssignments(spec.assignments, 0, partitions); !r.ok()) return r;
    }
    if (auto r = validateConfigs(spec.configs); !r.ok()) return r;

    topic.name = spec.name;
    topic.id = protocol::Uuid::random();
    topic.overrides = spec.configs;
    for (int32_t p = 0; p < partitions; ++p) {
        PartitionAssignment a;
        a.partition = p;
        if (explicitAssignment) {
            a.replicas = spec.assignments.at(p);
        } else {
            for (int32_t i = 0; i < rf; ++i) a.replicas.push_back(live[(p + i) % live.size()]);
        }
        a.isr = a.replicas;
        a.leader = a.replicas.front();
        topic.partitions.push_back(std::move(a));
    }
    return {};
}

AdminResult Controller::createLogs(const TopicMetadata& topic) {
    try {
        m_partitions.applyTopic(topic);
        return {};
    } catch (const std::exception& e) {
        // The disk refused (out of space, out of file descriptors): undo the partitions
        // already made so the topic is either whole or absent, and tell the client.
        log::warn("cannot create topic {}: {}", topic.name, e.what());
        removeLogs(topic);
        return fail(ErrorCode::KafkaStorageError,
                    "Cannot create the logs of topic '" + topic.name + "': " + e.what());
    }
}

void Controller::removeLogs(const TopicMetadata& topic) {
    try {
        m_partitions.removeTopic(topic);
    } catch (const std::exception& cleanup) {
        log::warn("cannot remove the partial logs of topic {}: {}", topic.name, cleanup.what());
    }
}

AdminResult Controller::createTopic(const NewTopic& spec, bool validateOnly) {
    return createTopics({spec}, validateOnly).front();
}

std::vector<AdminResult> Controller::createTopics(const std::vector<NewTopic>& specs, bool validateOnly) {
    std::vector<AdminResult> results(specs.size());
    std::vector<size_t> created;
    for (size_t i = 0; i < specs.size(); ++i) {
        TopicMetadata topic;
        results[i] = planTopic(specs[i], topic);
        if (!results[i].ok() || validateOnly) continue;
        results[i] = createLogs(topic);
        if (!results[i].ok()) continue;
        // In memory only for now, so later topics of the batch see it (duplicates,
        // collisions); written below with the rest.
        m_metadata.insert(std::move(topic));
        created.push_back(i);
    }
    if (created.empty()) return results;
    // The logs first, then the metadata naming them: a crash in between leaves logs no
    // topic claims, which startup deletes. One directory sync and one snapshot for the
    // whole request is what makes creating many partitions cheap.
    try {
        m_partitions.syncCreatedLogs();
        m_metadata.save();
    } catch (const std::exception& e) {
        log::warn("cannot record the topics created: {}", e.what());
        for (size_t i : created) {
            if (const TopicMetadata* topic = m_metadata.find(specs[i].name)) {
                const TopicMetadata copy = *topic;
                m_metadata.remove(copy.name);
                removeLogs(copy);
            }
            results[i] = fail(ErrorCode::KafkaStorageError,
                              "Cannot record topic '" + specs[i].name + "': " + e.what());
        }
        return results;
    }
    for (size_t i : created)
        log::info("created topic {} with {} partition(s)", specs[i].name,
                  m_metadata.find(specs[i].name)->partitions.size());
    return results;
}

AdminResult Controller::deleteTopic(const std::string& name) {
    const TopicMetadata* topic = m_metadata.find(name);
    if (!topic) return fail(ErrorCode::UnknownTopicOrPartition, "This server does not host this topic: " + name);
    if (!m_config.deleteTopicEnable())
        return fail(ErrorCode::TopicDeletionDisabled, "Topic deletion is disabled (delete.topic.enable=false)");
    if (topic->internal) return fail(ErrorCode::InvalidTopicException, "Cannot delete internal topic " + name);
    const TopicMetadata copy = *topic;
    m_metadata.erase(name);
    m_partitions.removeTopic(copy);
    log::info("deleted topic {}", name);
    return {};
}

AdminResult Controller::createPartitions(const std::string& name, int32_t totalCount,
                                         const std::vector<std::vector<int32_t>>& assignments, bool validateOnly) {
    TopicMetadata* topic = m_metadata.find(name);
    if (!topic) return fail(ErrorCode::UnknownTopicOrPartition, "This server does not host this topic: " + name);
    const auto current = static_cast<int32_t>(topic->partitions.size());
    if (totalCount < current)
        return fail(ErrorCode::InvalidPartitions, "Topic currently has " + std::to_string(current) +
                                                      " partitions, which is higher than the requested " +
                                                      std::to_string(totalCount) + ".");
    if (totalCount == current)
        return fail(ErrorCode::InvalidPartitions, "Topic already has " + std::to_string(current) + " partitions.");
    const int32_t added = totalCount - current;
    std::map<int32_t, std::vector<int32_t>> byPartition;
    if (!assignments.empty()) {
        if (static_cast<int32_t>(assignments.size()) != added)
            return fail(ErrorCode::InvalidReplicaAssignment,
                        "Increasing the number of partitions by " + std::to_string(added) + " but " +
                            std::to_string(assignments.size()) + " assignments provided.");
        for (int32_t i = 0; i < added; ++i) byPartition[current + i] = assignments[i];
        if (auto r = checkAssignments(byPartition, current, added); !r.ok()) return r;
    }
    if (validateOnly) return {};
    const auto live = liveBrokers();
    const auto rf = static_cast<size_t>(topic->replicationFactor());
    for (int32_t p = current; p < totalCount; ++p) {
        PartitionAssignment a;
        a.partition = p;
        if (!byPartition.empty()) {
            a.replicas = byPartition[p];
        } else {
            for (size_t i = 0; i < std::max<size_t>(rf, 1); ++i) a.replicas.push_back(live[(p + i) % live.size()]);
        }
        a.isr = a.replicas;
        a.leader = a.replicas.front();
        topic->partitions.push_back(std::move(a));
    }
    m_partitions.applyTopic(*topic);
    m_partitions.syncCreatedLogs();
    m_metadata.save();
    log::info("topic {} now has {} partitions", name, totalCount);
    return {};
}

AdminResult Controller::replaceConfigs(const std::string& name, const config::ConfigStrings& configs,
                                       bool validateOnly) {
    TopicMetadata* topic = m_metadata.find(name);
    if (!topic) return fail(ErrorCode::UnknownTopicOrPartition, "Topic " + name + " does not exist");
    if (auto r = validateConfigs(configs); !r.ok()) return r;
    if (validateOnly) return {};
    topic->overrides = configs;
    m_metadata.save();
    m_partitions.setTopicConfig(*topic);
    return {};
}

AdminResult Controller::alterConfigs(const std::string& name, const std::vector<ConfigChange>& changes,
                                     bool validateOnly) {
    TopicMetadata* topic = m_metadata.find(name);
    if (!topic) return fail(ErrorCode::UnknownTopicOrPartition, "Topic " + name + " does not exist");
    config::ConfigStrings next = topic->overrides;
    for (const auto& change : changes) {
        const auto* def = config::topicConfigRegistry().find(change.key);
        if (!def) return fail(ErrorCode::InvalidConfig, "Unknown topic config name: " + change.key);
        switch (change.op) {
        case AlterOp::Set:
            if (!change.value) return fail(ErrorCode::InvalidConfig, "Null value not supported for : " + change.key);
            next[change.key] = *change.value;
            break;
        case AlterOp::Delete: next.erase(change.key); break;
        case AlterOp::Append:
        case AlterOp::Subtract: {
            if (def->type != config::ConfigType::List)
                return fail(ErrorCode::InvalidConfig,
                            "Config value append/subtract is not allowed for config key: " + change.key);
            auto it = next.find(change.key);
            std::vector<std::string> items;
            if (it != next.end()) items = splitList(it->second);
            else {
                const auto resolved = config::resolveTopicValue(m_config, {}, *def);
                if (auto* list = std::get_if<std::vector<std::string>>(&resolved.value)) items = *list;
            }
            for (const auto& item : splitList(change.value.value_or(""))) {
                auto pos = std::find(items.begin(), items.end(), item);
                if (change.op == AlterOp::Append && pos == items.end()) items.push_back(item);
                if (change.op == AlterOp::Subtract && pos != items.end()) items.erase(pos);
            }
            next[change.key] = joinList(items);
            break;
        }
        }
    }
    return replaceConfigs(name, next, validateOnly);
}

void Controller::ensureInternalTopic(std::string_view name, int32_t partitions, const config::ConfigStrings& configs) {
    if (m_metadata.find(name)) return;
    TopicMetadata topic;
    topic.name = std::string(name);
    topic.id = protocol::Uuid::random();
    topic.internal = true;
    topic.overrides = configs;
    for (int32_t p = 0; p < partitions; ++p) {
        PartitionAssignment a;
        a.partition = p;
        a.replicas = {m_nodeId};
        a.isr = a.replicas;
        a.leader = m_nodeId;
        topic.partitions.push_back(std::move(a));
    }
    m_partitions.applyTopic(topic);
    m_partitions.syncCreatedLogs();
    m_metadata.put(topic);
}

} // namespace samsa::cluster
