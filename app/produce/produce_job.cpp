#include "app/produce/produce_job.h"

#include "app/cluster_service.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace samsa::app {

namespace {

struct BuiltBatch {
    std::vector<client::ProducerRecord> records;
    QString error;
};

} // namespace

ProduceJob::ProduceJob(ClusterService* service, QString topic, client::ProduceOptions options,
                       std::unique_ptr<RecordSource> source, QObject* parent)
    : QObject(parent), m_service(service), m_topic(std::move(topic)), m_options(options),
      m_source(std::move(source)) {}

// A batch still being built finishes on its worker and is dropped with the watcher.
ProduceJob::~ProduceJob() = default;

void ProduceJob::start() {
    if (m_running) return;
    m_running = true;
    m_summary = {};
    m_summary.total = m_source->total();
    emit progress(0, m_summary.total);
    buildNextBatch();
}

void ProduceJob::cancel() {
    m_cancelRequested = true;
}

void ProduceJob::buildNextBatch() {
    if (m_cancelRequested) {
        m_summary.cancelled = true;
        finish();
        return;
    }
    auto* watcher = new QFutureWatcher<BuiltBatch>(this);
    connect(watcher, &QFutureWatcher<BuiltBatch>::finished, this, [this, watcher] {
        watcher->deleteLater();
        BuiltBatch built = watcher->result();
        if (!built.error.isEmpty()) {
            m_summary.sourceError = built.error;
            finish();
        } else if (built.records.empty()) {
            finish();
        } else if (m_cancelRequested) {
            m_summary.cancelled = true;
            finish();
        } else {
            sendBatch(std::move(built.records));
        }
    });
    watcher->setFuture(QtConcurrent::run([source = m_source] {
        BuiltBatch built;
        built.records = source->next(kBatchRecords, kBatchBytes, &built.error);
        return built;
    }));
}

void ProduceJob::sendBatch(std::vector<client::ProducerRecord> batch) {
    if (!m_service) {
        m_summary.error =
            client::makeError(ErrorCode::NetworkException, "the cluster connection was closed");
        finish();
        return;
    }
    auto records = std::make_shared<const std::vector<client::ProducerRecord>>(std::move(batch));
    m_summary.attempted += static_cast<int64_t>(records->size());
    m_service->call<std::vector<client::ProducedRecord>>(
        this,
        [topic = m_topic.toStdString(), records, options = m_options](
            client::AdminClient& c, auto cb) { c.produce(topic, *records, options, {}, cb); },
        [this, records](const client::Result<std::vector<client::ProducedRecord>>& result) {
            if (!result) {
                std::vector<client::ProducedRecord> failed(records->size());
                for (auto& f : failed)
                    f.error = result.error();
                onProduced(*records, failed);
            } else {
                onProduced(*records, *result);
            }
        });
}

void ProduceJob::onProduced(const std::vector<client::ProducerRecord>& batch,
                            const std::vector<client::ProducedRecord>& results) {
    for (const auto& r : results) {
        if (r.error) {
            ++m_summary.failed;
            if (!m_summary.error) m_summary.error = r.error;
            continue;
        }
        ++m_summary.succeeded;
        auto& tally = m_summary.partitions[r.partition.partition];
        ++tally.records;
        if (r.offset >= 0) {
            if (tally.firstOffset < 0 || r.offset < tally.firstOffset) tally.firstOffset = r.offset;
            tally.lastOffset = std::max(tally.lastOffset, r.offset);
        }
    }
    emit batchProduced(m_summary.attempted - static_cast<qint64>(batch.size()), batch, results);
    emit progress(m_summary.attempted, m_summary.total);
    if (m_summary.failed > 0) {
        finish();
        return;
    }
    buildNextBatch();
}

void ProduceJob::finish() {
    m_running = false;
    emit finished();
}

} // namespace samsa::app
