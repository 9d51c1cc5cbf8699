#include "app/record_io/record_export_writer.h"

#include "app/record_io/record_csv.h"
#include "app/record_io/record_json.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace samsa::app {

namespace {

// The translation context of these texts; a class, so that lupdate files them under it.
class Text {
    Q_DECLARE_TR_FUNCTIONS(samsa::app::RecordExportWriter)
};

// Large enough that writes are few, small enough to stay out of the way.
constexpr qsizetype kFlushBytes = 256 * 1024;

} // namespace

struct RecordExportWriter::File {
    explicit File(const QString& path) : file(path) {}
    QSaveFile file;
};

ExportFormat exportFormatForPath(const QString& path) {
    return QFileInfo(path).suffix().compare(QLatin1StringView("csv"), Qt::CaseInsensitive) == 0
               ? ExportFormat::Csv
               : ExportFormat::JsonLines;
}

std::unique_ptr<RecordExportWriter> RecordExportWriter::open(const QString& path,
                                                             ExportFormat format, QString* error) {
    auto file = std::make_unique<File>(path);
    if (!file->file.open(QIODevice::WriteOnly)) {
        //: %1 is a file path, %2 the system's reason
        if (error) *error = Text::tr("Cannot write %1: %2").arg(path, file->file.errorString());
        return nullptr;
    }
    std::unique_ptr<RecordExportWriter> writer(new RecordExportWriter(std::move(file), format));
    if (format == ExportFormat::Csv) writer->m_buffer = csvHeaderRow();
    return writer;
}

RecordExportWriter::RecordExportWriter(std::unique_ptr<File> file, ExportFormat format)
    : m_file(std::move(file)), m_format(format) {
    m_buffer.reserve(kFlushBytes + 64 * 1024);
}

// QSaveFile drops its temporary file unless committed.
RecordExportWriter::~RecordExportWriter() = default;

bool RecordExportWriter::write(const QString& topic, int32_t partition,
                               const client::FetchedRecord& record) {
    if (!m_error.isEmpty()) return false;
    if (m_finished) {
        m_error = Text::tr("The export was already finished.");
        return false;
    }
    if (m_format == ExportFormat::Csv) {
        m_buffer += encodeCsvRow(topic, partition, record);
    } else {
        m_buffer += encodeJsonLine(topic, partition, record);
        m_buffer += '\n';
    }
    ++m_records;
    return m_buffer.size() < kFlushBytes || flush();
}

bool RecordExportWriter::flush() {
    if (m_buffer.isEmpty()) return true;
    if (m_file->file.write(m_buffer) != m_buffer.size()) {
        m_error = Text::tr("Cannot write %1: %2")
                      .arg(m_file->file.fileName(), m_file->file.errorString());
        m_file->file.cancelWriting();
        return false;
    }
    m_buffer.clear();
    return true;
}

bool RecordExportWriter::finish(QString* error) {
    if (m_error.isEmpty() && !m_finished) {
        m_finished = true;
        if (flush() && !m_file->file.commit())
            m_error = Text::tr("Cannot save %1: %2")
                          .arg(m_file->file.fileName(), m_file->file.errorString());
    }
    if (error) *error = m_error;
    return m_error.isEmpty();
}

} // namespace samsa::app
