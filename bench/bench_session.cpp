#include "bench_session.h"

#include <sys/utsname.h>
#include <unistd.h>

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sstream>

#include "machine_limits.h"

namespace samsa::bench {

namespace fs = std::filesystem;

fs::path defaultScratchDir() {
    const char* tmp = std::getenv("TMPDIR");
    return tmp && *tmp ? tmp : "/tmp";
}

bool forEachOption(int argc, char** argv, void (*usage)(std::ostream&),
                   const std::function<bool(const std::string&, const OptionValue&)>& option) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") {
            usage(std::cout);
            return false;
        }
        const OptionValue value = [&]() -> const std::string& {
            if (i + 1 >= args.size()) throw std::invalid_argument(a + " needs a value");
            return args[++i];
        };
        if (!option(a, value)) throw std::invalid_argument("unknown option " + a);
    }
    return true;
}

bool CommonOptions::apply(const std::string& name, const OptionValue& value) {
    if (name == "--loopback-mib") loopbackMiB = std::stoll(value());
    else if (name == "--disk-mib") diskMiB = std::stoll(value());
    else if (name == "--no-machine") machine = false;
    else if (name == "--keep") keep = true;
    else if (name == "--broker") broker = value();
    else if (name == "--dir") dir = value();
    else return false;
    return true;
}

void CommonOptions::check() const {
    if (loopbackMiB <= 0 || diskMiB <= 0) throw std::invalid_argument("machine figure sizes must be positive");
}

std::string CommonOptions::usage() const {
    std::ostringstream out;
    out << "  --loopback-mib M      bytes moved over loopback TCP (" << loopbackMiB << ")\n"
        << "  --disk-mib M          bytes written to the page cache (" << diskMiB << ")\n"
        << "  --no-machine          skip the machine figures\n"
        << "  --broker PATH         samsa-broker executable (the one built with this program)\n"
        << "  --dir DIR             where the servers' data and scratch files go ($TMPDIR or /tmp)\n"
        << "  --keep                keep the data directories and broker logs\n";
    return out.str();
}

int benchMain(const char* program, void (*usage)(std::ostream&), const std::function<int()>& run) {
    try {
        return run();
    } catch (const std::invalid_argument& e) {
        std::cerr << program << ": " << e.what() << "\n";
        usage(std::cerr);
        return 2;
    } catch (const std::exception& e) {
        std::cerr << program << ": " << e.what() << "\n";
        return 1;
    }
}

int reportFailures(const std::vector<std::string>& failures) {
    if (failures.empty()) return 0;
    std::cout << "\nFailures:\n";
    for (const auto& f : failures) std::cout << "  " << f << "\n";
    return 1;
}

std::string readFirstLine(const char* path) {
    std::ifstream in(path);
    std::string line;
    std::getline(in, line);
    return line;
}

fs::path makeWorkDir(const fs::path& base) {
    std::string pattern = (base / "samsa-bench-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp " + pattern + " failed");
    return pattern;
}

void printEnvironment(std::ostream& out, const std::string& program,
                      const std::vector<std::pair<std::string, std::string>>& details) {
    utsname u{};
    ::uname(&u);
    char when[64];
    const std::time_t now = std::time(nullptr);
    std::strftime(when, sizeof when, "%Y-%m-%d %H:%M:%S %Z", std::localtime(&now));
    out << program << " " << when << "\n"
        << "  host:       " << u.sysname << " " << u.release << " " << u.machine << ", "
        << ::sysconf(_SC_NPROCESSORS_ONLN) << " CPUs\n"
        << "  load:       " << readFirstLine("/proc/loadavg") << "\n"
        << "  librdkafka: " << rd_kafka_version_str() << "\n";
    for (const auto& [name, value] : details) {
        std::string label = name + ":";
        label.resize(std::max<size_t>(label.size() + 1, 12), ' ');
        out << "  " << label << value << "\n";
    }
    out << "\n" << std::flush;
}

