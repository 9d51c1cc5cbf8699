#include "kafka_workloads.h"

#include "rdkafka_handle.h"

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstring>
#include <exception>
#include <memory>
#include <string>
#include <stdexcept>
#include <thread>
#include <utility>
#include <vector>

namespace samsa::bench {

namespace {

using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

double secondsBetween(Clock::time_point a, Clock::time_point b) {
    return std::chrono::duration<double>(b - a).count();
}

// Counts delivery reports; reached through the producer's opaque pointer.
struct Deliveries {
    int64_t ok = 0;
    int64_t failed = 0;
    rd_kafka_resp_err_t firstError = RD_KAFKA_RESP_ERR_NO_ERROR;
};

void onDelivery(rd_kafka_t*, const rd_kafka_message_t* m, void* opaque) {
    auto* d = static_cast<Deliveries*>(opaque);
    if (m->err == RD_KAFKA_RESP_ERR_NO_ERROR) {
        ++d->ok;
    } else {
        if (d->failed++ == 0) d->firstError = m->err;
    }
}

KafkaHandle makeProducer(const std::string& bootstrap, const std::string& lingerMs, Deliveries* deliveries) {
    return makeClient(RD_KAFKA_PRODUCER, bootstrap, {{"acks", "1"}, {"linger.ms", lingerMs}}, deliveries,
                      [](rd_kafka_conf_t* conf) { rd_kafka_conf_set_dr_msg_cb(conf, onDelivery); });
}

// Hands `payload` to the producer, waiting for queue space when the local queue is
// full: the producer is meant to run as fast as the broker acknowledges.
void produceOne(rd_kafka_t* rk, rd_kafka_topic_t* rkt, const void* payload, size_t size, int flags) {
    for (;;) {
        if (rd_kafka_produce(rkt, 0, flags, const_cast<void*>(payload), size, nullptr, 0, nullptr) == 0) return;
        const auto e = rd_kafka_last_error();
        if (e != RD_KAFKA_RESP_ERR__QUEUE_FULL)
            throw std::runtime_error(std::string("produce: ") + rd_kafka_err2str(e));
        rd_kafka_poll(rk, 1);
    }
}

void flushOrThrow(rd_kafka_t* rk, const Deliveries& d, int64_t expected) {
    const auto e = rd_kafka_flush(rk, 120000);
    if (e != RD_KAFKA_RESP_ERR_NO_ERROR)
        throw std::runtime_error(std::string("flush: ") + rd_kafka_err2str(e) + ", " +
                                 std::to_string(rd_kafka_outq_len(rk)) + " still queued");
    if (d.failed > 0)
        throw std::runtime_error(std::to_string(d.failed) + " deliveries failed, first: " +
                                 rd_kafka_err2str(d.firstError));
    if (d.ok != expected)
        throw std::runtime_error("expected " + std::to_string(expected) + " delivery reports, got " +
                                 std::to_string(d.ok));
}

// Reads one partition from an offset it is given, with no consumer group: librdkafka's
// assign() needs a group.id, and with one the client also looks up the group
// coordinator, which is not what these measurements are about. The fetch path (one
// fetcher per broker connection, prefetching into a local queue) is the same.
class PartitionReader {
public:
    PartitionReader(const std::string& bootstrap, const std::string& topic, const Settings& settings)
        : m_rk(makeClient(RD_KAFKA_CONSUMER, bootstrap, settings)),
          m_topic(rd_kafka_topic_new(m_rk.get(), topic.c_str(), nullptr)), m_queue(rd_kafka_queue_new(m_rk.get())) {
        if (!m_topic) throw std::runtime_error("rd_kafka_topic_new: " + std::string(rd_kafka_err2str(rd_kafka_last_error())));
    }
    ~PartitionReader() {
        if (m_started) rd_kafka_consume_stop(m_topic.get(), 0);
        rd_kafka_queue_destroy(m_queue);
    }
    PartitionReader(const PartitionReader&) = delete;
    PartitionReader& operator=(const PartitionReader&) = delete;

    void start(int64_t offset) {
        if (rd_kafka_consume_start_queue(m_topic.get(), 0, offset, m_queue) != 0)
            throw std::runtime_error(std::string("consume start: ") + rd_kafka_err2str(rd_kafka_last_error()));
        m_started = true;
    }

