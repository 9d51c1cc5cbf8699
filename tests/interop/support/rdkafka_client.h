#pragma once

// Thin RAII helpers over librdkafka's C API for the interop tests: a producer that
// collects delivery reports, an assign()-based reader, and blocking admin calls. They
// keep the tests about what the broker does rather than about librdkafka plumbing.

#include <librdkafka/rdkafka.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace interop {

using ConfigMap = std::vector<std::pair<std::string, std::string>>;
using Headers = std::vector<std::pair<std::string, std::string>>;

struct KafkaDeleter {
    void operator()(rd_kafka_t* rk) const;
};
using KafkaPtr = std::unique_ptr<rd_kafka_t, KafkaDeleter>;

// Creates a client of `type` with bootstrap.servers set and `extra` applied on top.
// Returns null and fills `error` if a setting is rejected.
KafkaPtr createClient(rd_kafka_type_t type, const std::string& bootstrap, const ConfigMap& extra,
                      std::string* error);

struct DeliveryReport {
    uint64_t id = 0; // the id passed to Producer::produce
    rd_kafka_resp_err_t error = RD_KAFKA_RESP_ERR_NO_ERROR;
    int32_t partition = -1;
    int64_t offset = -1;
};

struct OutMessage {
    std::string topic;
    int32_t partition = RD_KAFKA_PARTITION_UA;
    std::optional<std::string> key;
    std::optional<std::string> value;
    Headers headers;
    int64_t timestampMs = 0; // 0: let librdkafka stamp it
};

class Producer {
public:
    // Every message gets a delivery report; `extra` may override any default.
    Producer(const std::string& bootstrap, const ConfigMap& extra = {});
    // librdkafka holds a pointer to this object for its callbacks.
    Producer(const Producer&) = delete;
    Producer& operator=(const Producer&) = delete;

    bool valid() const { return m_rk != nullptr; }
    const std::string& error() const { return m_error; }
    rd_kafka_t* handle() const { return m_rk.get(); }

    // Enqueues one message tagged with `id`; waits for queue room when the local queue is
    // full. Returns the enqueue error (not the delivery outcome).
    rd_kafka_resp_err_t produce(const OutMessage& message, uint64_t id);
    // Serves delivery reports until every queued message is reported or the deadline.
    // Returns the number still outstanding.
    int flush(int timeoutMs);
    void poll(int timeoutMs = 0);
    std::vector<DeliveryReport> takeReports();

private:
    static void onDelivery(rd_kafka_t*, const rd_kafka_message_t* msg, void* opaque);

    std::vector<DeliveryReport> m_reports;
    KafkaPtr m_rk;
    std::string m_error;
};

struct InMessage {
    int32_t partition = -1;
    int64_t offset = -1;
    int64_t timestampMs = -1;
    std::optional<std::string> key;
    std::optional<std::string> value;
    Headers headers;
};

// Reads every message of `partitions` from `startOffset` (RD_KAFKA_OFFSET_BEGINNING by
// default) up to the high watermark each had when the read began, through a consumer
// that uses rd_kafka_assign. Messages are in offset order within a partition. Stops at
// the deadline and sets `error` if the end was not reached.
std::vector<InMessage> readPartitions(const std::string& bootstrap, const std::string& topic,
                                      const std::vector<int32_t>& partitions, std::string* error,
                                      int64_t startOffset = RD_KAFKA_OFFSET_BEGINNING,
                                      const ConfigMap& extra = {}, int timeoutMs = 120000);

struct Watermarks {
    int64_t low = -1;
    int64_t high = -1;
};
// rd_kafka_query_watermark_offsets through any client handle.
std::optional<Watermarks> queryWatermarks(rd_kafka_t* rk, const std::string& topic, int32_t partition,
                                          std::string* error, int timeoutMs = 10000);

// Blocking admin operations on a dedicated client. Each returns an empty string on
// success or a description of the first error.
class Admin {
public:
    explicit Admin(const std::string& bootstrap);
    bool valid() const { return m_rk != nullptr; }
    rd_kafka_t* handle() const { return m_rk.get(); }

    std::string createTopic(const std::string& topic, int partitions, const ConfigMap& configs = {});
    // Deletes every record of topic/partition below `beforeOffset`; `lowWatermark`
    // receives the broker's new log start offset.
    std::string deleteRecords(const std::string& topic, int32_t partition, int64_t beforeOffset,
                              int64_t* lowWatermark = nullptr);
    // Non-incremental AlterConfigs: `configs` replaces the topic's whole dynamic set.
    std::string alterTopicConfigs(const std::string& topic, const ConfigMap& configs);
    // The topic's partition count from a metadata request; -1 if unknown.
    int partitionCount(const std::string& topic, std::string* error = nullptr);

private:
    rd_kafka_event_t* waitFor(rd_kafka_queue_t* queue, rd_kafka_event_type_t type);

    KafkaPtr m_rk;
    int m_timeoutMs = 30000;
};

// The usual set-up of a group test: creates `topic` with `partitions` partitions and
// writes `count` messages, message i to partition i % partitions with the value
// valuePrefix + i, and waits until every one is acknowledged. Returns an empty string
// or the first error.
std::string createTopicWithMessages(const std::string& bootstrap, const std::string& topic, int partitions,
                                    int count, const std::string& valuePrefix, int timeoutMs = 60000);

} // namespace interop
