#pragma once

#include "app/monitor/history_store.h"
#include "app/monitor/monitor_types.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <functional>

namespace samsa::app {
class ClusterService;
}

namespace samsa::monitor {

class MonitorWorker;

// What the timeline of one group shows for a time range.
struct Timeline {
    QList<Generation> generations; // in time order, starting with the one before the range
    QList<GroupEvent> events;
};

// Watches every consumer group of one cluster while the app runs, not only the group on
// screen: a sampling round every interval (2 s by default) on a thread of its own,
// lag judged the Burrow way, samples kept in the history database and rebalances
// tracked from polling and from __consumer_offsets. Pages read its snapshots and ask
// it for history; nothing here runs on the GUI thread except handing results over.
//
// It uses the cluster service's AdminClient rather than one of its own: one set of
// connections per cluster, and the client already works off the GUI thread. So the
// monitor must be deleted before its service (the main window does this when the
// service retires).
class GroupMonitor : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 2000;

    GroupMonitor(app::ClusterService* service, QString historyPath, QObject* parent = nullptr);
    // Stops the worker thread and waits for it: a round in flight is cancelled, so this
    // takes no longer than a history write.
    ~GroupMonitor() override;

    app::ClusterService* service() const { return m_service; }
    bool isStarted() const { return m_started; }
    QString clusterKey() const { return m_clusterKey; }
    // Empty unless the history database could not be opened (sampling goes on).
    QString storeError() const { return m_storeError; }
    int intervalMs() const { return m_intervalMs; }
    SnapshotPtr latest() const { return m_latest; }

    // History queries run on the worker thread; `done` runs on this object's thread
    // unless `context` is gone by then.
    void queryLag(const QList<LagQuery>& queries, QObject* context,
                  std::function<void(const QList<QList<SeriesPoint>>&)> done);
    void queryTimeline(const QString& groupId, qint64 fromMs, qint64 toMs, QObject* context,
                       std::function<void(const Timeline&)> done);
    // A line on the group's timeline ("lab: consumer 3 killed"). `marker` and `subject`
    // let readers recognise it whatever the language: the lab writes "lab-kill" or
    // "lab-stop" with the consumer's client id.
    void addNote(const QString& groupId, const QString& text, const QString& marker = {},
                 const QString& subject = {});
    // Runs `work` with the history store on the worker thread (sample data for
    // screenshots, benchmarks), then `done` here.
    void withStore(std::function<void(HistoryStore&, const QString& clusterKey)> work,
                   QObject* context, std::function<void()> done);

public slots:
    void start();
    void setIntervalMs(int ms);
    // Starts a round now instead of at the next tick (after an admin action).
    void sampleNow();

signals:
    void started();
    void sampled(const samsa::monitor::SnapshotPtr& snapshot);
    // New or changed generations or events of these groups.
    void generationsChanged(const QStringList& groups);
    void intervalChanged(int ms);

private:
    template <typename Fn>
    void onWorker(Fn fn);

    app::ClusterService* m_service;
    QThread m_thread;
    MonitorWorker* m_worker;
    bool m_started = false;
    QString m_clusterKey;
    QString m_storeError;
    int m_intervalMs = kDefaultIntervalMs;
    SnapshotPtr m_latest;
};

} // namespace samsa::monitor