    void seek(int64_t offset) {
        if (const auto e = rd_kafka_seek(m_topic.get(), 0, offset, 10000); e != RD_KAFKA_RESP_ERR_NO_ERROR)
            throw std::runtime_error(std::string("seek: ") + rd_kafka_err2str(e));
    }

    // The next message, or nullptr on timeout. Errors that would stop the run from
    // ever completing throw; transient ones (the client reconnects) are skipped.
    rd_kafka_message_t* next(int timeoutMs) {
        rd_kafka_message_t* m = rd_kafka_consume_queue(m_queue, timeoutMs);
        if (!m || m->err == RD_KAFKA_RESP_ERR_NO_ERROR) return m;
        const auto e = m->err;
        std::string text = rd_kafka_message_errstr(m);
        rd_kafka_message_destroy(m);
        if (e == RD_KAFKA_RESP_ERR__PARTITION_EOF || e == RD_KAFKA_RESP_ERR__TRANSPORT ||
            e == RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN)
            return nullptr;
        throw std::runtime_error("consume: " + std::string(rd_kafka_err2str(e)) + ": " + text);
    }

private:
    KafkaHandle m_rk;
    TopicHandle m_topic;
    rd_kafka_queue_t* m_queue;
    bool m_started = false;
};

const Settings kReaderSettings = {{"enable.auto.commit", "false"}, {"enable.auto.offset.store", "false"}};

int64_t monotonicNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
}

} // namespace

ThroughputResult produceThroughput(const std::string& bootstrap, const std::string& topic, int64_t count,
                                   size_t size) {
    Deliveries deliveries;
    KafkaHandle rk = makeProducer(bootstrap, "5", &deliveries);
    TopicHandle rkt(rd_kafka_topic_new(rk.get(), topic.c_str(), nullptr));
    if (!rkt) throw std::runtime_error("rd_kafka_topic_new: " + std::string(rd_kafka_err2str(rd_kafka_last_error())));

    // Incompressible-looking bytes, so nothing on the way can shortcut the copy.
    std::vector<uint8_t> payload(size);
    uint32_t x = 2463534242u;
    for (auto& b : payload) {
        x ^= x << 13, x ^= x >> 17, x ^= x << 5;
        b = static_cast<uint8_t>(x);
    }

    produceOne(rk.get(), rkt.get(), payload.data(), size, 0);
    flushOrThrow(rk.get(), deliveries, 1);
    deliveries = {};

    const auto start = Clock::now();
    for (int64_t i = 0; i < count; ++i) {
        produceOne(rk.get(), rkt.get(), payload.data(), size, 0);
        if ((i & 1023) == 0) rd_kafka_poll(rk.get(), 0);
    }
    flushOrThrow(rk.get(), deliveries, count);
    const auto end = Clock::now();
    return {count, count * static_cast<int64_t>(size), secondsBetween(start, end)};
}

ThroughputResult consumeThroughput(const std::string& bootstrap, const std::string& topic, int64_t count,
                                   int64_t logMessages) {
    Settings settings = kReaderSettings;
    // At the end of the log the fetch in flight would otherwise wait out the default
    // 500 ms on the server before the seek back can take effect, on every pass.
    if (logMessages < count) settings.push_back({"fetch.wait.max.ms", "0"});
    PartitionReader reader(bootstrap, topic, settings);
    ThroughputResult result;
    int64_t expected = 0;
    const auto start = Clock::now();
    auto last = start;
    reader.start(0);
    while (result.messages < count) {
        rd_kafka_message_t* m = reader.next(100);
        if (!m) {
            if (Clock::now() - last > 30s)
                throw std::runtime_error("consume stalled after " + std::to_string(result.messages) + " of " +
                                         std::to_string(count) + " messages, at offset " + std::to_string(expected));
            continue;
        }
        // Anything but the next offset is a prefetched leftover from before a seek.
        if (m->offset == expected) {
            ++result.messages;
            result.bytes += static_cast<int64_t>(m->len);
            last = Clock::now();
            if (++expected == logMessages && result.messages < count) {
                reader.seek(0);
                expected = 0;
            }
        }
        rd_kafka_message_destroy(m);
    }
    result.seconds = secondsBetween(start, last);
    return result;
}

