#pragma once

#include <librdkafka/rdkafka.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "rdkafka_handle.h"

// Producing to and reading from partition 0 with librdkafka, as the workloads do.
namespace samsa::bench {

// Counts delivery reports; reached through the producer's opaque pointer.
struct Deliveries {
    int64_t ok = 0;
    int64_t failed = 0;
    rd_kafka_resp_err_t firstError = RD_KAFKA_RESP_ERR_NO_ERROR;
};

// The delivery report callback that fills the Deliveries set as the client's opaque.
void onDelivery(rd_kafka_t*, const rd_kafka_message_t* m, void* opaque);

// Hands `payload` to the producer for partition 0, waiting for queue space when the
// local queue is full: the producer is meant to run as fast as the broker acknowledges.
void produceOne(rd_kafka_t* rk, rd_kafka_topic_t* rkt, const void* payload, size_t size, int flags);

// Incompressible-looking bytes, so nothing on the way can shortcut the copy.
std::vector<uint8_t> incompressiblePayload(size_t size);

// Waits for every queued message; throws unless exactly `expected` were delivered.
void flushOrThrow(rd_kafka_t* rk, const Deliveries& d, int64_t expected);

// Reads one partition from an offset it is given, with no consumer group: librdkafka's
// assign() needs a group.id, and with one the client also looks up the group
// coordinator, which is not what these measurements are about. The fetch path (one
// fetcher per broker connection, prefetching into a local queue) is the same.
class PartitionReader {
public:
    PartitionReader(const std::string& bootstrap, const std::string& topic, const Settings& settings);
    ~PartitionReader();
    PartitionReader(const PartitionReader&) = delete;
    PartitionReader& operator=(const PartitionReader&) = delete;

    void start(int64_t offset);
    void seek(int64_t offset);
    // The next message, or nullptr on timeout. Errors that would stop the run from
    // ever completing throw; transient ones (the client reconnects) are skipped.
    rd_kafka_message_t* next(int timeoutMs);

private:
    KafkaHandle m_rk;
    TopicHandle m_topic;
    rd_kafka_queue_t* m_queue;
    bool m_started = false;
};

// A reader that neither commits nor stores offsets.
extern const Settings kReaderSettings;

} // namespace samsa::bench
