// txn_bench: exactly-once. samsa-broker next to librdkafka's mock cluster, both as child
// processes on loopback: the idempotent producer against a plain one with the same
// acks=all settings, transactions of 10 records one after another, and reading a log
// of transactions (some aborted) at read_committed and read_uncommitted. Prints
// figures only; it never judges timing by exit code.
#include <filesystem>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "bench_session.h"
#include "machine_limits.h"
#include "rdkafka_handle.h"
#include "report_table.h"
#include "server_process.h"
#include "txn_workloads.h"

namespace fs = std::filesystem;
using namespace samsa::bench;

namespace {

struct Options : CommonOptions {
    Options() : CommonOptions(256, 256, SAMSA_BROKER_EXECUTABLE) {}
    int64_t messages = 500000;
    size_t size = 100;
    int64_t transactions = 2000;
    int recordsPerTxn = 10;
    // The mock keeps only the newest 5 MiB of a partition: its log must fit.
    int64_t logTransactions = 3000;
    int abortEvery = 10;
    int passes = 10;
};

void usage(std::ostream& out) {
    out << "usage: txn_bench [options]\n"
           "  --messages N          messages per producer run, plain and idempotent (500000)\n"
           "  --size B              record value size in bytes (100)\n"
           "  --transactions N      transactions timed one after another (2000)\n"
           "  --records-per-txn N   records in each transaction (10)\n"
           "  --log-transactions N  transactions in the log read at both isolation levels (3000)\n"
           "  --abort-every N       every Nth transaction of that log is aborted (10)\n"
           "  --passes N            times that log is read at each level (10)\n"
        << Options().usage();
}

std::optional<Options> parseOptions(int argc, char** argv) {
    Options o;
    const bool proceed = forEachOption(argc, argv, usage, [&](const std::string& name, const OptionValue& value) {
        if (name == "--messages") o.messages = std::stoll(value());
        else if (name == "--size") o.size = static_cast<size_t>(std::stoll(value()));
        else if (name == "--transactions") o.transactions = std::stoll(value());
        else if (name == "--records-per-txn") o.recordsPerTxn = std::stoi(value());
        else if (name == "--log-transactions") o.logTransactions = std::stoll(value());
        else if (name == "--abort-every") o.abortEvery = std::stoi(value());
        else if (name == "--passes") o.passes = std::stoi(value());
        else return o.apply(name, value);
        return true;
    });
    if (!proceed) return std::nullopt;
    o.check();
    if (o.messages <= 0 || o.size == 0 || o.transactions <= 0 || o.recordsPerTxn <= 0 || o.logTransactions <= 0 ||
        o.abortEvery < 0 || o.passes <= 0)
        throw std::invalid_argument("counts and sizes must be positive");
    return o;
}

const std::string kPlainTopic = "bench-plain";
const std::string kIdempotentTopic = "bench-idempotent";
const std::string kTxnTopic = "bench-transactions";
const std::string kLogTopic = "bench-txn-log";

int run(const Options& o) {
    // First, while the program is still single-threaded: the mock's process is a fork.
    auto mock = startMockCluster({kPlainTopic, kIdempotentTopic, kTxnTopic, kLogTopic});
    const fs::path workDir = makeWorkDir(o.dir);
    std::unique_ptr<ServerProcess> samsa;
    try {
        samsa = startSamsaBroker(o.broker, workDir / "samsa");
    } catch (...) {
        fs::remove_all(workDir);
        throw;
    }
    printEnvironment(std::cout, "txn_bench",
                     {{"data dir", workDir.string() + " (" + filesystemType(workDir) + ")"},
                      {"samsa", o.broker.string() + " on " + samsa->bootstrap() + ", default settings"},
                      {"mock", "librdkafka mock cluster, 1 broker, on " + mock->bootstrap()},
                      {"records", std::to_string(o.size) + " B values, partition 0 of one-partition topics"}});
    const std::string machine = o.machine ? measureMachine(o.dir, o.loopbackMiB, o.diskMiB) : std::string();

    ReportTable table({"samsa", "mock"});
    Runner runner(table, {samsa.get(), mock.get()});
    Runner setup(table, {samsa.get()});
    std::cerr << "Exactly-once (samsa, then mock, for each):\n";
    setup.prepare("create the topics", [&](const ServerProcess& s) {
        for (const auto& t : {kPlainTopic, kIdempotentTopic, kTxnTopic, kLogTopic}) createTopic(s.bootstrap(), t, 1);
    });

    const std::string messages = std::to_string(o.messages);
    const auto plain = runner.throughput("produce acks=all " + messages, [&](const ServerProcess& s) {
        return produceAcksAll(s.bootstrap(), kPlainTopic, o.messages, o.size, false);
    });
    const auto idempotent = runner.throughput("produce acks=all idempotent " + messages, [&](const ServerProcess& s) {
        return produceAcksAll(s.bootstrap(), kIdempotentTopic, o.messages, o.size, true);
    });
    std::vector<std::optional<double>> ratio;
    for (size_t i = 0; i < plain.size(); ++i) {
        if (plain[i] && idempotent[i] && plain[i]->value.messagesPerSecond() > 0)
            ratio.push_back(idempotent[i]->value.messagesPerSecond() / plain[i]->value.messagesPerSecond());
        else
            ratio.push_back(std::nullopt);
    }
    table.add("idempotent / plain throughput", ratio, 2, Better::Higher);

    const std::string txnLabel = "transactions of " + std::to_string(o.recordsPerTxn) + " records";
    const auto txns = runner.each<TransactionRate>(
        txnLabel,
        [&](const ServerProcess& s) {
            return runTransactions(s.bootstrap(), kTxnTopic, "bench-txn", o.transactions, o.recordsPerTxn, o.size);
        },
        [](const TransactionRate& r) { return formatNumber(r.perSecond(), 0) + " txn/s"; });
    table.add(txnLabel + " txn/s", pick(txns, [](const auto& r) { return r.value.perSecond(); }), 0, Better::Higher);
    table.add(txnLabel + " server CPU us/txn", pick(txns, [](const auto& r) {
                  return r.value.transactions > 0 ? r.serverCpuSeconds * 1e6 / static_cast<double>(r.value.transactions)
                                                  : 0.0;
              }),
              0, Better::Lower);

    runner.prepare("fill the log: " + std::to_string(o.logTransactions) + " transactions", [&](const ServerProcess& s) {
        runTransactions(s.bootstrap(), kLogTopic, "bench-fill", o.logTransactions, o.recordsPerTxn, o.size, o.abortEvery);
    });
    const int64_t total = o.logTransactions * o.recordsPerTxn;
    const int64_t aborted = o.abortEvery > 0 ? (o.logTransactions / o.abortEvery) * o.recordsPerTxn : 0;
    runner.throughput("fetch read_uncommitted", [&](const ServerProcess& s) {
        return readIsolated(s.bootstrap(), kLogTopic, "read_uncommitted", total, o.passes);
    });
    runner.throughput("fetch read_committed", [&](const ServerProcess& s) {
        return readIsolated(s.bootstrap(), kLogTopic, "read_committed", total - aborted, o.passes);
    });
    table.add("server peak RSS MiB", {samsa->peakResidentMiB(), mock->peakResidentMiB()}, 0, Better::Lower);

    samsa->stop();
    mock->stop();
    if (o.keep) std::cerr << "kept " << workDir.string() << "\n";
    else fs::remove_all(workDir);

    std::cout << table.render();
    for (const auto* r : {&runner, &setup})
        for (const auto& n : r->notes()) std::cout << "  " << n << "\n";
    std::cout << "  the log read at both levels holds " << formatNumber(static_cast<double>(total), 0) << " records in "
              << formatNumber(static_cast<double>(o.logTransactions), 0) << " transactions, "
              << formatNumber(static_cast<double>(aborted), 0)
              << " records of them aborted, read " << o.passes
              << " times at each level; msg/s counts the records delivered\n\n";
    if (o.machine)
        std::cout << "Machine limits (best of " << kMachineRepeats << ", measured before the servers had work):\n"
                  << machine;
    std::cout << "  load after the run: " << readFirstLine("/proc/loadavg") << "\n";

    std::vector<std::string> failures;
    for (const auto* r : {&runner, &setup}) failures.insert(failures.end(), r->failures().begin(), r->failures().end());
    return reportFailures(failures);
}

} // namespace

int main(int argc, char** argv) {
    return benchMain("txn_bench", usage, [&] {
        const auto options = parseOptions(argc, argv);
        return options ? run(*options) : 0;
    });
}
