#pragma once

#include "app/monitor/history_store.h"
#include "app/monitor/lag_tracker.h"
#include "app/monitor/rebalance_tracker.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <map>
#include <memory>
#include <mutex>

#include "client/admin_client.h"

namespace samsa::monitor {

// Lets client callbacks (on the client's thread) reach the worker safely: the worker
// clears the pointer, under the lock, before it goes.
struct WorkerInbox {
    std::mutex mutex;
    QObject* worker = nullptr;
};

// The monitor's work, on its own thread: a sampling round every interval (groups,
// descriptions, committed offsets, end offsets, record timestamps and new
// __consumer_offsets records), then the snapshot, the lag evaluation, the history
// writes and the rebalance tracking. The client does the network on its thread; the
// results are posted here, so neither the GUI thread nor the client's I/O thread does
// any of this work.
class MonitorWorker : public QObject {
    Q_OBJECT
public:
    MonitorWorker(client::AdminClient* client, QString historyPath, QString fallbackClusterKey);
    ~MonitorWorker() override;

    QString clusterKey() const { return m_clusterKey; }
    HistoryStore* store() { return m_store.get(); }

    // Called on the worker's thread (the monitor queues them there).
    void start();
    void setIntervalMs(int ms);
    void sampleNow();
    void setRetention(const HistoryRetention& retention);

signals:
    void started(const QString& clusterKey, const QString& storeError);
    void sampled(const samsa::monitor::SnapshotPtr& snapshot);
    void generationsChanged(const QStringList& groups);

private:
    struct Round;

    template <typename T, typename Fn>
    client::Callback<T> deliver(Fn fn);
    client::CallOptions options() const;

    void begin();
    void onListed(const client::Result<std::vector<client::GroupListing>>& listed);
    void onDescribed(const client::Result<std::vector<client::GroupDescription>>& described);
    void onOffsets(const std::string& group, const client::Result<std::vector<client::CommittedOffset>>& offsets);
    void fetchWatermarks();
    void onWatermarks(const client::Result<std::vector<client::PartitionWatermarks>>& marks);
    void fetchDetails();
    void readOffsetsTopic(const std::vector<client::PartitionWatermarks>& marks);
    void onOffsetsTopicBatch(int partition, const client::Result<client::FetchedPartition>& fetched);
    void stepDone();
    void finish();
    GroupInput inputFor(const client::GroupListing& listing) const;
    // Writes the round to the history; returns why that failed, if it did.
    QString persist(const ClusterSnapshot& snapshot);

    client::AdminClient* m_client;
    std::shared_ptr<WorkerInbox> m_inbox;
    std::shared_ptr<client::Cancellation> m_cancel;
    QString m_historyPath;
    QString m_clusterKey;
    std::unique_ptr<HistoryStore> m_store;
    QString m_storeError;
    QTimer* m_timer; // a child, so it moves to the worker's thread with it
    int m_intervalMs = 2000;
    std::unique_ptr<Round> m_round;
    quint64 m_roundId = 0;
    LagTracker m_lags;
    RebalanceTracker m_rebalances;
    SnapshotPtr m_last;
    QHash<int, qint64> m_offsetsCursors;
    bool m_cursorsLoaded = false;
    bool m_cursorsDirty = false;
    qint64 m_offsetsTopicRetryAtMs = 0;
    QString m_offsetsTopicNote;
    qint64 m_lastCompactMs = 0;
};

} // namespace samsa::monitor
