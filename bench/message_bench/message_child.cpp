#include "message_child.h"

#include "app/cluster_service.h"
#include "app/messages/message_scan.h"
#include "ui/messages/message_table_model.h"
#include "ui/messages/messages_page.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <vector>

namespace samsa::bench::messages {

namespace {

using samsa::app::ClusterService;
using samsa::ui::MessagesPage;
using samsa::ui::MessageTableModel;

constexpr int kLimitMs = 600000;
constexpr int kJumps = 20;
constexpr int kScrollStops = 200;

void report(const char* key, double value) {
    std::printf("samsa-bench %s %.3f\n", key, value);
    std::fflush(stdout);
}

double statusMiB(const char* field) {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(field)) return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

double ms(const QElapsedTimer& clock) {
    return double(clock.nsecsElapsed()) / 1e6;
}

// Runs the event loop until `done` holds (a benchmark may wait; the app never does).
bool spinUntil(const std::function<bool()>& done, int limitMs = kLimitMs) {
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

client::ClientConfig configFor(const QString& bootstrap) {
    app::ClusterProfile profile;
    profile.bootstrapServers = bootstrap;
    auto config = app::clientConfigFor(profile);
    config.defaultApiTimeout = std::chrono::seconds(60);
    return config;
}

// Every row between the top and the bottom of the table's viewport has its record.
bool visibleRowsLoaded(MessagesPage& page) {
    QTableView* table = page.table();
    auto* model = page.model();
    if (model->rowCount() == 0) return false;
    const int top = std::max(0, table->rowAt(0));
    int bottom = table->rowAt(table->viewport()->height() - 1);
    if (bottom < 0) bottom = model->rowCount() - 1;
    bool all = true;
    for (int row = top; row <= bottom; ++row)
        if (!model->isLoaded(row)) {
            model->data(model->index(row, 0)); // as painting would
            all = false;
        }
    return all;
}

std::vector<client::PartitionWatermarks> watermarksOf(client::AdminClient& client, const std::string& topic) {
    auto marks = client.watermarks({topic}).get();
    if (!marks) {
        std::fprintf(stderr, "message_bench: %s\n", marks.error().toString().c_str());
        return {};
    }
    return *marks;
}

// Reads every record of `topic`, handing each to `take`.
int64_t readAll(client::AdminClient& client, const std::string& topic,
                const std::function<void(client::FetchedRecord&&)>& take) {
    int64_t bytes = 0;
    client::FetchOptions options;
    options.maxBytes = 4 * 1024 * 1024;
    options.maxWait = std::chrono::milliseconds(0);
    for (const auto& w : watermarksOf(client, topic)) {
        int64_t next = w.earliest;
        while (next < w.latest) {
            auto fetched = client.fetch(w.partition, next, options).get();
            if (!fetched || fetched->nextOffset <= next) break;
            for (auto& b : fetched->batches)
                for (auto& r : b.records) {
                    bytes += int64_t((r.key ? r.key->size() : 0) + (r.value ? r.value->size() : 0));
                    take(std::move(r));
                }
            next = fetched->nextOffset;
        }
    }
    return bytes;
}

} // namespace

int runBrowserChild(int argc, char** argv, const QString& bootstrap, const QString& topic) {
    QApplication application(argc, argv);
    ClusterService service(configFor(bootstrap), QStringLiteral("bench"));
    report("rss_start_mib", statusMiB("VmRSS:"));

    QElapsedTimer clock;
    clock.start();
    MessagesPage page(&service, topic);
    page.resize(1400, 900);
    page.show();
    bool first = false;
    QObject::connect(&page, &MessagesPage::fullyLoaded, [&] { first = true; });
    if (!spinUntil([&] { return first && visibleRowsLoaded(page); })) return 1;
    report("first_page_ms", ms(clock));
    const int rows = page.model()->rowCount();
    report("rows", rows);

    clock.restart();
    page.table()->scrollToBottom();
    if (!spinUntil([&] { return visibleRowsLoaded(page); })) return 1;
    report("jump_end_ms", ms(clock));

    // Jumps to offsets anywhere in the first partition.
    const int64_t partitionEnd = page.span().ranges.front().to;
    const int32_t partition = page.span().ranges.front().partition;
    QRandomGenerator random(7);
    double jumps = 0;
    for (int i = 0; i < kJumps; ++i) {
        const int64_t offset = int64_t(random.bounded(quint64(std::max<int64_t>(1, partitionEnd))));
        const app::RecordPosition target{partition, offset};
        clock.restart();
        page.jumpTo(QStringLiteral("%1:%2").arg(partition).arg(offset));
        if (!spinUntil([&] {
                const QModelIndex current = page.table()->currentIndex();
                return current.isValid() && page.model()->isLoaded(current.row()) &&
                       page.model()->positionAt(current.row()) == target && visibleRowsLoaded(page);
            }))
            return 1;
        jumps += ms(clock);
    }
    report("jump_offset_ms", jumps / kJumps);

    // Through the whole topic, a screen at a time at evenly spaced places.
    double scrolled = 0;
    for (int stop = 0; stop < kScrollStops; ++stop) {
        const int row = int(int64_t(rows - 1) * stop / (kScrollStops - 1));
        clock.restart();
        page.table()->scrollTo(page.model()->index(row, 0), QAbstractItemView::PositionAtTop);
        if (!spinUntil([&] { return visibleRowsLoaded(page); })) return 1;
        scrolled += ms(clock);
    }
    report("scroll_screen_ms", scrolled / kScrollStops);
    report("rss_scrolled_mib", statusMiB("VmRSS:"));
    report("cache_mib", double(page.model()->cachedBytes()) / (1024.0 * 1024.0));

    // Filter scans over the whole topic.
    auto scanRate = [&](const app::MessageFilter& filter, const char* rateKey, const char* matchKey) {
        clock.restart();
        if (!page.applyFilter(filter)) return false;
        if (!spinUntil([&] { return page.scan() && !page.scan()->isRunning(); })) return false;
        const auto progress = page.scan()->progress();
        report(rateKey, double(progress.scanned) * 1000.0 / ms(clock));
        report(matchKey, double(progress.matched));
        return true;
    };
    app::MessageFilter json;
    json.jsonPath = QStringLiteral("customer_id");
    json.jsonValue = QStringLiteral("cust-0007");
    if (!scanRate(json, "filter_json_rate", "filter_json_matches")) return 1;
    app::MessageFilter contains;
    contains.value.text = QStringLiteral("burr grinder");
    if (!scanRate(contains, "filter_contains_rate", "filter_contains_matches")) return 1;
    app::MessageFilter regex;
    regex.value.text = QStringLiteral("\"total\":1[0-9]{2}\\.");
    regex.value.mode = app::TextCondition::Mode::Regex;
    if (!scanRate(regex, "filter_regex_rate", "filter_regex_matches")) return 1;
    // Everything matches: the list of positions is as long as the topic.
    app::MessageFilter everything;
    everything.value.text = QStringLiteral("order_id");
    if (!scanRate(everything, "filter_all_rate", "filter_all_matches")) return 1;
    if (!spinUntil([&] { return visibleRowsLoaded(page); })) return 1;
    report("rss_end_mib", statusMiB("VmRSS:"));
    report("rss_peak_mib", statusMiB("VmHWM:"));
    return 0;
}

int runNaiveChild(int argc, char** argv, const QString& bootstrap, const QString& topic) {
    QCoreApplication application(argc, argv);
    auto created = client::AdminClient::create(configFor(bootstrap));
    if (!created) return 1;
    auto& client = **created;
    QElapsedTimer clock;
    clock.start();
    std::vector<client::FetchedRecord> all;
    readAll(client, topic.toStdString(), [&](client::FetchedRecord&& r) { all.push_back(std::move(r)); });
    report("first_page_ms", ms(clock));
    report("rows", double(all.size()));
    report("rss_scrolled_mib", statusMiB("VmRSS:"));

    // The usual way to filter on a JSON field: parse each value as a document.
    clock.restart();
    int64_t matches = 0;
    for (const auto& r : all) {
        if (!r.value) continue;
        const auto doc = QJsonDocument::fromJson(
            QByteArray::fromRawData(reinterpret_cast<const char*>(r.value->data()), qsizetype(r.value->size())));
        if (doc.object().value(QStringLiteral("customer_id")).toString() == QLatin1String("cust-0007")) ++matches;
    }
    report("filter_json_rate", double(all.size()) * 1000.0 / ms(clock));
    report("filter_json_matches", double(matches));
    report("rss_peak_mib", statusMiB("VmHWM:"));
    return 0;
}

int runReadChild(int argc, char** argv, const QString& bootstrap, const QString& topic) {
    QCoreApplication application(argc, argv);
    auto created = client::AdminClient::create(configFor(bootstrap));
    if (!created) return 1;
    QElapsedTimer clock;
    clock.start();
    int64_t records = 0;
    const int64_t bytes = readAll(**created, topic.toStdString(), [&](client::FetchedRecord&&) { ++records; });
    const double seconds = ms(clock) / 1000.0;
    report("read_rate", double(records) / seconds);
    report("read_mib_s", double(bytes) / seconds / (1024.0 * 1024.0));
    report("rss_peak_mib", statusMiB("VmHWM:"));
    return 0;
}

} // namespace samsa::bench::messages
