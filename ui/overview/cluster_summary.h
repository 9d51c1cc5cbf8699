#pragma once

#include "client/admin_types.h"

#include <QtGlobal>
#include <map>
#include <vector>

namespace samsa::ui {

// Counts derived from one listTopics() answer, shared by the overview and the brokers
// page so both agree on what "under-replicated" means.
struct TopicCounts {
    int topics = 0;             // without internal topics
    int topicsWithInternal = 0; // everything the cluster reported
    int partitions = 0;         // without internal topics
    int partitionsWithInternal = 0;
    // A partition whose in-sync set is smaller than its replica set: one more broker
    // failure may lose acknowledged data. Internal topics count, as they matter as much.
    int underReplicated = 0;
    // A partition without a leader: nobody can produce to or consume from it.
    int offline = 0;
};

TopicCounts countTopics(const std::vector<client::TopicDescription>& topics);

// How many partition leaders and replicas each broker hosts.
struct BrokerLoad {
    int leaders = 0;
    int replicas = 0;
};
std::map<int, BrokerLoad> brokerLoads(const std::vector<client::TopicDescription>& topics);

// Bytes stored per broker (every log directory, future replicas excluded) and in total;
// -1 when no directory could be described.
std::map<int, qint64> logDirSizes(const std::vector<client::LogDirInfo>& dirs);
qint64 totalLogDirSize(const std::vector<client::LogDirInfo>& dirs);

} // namespace samsa::ui
