#include "txn_workloads.h"

#include <librdkafka/rdkafka.h>

#include <chrono>
#include <memory>
#include <stdexcept>
#include <vector>

#include "rdkafka_handle.h"
#include "rdkafka_io.h"

namespace samsa::bench {

namespace {

using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

constexpr int kTxnTimeoutMs = 60000;

double secondsBetween(Clock::time_point a, Clock::time_point b) {
    return std::chrono::duration<double>(b - a).count();
}

struct ErrorDeleter {
    void operator()(rd_kafka_error_t* e) const { rd_kafka_error_destroy(e); }
};

// Throws with librdkafka's description if a transactional call failed.
void check(rd_kafka_error_t* error, const char* call) {
    if (!error) return;
    std::unique_ptr<rd_kafka_error_t, ErrorDeleter> owned(error);
    throw std::runtime_error(std::string(call) + ": " + rd_kafka_error_string(error));
}

TopicHandle topicOf(rd_kafka_t* rk, const std::string& topic) {
    TopicHandle rkt(rd_kafka_topic_new(rk, topic.c_str(), nullptr));
    if (!rkt) throw std::runtime_error("rd_kafka_topic_new: " + std::string(rd_kafka_err2str(rd_kafka_last_error())));
    return rkt;
}

} // namespace

ThroughputResult produceAcksAll(const std::string& bootstrap, const std::string& topic, int64_t count, size_t size,
                                bool idempotent) {
    Deliveries deliveries;
    KafkaHandle rk = makeClient(RD_KAFKA_PRODUCER, bootstrap,
                                {{"acks", "all"},
                                 {"linger.ms", "5"},
                                 {"enable.idempotence", idempotent ? "true" : "false"},
                                 // What idempotence imposes, given to both runs alike.
                                 {"max.in.flight.requests.per.connection", "5"}},
                                &deliveries, [](rd_kafka_conf_t* conf) { rd_kafka_conf_set_dr_msg_cb(conf, onDelivery); });
    TopicHandle rkt = topicOf(rk.get(), topic);
    const std::vector<uint8_t> payload = incompressiblePayload(size);
    produceOne(rk.get(), rkt.get(), payload.data(), size, 0);
    flushOrThrow(rk.get(), deliveries, 1);
    deliveries = {};

    const auto start = Clock::now();
    for (int64_t i = 0; i < count; ++i) {
        produceOne(rk.get(), rkt.get(), payload.data(), size, 0);
        if ((i & 1023) == 0) rd_kafka_poll(rk.get(), 0);
    }
    flushOrThrow(rk.get(), deliveries, count);
    return {count, count * static_cast<int64_t>(size), secondsBetween(start, Clock::now())};
}

TransactionRate runTransactions(const std::string& bootstrap, const std::string& topic,
                                const std::string& transactionalId, int64_t transactions, int recordsPerTxn,
                                size_t size, int abortEvery) {
    Deliveries deliveries;
    KafkaHandle rk = makeClient(RD_KAFKA_PRODUCER, bootstrap,
                                {{"transactional.id", transactionalId},
                                 {"transaction.timeout.ms", std::to_string(kTxnTimeoutMs)},
                                 // A transaction's records go as one batch: committing
                                 // flushes at once whatever the linger.
                                 {"linger.ms", "5"}},
                                &deliveries, [](rd_kafka_conf_t* conf) { rd_kafka_conf_set_dr_msg_cb(conf, onDelivery); });
    TopicHandle rkt = topicOf(rk.get(), topic);
    check(rd_kafka_init_transactions(rk.get(), kTxnTimeoutMs), "init_transactions");
    const std::vector<uint8_t> payload = incompressiblePayload(size);

    TransactionRate rate;
    const auto start = Clock::now();
    for (int64_t t = 0; t < transactions; ++t) {
        check(rd_kafka_begin_transaction(rk.get()), "begin_transaction");
        for (int i = 0; i < recordsPerTxn; ++i) produceOne(rk.get(), rkt.get(), payload.data(), size, 0);
        if (abortEvery > 0 && (t + 1) % abortEvery == 0) {
            // Delivered first: an abort drops what is still queued, and the point is
            // aborted records in the log.
            if (rd_kafka_flush(rk.get(), kTxnTimeoutMs) != RD_KAFKA_RESP_ERR_NO_ERROR)
                throw std::runtime_error("flush before abort timed out");
            check(rd_kafka_abort_transaction(rk.get(), kTxnTimeoutMs), "abort_transaction");
        } else {
            check(rd_kafka_commit_transaction(rk.get(), kTxnTimeoutMs), "commit_transaction");
        }
        rate.records += recordsPerTxn;
        ++rate.transactions;
    }
    rate.seconds = secondsBetween(start, Clock::now());
    if (deliveries.failed > 0)
        throw std::runtime_error(std::to_string(deliveries.failed) + " deliveries failed, first: " +
                                 rd_kafka_err2str(deliveries.firstError));
    return rate;
}

ThroughputResult readIsolated(const std::string& bootstrap, const std::string& topic, const std::string& isolation,
                              int64_t perPass, int passes) {
    Settings settings = kReaderSettings;
    settings.push_back({"isolation.level", isolation});
    // At the end of the log the fetch in flight would otherwise wait out the default
    // 500 ms on the server before the seek back can take effect, on every pass.
    settings.push_back({"fetch.wait.max.ms", "0"});
    PartitionReader reader(bootstrap, topic, settings);
    // The offsets the first pass delivered, which every later pass delivers again: a
    // message that is not the next of them is prefetched from before a seek.
    std::vector<int64_t> offsets;
    offsets.reserve(static_cast<size_t>(perPass));
    ThroughputResult result;
    const int64_t total = perPass * passes;
    size_t next = 0;
    const auto start = Clock::now();
    auto last = start;
    reader.start(0);
    while (result.messages < total) {
        rd_kafka_message_t* m = reader.next(100);
        if (!m) {
            if (Clock::now() - last > 30s)
                throw std::runtime_error("read stalled after " + std::to_string(result.messages) + " of " +
                                         std::to_string(total) + " records");
            continue;
        }
        const bool firstPass = offsets.size() < static_cast<size_t>(perPass);
        if (firstPass ? offsets.empty() || m->offset > offsets.back() : m->offset == offsets[next]) {
            if (firstPass) offsets.push_back(m->offset);
            ++result.messages;
            result.bytes += static_cast<int64_t>(m->len);
            last = Clock::now();
            if (++next == static_cast<size_t>(perPass) && result.messages < total) {
                reader.seek(0);
                next = 0;
            }
        }
        rd_kafka_message_destroy(m);
    }
    result.seconds = secondsBetween(start, last);
    return result;
}

} // namespace samsa::bench
