#include "rdkafka_handle.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace samsa::bench {

KafkaHandle makeClient(rd_kafka_type_t type, const std::string& bootstrap, const Settings& settings, void* opaque,
                       const std::function<void(rd_kafka_conf_t*)>& customize) {
    char err[512];
    rd_kafka_conf_t* conf = rd_kafka_conf_new();
    Settings all = {{"bootstrap.servers", bootstrap}, {"client.id", "samsa-bench"}, {"log_level", "3"}};
    all.insert(all.end(), settings.begin(), settings.end());
    for (const auto& [key, value] : all) {
        if (rd_kafka_conf_set(conf, key, value.c_str(), err, sizeof err) != RD_KAFKA_CONF_OK) {
            rd_kafka_conf_destroy(conf);
            throw std::runtime_error(std::string("librdkafka config ") + key + ": " + err);
        }
    }
    if (customize) customize(conf);
    if (opaque) rd_kafka_conf_set_opaque(conf, opaque);
    rd_kafka_t* rk = rd_kafka_new(type, conf, err, sizeof err);
    if (!rk) {
        rd_kafka_conf_destroy(conf);
        throw std::runtime_error(std::string("rd_kafka_new: ") + err);
    }
    return KafkaHandle(rk);
}

void createTopic(const std::string& bootstrap, const std::string& topic, int partitions, const Settings& configs) {
    constexpr int kTimeoutMs = 30000;
    KafkaHandle rk = makeClient(RD_KAFKA_PRODUCER, bootstrap, {});
    char err[512];
    rd_kafka_NewTopic_t* nt = rd_kafka_NewTopic_new(topic.c_str(), partitions, 1, err, sizeof err);
    if (!nt) throw std::runtime_error("create topic " + topic + ": " + err);
    for (const auto& [name, value] : configs) rd_kafka_NewTopic_set_config(nt, name, value.c_str());
    rd_kafka_AdminOptions_t* options = rd_kafka_AdminOptions_new(rk.get(), RD_KAFKA_ADMIN_OP_CREATETOPICS);
    rd_kafka_AdminOptions_set_operation_timeout(options, kTimeoutMs, err, sizeof err);
    rd_kafka_queue_t* queue = rd_kafka_queue_new(rk.get());
    rd_kafka_CreateTopics(rk.get(), &nt, 1, options, queue);
    rd_kafka_NewTopic_destroy(nt);
    rd_kafka_AdminOptions_destroy(options);
    rd_kafka_event_t* ev = rd_kafka_queue_poll(queue, kTimeoutMs + 5000);
    rd_kafka_queue_destroy(queue);
    std::string problem;
    if (!ev) {
        problem = "no answer";
    } else if (rd_kafka_event_error(ev)) {
        problem = rd_kafka_event_error_string(ev);
    } else if (const auto* result = rd_kafka_event_CreateTopics_result(ev)) {
        size_t n = 0;
        const rd_kafka_topic_result_t** topics = rd_kafka_CreateTopics_result_topics(result, &n);
        for (size_t i = 0; i < n; ++i) {
            const auto e = rd_kafka_topic_result_error(topics[i]);
            if (e != RD_KAFKA_RESP_ERR_NO_ERROR && e != RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS)
                problem = rd_kafka_err2str(e);
        }
    }
    if (ev) rd_kafka_event_destroy(ev);
    if (!problem.empty()) throw std::runtime_error("create topic " + topic + ": " + problem);
}

double percentileMs(const std::vector<int64_t>& sortedNs, double p) {
    if (sortedNs.empty()) return 0;
    // Nearest rank: the smallest value with at least p of the samples at or below it.
    auto rank = static_cast<size_t>(std::ceil(p * static_cast<double>(sortedNs.size())));
    rank = std::clamp<size_t>(rank, 1, sortedNs.size());
    return static_cast<double>(sortedNs[rank - 1]) / 1e6;
}

} // namespace samsa::bench
