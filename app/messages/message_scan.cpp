#include "app/messages/message_scan.h"

#include "app/cluster_service.h"
#include "app/messages/transaction_gate.h"
#include "client/admin_client.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMetaObject>
#include <condition_variable>
#include <deque>
#include <future>
#include <limits>
#include <mutex>

namespace samsa::app {

namespace {

// Reads in flight at once. Each answer is decoded on the client thread while this worker
// filters the one before: two cores busy, memory bounded by a few answers.
constexpr int kMaxInFlight = 3;
constexpr int32_t kFetchBytes = 4 * 1024 * 1024;
// Merging by time keeps one buffer per partition; this many buffered matches is enough
// to keep a partition out of the next round of reads.
constexpr size_t kMergeBufferLow = 4096;
// How long a caught-up partition's read waits for new records when following.
constexpr std::chrono::milliseconds kFollowWait{500};
// Hand-overs to the GUI thread are coalesced to this rate: the table inserts rows in
// batches instead of once per answer.
constexpr qint64 kDeliverEveryMs = 50;

} // namespace

struct MessageScan::Shared {
    std::mutex mutex;
    std::condition_variable wake;
    std::deque<size_t> ready; // cursors whose read has completed
    bool woken = false;
    std::atomic<bool> cancelled{false};
    std::atomic<bool> paused{false};
    std::shared_ptr<client::Cancellation> cancellation = client::Cancellation::create();

    // What the worker hands over, under `mutex`.
    std::vector<std::pair<int, QVector<RecordPosition>>> outbox;
    ScanProgress progress;
    bool finished = false;
    QString error;
    bool deliveryPosted = false;

    void notify() {
        {
            std::lock_guard lock(mutex);
            woken = true;
        }
        wake.notify_one();
    }
};

class MessageScan::Worker {
public:
    Worker(client::AdminClient* client, const ScanRequest& request, const RecordSink& sink,
           std::shared_ptr<Shared> shared, std::function<void()> post)
        : m_client(client), m_request(request), m_sink(sink), m_shared(std::move(shared)), m_post(std::move(post)),
          m_topic(request.topic.toStdString()) {
        for (size_t i = 0; i < request.ranges.size(); ++i) {
            const auto& r = request.ranges[i];
            auto c = std::make_unique<Cursor>();
            c->block = request.order == BrowseOrder::ByPartition ? int(i) : 0;
            c->partition = r.partition;
            c->next = r.from;
            c->end = r.to;
            c->done = !request.follow && r.from >= r.to;
            c->gate = std::make_unique<TransactionGate<Hit>>(
                [this, cursor = c.get()](Hit&& hit, TransactionOutcome outcome) { pass(*cursor, std::move(hit), outcome); });
            m_progress.total += r.size();
            m_cursors.push_back(std::move(c));
        }
        const size_t partitions = std::max<size_t>(1, m_cursors.size());
        m_fetchBytes = request.order == BrowseOrder::ByTimestamp
                           ? int32_t(std::clamp<size_t>((64u << 20) / partitions, 256u << 10, kFetchBytes))
                           : kFetchBytes;
    }

    void run() {
        m_clock.start();
        while (!m_shared->cancelled && m_error.isEmpty()) {
            if (!m_shared->paused) issueReads();
            if (m_inFlight == 0 && allDone()) break;
            const auto index = waitForAnswer();
            if (!index) continue;
            auto& cursor = *m_cursors[*index];
            cursor.pending = false;
            --m_inFlight;
            if (cursor.holdsSlot) --m_slotsUsed;
            auto result = cursor.future.get();
            const int64_t asked = cursor.next;
            advance(cursor, result);
            // The next read goes out before this answer is filtered: the client decodes
            // one while this thread filters the other.
            if (!m_shared->paused && !m_shared->cancelled) issueReads();
            handle(cursor, std::move(result), asked);
            if (m_request.order == BrowseOrder::ByTimestamp) mergeReady(false);
            publish(false);
        }
        if (!m_shared->cancelled && m_error.isEmpty()) {
            for (auto& c : m_cursors) c->gate->finish();
            if (m_request.order == BrowseOrder::ByTimestamp) mergeReady(true);
        }
        if (m_shared->cancelled) m_shared->cancellation->cancel(); // ends reads still running
        publish(true);
    }

private:
    struct Hit {
        int64_t offset = 0;
        int64_t timestampMs = 0;
        bool include = true; // control records pass through only to settle transactions
        std::optional<client::FetchedRecord> record;
    };
    struct Cursor {
        int block = 0;
        int32_t partition = 0;
        int64_t next = 0;
        int64_t end = 0;
        bool pending = false;
        bool holdsSlot = false; // its read counts against kMaxInFlight
        bool done = false;
        bool caughtUp = false;
        std::future<client::Result<client::FetchedPartition>> future;
        std::deque<Hit> buffer; // merge order: matches waiting for the other partitions
        std::unique_ptr<TransactionGate<Hit>> gate;
    };

    bool allDone() const {
        return std::all_of(m_cursors.begin(), m_cursors.end(), [](const auto& c) { return c->done; });
    }

