// group_bench: consumer groups and compaction. samsa-broker next to librdkafka's mock
// cluster, both as child processes on loopback, for what the mock can do (a group
// forming, offset commits), and the broker's log cleaner on its own. Prints figures
// only; it never judges timing by exit code.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "bench_session.h"
#include "cleaner_workload.h"
#include "group_workloads.h"
#include "machine_limits.h"
#include "rdkafka_handle.h"
#include "report_table.h"
#include "server_process.h"

namespace fs = std::filesystem;
using namespace samsa::bench;

namespace {

struct Options : CommonOptions {
    // Small machine figures keep the whole run well under two minutes.
    Options() : CommonOptions(256, 256, SAMSA_BROKER_EXECUTABLE) {}
    int repeats = 5;
    int64_t syncCommits = 2000;
    int64_t asyncCommits = 20000;
    int64_t cleanerMiB = 128;
    bool likeForLike = false;
};

constexpr int kPartitions = 6;
constexpr int kMembers = 3;
constexpr int kCommitPartitions = 3;
constexpr int kAsyncWindow = 64;
// librdkafka 2.0.2's mock cluster holds a group's first join for a fixed 3 s, as a
// broker with Kafka's default group.initial.rebalance.delay.ms does; it has no setting
// for it.
constexpr int kMockInitialDelayMs = 3000;

void usage(std::ostream& out) {
    out << "usage: group_bench [options]\n"
           "  --repeats N           group formations timed per server (5)\n"
           "  --sync-commits N      synchronous offset commits (2000)\n"
           "  --async-commits N     pipelined offset commits (20000)\n"
           "  --cleaner-mib M       MiB of keyed records the log cleaner compacts (128)\n"
           "  --like-for-like       also time the group on a samsa-broker with a 3 s initial delay\n"
           "                        (the mock's fixed one); adds about 30 s\n"
        << Options().usage();
}

std::optional<Options> parseOptions(int argc, char** argv) {
    Options o;
    const bool proceed = forEachOption(argc, argv, usage, [&](const std::string& name, const OptionValue& value) {
        if (name == "--repeats") o.repeats = std::stoi(value());
        else if (name == "--sync-commits") o.syncCommits = std::stoll(value());
        else if (name == "--async-commits") o.asyncCommits = std::stoll(value());
        else if (name == "--cleaner-mib") o.cleanerMiB = std::stoll(value());
        else if (name == "--like-for-like") o.likeForLike = true;
        else return o.apply(name, value);
        return true;
    });
    if (!proceed) return std::nullopt;
    o.check();
    if (o.repeats <= 0 || o.syncCommits <= 0 || o.asyncCommits <= 0 || o.cleanerMiB <= 0)
        throw std::invalid_argument("counts and sizes must be positive");
    return o;
}

struct Samples {
    std::vector<int64_t> ns; // sorted
};
using FormationResults = std::vector<std::optional<Runner::Measured<Samples>>>;

// `repeats` formations of a new group each, on every server of `runner`.
FormationResults timeGroupFormation(Runner& runner, const std::string& label, const std::string& topic,
                                    int repeats) {
    static int groupNumber = 0;
    return runner.each<Samples>(
        label,
        [&](const ServerProcess& s) {
            Samples samples;
            for (int i = 0; i < repeats; ++i) {
                const std::string group = "bench-group-" + std::to_string(++groupNumber);
                samples.ns.push_back(groupFormationNs(s.bootstrap(), topic, kPartitions, kMembers, group));
            }
            std::sort(samples.ns.begin(), samples.ns.end());
            return samples;
        },
        [](const Samples& s) { return "median " + formatNumber(percentileMs(s.ns, 0.5), 0) + " ms"; });
}

void addFormationRows(ReportTable& table, const std::string& label, const FormationResults& results) {
    table.add(label + " median ms", pick(results, [](const auto& r) { return percentileMs(r.value.ns, 0.5); }), 0,
              Better::Lower);
    table.add(label + " p90 ms", pick(results, [](const auto& r) { return percentileMs(r.value.ns, 0.9); }), 0,
              Better::Lower);
}

void timeCommits(Runner& runner, ReportTable& table, const std::string& label, const std::string& topic,
                 int64_t count, CommitMode mode) {
    static int groupNumber = 0;
    const auto results = runner.each<CommitResult>(
        label,
        [&](const ServerProcess& s) {
            const std::string group = "bench-committer-" + std::to_string(++groupNumber);
            return offsetCommitRate(s.bootstrap(), topic, kCommitPartitions, group, count, mode, kAsyncWindow);
        },
        [](const CommitResult& r) { return formatNumber(r.commitsPerSecond(), 0) + " commits/s"; });
    table.add(label + " commits/s", pick(results, [](const auto& r) { return r.value.commitsPerSecond(); }), 0,
              Better::Higher);
    table.add(label + " server CPU us/commit", pick(results, [](const auto& r) {
                  return r.value.commits > 0 ? r.serverCpuSeconds * 1e6 / static_cast<double>(r.value.commits) : 0.0;
              }),
              1, Better::Lower);
}

int run(const Options& o) {
    const std::string groupTopic = "bench-group", commitTopic = "bench-commits";
    // First, while the program is still single-threaded: the mock's process is a fork.
    auto mock = startMockCluster({groupTopic, commitTopic}, kPartitions);
    const fs::path workDir = makeWorkDir(o.dir);
    std::unique_ptr<ServerProcess> samsa, samsaDelayed;
    try {
        samsa = startSamsaBroker(o.broker, workDir / "samsa", {"group.initial.rebalance.delay.ms=0"});
        if (o.likeForLike)
            samsaDelayed = startSamsaBroker(o.broker, workDir / "samsa-delayed",
                                            {"group.initial.rebalance.delay.ms=" + std::to_string(kMockInitialDelayMs)});
    } catch (...) {
        fs::remove_all(workDir);
        throw;
    }
    std::vector<std::pair<std::string, std::string>> details = {
        {"data dir", workDir.string() + " (" + filesystemType(workDir) + ")"},
        {"samsa", o.broker.string() + " on " + samsa->bootstrap() + ", group.initial.rebalance.delay.ms=0"}};
    if (samsaDelayed)
        details.emplace_back("samsa 3 s", "the same on " + samsaDelayed->bootstrap() +
                                              ", group.initial.rebalance.delay.ms=3000");
    details.emplace_back("mock", "librdkafka mock cluster, 1 broker, on " + mock->bootstrap() +
                                     ", first-join delay fixed at 3000 ms (not configurable in 2.0.2)");
    details.emplace_back("members", std::to_string(kMembers) + " librdkafka consumers, heartbeat.interval.ms=" +
                                        std::to_string(kMemberHeartbeatMs) + ", session.timeout.ms=" +
                                        std::to_string(kMemberSessionTimeoutMs) + ", topic of " +
                                        std::to_string(kPartitions) + " partitions");
    printEnvironment(std::cout, "group_bench", details);
    const std::string machine = o.machine ? measureMachine(o.dir, o.loopbackMiB, o.diskMiB) : std::string();

    ReportTable table({"samsa", "mock"});
    Runner runner(table, {samsa.get(), mock.get()});
    std::vector<ServerProcess*> samsaBrokers = {samsa.get()};
    if (samsaDelayed) samsaBrokers.push_back(samsaDelayed.get());
    Runner setup(table, samsaBrokers);

    std::cerr << "Consumer groups (samsa, then mock, for each):\n";
    setup.prepare("create the topics", [&](const ServerProcess& s) {
        createTopic(s.bootstrap(), groupTopic, kPartitions);
        createTopic(s.bootstrap(), commitTopic, kPartitions);
    });
    const std::string formation = std::to_string(kMembers) + "-member group subscribe to Stable";
    const auto formed = timeGroupFormation(runner, formation, groupTopic, o.repeats);
    addFormationRows(table, formation, formed);
    // The mock's first join always waits 3 s, so its figure above already is the one to
    // set against a samsa-broker with the same delay. That broker, as Kafka does, waits
    // one delay more when members joined during the first, so expect about 6 s.
    std::optional<Runner> likeForLike;
    if (samsaDelayed) {
        likeForLike.emplace(table, std::vector<ServerProcess*>{samsaDelayed.get()});
        auto delayed = timeGroupFormation(*likeForLike, formation + ", 3 s initial delay", groupTopic, o.repeats);
        delayed.push_back(formed.back());
        addFormationRows(table, formation + ", 3 s initial delay on both", delayed);
    }
    timeCommits(runner, table, "offset commit sync, " + std::to_string(kCommitPartitions) + " partitions", commitTopic,
                o.syncCommits, CommitMode::Sync);
    timeCommits(runner, table,
                "offset commit async, window " + std::to_string(kAsyncWindow) + ", " +
                    std::to_string(kCommitPartitions) + " partitions",
                commitTopic, o.asyncCommits, CommitMode::Async);
    table.add("server peak RSS MiB", {samsa->peakResidentMiB(), mock->peakResidentMiB()}, 0, Better::Lower);

    samsa->stop();
    if (samsaDelayed) samsaDelayed->stop();
    mock->stop();

    // The cleaner runs in this process on a log of its own, once the servers are gone.
    std::cerr << "Log cleaner (samsa only) ...";
    std::optional<CleanerRun> cleaned;
    std::string cleanerFailure;
    try {
        cleaned = cleanerThroughput(workDir / "cleaner" / "compacted-0", o.cleanerMiB << 20, 10000, 100, 100,
                                    16 << 20);
        std::cerr << " " << formatNumber(cleaned->mibPerSecond(), 0) << " MiB/s\n";
    } catch (const std::exception& e) {
        cleanerFailure = e.what();
        std::cerr << " FAILED: " << cleanerFailure << "\n";
    }
    if (o.keep) std::cerr << "kept " << workDir.string() << "\n";
    else fs::remove_all(workDir);

    std::cout << table.render();
    for (const auto* r : {&runner, &setup}) {
        for (const auto& n : r->notes()) std::cout << "  " << n << "\n";
    }
    std::cout << "  group formation: from the first subscribe until the last member's share is assigned;\n"
                 "  the mock's figure is its fixed " << kMockInitialDelayMs << " ms first-join delay plus its work\n";
    std::cout << "\nLog cleaner, " << o.cleanerMiB << " MiB of 100 B values over 10,000 keys, 100 records a batch, "
              << "16 MiB segments (storage::LogCleaner in this process):\n";
    if (cleaned) {
        std::cout << "  samsa: " << formatNumber(cleaned->mibPerSecond(), 1) << " MiB/s cleaned ("
                  << formatNumber(static_cast<double>(cleaned->bytesBefore) / (1 << 20), 1) << " MiB in "
                  << formatNumber(cleaned->seconds, 2) << " s, " << cleaned->segments << " segments, "
                  << formatNumber(static_cast<double>(cleaned->recordsKept), 0) << " of "
                  << formatNumber(static_cast<double>(cleaned->recordsRead), 0) << " records kept, "
                  << formatNumber(static_cast<double>(cleaned->bytesAfter) / (1 << 20), 1) << " MiB written)\n";
    } else {
        std::cout << "  samsa: failed: " << cleanerFailure << "\n";
    }
    std::cout << "  mock:  n/a (mock has no log cleaner)\n\n";

    if (o.machine) {
        std::cout << "Machine limits (best of " << kMachineRepeats << ", measured before the servers had work):\n"
                  << machine;
    }
    std::cout << "  load after the run: " << readFirstLine("/proc/loadavg") << "\n";

    std::vector<std::string> failures;
    for (const auto* r : {&runner, &setup}) failures.insert(failures.end(), r->failures().begin(), r->failures().end());
    if (likeForLike) failures.insert(failures.end(), likeForLike->failures().begin(), likeForLike->failures().end());
    if (!cleanerFailure.empty()) failures.push_back("samsa: log cleaner: " + cleanerFailure);
    return reportFailures(failures);
}

} // namespace

int main(int argc, char** argv) {
    return benchMain("group_bench", usage, [&] {
        const auto options = parseOptions(argc, argv);
        return options ? run(*options) : 0;
    });
}
