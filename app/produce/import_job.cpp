#include "app/produce/import_job.h"

#include "app/cluster_service.h"
#include "app/record_io/record_file_reader.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>

namespace samsa::app {

namespace {

// The translation context of these texts; a class, so that lupdate files them under it.
class Text {
    Q_DECLARE_TR_FUNCTIONS(samsa::app::ImportJob)
};

// How often the check's progress is shown.
constexpr int kProgressIntervalMs = 100;

ImportCheck checkFile(const ImportOptions& options, ImportJob::CheckState& state) {
    ImportCheck check;
    auto reader = RecordFileReader::open(options.path, options.format, &check.fileError);
    if (!reader) return check;
    state.total.store(reader->size());
    ExportedRecord record;
    QString why;
    const auto bad = [&](QString reason) {
        if (check.badLines.size() < ImportCheck::kMaxBadLines)
            check.badLines.push_back({reader->lineNumber(), std::move(reason)});
        ++check.badLineCount;
    };
    while (!state.stop.load(std::memory_order_relaxed)) {
        const auto status = reader->next(record, &why);
        state.done.store(reader->bytesRead(), std::memory_order_relaxed);
        if (status == RecordFileReader::Status::End) break;
        if (status == RecordFileReader::Status::Bad) {
            bad(why);
            continue;
        }
        if (options.replay.keepPartitions && !record.partition) {
            bad(Text::tr(
                "The record names no partition to keep; import it with a partitioner instead."));
            continue;
        }
        ++check.records;
        if (record.partition && (!check.maxPartition || *record.partition > *check.maxPartition))
            check.maxPartition = record.partition;
    }
    return check;
}

} // namespace

ImportJob::ImportJob(ClusterService* service, ImportOptions options, QObject* parent)
    : QObject(parent), m_service(service), m_options(std::move(options)),
      m_checkState(std::make_shared<CheckState>()) {}

ImportJob::~ImportJob() {
    m_checkState->stop.store(true);
}

void ImportJob::start() {
    if (m_phase != Phase::Idle) return;
    setPhase(Phase::Checking);
    // The worker only counts bytes; the count is shown from here, so no signal crosses
    // threads towards a job that may be gone.
    auto* ticker = new QTimer(this);
    ticker->setInterval(kProgressIntervalMs);
    connect(ticker, &QTimer::timeout, this,
            [this] { emit progress(m_checkState->done.load(), m_checkState->total.load()); });
    ticker->start();
    auto* watcher = new QFutureWatcher<ImportCheck>(this);
    connect(watcher, &QFutureWatcher<ImportCheck>::finished, this, [this, watcher, ticker] {
        ticker->deleteLater();
        watcher->deleteLater();
        m_check = watcher->result();
        emit progress(m_checkState->total.load(), m_checkState->total.load());
        onChecked();
    });
    watcher->setFuture(QtConcurrent::run(
        [options = m_options, state = m_checkState] { return checkFile(options, *state); }));
}

void ImportJob::cancel() {
    m_cancelled = true;
    m_checkState->stop.store(true);
    if (m_produce) m_produce->cancel();
}

void ImportJob::onChecked() {
    if (m_cancelled) return finish();
    if (!m_check.fileError.isEmpty()) return finish(m_check.fileError);
    if (m_check.badLineCount > 0)
        //: %n is the number of lines of the file that cannot be read
        return finish(Text::tr("%Ln line(s) of the file cannot be read; nothing was sent.", "",
                               int(m_check.badLineCount)));
    if (m_check.records == 0) return finish(Text::tr("The file holds no records."));
    if (m_options.replay.keepPartitions)
        checkTopic();
    else
        startProducing();
}

void ImportJob::checkTopic() {
    setPhase(Phase::CheckingTopic);
    if (!m_service) return finish(Text::tr("The cluster connection was closed."));
    m_service->call<std::vector<client::TopicDescription>>(
        this,
        [topic = m_options.topic.toStdString()](client::AdminClient& c, auto cb) {
            c.describeTopics({topic}, {}, cb);
        },
        [this](const client::Result<std::vector<client::TopicDescription>>& result) {
            if (m_cancelled) return finish();
            if (!result) return finish(describeError(result.error()));
            if (result->empty() || result->front().error != ErrorCode::None) {
                const auto code =
                    result->empty() ? ErrorCode::UnknownTopicOrPartition : result->front().error;
                return finish(describeError(
                    client::makeError(code, "topic " + m_options.topic.toStdString() + ": " +
                                                std::string(errorMessage(code)))));
            }
            const auto partitions = static_cast<int32_t>(result->front().partitions.size());
            if (m_check.maxPartition && *m_check.maxPartition >= partitions)
                //: %1 is a partition number, %2 a topic, %n its partition count
                return finish(
                    Text::tr("The file has records of partition %1, but %2 has only %n "
                             "partition(s). Add "
                             "partitions to the topic, or import with a partitioner instead.",
                             "", partitions)
                        .arg(*m_check.maxPartition)
                        .arg(m_options.topic));
            startProducing();
        });
}

void ImportJob::startProducing() {
    if (m_cancelled) return finish();
    setPhase(Phase::Producing);
    client::ProduceOptions produce;
    produce.partitioner =
        m_options.replay.keepPartitions ? client::Partitioner::Explicit : m_options.partitioner;
    produce.compression = m_options.compression;
    produce.acks = m_options.acks;
    m_produce =
        new ProduceJob(m_service, m_options.topic, produce,
                       std::make_unique<FileRecordSource>(m_options.path, m_options.format,
                                                          m_options.replay, m_check.records),
                       this);
    connect(m_produce, &ProduceJob::progress, this, &ImportJob::progress);
    connect(m_produce, &ProduceJob::finished, this, [this] {
        const auto& summary = m_produce->summary();
        if (!summary.sourceError.isEmpty()) return finish(summary.sourceError);
        if (summary.error) return finish(describeError(*summary.error));
        finish();
    });
    m_produce->start();
}

void ImportJob::setPhase(Phase phase) {
    m_phase = phase;
    emit phaseChanged(phase);
}

void ImportJob::finish(QString error) {
    m_error = std::move(error);
    setPhase(Phase::Done);
    emit finished();
}

} // namespace samsa::app
