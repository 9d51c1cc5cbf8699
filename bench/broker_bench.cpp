// broker_bench: samsa-broker next to librdkafka's mock cluster in one run, both as child
// processes on loopback, plus the machine's own limits (loopback TCP, page-cache writes).
// Prints figures only; it never judges timing by exit code.
#include <sys/utsname.h>
#include <unistd.h>

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <stdexcept>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "kafka_workloads.h"
#include "machine_limits.h"
#include "report_table.h"
#include "server_process.h"

namespace fs = std::filesystem;
using namespace samsa::bench;

namespace {

struct Options {
    int64_t smallCount = 1'000'000;
    int64_t largeCount = 200'000;
    int latencyRate = 5000;
    double latencySeconds = 10;
    int64_t loopbackMiB = 2048;
    int64_t diskMiB = 1024;
    bool machine = true;
    bool keep = false;
    fs::path broker = SAMSA_BROKER_EXECUTABLE;
    fs::path dir;
};

constexpr size_t kSmall = 100;
constexpr size_t kLarge = 1024;
// The mock cluster keeps only the newest 5 MiB of each partition, so the consume
// comparison re-reads a log that fits in that: 4 MiB of payload plus record overhead.
constexpr int64_t kRereadBytes = 4 << 20;
int64_t rereadCount(size_t size) { return kRereadBytes / static_cast<int64_t>(size + 16); }

// A measurement a server cannot take part in, with the reason; not a failure.
struct NotMeasured : std::runtime_error {
    using std::runtime_error::runtime_error;
};

void usage(std::ostream& out) {
    out << "usage: broker_bench [options]\n"
           "  --quick               a fast smoke run: a tenth of the messages, 3 s of latency,\n"
           "                        256 MiB for the machine figures\n"
           "  --small-count N       messages of 100 B to produce and consume (1000000)\n"
           "  --large-count N       messages of 1 KiB to produce and consume (200000)\n"
           "  --latency-rate R      messages per second in the latency run (5000)\n"
           "  --latency-seconds S   length of the latency run (10)\n"
           "  --loopback-mib M      bytes moved over loopback TCP (2048)\n"
           "  --disk-mib M          bytes written to the page cache (1024)\n"
           "  --no-machine          skip the machine figures\n"
           "  --broker PATH         samsa-broker executable (the one built with this program)\n"
           "  --dir DIR             where the broker's data and the scratch file go ($TMPDIR or /tmp)\n"
           "  --keep                keep the broker's data directory and log\n";
}

std::optional<Options> parseOptions(int argc, char** argv) {
    Options o;
    const char* tmp = std::getenv("TMPDIR");
    o.dir = tmp && *tmp ? tmp : "/tmp";
    std::vector<std::string> args(argv + 1, argv + argc);
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&]() -> const std::string& {
            if (i + 1 >= args.size()) throw std::invalid_argument(a + " needs a value");
            return args[++i];
        };
        if (a == "--help" || a == "-h") {
            usage(std::cout);
            return std::nullopt;
        } else if (a == "--quick") {
            o.smallCount = 100'000;
            o.largeCount = 20'000;
            o.latencySeconds = 3;
            o.loopbackMiB = 256;
            o.diskMiB = 256;
        } else if (a == "--small-count") o.smallCount = std::stoll(value());
        else if (a == "--large-count") o.largeCount = std::stoll(value());
        else if (a == "--latency-rate") o.latencyRate = std::stoi(value());
        else if (a == "--latency-seconds") o.latencySeconds = std::stod(value());
        else if (a == "--loopback-mib") o.loopbackMiB = std::stoll(value());
        else if (a == "--disk-mib") o.diskMiB = std::stoll(value());
        else if (a == "--no-machine") o.machine = false;
        else if (a == "--keep") o.keep = true;
        else if (a == "--broker") o.broker = value();
        else if (a == "--dir") o.dir = value();
        else throw std::invalid_argument("unknown option " + a);
    }
    if (o.smallCount <= 0 || o.largeCount <= 0 || o.latencyRate <= 0 || o.latencySeconds <= 0 ||
        o.loopbackMiB <= 0 || o.diskMiB <= 0)
        throw std::invalid_argument("counts, rates and sizes must be positive");
    return o;
}

std::string readLine(const char* path) {
    std::ifstream in(path);
    std::string line;
    std::getline(in, line);
    return line;
}

