#include "app_child.h"

#include "app/cluster_service.h"
#include "app/local_cluster_host.h"
#include "app/profile_store.h"
#include "ui/main_window.h"
#include "ui/topics/topic_list_model.h"
#include "ui/topics/topics_page.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTimer>
#include <QWindow>
#include <sys/resource.h>

#include <cstdio>
#include <functional>
#include <memory>

// The app's icons are compiled into samsa_ui; main() registers them the same way.
static void initResources() {
    Q_INIT_RESOURCE(samsa);
}

namespace samsa::bench::app {

namespace {

using samsa::app::ClusterService;
using samsa::app::LocalClusterHost;
using samsa::app::ProfileStore;

constexpr int kIdleMs = 2000;
constexpr int kStartLimitMs = 60000;
constexpr int kListLimitMs = 300000;

void report(const char* key, double value) {
    std::printf("samsa-bench %s %.3f\n", key, value);
    std::fflush(stdout);
}

double elapsedMs(const QElapsedTimer& clock) {
    return double(clock.nsecsElapsed()) / 1e6;
}

double residentMiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (!line.startsWith("VmRSS:")) continue;
        return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// Runs the event loop until `done` holds, looking every millisecond; false on timeout.
bool spinUntil(const std::function<bool()>& done, int limitMs) {
    if (done()) return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QElapsedTimer clock;
    clock.start();
    bool ok = true;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done()) {
            loop.quit();
        } else if (clock.elapsed() > limitMs) {
            ok = false;
            loop.quit();
        }
    });
    poll.start();
    loop.exec();
    return ok;
}

void idle(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool exposed(const QWidget& window) {
    return window.windowHandle() && window.windowHandle()->isExposed();
}

// What main() builds for a user without --bootstrap: the local cluster, the settings
// database and the main window.
struct RunningApp {
    std::unique_ptr<LocalClusterHost> host;
    std::unique_ptr<ProfileStore> store;
    std::unique_ptr<samsa::ui::MainWindow> window;

    ~RunningApp() {
        window.reset();
        store.reset();
        host.reset();
    }

    bool start(const QString& dir, const QElapsedTimer& clock) {
        initResources();
        host = std::make_unique<LocalClusterHost>(dir + QStringLiteral("/local"), 0);
        host->start();
        store = std::make_unique<ProfileStore>(dir + QStringLiteral("/samsa.sqlite"));
        if (!store->open()) store.reset();
        window = std::make_unique<samsa::ui::MainWindow>(host.get(), store.get());
        report("window_constructed_ms", elapsedMs(clock));
        window->resize(1280, 800);
        window->show();
        double exposedAt = -1, runningAt = -1;
        const bool settled = spinUntil(
            [&] {
                if (exposedAt < 0 && exposed(*window)) exposedAt = elapsedMs(clock);
                if (runningAt < 0 && host->state() == LocalClusterHost::State::Running)
                    runningAt = elapsedMs(clock);
                return (exposedAt >= 0 && runningAt >= 0) ||
                       host->state() == LocalClusterHost::State::Failed;
            },
            kStartLimitMs);
        if (!settled || runningAt < 0) {
            std::fprintf(stderr, "app_bench: the local cluster did not start: %s\n",
                         qPrintable(host->errorString()));
            return false;
        }
        report("exposed_ms", exposedAt);
        report("running_ms", runningAt);
        report("ready_ms", std::max(exposedAt, runningAt));
        return true;
    }
};

std::vector<client::NewTopic> topicBatch(int first, int count, int partitions) {
    std::vector<client::NewTopic> batch;
    for (int i = first; i < first + count; ++i) {
        client::NewTopic topic;
        char name[32];
        std::snprintf(name, sizeof name, "bench-%05d", i);
        topic.name = name;
        topic.numPartitions = partitions;
        topic.replicationFactor = 1;
        batch.push_back(std::move(topic));
    }
    return batch;
}

// The calls the Topics page makes for a full listing, in the same order: the topic list
// first, then counts, sizes and configs of every topic side by side. Returns the time to
// the last answer, or -1 if a call failed.
double timeServiceListing(ClusterService& service, double* metadataMs) {
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    int outstanding = 0;
    bool failed = false;
    auto finished = [&](bool ok) {
        failed = failed || !ok;
        if (--outstanding == 0) loop.quit();
    };
    outstanding = 1;
    service.call<std::vector<client::TopicDescription>>(
        &loop, [](client::AdminClient& c, auto cb) { c.listTopics({}, cb); },
        [&](const client::Result<std::vector<client::TopicDescription>>& r) {
            *metadataMs = elapsedMs(clock);
            if (!r) return finished(false);
            std::vector<std::string> names;
            std::vector<client::ConfigResource> resources;
            for (const auto& t : *r) {
                names.push_back(t.name);
                resources.push_back({client::ConfigResourceType::Topic, t.name});
            }
            outstanding += 3;
            service.call<std::vector<client::PartitionWatermarks>>(
                &loop, [names](client::AdminClient& c, auto cb) { c.watermarks(names, {}, cb); },
                [&](const auto& w) { finished(w.ok()); });
            service.call<std::vector<client::LogDirInfo>>(
                &loop, [](client::AdminClient& c, auto cb) { c.describeLogDirs({}, {}, cb); },
                [&](const auto& d) { finished(d.ok()); });
            service.call<std::vector<client::ResourceConfigs>>(
                &loop,
                [resources](client::AdminClient& c, auto cb) {
                    c.describeConfigs(resources, {false, false}, {}, cb);
                },
                [&](const auto& d) { finished(d.ok()); });
            finished(true);
        });
    QTimer::singleShot(kListLimitMs, &loop, [&] {
        failed = true;
        loop.quit();
    });
    loop.exec();
    return failed ? -1 : elapsedMs(clock);
}

// The broker keeps a log, an offset index and a time index open per partition, so 10,000
// partitions need ~30,000 descriptors, past many systems' default soft limit. Raises the
// limit as far as this process may (the hard limit too, where privileged) and says what
// it got.
void raiseOpenFileLimit(rlim_t wanted) {
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0) return;
    if (limit.rlim_cur < wanted) {
        rlimit raised{wanted, std::max(wanted, limit.rlim_max)};
        if (setrlimit(RLIMIT_NOFILE, &raised) != 0) {
            raised = {std::min(wanted, limit.rlim_max), limit.rlim_max};
            setrlimit(RLIMIT_NOFILE, &raised);
        }
        getrlimit(RLIMIT_NOFILE, &limit);
    }
    report("open_file_limit", double(limit.rlim_cur));
}

} // namespace

