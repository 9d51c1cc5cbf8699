#pragma once

#include <QObject>
#include <QString>
#include <QVector>
#include <atomic>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

// After the Qt headers: moc cannot parse the standard headers these pull in first.
#include "app/messages/browse_types.h"
#include "app/messages/message_filter.h"

namespace samsa::client {
class AdminClient;
}

namespace samsa::app {

struct ScanRequest {
    QString topic;
    std::vector<PartitionRange> ranges; // what to read; `to` is where each ends
    BrowseOrder order = BrowseOrder::ByPartition;
    std::shared_ptr<const CompiledFilter> filter; // null: every record
    RecordVisibility visibility;
    // After the ranges, keep reading what producers append until cancelled.
    bool follow = false;
    // Hand each match to the record sink (exports) instead of listing positions.
    bool wantRecords = false;
    // Positions listed at most; matches past it are still counted. Bounds memory for a
    // filter that lets most of a huge topic through (12 bytes per match).
    int64_t maxPositions = 5'000'000;
};

struct ScanProgress {
    int64_t scanned = 0;   // records read in the ranges (and after, when following)
    int64_t matched = 0;   // of those, the ones the filter let through
    int64_t listed = 0;    // matches handed over as positions
    int64_t total = 0;     // records in the ranges (offsets, so an upper bound)
    int64_t bytes = 0;     // record bytes read
    qint64 elapsedMs = 0;
    bool caughtUp = false; // the ranges are read; following goes on
    double recordsPerSecond() const { return elapsedMs > 0 ? scanned * 1000.0 / double(elapsedMs) : 0; }
};

// Reads ranges of a topic on a worker thread, as fast as the cluster serves them, and
// reports the records a filter lets through, in the order the view shows them: by
// partition, or merged across partitions by timestamp. No cap: it runs to the end of
// the ranges unless cancelled; positions are handed over in batches (the view inserts
// rows in batches) and only the matches, never the records, are kept. Transactions are
// settled from their markers as the view's pages settle them, so aborted records are
// left out under read_committed here too.
class MessageScan : public QObject {
    Q_OBJECT
public:
    // `client` must outlive this object (the page that owns the scan goes before the
    // cluster service that owns the client).
    MessageScan(client::AdminClient* client, ScanRequest request, QObject* parent = nullptr);
    // Cancels and waits for the worker, which ends at once.
    ~MessageScan() override;

    // Runs on the worker thread for every match, in order. Returning false stops the scan
    // with `error`.
    using RecordSink = std::function<bool(int32_t partition, const client::FetchedRecord& record, QString* error)>;
    void setRecordSink(RecordSink sink) { m_sink = std::move(sink); }

    void start();
    void cancel();
    // A paused scan waits before its next read; positions found so far stay.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelledByUser; }
    QString errorString() const { return m_error; }
    ScanProgress progress() const;
    const ScanRequest& request() const { return m_request; }

signals:
    // Matches in view order. `block` is the index of the range they belong to when the
    // order is by partition, and 0 when merged by timestamp.
    void found(int block, const QVector<samsa::app::RecordPosition>& positions);
    void progressChanged();
    // Every range has been read; a following scan goes on with new records.
    void caughtUp();
    // Done, cancelled or failed (errorString()).
    void finished();

private:
    struct Shared;
    class Worker;
    void deliver();

    ScanRequest m_request;
    client::AdminClient* m_client;
    RecordSink m_sink;
    std::shared_ptr<Shared> m_shared;
    std::thread m_thread;
    bool m_running = false;
    bool m_paused = false;
    bool m_cancelledByUser = false;
    bool m_caughtUpSignalled = false;
    QString m_error;
};

} // namespace samsa::app
