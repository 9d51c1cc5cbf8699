#pragma once

#include <filesystem>
#include <functional>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "kafka_workloads.h"
#include "report_table.h"
#include "server_process.h"

// What every benchmark program shares: its scratch directory, the header describing
// the machine, the machine's own limits, and the loop that runs one measurement
// against each server in turn.
namespace samsa::bench {

// $TMPDIR, or /tmp: where the servers' data and scratch files go by default.
std::filesystem::path defaultScratchDir();

// Hands each command-line option to `option(name, value)`, where value() takes the next
// argument as the option's value; `option` returns false for a name it does not know.
// Returns false, having printed `usage` to stdout, if --help or -h was given. Throws
// std::invalid_argument for an unknown option or a missing value.
using OptionValue = std::function<const std::string&()>;
bool forEachOption(int argc, char** argv, void (*usage)(std::ostream&),
                   const std::function<bool(const std::string&, const OptionValue&)>& option);

// The options every benchmark program takes: the machine figures, where the data goes,
// which broker runs.
struct CommonOptions {
    int64_t loopbackMiB = 0;
    int64_t diskMiB = 0;
    bool machine = true;
    bool keep = false;
    std::filesystem::path broker;
    std::filesystem::path dir = defaultScratchDir();

    CommonOptions(int64_t loopback, int64_t disk, std::filesystem::path brokerExecutable)
        : loopbackMiB(loopback), diskMiB(disk), broker(std::move(brokerExecutable)) {}
    // Takes the option if it is one of these; false otherwise.
    bool apply(const std::string& name, const OptionValue& value);
    // Throws std::invalid_argument for a size that is not positive.
    void check() const;
    // The usage lines of these options, with their defaults.
    std::string usage() const;
};

// The frame of a benchmark's main(): `run()` parses and runs. An std::invalid_argument
// prints the message and `usage` and returns 2; any other exception returns 1.
int benchMain(const char* program, void (*usage)(std::ostream&), const std::function<int()>& run);

// Prints the failures, if any, after the report: the program's exit code (1 if any).
int reportFailures(const std::vector<std::string>& failures);

// A measurement a server cannot take part in, with the reason; not a failure.
struct NotMeasured : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The first line of a file, e.g. /proc/loadavg.
std::string readFirstLine(const char* path);

// A new directory "samsa-bench-XXXXXX" under `base`.
std::filesystem::path makeWorkDir(const std::filesystem::path& base);

// "<program> <date>" and the host, load and librdkafka lines, then `details` as
// "  name: value" lines and a blank line.
void printEnvironment(std::ostream& out, const std::string& program,
                      const std::vector<std::pair<std::string, std::string>>& details);

// Loopback TCP and page-cache write ceilings, each the best of kMachineRepeats runs, as
// indented report lines.
inline constexpr int kMachineRepeats = 3;
std::string measureMachine(const std::filesystem::path& dir, int64_t loopbackMiB, int64_t diskMiB);

// Runs one measurement against each server in turn, so a change in machine load hits
// all contenders alike, and records server and client CPU time around it.
class Runner {
public:
    Runner(ReportTable& table, std::vector<ServerProcess*> servers) : m_table(table), m_servers(std::move(servers)) {}

    template <typename T>
    struct Measured {
        T value;
        double serverCpuSeconds = 0;
        double clientCpuSeconds = 0;
    };

    // `run` against every server; a server that threw has no value (NotMeasured is
    // noted, anything else is a failure). `summary` is the figure for the progress line.
    template <typename T>
    std::vector<std::optional<Measured<T>>> each(const std::string& label,
                                                 const std::function<T(const ServerProcess&)>& run,
                                                 const std::function<std::string(const T&)>& summary);

    // Untimed set-up for a later measurement; a failure is reported with the rest.
    void prepare(const std::string& label, const std::function<void(const ServerProcess&)>& run);

    // Rows: msg/s, MiB/s, server and client CPU per message. Returns the results, for
    // rows that relate one measurement to another.
    std::vector<std::optional<Measured<ThroughputResult>>> throughput(
        const std::string& label, const std::function<ThroughputResult(const ServerProcess&)>& run);
    // Rows: p50, p99, p99.9, max, received/sent, server CPU.
    void latency(const std::string& label, const std::function<LatencyResult(const ServerProcess&)>& run);

    const std::vector<std::string>& failures() const { return m_failures; }
    const std::vector<std::string>& notes() const { return m_notes; }

private:
    void skip(const ServerProcess& s, const std::string& label, const NotMeasured& e);
    void fail(const ServerProcess& s, const std::string& label, const std::exception& e);

    ReportTable& m_table;
    std::vector<ServerProcess*> m_servers;
    std::vector<std::string> m_failures;
    std::vector<std::string> m_notes;
};

// One column value per server from the measured results, nullopt where there is none.
template <typename T, typename F>
std::vector<std::optional<double>> pick(const std::vector<std::optional<Runner::Measured<T>>>& results, F figure) {
    std::vector<std::optional<double>> v;
    for (const auto& r : results) v.push_back(r ? std::optional<double>(figure(*r)) : std::nullopt);
    return v;
}

template <typename T>
std::vector<std::optional<Runner::Measured<T>>> Runner::each(const std::string& label,
                                                             const std::function<T(const ServerProcess&)>& run,
                                                             const std::function<std::string(const T&)>& summary) {
    std::vector<std::optional<Measured<T>>> results;
    for (ServerProcess* s : m_servers) {
        std::cerr << "  " << s->name() << ": " << label << " ..." << std::flush;
        const double s0 = s->cpuSeconds(), c0 = selfCpuSeconds();
        try {
            T value = run(*s);
            const double serverCpu = s->cpuSeconds() - s0, clientCpu = selfCpuSeconds() - c0;
            std::cerr << " " << summary(value) << "\n";
            results.push_back(Measured<T>{std::move(value), serverCpu, clientCpu});
        } catch (const NotMeasured& e) {
            skip(*s, label, e);
            results.push_back(std::nullopt);
        } catch (const std::exception& e) {
            fail(*s, label, e);
            results.push_back(std::nullopt);
        }
    }
    return results;
}

} // namespace samsa::bench
