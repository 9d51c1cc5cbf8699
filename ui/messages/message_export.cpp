#include "ui/messages/message_export.h"

#include "app/cluster_service.h"
#include "ui/common/format.h"

#include <QFileInfo>
#include <QTimer>

namespace samsa::ui {

namespace {
// Enough for a few hundred ordinary records per read; the broker returns at least one
// batch however small this is.
constexpr int32_t kExportFetchBytes = 1024 * 1024;
} // namespace

MessageExport::MessageExport(app::ClusterService* service, QString topic, QString path, QObject* parent)
    : QObject(parent), m_service(service), m_topic(std::move(topic)), m_path(std::move(path)) {}

MessageExport::~MessageExport() {
    // A scan still writing stops before the writer goes.
    m_scan.reset();
}

bool MessageExport::openWriter(app::ExportFormat format) {
    m_writer = app::RecordExportWriter::open(m_path, format, &m_openError);
    return m_writer != nullptr;
}

MessageExport* MessageExport::positions(app::ClusterService* service, const QString& topic,
                                        const QVector<app::RecordPosition>& positions, const QString& path,
                                        app::ExportFormat format, QObject* parent) {
    auto* e = new MessageExport(service, topic, path, parent);
    e->m_running = true;
    for (const auto& p : positions) e->m_wanted[p.partition].insert(p.offset);
    for (const auto& [partition, offsets] : e->m_wanted) e->m_total += qint64(offsets.size());
    // Started from the event loop, so the caller can connect to finished() first.
    QTimer::singleShot(0, e, [e, format] {
        if (!e->openWriter(format)) return e->finish(false, e->m_openError);
        e->readNext();
    });
    return e;
}

MessageExport* MessageExport::matches(app::ClusterService* service, app::ScanRequest request, const QString& path,
                                      app::ExportFormat format, QObject* parent) {
    auto* e = new MessageExport(service, request.topic, path, parent);
    e->m_running = true;
    request.wantRecords = true;
    request.follow = false;
    e->m_scan = std::make_unique<app::MessageScan>(service->client(), request);
    QTimer::singleShot(0, e, [e, format] {
        if (!e->openWriter(format)) return e->finish(false, e->m_openError);
        auto* writer = e->m_writer.get();
        const QString topic = e->m_topic;
        // Runs on the scan's worker thread, the only one touching the writer until the
        // scan has finished.
        e->m_scan->setRecordSink([writer, topic](int32_t partition, const client::FetchedRecord& record,
                                                 QString* error) {
            if (writer->write(topic, partition, record)) return true;
            writer->finish(error);
            return false;
        });
        connect(e->m_scan.get(), &app::MessageScan::progressChanged, e, &MessageExport::progressChanged);
        connect(e->m_scan.get(), &app::MessageScan::finished, e, [e] {
            if (e->m_scan->wasCancelled()) return e->finish(false, tr("Export cancelled; no file was written."));
            e->finish(e->m_scan->errorString().isEmpty(), e->m_scan->errorString());
        });
        e->m_scan->start();
    });
    return e;
}

qint64 MessageExport::written() const {
    return m_writer ? m_writer->recordsWritten() : 0;
}

void MessageExport::cancel() {
    if (!m_running) return;
    m_cancelled = true;
    if (m_scan) return m_scan->cancel(); // finished() follows
    finish(false, tr("Export cancelled; no file was written."));
}

void MessageExport::readNext() {
    if (!m_running || m_cancelled) return;
    while (!m_wanted.empty() && m_wanted.begin()->second.empty()) m_wanted.erase(m_wanted.begin());
    if (m_wanted.empty()) return finish(true, QString());
    const int32_t partition = m_wanted.begin()->first;
    const int64_t offset = *m_wanted.begin()->second.begin();
    client::FetchOptions options;
    options.maxBytes = kExportFetchBytes;
    options.maxWait = std::chrono::milliseconds(0);
    const client::TopicPartition tp{m_topic.toStdString(), partition};
    m_service->call<client::FetchedPartition>(
        this,
        [tp, offset, options](client::AdminClient& c, client::Callback<client::FetchedPartition> cb) {
            c.fetch(tp, offset, options, {}, std::move(cb));
        },
        [this, partition, offset](const client::Result<client::FetchedPartition>& result) {
            if (!m_running) return;
            if (!result) return finish(false, app::describeError(result.error()));
            auto& wanted = m_wanted[partition];
            for (const auto& batch : result->batches)
                for (const auto& record : batch.records) {
                    if (!wanted.erase(record.offset)) continue;
                    if (!m_writer->write(m_topic, partition, record)) {
                        QString error;
                        m_writer->finish(&error);
                        return finish(false, error);
                    }
                    ++m_done;
                }
            // Offsets the read passed without finding are gone (compacted, deleted).
            const int64_t next = std::max(result->nextOffset, offset + 1);
            wanted.erase(wanted.begin(), wanted.lower_bound(next));
            emit progressChanged();
            readNext();
        });
}

void MessageExport::finish(bool ok, const QString& error) {
    if (!m_running) return;
    m_running = false;
    QString message = error;
    if (ok && m_writer) {
        QString finishError;
        if (m_writer->finish(&finishError)) {
            //: %1 a count of records, %2 a file name.
            message = tr("%Ln record(s) written to %1", nullptr, int(m_writer->recordsWritten()))
                          .arg(QFileInfo(m_path).fileName());
        } else {
            ok = false;
            message = finishError;
        }
    }
    // Dropped unfinished, the writer removes its partial file.
    m_writer.reset();
    emit finished(ok, message);
}

} // namespace samsa::ui
