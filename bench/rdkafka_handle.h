#pragma once

#include <librdkafka/rdkafka.h>

#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace samsa::bench {

struct KafkaDeleter {
    void operator()(rd_kafka_t* rk) const { rd_kafka_destroy(rk); }
    void operator()(rd_kafka_topic_t* rkt) const { rd_kafka_topic_destroy(rkt); }
};
using KafkaHandle = std::unique_ptr<rd_kafka_t, KafkaDeleter>;
using TopicHandle = std::unique_ptr<rd_kafka_topic_t, KafkaDeleter>;

using Settings = std::vector<std::pair<const char*, std::string>>;

// A librdkafka client of the benchmark: bootstrap.servers, client.id and quiet logging,
// then `settings`. `customize` sets callbacks on the configuration before the client is
// created; `opaque` is what they receive. Throws on a rejected setting.
KafkaHandle makeClient(rd_kafka_type_t type, const std::string& bootstrap, const Settings& settings,
                       void* opaque = nullptr, const std::function<void(rd_kafka_conf_t*)>& customize = {});

// CreateTopics through the admin API, waiting for the result; an existing topic is fine.
void createTopic(const std::string& bootstrap, const std::string& topic, int partitions,
                 const Settings& configs = {});

// Nearest-rank percentile `p` (0..1) of nanosecond samples sorted ascending, in ms.
double percentileMs(const std::vector<int64_t>& sortedNs, double p);

} // namespace samsa::bench