    void issueReads() {
        // Merging reads the emptiest buffers first: the merge waits for them.
        std::vector<Cursor*> order;
        for (auto& c : m_cursors) order.push_back(c.get());
        if (m_request.order == BrowseOrder::ByTimestamp)
            std::stable_sort(order.begin(), order.end(),
                             [](const Cursor* a, const Cursor* b) { return a->buffer.size() < b->buffer.size(); });
        for (Cursor* c : order) {
            if (c->pending || c->done) continue;
            if (m_request.order == BrowseOrder::ByTimestamp && c->buffer.size() >= kMergeBufferLow) continue;
            // A caught-up partition's read mostly waits; it does not take a slot.
            if (!c->caughtUp && m_slotsUsed >= kMaxInFlight) continue;
            issue(*c);
        }
    }

    void issue(Cursor& c) {
        client::FetchOptions options;
        options.maxBytes = m_fetchBytes;
        options.maxWait = c.caughtUp ? kFollowWait : std::chrono::milliseconds(0);
        options.isolationLevel = m_request.visibility.readCommitted ? client::IsolationLevel::ReadCommitted
                                                                    : client::IsolationLevel::ReadUncommitted;
        client::CallOptions call;
        call.cancellation = m_shared->cancellation;
        const size_t index = size_t(std::find_if(m_cursors.begin(), m_cursors.end(),
                                                 [&](const auto& p) { return p.get() == &c; }) -
                                    m_cursors.begin());
        auto shared = m_shared;
        // The callback only says which read is done; the answer is taken from the future
        // so it is moved, not copied.
        c.future = m_client->fetch(client::TopicPartition{m_topic, c.partition}, c.next, options, call,
                                   [shared, index](const client::Result<client::FetchedPartition>&) {
                                       {
                                           std::lock_guard lock(shared->mutex);
                                           shared->ready.push_back(index);
                                       }
                                       shared->wake.notify_one();
                                   });
        c.pending = true;
        c.holdsSlot = !c.caughtUp;
        ++m_inFlight;
        if (c.holdsSlot) ++m_slotsUsed;
    }

    std::optional<size_t> waitForAnswer() {
        std::unique_lock lock(m_shared->mutex);
        m_shared->wake.wait_for(lock, std::chrono::milliseconds(200), [&] {
            return !m_shared->ready.empty() || m_shared->woken || m_shared->cancelled;
        });
        m_shared->woken = false;
        if (m_shared->ready.empty()) return std::nullopt;
        const size_t index = m_shared->ready.front();
        m_shared->ready.pop_front();
        return index;
    }

    // Moves the cursor past an answer and decides whether the partition is done.
    void advance(Cursor& c, const client::Result<client::FetchedPartition>& result) {
        if (!result) {
            // A failed read ends the scan (see handle); no more reads for this partition.
            c.done = true;
            return;
        }
        const int64_t asked = c.next;
        c.next = std::max(c.next, result->nextOffset);
        const bool progressed = result->nextOffset > asked;
        if (!m_request.follow) {
            c.done = c.next >= c.end || !progressed;
        } else if (!progressed || c.next >= c.end) {
            c.caughtUp = true; // from here it follows what producers append
        }
    }

    void handle(Cursor& c, client::Result<client::FetchedPartition> result, int64_t asked) {
        if (!result) {
            if (!client::isCancelled(result.error())) m_error = describeError(result.error());
            return;
        }
        auto& fetched = *result;
        const bool bounded = !m_request.follow;
        for (auto& batch : fetched.batches) {
            const BatchInfo info = BatchInfo::of(batch);
            for (auto& record : batch.records) {
                if (record.offset < asked) continue; // a compressed batch comes whole
                if (bounded && record.offset >= c.end) break;
                ++m_progress.scanned;
                m_progress.bytes += int64_t((record.key ? record.key->size() : 0) +
                                            (record.value ? record.value->size() : 0));
                const bool match = !m_request.filter || m_request.filter->matches(c.partition, record);
                // Markers always go to the gate: they settle their transaction even when
                // they are not shown.
                if (!info.control && !match) continue;
                Hit hit;
                hit.offset = record.offset;
                hit.timestampMs = record.timestampMs;
                hit.include = match && (!info.control || m_request.visibility.showControlRecords);
                if (m_request.wantRecords && hit.include) hit.record = std::move(record);
                c.gate->add(info, std::move(hit));
            }
        }
        if (c.done) c.gate->finish();
        if (!m_progress.caughtUp &&
            std::all_of(m_cursors.begin(), m_cursors.end(), [](const auto& k) { return k->done || k->caughtUp; }))
            m_progress.caughtUp = true;
    }

    // Where the gate releases a record whose transaction is settled.
    void pass(Cursor& c, Hit&& hit, TransactionOutcome outcome) {
        if (!hit.include) return;
        if (outcome == TransactionOutcome::Aborted && m_request.visibility.readCommitted) return;
        ++m_progress.matched;
        if (m_request.order == BrowseOrder::ByTimestamp)
            c.buffer.push_back(std::move(hit));
        else
            emitHit(c, std::move(hit));
    }