void printEnvironment(const Options& o, const ServerProcess& samsa, const ServerProcess& mock,
                      const fs::path& workDir) {
    utsname u{};
    ::uname(&u);
    char when[64];
    const std::time_t now = std::time(nullptr);
    std::strftime(when, sizeof when, "%Y-%m-%d %H:%M:%S %Z", std::localtime(&now));
    std::cout << "broker_bench " << when << "\n"
              << "  host:       " << u.sysname << " " << u.release << " " << u.machine << ", "
              << ::sysconf(_SC_NPROCESSORS_ONLN) << " CPUs\n"
              << "  load:       " << readLine("/proc/loadavg") << "\n"
              << "  librdkafka: " << rd_kafka_version_str() << "\n"
              << "  data dir:   " << workDir.string() << " (" << filesystemType(workDir) << ")\n"
              << "  samsa:      " << o.broker.string() << " on " << samsa.bootstrap() << "\n"
              << "  mock:       librdkafka mock cluster, 1 broker, on " << mock.bootstrap() << "\n\n"
              << std::flush;
}

// Runs one measurement against each server in turn, so a change in machine load hits
// both contenders alike, and records server and client CPU time around it.
class Runner {
public:
    Runner(ReportTable& table, std::vector<ServerProcess*> servers) : m_table(table), m_servers(std::move(servers)) {}

    // Untimed set-up for a later measurement; a failure is reported with the rest.
    void prepare(const std::string& label, const std::function<void(const ServerProcess&)>& run) {
        for (ServerProcess* s : m_servers) {
            std::cerr << "  " << s->name() << ": " << label << " ..." << std::flush;
            try {
                run(*s);
                std::cerr << " done\n";
            } catch (const std::exception& e) {
                fail(*s, label, e);
            }
        }
    }

    void throughput(const std::string& label, const std::function<ThroughputResult(const ServerProcess&)>& run) {
        std::vector<std::optional<ThroughputResult>> results;
        std::vector<std::optional<double>> serverCpu, clientCpu;
        for (ServerProcess* s : m_servers) {
            std::cerr << "  " << s->name() << ": " << label << " ..." << std::flush;
            const double s0 = s->cpuSeconds(), c0 = selfCpuSeconds();
            try {
                results.push_back(run(*s));
                serverCpu.push_back(s->cpuSeconds() - s0);
                clientCpu.push_back(selfCpuSeconds() - c0);
                std::cerr << " " << formatNumber(results.back()->messagesPerSecond(), 0) << " msg/s\n";
            } catch (const NotMeasured& e) {
                skip(*s, label, e);
                results.push_back(std::nullopt);
                serverCpu.push_back(std::nullopt);
                clientCpu.push_back(std::nullopt);
            } catch (const std::exception& e) {
                fail(*s, label, e);
                results.push_back(std::nullopt);
                serverCpu.push_back(std::nullopt);
                clientCpu.push_back(std::nullopt);
            }
        }
        auto pick = [&](auto f) {
            std::vector<std::optional<double>> v;
            for (const auto& r : results) v.push_back(r ? std::optional<double>(f(*r)) : std::nullopt);
            return v;
        };
        m_table.add(label + " msg/s", pick([](const auto& r) { return r.messagesPerSecond(); }), 0, Better::Higher);
        m_table.add(label + " MiB/s", pick([](const auto& r) { return r.mibPerSecond(); }), 1, Better::Higher);
        // CPU per message is what the machine's load cannot distort.
        auto perMessage = [&](const std::vector<std::optional<double>>& cpu) {
            std::vector<std::optional<double>> v;
            for (size_t i = 0; i < cpu.size(); ++i) {
                if (cpu[i] && results[i] && results[i]->messages > 0)
                    v.push_back(*cpu[i] * 1e6 / static_cast<double>(results[i]->messages));
                else v.push_back(std::nullopt);
            }
            return v;
        };
        m_table.add(label + " server CPU us/msg", perMessage(serverCpu), 2, Better::Lower);
        m_table.add(label + " client CPU us/msg", perMessage(clientCpu), 2, Better::Lower);
    }

