// samsa_monitor_bench: what watching consumer groups costs the desktop app.
//   1. The group monitor sampling G groups of P partitions each every interval against
//      samsa-broker in a child process: this process's CPU share (the monitor is all it
//      runs) and the memory the monitor adds.
//   2. The history database after H hours of simulated samples of those groups: its size
//      and how long writing and downsampling took.
//   3. Drawing a 24-hour lag chart from that database: the query, and the chart.
// Prints figures only; it never judges timing by exit code.
#include "../report_table.h"
#include "../server_process.h"

#include "app/cluster_service.h"
#include "app/monitor/group_monitor.h"
#include "app/monitor/history_store.h"
#include "ui/groups/lag_chart_view.h"
#include "ui/groups/lag_series.h"

#include <QApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <random>
#include <string>

using namespace samsa;
using namespace samsa::bench;

namespace {

struct Options {
    int groups = 200;
    int partitions = 50;
    int topics = 20;
    int intervalMs = 2000;
    int warmupSeconds = 20;
    int measureSeconds = 60;
    double hours = 24;
    std::string dir;
};

void usage() {
    std::cout << "usage: samsa_monitor_bench [options]\n"
                 "  --groups N        consumer groups (200)\n"
                 "  --partitions N    partitions each group commits (50)\n"
                 "  --topics N        topics the groups share (20)\n"
                 "  --interval MS     sampling interval (2000)\n"
                 "  --warmup S        seconds before measuring (20)\n"
                 "  --measure S       seconds measured (60)\n"
                 "  --hours H         simulated history for the database figures (24)\n"
                 "  --dir DIR         where the broker data and databases go ($TMPDIR or /tmp)\n";
}

std::optional<Options> parse(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc) throw std::runtime_error(a + " needs a value");
            return argv[++i];
        };
        if (a == "--groups") o.groups = std::stoi(next());
        else if (a == "--partitions") o.partitions = std::stoi(next());
        else if (a == "--topics") o.topics = std::stoi(next());
        else if (a == "--interval") o.intervalMs = std::stoi(next());
        else if (a == "--warmup") o.warmupSeconds = std::stoi(next());
        else if (a == "--measure") o.measureSeconds = std::stoi(next());
        else if (a == "--hours") o.hours = std::stod(next());
        else if (a == "--dir") o.dir = next();
        else return std::nullopt;
    }
    return o;
}

double residentMiB() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
    return -1;
}

template <typename T>
client::Result<T> wait(std::future<client::Result<T>> f) {
    return f.get(); // a benchmark may block: every call ends within its timeout
}

