// samsa_app_bench: how fast the desktop app starts and lists a large cluster, and how
// much memory it holds, next to the floors this machine sets (an empty Qt window, kcat).
// Every measurement runs in a fresh child process (this program re-executed), so start
// times include loading the executable and its libraries, as a user's launch does.
// Prints figures only; it never judges timing by exit code.
#include "../report_table.h"
#include "app_child.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <vector>

using namespace samsa::bench;

namespace {

struct Options {
    int runs = 5;
    int topics = 1000;
    int partitions = 10;
    bool listing = true;
    std::string kcat;
    std::string dir;
};

void usage() {
    std::cout << "usage: samsa_app_bench [options]\n"
                 "  --runs N          repetitions of each measurement (5)\n"
                 "  --topics N        topics to create for the listing figures (1000)\n"
                 "  --partitions N    partitions per topic (10)\n"
                 "  --no-listing      only the start-up figures\n"
                 "  --kcat PATH       kcat for the comparison (found on PATH)\n"
                 "  --dir DIR         where the data directories go ($TMPDIR or /tmp)\n"
                 "Needs a display, or QT_QPA_PLATFORM=offscreen (set automatically when there\n"
                 "is no display).\n";
}

std::optional<Options> parse(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc) throw std::runtime_error(a + " needs a value");
            return argv[++i];
        };
        if (a == "--runs")
            o.runs = std::stoi(next());
        else if (a == "--topics")
            o.topics = std::stoi(next());
        else if (a == "--partitions")
            o.partitions = std::stoi(next());
        else if (a == "--no-listing")
            o.listing = false;
        else if (a == "--kcat")
            o.kcat = next();
        else if (a == "--dir")
            o.dir = next();
        else
            return std::nullopt;
    }
    return o;
}

using Figures = std::map<std::string, std::vector<double>>;

// Runs this program again in child mode; collects its "samsa-bench key value" lines.
// `wallToReady` receives the parent's view of launch to the "ready_ms" line.
bool runChild(const QStringList& arguments, Figures& figures, double* wallToReady = nullptr) {
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer clock;
    QByteArray pending;
    bool ok = true;
    QByteArray errors; // the broker logs there; only our own lines are kept
    auto consume = [&] {
        for (const QByteArray& line : child.readAllStandardError().split('\n'))
            if (line.startsWith("app_bench:") || line.contains("Too many open files"))
                errors += line + '\n';
        pending += child.readAllStandardOutput();
        qsizetype end;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(end);
            pending.remove(0, end + 1);
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() != 3 || parts[0] != "samsa-bench") continue;
            const std::string key = parts[1].toStdString();
            figures[key].push_back(parts[2].toDouble());
            if (key == "ready_ms" && wallToReady) *wallToReady = double(clock.nsecsElapsed()) / 1e6;
        }
    };
    clock.start();
    child.start(QCoreApplication::applicationFilePath(), arguments);
    if (!child.waitForStarted(10000)) return false;
    while (child.state() != QProcess::NotRunning) {
        child.waitForReadyRead(100);
        consume();
    }
    consume();
    ok = child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
    if (!ok)
        std::fprintf(stderr, "samsa_app_bench: child %s failed\n", qPrintable(arguments.join(' ')));
    return ok;
}

struct Stats {
    double median = 0, min = 0, max = 0;
};
std::optional<Stats> stats(std::vector<double> v) {
    if (v.empty()) return std::nullopt;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    const double median = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    return Stats{median, v.front(), v.back()};
}
std::optional<double> medianOf(const Figures& f, const std::string& key) {
    const auto it = f.find(key);
    if (it == f.end()) return std::nullopt;
    if (auto s = stats(it->second)) return s->median;
    return std::nullopt;
}

} // namespace

