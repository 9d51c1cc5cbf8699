#include "app/monitor/group_monitor.h"

#include "app/cluster_service.h"
#include "app/monitor/monitor_worker.h"

#include <QDateTime>

namespace samsa::monitor {

GroupMonitor::GroupMonitor(app::ClusterService* service, QString historyPath, QObject* parent)
    : QObject(parent), m_service(service),
      m_worker(new MonitorWorker(service->client(), std::move(historyPath),
                                 service->bootstrapServers())) {
    qRegisterMetaType<SnapshotPtr>("samsa::monitor::SnapshotPtr");
    m_thread.setObjectName(QStringLiteral("samsa-group-monitor"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &MonitorWorker::started, this,
            [this](const QString& clusterKey, const QString& storeError) {
                m_clusterKey = clusterKey;
                m_storeError = storeError;
                m_started = true;
                emit started();
            });
    connect(m_worker, &MonitorWorker::sampled, this, [this](const SnapshotPtr& snapshot) {
        m_latest = snapshot;
        emit sampled(snapshot);
    });
    connect(m_worker, &MonitorWorker::generationsChanged, this, &GroupMonitor::generationsChanged);
    m_thread.start();
}

GroupMonitor::~GroupMonitor() {
    m_thread.quit();
    m_thread.wait();
}

template <typename Fn>
void GroupMonitor::onWorker(Fn fn) {
    QMetaObject::invokeMethod(m_worker, std::move(fn), Qt::QueuedConnection);
}

void GroupMonitor::start() {
    // A service without a client (unusable settings) has nothing to sample.
    if (!m_service->client()) return;
    const int interval = m_intervalMs;
    onWorker([worker = m_worker, interval] {
        worker->setIntervalMs(interval);
        worker->start();
    });
}

void GroupMonitor::setIntervalMs(int ms) {
    if (ms == m_intervalMs) return;
    m_intervalMs = ms;
    onWorker([worker = m_worker, ms] { worker->setIntervalMs(ms); });
    emit intervalChanged(ms);
}

void GroupMonitor::sampleNow() {
    onWorker([worker = m_worker] { worker->sampleNow(); });
}

void GroupMonitor::queryLag(const QList<LagQuery>& queries, QObject* context,
                            std::function<void(const QList<QList<SeriesPoint>>&)> done) {
    QPointer<QObject> guard(context);
    onWorker([this, worker = m_worker, queries, guard, done] {
        QList<QList<SeriesPoint>> out;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (LagQuery q : queries) {
            if (!worker->store()) {
                out.append(QList<SeriesPoint>());
                continue;
            }
            if (q.clusterKey.isEmpty()) q.clusterKey = worker->clusterKey();
            out.append(worker->store()->query(q, now));
        }
        // `this` outlives the worker thread (the destructor waits for it).
        QMetaObject::invokeMethod(
            this, [guard, done, out] { if (guard) done(out); }, Qt::QueuedConnection);
    });
}

void GroupMonitor::queryTimeline(const QString& groupId, qint64 fromMs, qint64 toMs,
                                 QObject* context, std::function<void(const Timeline&)> done) {
    QPointer<QObject> guard(context);
    onWorker([this, worker = m_worker, groupId, fromMs, toMs, guard, done] {
        Timeline t;
        if (HistoryStore* store = worker->store()) {
            t.generations = store->generations(worker->clusterKey(), groupId, fromMs, toMs);
            t.events = store->events(worker->clusterKey(), groupId, fromMs, toMs);
        }
        QMetaObject::invokeMethod(
            this, [guard, done, t] { if (guard) done(t); }, Qt::QueuedConnection);
    });
}

void GroupMonitor::addNote(const QString& groupId, const QString& text, const QString& marker,
                           const QString& subject) {
    GroupEvent e;
    e.timeMs = QDateTime::currentMSecsSinceEpoch();
    e.groupId = groupId;
    e.kind = GroupEvent::Kind::Note;
    e.text = text;
    e.fromState = marker;
    e.toState = subject;
    onWorker([this, worker = m_worker, e] {
        if (HistoryStore* store = worker->store()) store->addEvent(worker->clusterKey(), e);
        const QStringList groups{e.groupId};
        QMetaObject::invokeMethod(
            this, [this, groups] { emit generationsChanged(groups); }, Qt::QueuedConnection);
    });
}

void GroupMonitor::withStore(std::function<void(HistoryStore&, const QString&)> work, QObject* context,
                             std::function<void()> done) {
    QPointer<QObject> guard(context);
    onWorker([this, worker = m_worker, work, guard, done] {
        if (HistoryStore* store = worker->store()) work(*store, worker->clusterKey());
        QMetaObject::invokeMethod(
            this, [guard, done] { if (guard && done) done(); }, Qt::QueuedConnection);
    });
}

} // namespace samsa::monitor