    void latency(const std::string& label, const std::function<LatencyResult(const ServerProcess&)>& run) {
        std::vector<std::optional<LatencyResult>> results;
        std::vector<std::optional<double>> serverCpu;
        for (ServerProcess* s : m_servers) {
            std::cerr << "  " << s->name() << ": " << label << " ..." << std::flush;
            const double s0 = s->cpuSeconds();
            try {
                results.push_back(run(*s));
                serverCpu.push_back(s->cpuSeconds() - s0);
                std::cerr << " p99 " << formatNumber(results.back()->p99Ms, 2) << " ms\n";
            } catch (const std::exception& e) {
                fail(*s, label, e);
                results.push_back(std::nullopt);
                serverCpu.push_back(std::nullopt);
            }
        }
        auto pick = [&](auto f) {
            std::vector<std::optional<double>> v;
            for (const auto& r : results) v.push_back(r ? std::optional<double>(f(*r)) : std::nullopt);
            return v;
        };
        m_table.add(label + " p50 ms", pick([](const auto& r) { return r.p50Ms; }), 2, Better::Lower);
        m_table.add(label + " p99 ms", pick([](const auto& r) { return r.p99Ms; }), 2, Better::Lower);
        m_table.add(label + " p99.9 ms", pick([](const auto& r) { return r.p999Ms; }), 2, Better::Lower);
        m_table.add(label + " max ms", pick([](const auto& r) { return r.maxMs; }), 2, Better::Lower);
        m_table.add(label + " received/sent", pick([](const auto& r) {
                        return r.sent > 0 ? static_cast<double>(r.received) / static_cast<double>(r.sent) : 0.0;
                    }),
                    4, Better::Higher);
        m_table.add(label + " server CPU s", serverCpu, 2, Better::Lower);
    }

    const std::vector<std::string>& failures() const { return m_failures; }
    const std::vector<std::string>& notes() const { return m_notes; }

private:
    void skip(const ServerProcess& s, const std::string& label, const NotMeasured& e) {
        std::cerr << " not measured: " << e.what() << "\n";
        m_notes.push_back(s.name() + ": " + label + ": not measured: " + e.what());
    }

    void fail(const ServerProcess& s, const std::string& label, const std::exception& e) {
        std::cerr << " FAILED: " << e.what() << "\n";
        m_failures.push_back(s.name() + ": " + label + ": " + e.what());
    }

    ReportTable& m_table;
    std::vector<ServerProcess*> m_servers;
    std::vector<std::string> m_failures;
    std::vector<std::string> m_notes;
};

constexpr int kMachineRepeats = 3;

// A ceiling is the best the machine manages, so each figure is the best of a few runs.
std::string measureMachine(const Options& o) {
    std::cerr << "Machine limits ...\n";
    std::ostringstream out;
    auto best = [](const std::function<RateResult()>& run) {
        double rate = 0;
        for (int i = 0; i < kMachineRepeats; ++i) rate = std::max(rate, run().mibPerSecond());
        return rate;
    };
    try {
        const double tcp = best([&] { return loopbackTcp(o.loopbackMiB << 20, 64 << 10); });
        out << "  loopback TCP, " << o.loopbackMiB << " MiB in 64 KiB writes: " << formatNumber(tcp, 0) << " MiB/s\n";
    } catch (const std::exception& e) {
        out << "  loopback TCP: failed: " << e.what() << "\n";
    }
    try {
        const double disk = best([&] { return pageCacheWrite(o.dir, o.diskMiB << 20, 1 << 20); });
        out << "  page-cache write, " << o.diskMiB << " MiB in 1 MiB writes, no fsync (" << filesystemType(o.dir)
            << "): " << formatNumber(disk, 0) << " MiB/s\n";
    } catch (const std::exception& e) {
        out << "  page-cache write: failed: " << e.what() << "\n";
    }
    return out.str();
}

fs::path makeWorkDir(const fs::path& base) {
    std::string pattern = (base / "samsa-bench-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp " + pattern + " failed");
    return pattern;
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
    printEnvironment(o, *samsa, *mock, workDir);
    // Before the brokers write anything, so their dirty pages and freed memory do not
    // distort the ceilings.
    const std::string machine = o.machine ? measureMachine(o) : std::string();

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
    std::cout << "  load after the run: " << readLine("/proc/loadavg") << "\n";

    if (!runner.failures().empty()) {
        std::cout << "\nFailures:\n";
        for (const auto& f : runner.failures()) std::cout << "  " << f << "\n";
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    try {
        const auto options = parseOptions(argc, argv);
        if (!options) return 0;
        return run(*options);
    } catch (const std::invalid_argument& e) {
        std::cerr << "broker_bench: " << e.what() << "\n";
        usage(std::cerr);
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "broker_bench: " << e.what() << "\n";
        return 1;
    }
}
