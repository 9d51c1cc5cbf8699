#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace samsa::bench {

struct ThroughputResult {
    int64_t messages = 0;
    int64_t bytes = 0; // payload bytes only, as Kafka's perf tools count them
    double seconds = 0;

    double messagesPerSecond() const { return seconds > 0 ? static_cast<double>(messages) / seconds : 0; }
    double mibPerSecond() const { return seconds > 0 ? static_cast<double>(bytes) / seconds / (1024.0 * 1024.0) : 0; }
};

struct LatencyResult {
    int64_t sent = 0;
    int64_t received = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    double p999Ms = 0;
    double maxMs = 0;
};

// Produces `count` messages of `size` bytes to partition 0 of `topic` with acks=1 and
// linger.ms=5, and times them from the first produce call to the last delivery report.
// One message is sent and acknowledged first (not timed) so connection set-up and topic
// creation stay out of the figure: the topic ends up holding count + 1 messages.
ThroughputResult produceThroughput(const std::string& bootstrap, const std::string& topic, int64_t count,
                                   size_t size);

// Reads partition 0 of `topic` from offset 0 and times reading `count` messages, from
// the start call to the last message. A log of `logMessages` shorter than `count` is
// read again from offset 0 each time its end is reached.
ThroughputResult consumeThroughput(const std::string& bootstrap, const std::string& topic, int64_t count,
                                   int64_t logMessages);

// Sends `rate` messages per second of `size` bytes for `seconds`, each stamped with its
// send time on the monotonic clock, to a consumer that is already caught up on `topic`,
// and measures receive time minus send time for each of them. The consumer keeps
// librdkafka's default fetch.wait.max.ms, so an idle fetch waits on the server.
LatencyResult endToEndLatency(const std::string& bootstrap, const std::string& topic, int rate, double seconds,
                              size_t size);

} // namespace samsa::bench
