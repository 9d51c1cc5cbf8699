#include "app/messages/record_page_loader.h"

#include "app/cluster_service.h"
#include "app/messages/page_assembler.h"

#include <algorithm>

namespace samsa::app {

namespace {

// Enough to run ahead of the view while another request waits for the broker, few enough
// that the newest request is never stuck behind a long queue.
constexpr int kMaxRunning = 3;
// Requests beyond this are forgotten, oldest first: the user scrolled past them.
constexpr size_t kMaxQueued = 48;
// A page of ~200-byte records takes ~70 KiB; a little more lets one read fill the pages
// after it as well, which is what scrolling asks for next.
constexpr int32_t kFetchBytes = 256 * 1024;
// How many reads past its page a request may make to find the markers of transactions
// that began in it.
constexpr int kMaxLookahead = 4;

} // namespace

struct RecordPageLoader::Job {
    PageKey key;
    int64_t limit = 0;
    int64_t target = 0; // read at least this far
    quint64 generation = 0;
    int lookahead = 0;
    bool retriedRange = false;
    std::unique_ptr<PageAssembler> pages;
};

RecordPageLoader::RecordPageLoader(ClusterService* service, QString topic, QObject* parent)
    : QObject(parent), m_service(service), m_topic(std::move(topic)) {}

RecordPageLoader::~RecordPageLoader() = default;

void RecordPageLoader::setVisibility(RecordVisibility visibility) {
    if (visibility == m_visibility) return;
    m_visibility = visibility;
    ++m_generation;
    m_queue.clear();
    m_pending.clear();
    m_running = 0; // answers of the old generation are dropped when they come
}

void RecordPageLoader::setLogStart(int32_t partition, int64_t offset) {
    m_logStart[partition] = offset;
}

void RecordPageLoader::request(PageKey key, int64_t limit) {
    if (m_pending.contains(key)) {
        // Already queued: move it to the front, as it is wanted again now.
        auto it = std::find_if(m_queue.begin(), m_queue.end(), [&](const auto& r) { return r.first == key; });
        if (it != m_queue.end()) {
            auto request = *it;
            request.second = std::max(request.second, limit);
            m_queue.erase(it);
            m_queue.push_back(request);
        }
        return;
    }
    m_pending.insert(key);
    m_queue.emplace_back(key, limit);
    while (m_queue.size() > kMaxQueued) {
        m_pending.erase(m_queue.front().first);
        m_queue.pop_front();
    }
    pump();
}

void RecordPageLoader::dropQueued() {
    for (const auto& [key, limit] : m_queue) m_pending.erase(key);
    m_queue.clear();
}

void RecordPageLoader::pump() {
    while (m_running < kMaxRunning && !m_queue.empty()) {
        const auto [key, limit] = m_queue.back();
        m_queue.pop_back();
        auto job = std::make_shared<Job>();
        job->key = key;
        job->limit = limit;
        job->generation = m_generation;
        start(job);
    }
}

void RecordPageLoader::start(const std::shared_ptr<Job>& job) {
    ++m_running;
    const auto logStart = m_logStart.find(job->key.partition);
    const int64_t from =
        std::max(job->key.firstOffset(), logStart == m_logStart.end() ? 0 : logStart->second);
    job->target = std::min(job->key.endOffset(), job->limit);
    job->pages = std::make_unique<PageAssembler>(job->key.partition, from, m_visibility);
    if (from >= job->target) {
        // Nothing to read: the page lies below the log start or past the end.
        RecordPage empty;
        empty.key = job->key;
        empty.endOffset = std::clamp(from, job->key.firstOffset(), job->key.endOffset());
        empty.readLimit = job->limit;
        std::vector<RecordPage> pages;
        pages.push_back(std::move(empty));
        if (onPages) onPages(std::move(pages));
        return finished(job);
    }
    fetchNext(job);
}

void RecordPageLoader::fetchNext(const std::shared_ptr<Job>& job) {
    client::FetchOptions options;
    options.maxBytes = kFetchBytes;
    options.maxWait = std::chrono::milliseconds(0);
    options.isolationLevel = m_visibility.readCommitted ? client::IsolationLevel::ReadCommitted
                                                        : client::IsolationLevel::ReadUncommitted;
    const client::TopicPartition tp{m_topic.toStdString(), job->key.partition};
    const int64_t offset = job->pages->nextOffset();
    m_service->call<client::FetchedPartition>(
        this,
        [tp, offset, options](client::AdminClient& c, client::Callback<client::FetchedPartition> cb) {
            c.fetch(tp, offset, options, {}, std::move(cb));
        },
        [this, job, offset](const client::Result<client::FetchedPartition>& result) {
            if (job->generation != m_generation) return;
            if (!result) {
                // Retention or a purge moved the log start since the view asked: read from
                // the new start, once.
                if (result.error().code == ErrorCode::OffsetOutOfRange && !job->retriedRange) {
                    job->retriedRange = true;
                    return refreshLogStartAndRetry(job);
                }
                if (onError) onError(job->key, describeError(result.error()));
                return finished(job);
            }
            const auto& fetched = *result;
            job->pages->add(fetched);
            const int64_t visibleEnd =
                m_visibility.readCommitted ? fetched.lastStableOffset : fetched.highWatermark;
            const int64_t end = visibleEnd >= 0 ? std::min(job->limit, visibleEnd) : job->limit;
            const int64_t next = job->pages->nextOffset();
            const bool progressed = next > offset;
            if (progressed && next < std::min(job->target, end)) return fetchNext(job);
            if (progressed && job->pages->waitingForMarkers() && job->lookahead < kMaxLookahead &&
                (visibleEnd < 0 || next < visibleEnd)) {
                ++job->lookahead;
                return fetchNext(job);
            }
            // No progress means the partition ends here for this reader.
            auto pages = job->pages->finish(progressed ? end : next, job->key.index, job->limit);
            if (onPages) onPages(std::move(pages));
            finished(job);
        });
}

void RecordPageLoader::refreshLogStartAndRetry(const std::shared_ptr<Job>& job) {
    const std::string topic = m_topic.toStdString();
    m_service->call<std::vector<client::PartitionWatermarks>>(
        this,
        [topic](client::AdminClient& c, client::Callback<std::vector<client::PartitionWatermarks>> cb) {
            c.watermarks({topic}, {}, std::move(cb));
        },
        [this, job](const client::Result<std::vector<client::PartitionWatermarks>>& result) {
            if (job->generation != m_generation) return;
            if (!result) {
                if (onError) onError(job->key, describeError(result.error()));
                return finished(job);
            }
            for (const auto& w : *result)
                if (!w.error) m_logStart[w.partition.partition] = w.earliest;
            --m_running;
            start(job);
        });
}

void RecordPageLoader::finished(const std::shared_ptr<Job>& job) {
    if (job->generation != m_generation) return;
    m_pending.erase(job->key);
    --m_running;
    pump();
    if (isIdle()) emit idle();
}

void RecordPageLoader::fetchDetail(RecordPosition position, QObject* context, DetailHandler done) {
    client::FetchOptions options;
    // The broker always returns the first batch whole, however small the limit; that
    // batch holds the record.
    options.maxBytes = 1;
    options.maxWait = std::chrono::milliseconds(0);
    options.isolationLevel = m_visibility.readCommitted ? client::IsolationLevel::ReadCommitted
                                                        : client::IsolationLevel::ReadUncommitted;
    const client::TopicPartition tp{m_topic.toStdString(), position.partition};
    const QString topic = m_topic;
    m_service->call<client::FetchedPartition>(
        context,
        [tp, position, options](client::AdminClient& c, client::Callback<client::FetchedPartition> cb) {
            c.fetch(tp, position.offset, options, {}, std::move(cb));
        },
        [topic, position, done = std::move(done)](const client::Result<client::FetchedPartition>& result) {
            if (!result) return done(std::nullopt, describeError(result.error()));
            for (const auto& batch : result->batches)
                for (const auto& record : batch.records) {
                    if (record.offset != position.offset) continue;
                    RecordDetail detail;
                    detail.topic = topic;
                    detail.partition = position.partition;
                    detail.record = record;
                    detail.producerId = batch.producerId;
                    detail.producerEpoch = batch.producerEpoch;
                    detail.baseSequence = batch.baseSequence;
                    detail.transactional = batch.isTransactional;
                    detail.control = batch.isControl;
                    detail.aborted = batch.aborted;
                    detail.compression = batch.compression;
                    return done(detail, QString());
                }
            done(std::nullopt, tr("Partition %1 has no record at offset %2 any more.")
                                   .arg(position.partition)
                                   .arg(position.offset));
        });
}

} // namespace samsa::app
