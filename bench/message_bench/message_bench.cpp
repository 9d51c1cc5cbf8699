// samsa_message_bench: the message browser on a topic of a million records. It starts the
// bundled broker in this process (as the app's local cluster does), loads ~200-byte
// JSON orders through the client, then measures in fresh child processes: the browser
// page (first page, jump to the end, jumps to offsets, scrolling, filter scans, memory),
// a baseline that reads everything into memory first as many tools do, and a plain read
// of the topic through the client. Prints figures only; never judges them by exit code.
#include "../report_table.h"
#include "message_child.h"

#include "app/local_cluster_host.h"
#include "app/sample_data/sample_records.h"
#include "client/admin_client.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <vector>

using namespace samsa::bench;

namespace {

struct Options {
    int64_t records = 1'000'000;
    int partitions = 1;
    std::string dir;
};

void usage() {
    std::cout << "usage: samsa_message_bench [options]\n"
                 "  --records N       records in the topic (1000000)\n"
                 "  --partitions N    partitions of the topic (1)\n"
                 "  --dir DIR         where the broker's data goes ($TMPDIR or /tmp)\n"
                 "Runs under QT_QPA_PLATFORM=offscreen unless a display is set.\n";
}

std::optional<Options> parse(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc) throw std::runtime_error(a + " needs a value");
            return argv[++i];
        };
        if (a == "--records")
            o.records = std::stoll(next());
        else if (a == "--partitions")
            o.partitions = std::stoi(next());
        else if (a == "--dir")
            o.dir = next();
        else
            return std::nullopt;
    }
    return o;
}

using Figures = std::map<std::string, double>;

bool runChild(const QStringList& arguments, Figures& figures) {
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), arguments);
    if (!child.waitForStarted(10000)) return false;
    child.waitForFinished(-1);
    for (const QByteArray& line : child.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 3 && parts[0] == "samsa-bench") figures[parts[1].toStdString()] = parts[2].toDouble();
    }
    const bool ok = child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
    if (!ok) std::fprintf(stderr, "samsa_message_bench: child %s failed\n", qPrintable(arguments.join(' ')));
    return ok;
}

std::optional<double> get(const Figures& f, const std::string& key) {
    auto it = f.find(key);
    return it == f.end() ? std::nullopt : std::optional<double>(it->second);
}

bool waitRunning(samsa::app::LocalClusterHost& host) {
    QEventLoop loop;
    QTimer limit;
    limit.setSingleShot(true);
    QObject::connect(&limit, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&host, &samsa::app::LocalClusterHost::stateChanged, &loop, [&] {
        if (host.state() != samsa::app::LocalClusterHost::State::Starting) loop.quit();
    });
    limit.start(60000);
    if (host.state() == samsa::app::LocalClusterHost::State::Starting) loop.exec();
    return host.state() == samsa::app::LocalClusterHost::State::Running;
}

// Records per produce request: one batch per partition, kept under the topic's default
// max.message.bytes (1 MiB).
constexpr int64_t kChunk = 2'500;

// Loads the topic through the client; returns the bytes of the values written.
int64_t load(samsa::client::AdminClient& client, const Options& o, double* seconds) {
    samsa::app::SampleRecords sample(42);
    samsa::client::ProduceOptions options;
    options.partitioner = samsa::client::Partitioner::RoundRobin;
    options.acks = samsa::client::Acks::Leader;
    int64_t bytes = 0;
    QElapsedTimer clock;
    clock.start();
    for (int64_t done = 0; done < o.records;) {
        std::vector<samsa::client::ProducerRecord> chunk;
        const int64_t n = std::min<int64_t>(kChunk, o.records - done);
        for (int64_t i = 0; i < n; ++i) {
            chunk.push_back(sample.nextOrder());
            bytes += int64_t(chunk.back().value->size());
        }
        auto produced = client.produce("orders", std::move(chunk), options).get();
        if (!produced || (!produced->empty() && produced->front().error)) {
            std::fprintf(stderr, "samsa_message_bench: produce failed: %s\n",
                         produced ? produced->front().error->toString().c_str() : produced.error().toString().c_str());
            return -1;
        }
        done += n;
    }
    *seconds = double(clock.nsecsElapsed()) / 1e9;
    return bytes;
}

} // namespace

