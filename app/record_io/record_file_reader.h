#pragma once

#include "app/record_io/exported_record.h"
#include "app/record_io/record_csv.h"
#include "app/record_io/record_export_writer.h"

#include <QFile>
#include <QString>
#include <memory>
#include <optional>

namespace samsa::app {

// Reads back the files RecordExportWriter writes (and hand-written ones in the same
// formats), one record at a time, so files of any size can be replayed.
class RecordFileReader {
public:
    enum class Status { Record, End, Bad };

    // Null, with `error` set, when the file cannot be opened.
    static std::unique_ptr<RecordFileReader> open(const QString& path, ExportFormat format,
                                                  QString* error);

    // Record fills `out`; Bad sets `error` to what is wrong with the line (lineNumber()
    // says which) and reading goes on with the next one.
    Status next(ExportedRecord& out, QString* error);
    // Back to the first record, for a second pass over the file.
    bool rewind(QString* error);

    // The line the last record or bad line started on, counting from 1.
    qint64 lineNumber() const { return m_lineNumber; }
    qint64 bytesRead() const { return m_file.pos(); }
    qint64 size() const { return m_file.size(); }
    ExportFormat format() const { return m_format; }

private:
    RecordFileReader(const QString& path, ExportFormat format);
    bool readCsvHeader(QString* error);
    Status nextJson(ExportedRecord& out, QString* error);
    Status nextCsv(ExportedRecord& out, QString* error);

    QFile m_file;
    ExportFormat m_format;
    qint64 m_line = 0;
    qint64 m_lineNumber = 0;
    std::unique_ptr<CsvRowReader> m_csv;
    std::optional<CsvColumns> m_columns;
    QString m_headerError;
};

} // namespace samsa::app
