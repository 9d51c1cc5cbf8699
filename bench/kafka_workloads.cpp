#include "kafka_workloads.h"

#include "rdkafka_handle.h"
#include "rdkafka_io.h"

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

KafkaHandle makeProducer(const std::string& bootstrap, const std::string& lingerMs, Deliveries* deliveries) {
    return makeClient(RD_KAFKA_PRODUCER, bootstrap, {{"acks", "1"}, {"linger.ms", lingerMs}}, deliveries,
                      [](rd_kafka_conf_t* conf) { rd_kafka_conf_set_dr_msg_cb(conf, onDelivery); });
}

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