int main(int argc, char** argv) {
    if (argc >= 5 && std::strcmp(argv[1], "--child") == 0) {
        const QString mode = QString::fromLocal8Bit(argv[2]);
        const QString bootstrap = QString::fromLocal8Bit(argv[3]);
        const QString topic = QString::fromLocal8Bit(argv[4]);
        if (mode == QLatin1String("browser")) return samsa::bench::messages::runBrowserChild(argc, argv, bootstrap, topic);
        if (mode == QLatin1String("naive")) return samsa::bench::messages::runNaiveChild(argc, argv, bootstrap, topic);
        if (mode == QLatin1String("read")) return samsa::bench::messages::runReadChild(argc, argv, bootstrap, topic);
        return 2;
    }
    std::optional<Options> parsed;
    try {
        parsed = parse(argc, argv);
    } catch (const std::exception& e) {
        std::cerr << "samsa_message_bench: " << e.what() << "\n";
        return 2;
    }
    if (!parsed) {
        usage();
        return 2;
    }
    Options o = *parsed;
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication core(argc, argv);
    if (o.dir.empty()) {
        const char* tmp = std::getenv("TMPDIR");
        o.dir = tmp && *tmp ? tmp : "/tmp";
    }
    QTemporaryDir dir(QString::fromStdString(o.dir) + QStringLiteral("/samsa-message-bench-XXXXXX"));
    samsa::app::LocalClusterHost host(dir.filePath(QStringLiteral("local")), 0);
    host.start();
    if (!waitRunning(host)) {
        std::fprintf(stderr, "samsa_message_bench: the broker did not start: %s\n", qPrintable(host.errorString()));
        return 1;
    }
    samsa::client::ClientConfig config;
    config.bootstrapServers = {{"127.0.0.1", host.port()}};
    config.defaultApiTimeout = std::chrono::seconds(120);
    auto client = samsa::client::AdminClient::create(config);
    if (!client) return 1;
    auto created = (*client)->createTopics({samsa::client::NewTopic{"orders", o.partitions, 1, {}, {}}}).get();
    if (!created || created->front().error) {
        std::fprintf(stderr, "samsa_message_bench: cannot create the topic\n");
        return 1;
    }
    std::printf("samsa_message_bench: loading %lld records into %d partition(s)...\n",
                static_cast<long long>(o.records), o.partitions);
    std::fflush(stdout);
    double loadSeconds = 0;
    const int64_t bytes = load(**client, o, &loadSeconds);
    if (bytes < 0) return 1;
    std::printf("loaded in %.1f s (%s records/s), values average %.0f bytes\n\n", loadSeconds,
                formatNumber(double(o.records) / loadSeconds, 0).c_str(), double(bytes) / double(o.records));
    std::fflush(stdout);

    const QString bootstrap = host.bootstrapServers();
    Figures browser, naive, read;
    runChild({QStringLiteral("--child"), QStringLiteral("read"), bootstrap, QStringLiteral("orders")}, read);
    runChild({QStringLiteral("--child"), QStringLiteral("browser"), bootstrap, QStringLiteral("orders")}, browser);
    runChild({QStringLiteral("--child"), QStringLiteral("naive"), bootstrap, QStringLiteral("orders")}, naive);

    ReportTable table({"samsa browser", "load-everything baseline"});
    table.add("rows in the view", {get(browser, "rows"), get(naive, "rows")}, 0, Better::Higher);
    table.add("first page (ms)", {get(browser, "first_page_ms"), get(naive, "first_page_ms")}, 1, Better::Lower);
    table.add("jump to the end (ms)", {get(browser, "jump_end_ms"), std::nullopt}, 1, Better::Lower);
    table.add("jump to an offset (ms, mean of 20)", {get(browser, "jump_offset_ms"), std::nullopt}, 1, Better::Lower);
    table.add("scroll to a new screen (ms, mean of 200)", {get(browser, "scroll_screen_ms"), std::nullopt}, 1,
              Better::Lower);
    table.add("filter, JSON field equals (records/s)", {get(browser, "filter_json_rate"), get(naive, "filter_json_rate")},
              0, Better::Higher);
    table.add("filter, value contains (records/s)", {get(browser, "filter_contains_rate"), std::nullopt}, 0,
              Better::Higher);
    table.add("filter, value regex (records/s)", {get(browser, "filter_regex_rate"), std::nullopt}, 0, Better::Higher);
    table.add("filter, every record matches (records/s)", {get(browser, "filter_all_rate"), std::nullopt}, 0,
              Better::Higher);
    table.add("resident memory after scrolling (MiB)", {get(browser, "rss_scrolled_mib"), get(naive, "rss_scrolled_mib")},
              0, Better::Lower);
    table.add("page cache held (MiB)", {get(browser, "cache_mib"), std::nullopt}, 1, Better::Lower);
    table.add("peak resident memory (MiB)", {get(browser, "rss_peak_mib"), get(naive, "rss_peak_mib")}, 0,
              Better::Lower);
    std::printf("%s\n", table.render().c_str());
    std::printf("matches: JSON %s, contains %s, regex %s, all %s\n",
                formatNumber(get(browser, "filter_json_matches").value_or(-1), 0).c_str(),
                formatNumber(get(browser, "filter_contains_matches").value_or(-1), 0).c_str(),
                formatNumber(get(browser, "filter_regex_matches").value_or(-1), 0).c_str(),
                formatNumber(get(browser, "filter_all_matches").value_or(-1), 0).c_str());
    std::printf("plain read through the client (one fetch at a time, nothing kept): %s records/s, %s MiB/s, "
                "peak %s MiB\n",
                formatNumber(get(read, "read_rate").value_or(-1), 0).c_str(),
                formatNumber(get(read, "read_mib_s").value_or(-1), 1).c_str(),
                formatNumber(get(read, "rss_peak_mib").value_or(-1), 0).c_str());
    std::printf("%s\n", table.checkCeiling("first page (ms)", 0, 300).c_str());
    std::printf("%s\n", table.checkCeiling("peak resident memory (MiB)", 0, 300).c_str());
    const auto rate = get(browser, "filter_json_rate").value_or(0);
    std::printf("filter rate target 300,000 records/s: %s (%s)\n", rate >= 300000 ? "met" : "missed",
                formatNumber(rate, 0).c_str());
    return 0;
}
