// broker_bench: samsa-broker next to librdkafka's mock cluster in one run, both as child
// processes on loopback, plus the machine's own limits (loopback TCP, page-cache writes).
// Prints figures only; it never judges timing by exit code.
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "bench_session.h"
#include "kafka_workloads.h"
#include "machine_limits.h"
#include "report_table.h"
#include "server_process.h"

namespace fs = std::filesystem;
using namespace samsa::bench;

namespace {

struct Options : CommonOptions {
    Options() : CommonOptions(2048, 1024, SAMSA_BROKER_EXECUTABLE) {}
    int64_t smallCount = 1'000'000;
    int64_t largeCount = 200'000;
    int latencyRate = 5000;
    double latencySeconds = 10;
};

constexpr size_t kSmall = 100;
constexpr size_t kLarge = 1024;
// The mock cluster keeps only the newest 5 MiB of each partition, so the consume
// comparison re-reads a log that fits in that: 4 MiB of payload plus record overhead.
constexpr int64_t kRereadBytes = 4 << 20;
int64_t rereadCount(size_t size) { return kRereadBytes / static_cast<int64_t>(size + 16); }

void usage(std::ostream& out) {
    out << "usage: broker_bench [options]\n"
           "  --quick               a fast smoke run: a tenth of the messages, 3 s of latency,\n"
           "                        256 MiB for the machine figures\n"
           "  --small-count N       messages of 100 B to produce and consume (1000000)\n"
           "  --large-count N       messages of 1 KiB to produce and consume (200000)\n"
           "  --latency-rate R      messages per second in the latency run (5000)\n"
           "  --latency-seconds S   length of the latency run (10)\n"
        << Options().usage();
}

std::optional<Options> parseOptions(int argc, char** argv) {
    Options o;
    const bool proceed = forEachOption(argc, argv, usage, [&](const std::string& name, const OptionValue& value) {
        if (name == "--quick") {
            o.smallCount = 100'000;
            o.largeCount = 20'000;
            o.latencySeconds = 3;
            o.loopbackMiB = 256;
            o.diskMiB = 256;
        } else if (name == "--small-count") o.smallCount = std::stoll(value());
        else if (name == "--large-count") o.largeCount = std::stoll(value());
        else if (name == "--latency-rate") o.latencyRate = std::stoi(value());
        else if (name == "--latency-seconds") o.latencySeconds = std::stod(value());
        else return o.apply(name, value);
        return true;
    });
    if (!proceed) return std::nullopt;
    o.check();
    if (o.smallCount <= 0 || o.largeCount <= 0 || o.latencyRate <= 0 || o.latencySeconds <= 0)
        throw std::invalid_argument("counts, rates and sizes must be positive");
    return o;
}

void printHeader(const Options& o, const ServerProcess& samsa, const ServerProcess& mock, const fs::path& workDir) {
    printEnvironment(std::cout, "broker_bench",
                     {{"data dir", workDir.string() + " (" + filesystemType(workDir) + ")"},
                      {"samsa", o.broker.string() + " on " + samsa.bootstrap()},
                      {"mock", "librdkafka mock cluster, 1 broker, on " + mock.bootstrap()}});
}

int run(const Options& o) {
    const std::string smallTopic = "bench-100b", largeTopic = "bench-1k";
    const std::string smallReread = "bench-reread-100b", largeReread = "bench-reread-1k";
    const std::string latencyTopic = "bench-latency";
    // First, while the program is still single-threaded: the mock's process is a fork.
    auto mock = startMockCluster({smallTopic, largeTopic, smallReread, largeReread, latencyTopic});
    const fs::path workDir = makeWorkDir(o.dir);
    std::unique_ptr<ServerProcess> samsa;
    try {
        samsa = startSamsaBroker(o.broker, workDir);
    } catch (...) {
        fs::remove_all(workDir);
        throw;
    }
    printHeader(o, *samsa, *mock, workDir);
    // Before the brokers write anything, so their dirty pages and freed memory do not
    // distort the ceilings.
    const std::string machine = o.machine ? measureMachine(o.dir, o.loopbackMiB, o.diskMiB) : std::string();

    ReportTable table({"samsa", "mock"});
    Runner runner(table, {samsa.get(), mock.get()});
    const std::string small = "100 B", large = "1 KiB";
    const std::string lat = "latency " + std::to_string(o.latencyRate) + "/s";

    std::cerr << "Kafka workloads (samsa, then mock, for each):\n";
    runner.throughput("produce " + small, [&](const ServerProcess& s) {
        return produceThroughput(s.bootstrap(), smallTopic, o.smallCount, kSmall);
    });
    runner.throughput("produce " + large, [&](const ServerProcess& s) {
        return produceThroughput(s.bootstrap(), largeTopic, o.largeCount, kLarge);
    });

    // The whole log the produce run left (count + 1 with its warm-up message), from
    // offset 0: what a consumer catching up on a large backlog sees.
    auto wholeLog = [&](const ServerProcess& s, const std::string& topic, int64_t count) {
        if (&s == mock.get()) throw NotMeasured("the mock keeps only the newest 5 MiB of a partition");
        return consumeThroughput(s.bootstrap(), topic, count + 1, count + 1);
    };
    runner.throughput("consume " + small + " full log", [&](const ServerProcess& s) {
        return wholeLog(s, smallTopic, o.smallCount);
    });
    runner.throughput("consume " + large + " full log", [&](const ServerProcess& s) {
        return wholeLog(s, largeTopic, o.largeCount);
    });

    // The comparison: the same number of messages read from a 4 MiB log both servers
    // hold in full, starting over at offset 0 whenever the end is reached.
    runner.prepare("write the 4 MiB logs", [&](const ServerProcess& s) {
        produceThroughput(s.bootstrap(), smallReread, rereadCount(kSmall) - 1, kSmall);
        produceThroughput(s.bootstrap(), largeReread, rereadCount(kLarge) - 1, kLarge);
    });
    auto reread = [&](const ServerProcess& s, const std::string& topic, int64_t count, size_t size) {
        return consumeThroughput(s.bootstrap(), topic, count, rereadCount(size));
    };
    runner.throughput("consume " + small, [&](const ServerProcess& s) {
        return reread(s, smallReread, o.smallCount, kSmall);
    });
    runner.throughput("consume " + large, [&](const ServerProcess& s) {
        return reread(s, largeReread, o.largeCount, kLarge);
    });

    runner.latency(lat, [&](const ServerProcess& s) {
        return endToEndLatency(s.bootstrap(), latencyTopic, o.latencyRate, o.latencySeconds, kSmall);
    });
    table.add("server peak RSS MiB", {samsa->peakResidentMiB(), mock->peakResidentMiB()}, 0, Better::Lower);

    samsa->stop();
    mock->stop();
    if (o.keep) std::cerr << "kept " << workDir.string() << "\n";
    else fs::remove_all(workDir);

    std::cout << table.render();
    for (const auto& n : runner.notes()) std::cout << "  " << n << "\n";
    std::cout << "\n";
    std::cout << "Targets (produce, consume >= 0.9x mock msg/s; p99 <= 3 ms):\n"
              << table.checkRatio("produce " + small + " msg/s", 0.9) << table.checkRatio("produce " + large + " msg/s", 0.9)
              << table.checkRatio("consume " + small + " msg/s", 0.9) << table.checkRatio("consume " + large + " msg/s", 0.9)
              << table.checkCeiling(lat + " p99 ms", 0, 3.0) << "\n";

    if (o.machine) {
        std::cout << "Machine limits (best of " << kMachineRepeats << ", measured before the servers had work):\n"
                  << machine;
    }
    std::cout << "  load after the run: " << readFirstLine("/proc/loadavg") << "\n";

    return reportFailures(runner.failures());
}

} // namespace

int main(int argc, char** argv) {
    return benchMain("broker_bench", usage, [&] {
        const auto options = parseOptions(argc, argv);
        return options ? run(*options) : 0;
    });
}