int runStartChild(int argc, char** argv, const char* dataDir, bool bare) {
    QElapsedTimer clock;
    clock.start();
    QApplication application(argc, argv);
    report("app_constructed_ms", elapsedMs(clock));
    if (bare) {
        QWidget window;
        window.resize(1280, 800);
        window.show();
        if (!spinUntil([&] { return exposed(window); }, kStartLimitMs)) return 1;
        report("exposed_ms", elapsedMs(clock));
        report("ready_ms", elapsedMs(clock));
        idle(kIdleMs);
        report("rss_idle_mib", residentMiB());
        return 0;
    }
    RunningApp app;
    if (!app.start(QString::fromLocal8Bit(dataDir), clock)) return 1;
    idle(kIdleMs);
    report("rss_idle_mib", residentMiB());
    return 0;
}

int runTopicsChild(int argc, char** argv, const char* dataDir, int topics, int partitions, int runs,
                   const char* kcat) {
    raiseOpenFileLimit(rlim_t(topics) * rlim_t(partitions) * 3 + 4096);
    QElapsedTimer clock;
    clock.start();
    QApplication application(argc, argv);
    RunningApp app;
    if (!app.start(QString::fromLocal8Bit(dataDir), clock)) return 1;
    idle(kIdleMs);
    report("rss_idle_mib", residentMiB());

    samsa::app::ClusterProfile profile;
    profile.name = QStringLiteral("bench");
    profile.bootstrapServers = app.host->bootstrapServers();
    ClusterService service(samsa::app::clientConfigFor(profile), profile.name);

    // Blocking here is fine: the broker and the client have their own threads, and
    // nothing is being measured on the GUI thread while topics are created.
    QElapsedTimer creating;
    creating.start();
    int created = 0;
    constexpr int kBatch = 100;
    for (int first = 0; first < topics; first += kBatch) {
        auto result =
            service.client()
                ->createTopics(topicBatch(first, std::min(kBatch, topics - first), partitions))
                .get();
        if (!result) {
            std::fprintf(stderr, "app_bench: createTopics failed: %s\n",
                         result.error().toString().c_str());
            return 1;
        }
        for (const auto& t : *result)
            created += t.error ? 0 : 1;
    }
    report("topics_created", created);
    report("create_s", elapsedMs(creating) / 1000.0);

    for (int i = 0; i < runs; ++i) {
        double metadataMs = -1;
        const double total = timeServiceListing(service, &metadataMs);
        if (total < 0) {
            std::fprintf(stderr, "app_bench: listing through ClusterService failed\n");
            return 1;
        }
        report("service_list_ms", total);
        report("service_metadata_ms", metadataMs);
    }

    samsa::ui::TopicsPage page(&service);
    page.resize(1280, 800);
    int loads = 0;
    QObject::connect(&page, &samsa::ui::TopicsPage::fullyLoaded, [&] { ++loads; });
    QElapsedTimer pageClock;
    pageClock.start();
    page.show();
    if (!spinUntil([&] { return loads >= 1; }, kListLimitMs)) return 1;
    report("page_first_ms", elapsedMs(pageClock));
    for (int i = 0; i < runs; ++i) {
        const int before = loads;
        pageClock.restart();
        page.refresh();
        if (!spinUntil([&] { return loads > before; }, kListLimitMs)) return 1;
        report("page_refresh_ms", elapsedMs(pageClock));
    }
    report("page_rows", page.model()->rowCount());
    idle(kIdleMs);
    report("rss_listed_mib", residentMiB());

    for (int i = 0; i < runs && kcat && *kcat; ++i) {
        QProcess process;
        QElapsedTimer kcatClock;
        kcatClock.start();
        process.start(QString::fromLocal8Bit(kcat),
                      {QStringLiteral("-L"), QStringLiteral("-b"), profile.bootstrapServers});
        if (!process.waitForFinished(kListLimitMs) || process.exitCode() != 0) {
            std::fprintf(stderr, "app_bench: kcat -L failed: %s\n",
                         process.readAllStandardError().constData());
            break;
        }
        const double ms = elapsedMs(kcatClock);
        const QByteArray out = process.readAllStandardOutput();
        report("kcat_list_ms", ms);
        report("kcat_topics", double(out.count("topic \"")));
    }
    return 0;
}

} // namespace samsa::bench::app