LatencyResult endToEndLatency(const std::string& bootstrap, const std::string& topic, int rate, double seconds,
                              size_t size) {
    struct Stamp {
        int64_t sentNs;
        int64_t sequence;
    };
    if (size < sizeof(Stamp)) throw std::invalid_argument("latency payload too small for its time stamp");

    Deliveries deliveries;
    // No linger: the figure is the path through client, network and broker, not the
    // time the producer waits to fill a batch.
    KafkaHandle producer = makeProducer(bootstrap, "0", &deliveries);
    TopicHandle rkt(rd_kafka_topic_new(producer.get(), topic.c_str(), nullptr));
    std::vector<uint8_t> payload(size, 0x5a);
    Stamp marker{-1, -1};
    std::memcpy(payload.data(), &marker, sizeof marker);
    produceOne(producer.get(), rkt.get(), payload.data(), size, RD_KAFKA_MSG_F_COPY);
    flushOrThrow(producer.get(), deliveries, 1);
    deliveries = {};

    // The consumer reads the marker first, so it has resolved its offset and has a fetch
    // in flight before the first timed message is sent.
    PartitionReader consumer(bootstrap, topic, kReaderSettings);
    consumer.start(0);
    const auto readyBy = Clock::now() + 30s;
    for (bool caughtUp = false; !caughtUp;) {
        if (Clock::now() > readyBy) throw std::runtime_error("latency consumer did not catch up within 30 s");
        if (rd_kafka_message_t* m = consumer.next(100)) {
            caughtUp = m->len >= sizeof(Stamp) && reinterpret_cast<const Stamp*>(m->payload)->sequence == -1;
            rd_kafka_message_destroy(m);
        }
    }

    const auto total = static_cast<int64_t>(std::llround(rate * seconds));
    std::vector<int64_t> latencies;
    latencies.reserve(static_cast<size_t>(total));
    std::atomic<int64_t> sent{0};
    std::atomic<bool> producing{true};

    // Stops once everything sent has arrived, or when the stream has been quiet for
    // 10 s after the producer finished (lost messages show up as received < sent).
    auto readUntilDone = [&] {
        int64_t idleSince = monotonicNs();
        for (;;) {
            rd_kafka_message_t* m = consumer.next(50);
            const int64_t now = monotonicNs();
            if (m) {
                Stamp s;
                if (m->len >= sizeof s) {
                    std::memcpy(&s, m->payload, sizeof s);
                    if (s.sequence >= 0) latencies.push_back(now - s.sentNs);
                }
                rd_kafka_message_destroy(m);
                idleSince = now;
            }
            const auto got = static_cast<int64_t>(latencies.size());
            if (!producing.load() && (got >= sent.load() || now - idleSince > 10'000'000'000)) break;
        }
    };

    std::exception_ptr readerError;
    std::thread reader([&] {
        try {
            readUntilDone();
        } catch (...) {
            readerError = std::current_exception();
        }
    });

    const auto interval = std::chrono::nanoseconds(static_cast<int64_t>(1e9 / rate));
    const auto start = Clock::now();
    try {
        for (int64_t i = 0; i < total; ++i) {
            std::this_thread::sleep_until(start + i * interval);
            const Stamp s{monotonicNs(), i};
            std::memcpy(payload.data(), &s, sizeof s);
            produceOne(producer.get(), rkt.get(), payload.data(), size, RD_KAFKA_MSG_F_COPY);
            sent.store(i + 1);
            rd_kafka_poll(producer.get(), 0);
        }
        flushOrThrow(producer.get(), deliveries, total);
    } catch (...) {
        producing.store(false);
        reader.join();
        throw;
    }
    producing.store(false);
    reader.join();
    if (readerError) std::rethrow_exception(readerError);

    std::sort(latencies.begin(), latencies.end());
    LatencyResult r;
    r.sent = total;
    r.received = static_cast<int64_t>(latencies.size());
    r.p50Ms = percentileMs(latencies, 0.50);
    r.p99Ms = percentileMs(latencies, 0.99);
    r.p999Ms = percentileMs(latencies, 0.999);
    r.maxMs = latencies.empty() ? 0 : static_cast<double>(latencies.back()) / 1e6;
    return r;
}

} // namespace samsa::bench