// Runs the event loop for `ms`, sleeping while there is nothing to do, so the
// benchmark's own main thread costs nothing it would then measure.
void runFor(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

std::string topicName(int t) {
    return "bench-" + std::to_string(t);
}

// Topics with a few records per partition, and every group's commits somewhere behind
// the end, so lag, time lag and the status have something to judge.
bool populate(client::AdminClient& admin, const Options& o) {
    std::vector<client::NewTopic> topics;
    for (int t = 0; t < o.topics; ++t)
        topics.push_back({topicName(t), o.partitions, 1, {}, {}});
    if (!wait(admin.createTopics(topics))) return false;
    for (int t = 0; t < o.topics; ++t) {
        std::vector<client::ProducerRecord> records;
        for (int p = 0; p < o.partitions; ++p)
            for (int i = 0; i < 20; ++i) {
                client::ProducerRecord r;
                r.value = client::Bytes{'x'};
                r.partition = p;
                records.push_back(r);
            }
        if (!wait(admin.produce(topicName(t), records))) return false;
    }
    std::mt19937 random(7);
    for (int g = 0; g < o.groups; ++g) {
        std::vector<client::OffsetToCommit> offsets;
        for (int p = 0; p < o.partitions; ++p)
            offsets.push_back({{topicName(g % o.topics), p}, int64_t(random() % 20), -1, std::nullopt});
        if (!wait(admin.commitOffsets("bench-group-" + std::to_string(g), offsets))) return false;
    }
    return true;
}

struct SamplingFigures {
    double cpuShare = 0;    // % of one core
    double addedMiB = 0;
    double rounds = 0;
    double roundMs = 0;     // average time of one sampling round
};

SamplingFigures measureSampling(app::ClusterService& service, const Options& o, const QString& historyPath) {
    SamplingFigures f;
    const double rssBefore = residentMiB();
    monitor::GroupMonitor monitor(&service, historyPath);
    monitor.setIntervalMs(o.intervalMs);
    int rounds = 0;
    qint64 roundMs = 0;
    QObject::connect(&monitor, &monitor::GroupMonitor::sampled, [&](const monitor::SnapshotPtr& s) {
        ++rounds;
        roundMs += s->cycleMs;
    });
    monitor.start();
    runFor(o.warmupSeconds * 1000);
    rounds = 0;
    roundMs = 0;
    const double cpu0 = selfCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    runFor(o.measureSeconds * 1000);
    const double cpu = selfCpuSeconds() - cpu0;
    f.cpuShare = 100.0 * cpu / (double(wall.elapsed()) / 1000.0);
    f.addedMiB = residentMiB() - rssBefore;
    f.rounds = rounds;
    f.roundMs = rounds > 0 ? double(roundMs) / rounds : 0;
    const auto latest = monitor.latest();
    std::cout << "monitor: " << rounds << " rounds in " << o.measureSeconds << " s, "
              << (latest ? latest->groups.size() : 0) << " groups in the last one\n";
    return f;
}

struct HistoryFigures {
    double sizeMiB = 0;
    double writeSeconds = 0;
    double rowsWritten = 0;
    double chartQueryMs = 0;
    double chartDrawMs = 0;
    double partitionsQueryMs = 0;
    double partitionsDrawMs = 0;
};

HistoryFigures simulateHistory(const Options& o, const QString& path) {
    HistoryFigures f;
    monitor::HistoryStore store(path);
    if (!store.open()) throw std::runtime_error(store.errorString().toStdString());
    const QString cluster = QStringLiteral("bench");
    const qint64 end = QDateTime::currentMSecsSinceEpoch();
    const qint64 start = end - qint64(o.hours * 3600 * 1000);
    std::mt19937 random(11);
    std::vector<qint64> committed(size_t(o.groups) * o.partitions, 0);
    std::vector<qint64> logEnd(committed.size(), 0);
    QElapsedTimer clock;
    clock.start();
    qint64 lastCompact = start;
    for (qint64 t = start; t <= end; t += o.intervalMs) {
        QList<monitor::TopicSample> samples;
        samples.reserve(o.groups);
        for (int g = 0; g < o.groups; ++g) {
            monitor::TopicSample s;
            s.groupId = QStringLiteral("bench-group-%1").arg(g);
            s.topic = QString::fromStdString(topicName(g % o.topics));
            for (int p = 0; p < o.partitions; ++p) {
                const size_t i = size_t(g) * o.partitions + p;
                logEnd[i] += random() % 20;
                committed[i] = std::min(logEnd[i], committed[i] + qint64(random() % 21));
                s.partitions.append({p, committed[i], logEnd[i]});
                s.committed += committed[i];
                s.logEnd += logEnd[i];
                s.lag += logEnd[i] - committed[i];
            }
            samples.append(s);
            f.rowsWritten += 1;
        }
        store.writeSamples(cluster, t, samples);
        if (t - lastCompact >= 60000) {
            store.compact(t);
            lastCompact = t;
        }
    }
    store.compact(end);
    f.writeSeconds = double(clock.elapsed()) / 1000.0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-size"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-size"));
    f.sizeMiB = double(QFile(path).size()) / (1024.0 * 1024.0);

    // A day of one group's lag, as the Lag tab's "24 hours" draws it.
    ui::LagChartView view;
    view.resize(1000, 500);
    view.show();
    QCoreApplication::processEvents();
    monitor::LagQuery q{cluster, QStringLiteral("bench-group-0"), {}, -1, end - 24 * 3600 * 1000LL, end};
    clock.restart();
    const QList<monitor::SeriesPoint> day = store.query(q, end);
    f.chartQueryMs = double(clock.nsecsElapsed()) / 1e6;
    clock.restart();
    view.setSeries({{QStringLiteral("bench-group-0"), ui::chartPoints(day, ui::LagMetric::Lag)}}, q.fromMs, q.toMs,
                   QStringLiteral("messages behind"));
    view.grab();
    f.chartDrawMs = double(clock.nsecsElapsed()) / 1e6;
    // Ten partitions of it compared on one chart.
    QList<ui::LagChartView::Series> series;
    clock.restart();
    QList<QList<monitor::SeriesPoint>> perPartition;
    for (int p = 0; p < 10; ++p) {
        q.topic = QString::fromStdString(topicName(0));
        q.partition = p;
        perPartition.append(store.query(q, end));
    }
    f.partitionsQueryMs = double(clock.nsecsElapsed()) / 1e6;
    clock.restart();
    for (int p = 0; p < perPartition.size(); ++p)
        series.append({QStringLiteral("p%1").arg(p), ui::chartPoints(perPartition[p], ui::LagMetric::Lag)});
    view.setSeries(series, end - 24 * 3600 * 1000LL, end, QStringLiteral("messages behind"));
    view.grab();
    f.partitionsDrawMs = double(clock.nsecsElapsed()) / 1e6;
    std::cout << "history: " << day.size() << " points in the 24 h group series, "
              << (perPartition.isEmpty() ? 0 : perPartition.front().size()) << " per partition\n";
    return f;
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::optional<Options> options;
    try {
        options = parse(argc, argv);
    } catch (const std::exception& e) {
        std::cerr << e.what() << "\n";
    }
    if (!options) {
        usage();
        return 2;
    }
    const Options& o = *options;
    QApplication app(argc, argv);
    QTemporaryDir dir(QString::fromStdString(o.dir.empty() ? std::filesystem::temp_directory_path().string() : o.dir) +
                      QStringLiteral("/samsa-monitor-bench-XXXXXX"));
    if (!dir.isValid()) {
        std::cerr << "cannot create a work directory\n";
        return 1;
    }
    auto broker = startSamsaBroker(SAMSA_BROKER_EXECUTABLE, dir.filePath(QStringLiteral("broker")).toStdString());
    app::ClusterProfile profile;
    profile.bootstrapServers = QString::fromStdString(broker->bootstrap());
    app::ClusterService service(app::clientConfigFor(profile), QStringLiteral("bench"));
    std::cout << "populating " << o.groups << " groups x " << o.partitions << " partitions on " << o.topics
              << " topics...\n";
    if (!populate(*service.client(), o)) {
        std::cerr << "could not populate the cluster\n";
        return 1;
    }
    const SamplingFigures sampling = measureSampling(service, o, dir.filePath(QStringLiteral("live.sqlite")));
    const double brokerCpu = broker->cpuSeconds();
    std::cout << "simulating " << o.hours << " h of history...\n";
    const HistoryFigures history = simulateHistory(o, dir.filePath(QStringLiteral("history.sqlite")));
    broker->stop();

    ReportTable table({"samsa"});
    const std::string scale = std::to_string(o.groups) + " groups x " + std::to_string(o.partitions) + " partitions";
    table.add("monitor CPU, % of one core (" + scale + ", every " + std::to_string(o.intervalMs) + " ms)",
              {sampling.cpuShare}, 2, Better::Lower);
    table.add("memory added by the monitor, MiB", {sampling.addedMiB}, 1, Better::Lower);
    table.add("sampling round, ms (average)", {sampling.roundMs}, 1, Better::Lower);
    table.add("history database after " + formatNumber(o.hours, 0) + " h, MiB", {history.sizeMiB}, 1, Better::Lower);
    table.add("writing and downsampling " + formatNumber(o.hours, 0) + " h of samples, s", {history.writeSeconds}, 1,
              Better::Lower);
    table.add("24 h chart of a group: query, ms", {history.chartQueryMs}, 1, Better::Lower);
    table.add("24 h chart of a group: draw, ms", {history.chartDrawMs}, 1, Better::Lower);
    table.add("24 h chart of 10 partitions: query, ms", {history.partitionsQueryMs}, 1, Better::Lower);
    table.add("24 h chart of 10 partitions: draw, ms", {history.partitionsDrawMs}, 1, Better::Lower);
    std::cout << "\n" << table.render();
    std::cout << table.checkCeiling("monitor CPU, % of one core (" + scale + ", every " +
                                        std::to_string(o.intervalMs) + " ms)",
                                    0, 5.0)
              << "\n";
    std::cout << "broker CPU while sampled (whole run): " << formatNumber(brokerCpu, 1) << " s\n";
    return 0;
}
