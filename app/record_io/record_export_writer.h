#pragma once

#include "client/record_types.h"

#include <QString>
#include <cstdint>
#include <memory>

namespace samsa::app {

// The file formats of docs/export-format.md.
enum class ExportFormat { JsonLines, Csv };

// The format a file name suggests: .csv is CSV, anything else JSON Lines.
ExportFormat exportFormatForPath(const QString& path);

// Streams records into a file. Only a small buffer is held, however many records go
// through. The file appears under its name only when finish() succeeds, so an export
// that fails or is abandoned (the writer destroyed unfinished) leaves no half file
// where the user expects a whole one.
class RecordExportWriter {
public:
    // Null, with `error` set, when the file cannot be created.
    static std::unique_ptr<RecordExportWriter> open(const QString& path, ExportFormat format,
                                                    QString* error);
    virtual ~RecordExportWriter();

    // False once writing has failed; finish() then says why.
    bool write(const QString& topic, int32_t partition, const client::FetchedRecord& record);
    // Flushes and puts the file in place. Writing after finish() fails.
    bool finish(QString* error);

    int64_t recordsWritten() const { return m_records; }
    ExportFormat format() const { return m_format; }

private:
    struct File;
    RecordExportWriter(std::unique_ptr<File> file, ExportFormat format);
    bool flush();

    std::unique_ptr<File> m_file;
    ExportFormat m_format;
    QByteArray m_buffer;
    QString m_error;
    int64_t m_records = 0;
    bool m_finished = false;
};

} // namespace samsa::app