    void emitHit(const Cursor& c, Hit&& hit) {
        if (m_request.wantRecords) {
            QString error;
            if (m_sink && hit.record && !m_sink(c.partition, *hit.record, &error)) m_error = error;
            return;
        }
        if (m_progress.listed >= m_request.maxPositions) return;
        ++m_progress.listed;
        if (m_out.empty() || m_out.back().first != c.block) m_out.emplace_back(c.block, QVector<RecordPosition>());
        m_out.back().second.append(RecordPosition{c.partition, hit.offset});
    }

    // Hands on the earliest buffered match while every partition that may still bring an
    // earlier one has something buffered. At the end (`drain`) nothing blocks.
    void mergeReady(bool drain) {
        for (;;) {
            Cursor* best = nullptr;
            for (auto& c : m_cursors) {
                if (c->buffer.empty()) {
                    if (!drain && !c->done && !c->caughtUp) return;
                    continue;
                }
                const Hit& h = c->buffer.front();
                if (!best || h.timestampMs < best->buffer.front().timestampMs) best = c.get();
            }
            if (!best) return;
            Hit hit = std::move(best->buffer.front());
            best->buffer.pop_front();
            emitHit(*best, std::move(hit));
        }
    }

    void publish(bool final) {
        if (!final && m_clock.elapsed() - m_lastPublishMs < kDeliverEveryMs) return;
        m_lastPublishMs = m_clock.elapsed();
        m_progress.elapsedMs = m_clock.elapsed();
        bool post = false;
        {
            std::lock_guard lock(m_shared->mutex);
            for (auto& entry : m_out) {
                auto& box = m_shared->outbox;
                if (!box.empty() && box.back().first == entry.first)
                    box.back().second += entry.second;
                else
                    box.push_back(std::move(entry));
            }
            m_shared->progress = m_progress;
            if (final) {
                m_shared->finished = true;
                m_shared->error = m_error;
            }
            if (!m_shared->deliveryPosted) {
                m_shared->deliveryPosted = true;
                post = true;
            }
        }
        m_out.clear();
        if (post) m_post();
    }

    client::AdminClient* m_client;
    const ScanRequest& m_request;
    const RecordSink& m_sink;
    std::shared_ptr<Shared> m_shared;
    std::function<void()> m_post;
    std::string m_topic;
    std::vector<std::unique_ptr<Cursor>> m_cursors;
    int32_t m_fetchBytes = kFetchBytes;
    int m_inFlight = 0;  // reads running
    int m_slotsUsed = 0; // of those, the ones that are not a caught-up partition waiting
    ScanProgress m_progress;
    std::vector<std::pair<int, QVector<RecordPosition>>> m_out;
    QElapsedTimer m_clock;
    qint64 m_lastPublishMs = 0;
    QString m_error;
};

MessageScan::MessageScan(client::AdminClient* client, ScanRequest request, QObject* parent)
    : QObject(parent), m_request(std::move(request)), m_client(client), m_shared(std::make_shared<Shared>()) {}

MessageScan::~MessageScan() {
    m_shared->cancelled = true;
    m_shared->cancellation->cancel();
    m_shared->notify();
    if (m_thread.joinable()) m_thread.join();
}

void MessageScan::start() {
    if (m_running || m_thread.joinable()) return;
    m_running = true;
    m_thread = std::thread([this] {
        Worker worker(m_client, m_request, m_sink, m_shared, [this] {
            QMetaObject::invokeMethod(this, &MessageScan::deliver, Qt::QueuedConnection);
        });
        worker.run();
    });
}

void MessageScan::cancel() {
    if (!m_running) return;
    m_cancelledByUser = true;
    m_shared->cancelled = true;
    m_shared->cancellation->cancel();
    m_shared->notify();
}

void MessageScan::setPaused(bool paused) {
    m_paused = paused;
    m_shared->paused = paused;
    m_shared->notify();
}

ScanProgress MessageScan::progress() const {
    std::lock_guard lock(m_shared->mutex);
    return m_shared->progress;
}

void MessageScan::deliver() {
    std::vector<std::pair<int, QVector<RecordPosition>>> outbox;
    bool finishedNow = false;
    bool caughtUpNow = false;
    {
        std::lock_guard lock(m_shared->mutex);
        outbox.swap(m_shared->outbox);
        m_shared->deliveryPosted = false;
        finishedNow = m_shared->finished && m_running;
        caughtUpNow = m_shared->progress.caughtUp && !m_caughtUpSignalled;
        if (finishedNow) m_error = m_shared->error;
    }
    for (auto& [block, positions] : outbox) emit found(block, positions);
    emit progressChanged();
    if (caughtUpNow) {
        m_caughtUpSignalled = true;
        emit caughtUp();
    }
    if (finishedNow) {
        m_running = false;
        if (m_thread.joinable()) m_thread.join(); // it has published its last words
        emit finished();
    }
}

} // namespace samsa::app