int main(int argc, char** argv) {
    // Child modes come first: they build their own QApplication.
    if (argc >= 3 && std::strcmp(argv[1], "--child-start") == 0)
        return samsa::bench::app::runStartChild(argc, argv, argv[2], false);
    if (argc >= 3 && std::strcmp(argv[1], "--child-bare") == 0)
        return samsa::bench::app::runStartChild(argc, argv, argv[2], true);
    if (argc >= 7 && std::strcmp(argv[1], "--child-topics") == 0)
        return samsa::bench::app::runTopicsChild(argc, argv, argv[2], std::atoi(argv[3]),
                                                 std::atoi(argv[4]), std::atoi(argv[5]), argv[6]);

    std::optional<Options> parsed;
    try {
        parsed = parse(argc, argv);
    } catch (const std::exception& e) {
        std::cerr << "samsa_app_bench: " << e.what() << "\n";
        return 2;
    }
    if (!parsed) {
        usage();
        return 2;
    }
    Options o = *parsed;
    QCoreApplication core(argc, argv);
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (o.kcat.empty())
        o.kcat = QStandardPaths::findExecutable(QStringLiteral("kcat")).toStdString();
    if (o.dir.empty()) {
        const char* tmp = std::getenv("TMPDIR");
        o.dir = tmp && *tmp ? tmp : "/tmp";
    }
    const QString platform =
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
            ? QStringLiteral("default (display %1)").arg(qEnvironmentVariable("DISPLAY"))
            : qEnvironmentVariable("QT_QPA_PLATFORM");
    std::printf("samsa_app_bench: %d runs, Qt platform %s\n", o.runs, qPrintable(platform));

    Figures app, bare;
    std::vector<double> appWall, bareWall;
    for (int i = 0; i < o.runs; ++i) {
        QTemporaryDir dir(QString::fromStdString(o.dir) +
                          QStringLiteral("/samsa-app-bench-XXXXXX"));
        double wall = -1;
        if (runChild({QStringLiteral("--child-start"), dir.path()}, app, &wall) && wall >= 0)
            appWall.push_back(wall);
        wall = -1;
        if (runChild({QStringLiteral("--child-bare"), dir.path()}, bare, &wall) && wall >= 0)
            bareWall.push_back(wall);
    }

    Figures listing;
    if (o.listing) {
        QTemporaryDir dir(QString::fromStdString(o.dir) +
                          QStringLiteral("/samsa-app-bench-XXXXXX"));
        std::printf("creating %d topics x %d partitions on the local cluster...\n", o.topics,
                    o.partitions);
        std::fflush(stdout);
        runChild({QStringLiteral("--child-topics"), dir.path(), QString::number(o.topics),
                  QString::number(o.partitions), QString::number(o.runs),
                  QString::fromStdString(o.kcat)},
                 listing);
    }

    ReportTable table({"samsa app", "floor"});
    const auto start = stats(appWall), bareStart = stats(bareWall);
    auto field = [](const std::optional<Stats>& s, double Stats::*m) -> std::optional<double> {
        return s ? std::optional<double>((*s).*m) : std::nullopt;
    };
    table.add("start to window + running cluster, median (ms)",
              {field(start, &Stats::median), field(bareStart, &Stats::median)}, 0, Better::Lower);
    table.add("start to window + running cluster, min (ms)",
              {field(start, &Stats::min), field(bareStart, &Stats::min)}, 0, Better::Lower);
    table.add("start to window + running cluster, max (ms)",
              {field(start, &Stats::max), field(bareStart, &Stats::max)}, 0, Better::Lower);
    // Medians of this app's figure and of the floor's, when the floor has one.
    struct MedianRow {
        const char* label;
        const char* key;
        const char* floorKey;
        int digits;
    };
    auto addMedians = [&table](const Figures& ours, const Figures& floor,
                               std::initializer_list<MedianRow> rows) {
        for (const MedianRow& r : rows)
            table.add(r.label,
                      {medianOf(ours, r.key),
                       r.floorKey ? medianOf(floor, r.floorKey) : std::nullopt},
                      r.digits, Better::Lower);
    };
    addMedians(app, bare,
               {{"  QApplication constructed, median (ms after main)", "app_constructed_ms",
                 "app_constructed_ms", 0},
                {"  main window constructed, median (ms after main)", "window_constructed_ms",
                 nullptr, 0},
                {"  window exposed, median (ms after main)", "exposed_ms", "exposed_ms", 0},
                {"  local cluster running, median (ms after main)", "running_ms", nullptr, 0},
                {"resident memory when idle (MiB)", "rss_idle_mib", "rss_idle_mib", 1}});
    if (o.listing)
        addMedians(listing, listing,
                   {{"list topics: 4 admin calls, median (ms)", "service_list_ms", "kcat_list_ms",
                     1},
                    {"  of which the topic list (Metadata), median (ms)", "service_metadata_ms",
                     "kcat_list_ms", 1},
                    {"list topics: Topics page refresh, median (ms)", "page_refresh_ms",
                     "kcat_list_ms", 1},
                    {"  Topics page first load (ms)", "page_first_ms", nullptr, 1},
                    {"resident memory after listing (MiB)", "rss_listed_mib", nullptr, 1}});
    std::printf("\n%s\n", table.render().c_str());
    std::printf(
        "floor: start and memory: a bare QApplication with an empty window of the same size;\n"
        "       listing: `kcat -L` (librdkafka, metadata only) against the same broker, process "
        "start included.\n");
    if (o.listing) {
        auto value = [&](const char* key) { return medianOf(listing, key).value_or(-1); };
        std::printf("topics created: %.0f in %.1f s; the Topics page showed %.0f rows; kcat listed "
                    "%.0f topics\n",
                    value("topics_created"), value("create_s"), value("page_rows"),
                    value("kcat_topics"));
        if (const auto s = stats(listing["service_list_ms"]))
            std::printf("4 admin calls: min %.1f ms, max %.1f ms; ", s->min, s->max);
        if (const auto s = stats(listing["page_refresh_ms"]))
            std::printf("Topics page refresh: min %.1f ms, max %.1f ms\n", s->min, s->max);
    }
    std::printf(
        "%s\n",
        table.checkCeiling("start to window + running cluster, median (ms)", 0, 1500).c_str());
    if (o.listing)
        std::printf(
            "%s\n",
            table.checkCeiling("list topics: Topics page refresh, median (ms)", 0, 1000).c_str());
    return 0;
}