// A ceiling is the best the machine manages, so each figure is the best of a few runs.
std::string measureMachine(const fs::path& dir, int64_t loopbackMiB, int64_t diskMiB) {
    std::cerr << "Machine limits ...\n";
    std::ostringstream out;
    auto best = [](const std::function<RateResult()>& run) {
        double rate = 0;
        for (int i = 0; i < kMachineRepeats; ++i) rate = std::max(rate, run().mibPerSecond());
        return rate;
    };
    try {
        const double tcp = best([&] { return loopbackTcp(loopbackMiB << 20, 64 << 10); });
        out << "  loopback TCP, " << loopbackMiB << " MiB in 64 KiB writes: " << formatNumber(tcp, 0) << " MiB/s\n";
    } catch (const std::exception& e) {
        out << "  loopback TCP: failed: " << e.what() << "\n";
    }
    try {
        const double disk = best([&] { return pageCacheWrite(dir, diskMiB << 20, 1 << 20); });
        out << "  page-cache write, " << diskMiB << " MiB in 1 MiB writes, no fsync (" << filesystemType(dir)
            << "): " << formatNumber(disk, 0) << " MiB/s\n";
    } catch (const std::exception& e) {
        out << "  page-cache write: failed: " << e.what() << "\n";
    }
    return out.str();
}

void Runner::prepare(const std::string& label, const std::function<void(const ServerProcess&)>& run) {
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

std::vector<std::optional<Runner::Measured<ThroughputResult>>> Runner::throughput(
    const std::string& label, const std::function<ThroughputResult(const ServerProcess&)>& run) {
    const auto results = each<ThroughputResult>(label, run, [](const ThroughputResult& r) {
        return formatNumber(r.messagesPerSecond(), 0) + " msg/s";
    });
    m_table.add(label + " msg/s", pick(results, [](const auto& r) { return r.value.messagesPerSecond(); }), 0,
                Better::Higher);
    m_table.add(label + " MiB/s", pick(results, [](const auto& r) { return r.value.mibPerSecond(); }), 1,
                Better::Higher);
    // CPU per message is what the machine's load cannot distort.
    auto perMessage = [](double cpu, const ThroughputResult& r) {
        return r.messages > 0 ? cpu * 1e6 / static_cast<double>(r.messages) : 0.0;
    };
    m_table.add(label + " server CPU us/msg",
                pick(results, [&](const auto& r) { return perMessage(r.serverCpuSeconds, r.value); }), 2, Better::Lower);
    m_table.add(label + " client CPU us/msg",
                pick(results, [&](const auto& r) { return perMessage(r.clientCpuSeconds, r.value); }), 2, Better::Lower);
    return results;
}

void Runner::latency(const std::string& label, const std::function<LatencyResult(const ServerProcess&)>& run) {
    const auto results = each<LatencyResult>(
        label, run, [](const LatencyResult& r) { return "p99 " + formatNumber(r.p99Ms, 2) + " ms"; });
    m_table.add(label + " p50 ms", pick(results, [](const auto& r) { return r.value.p50Ms; }), 2, Better::Lower);
    m_table.add(label + " p99 ms", pick(results, [](const auto& r) { return r.value.p99Ms; }), 2, Better::Lower);
    m_table.add(label + " p99.9 ms", pick(results, [](const auto& r) { return r.value.p999Ms; }), 2, Better::Lower);
    m_table.add(label + " max ms", pick(results, [](const auto& r) { return r.value.maxMs; }), 2, Better::Lower);
    m_table.add(label + " received/sent", pick(results, [](const auto& r) {
                    return r.value.sent > 0 ? static_cast<double>(r.value.received) / static_cast<double>(r.value.sent)
                                            : 0.0;
                }),
                4, Better::Higher);
    m_table.add(label + " server CPU s", pick(results, [](const auto& r) { return r.serverCpuSeconds; }), 2,
                Better::Lower);
}

void Runner::skip(const ServerProcess& s, const std::string& label, const NotMeasured& e) {
    std::cerr << " not measured: " << e.what() << "\n";
    m_notes.push_back(s.name() + ": " + label + ": not measured: " + e.what());
}

void Runner::fail(const ServerProcess& s, const std::string& label, const std::exception& e) {
    std::cerr << " FAILED: " << e.what() << "\n";
    m_failures.push_back(s.name() + ": " + label + ": " + e.what());
}

} // namespace samsa::bench
