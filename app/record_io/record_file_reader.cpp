#include "app/record_io/record_file_reader.h"

#include "app/record_io/record_json.h"

#include <QCoreApplication>

namespace samsa::app {

namespace {

// The translation context of these texts; a class, so that lupdate files them under it.
class Text {
    Q_DECLARE_TR_FUNCTIONS(samsa::app::RecordFileReader)
};

bool isBlank(QByteArrayView line) {
    return line.trimmed().isEmpty();
}

} // namespace

RecordFileReader::RecordFileReader(const QString& path, ExportFormat format)
    : m_file(path), m_format(format) {}

std::unique_ptr<RecordFileReader> RecordFileReader::open(const QString& path, ExportFormat format,
                                                         QString* error) {
    std::unique_ptr<RecordFileReader> reader(new RecordFileReader(path, format));
    if (!reader->m_file.open(QIODevice::ReadOnly)) {
        //: %1 is a file path, %2 the system's reason
        if (error) *error = Text::tr("Cannot read %1: %2").arg(path, reader->m_file.errorString());
        return nullptr;
    }
    if (!reader->rewind(error)) return nullptr;
    return reader;
}

bool RecordFileReader::rewind(QString* error) {
    if (!m_file.seek(0)) {
        if (error)
            *error = Text::tr("Cannot read %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    m_line = 0;
    m_lineNumber = 0;
    if (m_format == ExportFormat::Csv) {
        m_csv = std::make_unique<CsvRowReader>(&m_file);
        m_columns.reset();
        m_headerError.clear();
    }
    return true;
}

RecordFileReader::Status RecordFileReader::next(ExportedRecord& out, QString* error) {
    return m_format == ExportFormat::Csv ? nextCsv(out, error) : nextJson(out, error);
}

RecordFileReader::Status RecordFileReader::nextJson(ExportedRecord& out, QString* error) {
    while (!m_file.atEnd()) {
        const QByteArray line = m_file.readLine();
        m_lineNumber = ++m_line;
        if (isBlank(line)) continue;
        auto record = decodeJsonLine(line, error);
        if (!record) return Status::Bad;
        out = std::move(*record);
        return Status::Record;
    }
    return Status::End;
}

RecordFileReader::Status RecordFileReader::nextCsv(ExportedRecord& out, QString* error) {
    std::vector<CsvField> fields;
    while (true) {
        const auto status = m_csv->next(fields, error);
        m_lineNumber = m_csv->rowLine();
        if (status == CsvRowReader::Status::End) return Status::End;
        if (status == CsvRowReader::Status::Bad) return Status::Bad;
        if (fields.size() == 1 && !fields.front().quoted && isBlank(fields.front().text)) continue;
        if (!m_columns) {
            if (!m_headerError.isEmpty()) {
                // Without column names no row can be read; every row says so.
                *error = m_headerError;
                return Status::Bad;
            }
            m_columns = csvColumnsFromHeader(fields, &m_headerError);
            if (!m_columns) {
                *error = m_headerError;
                return Status::Bad;
            }
            continue;
        }
        auto record = decodeCsvRow(fields, *m_columns, error);
        if (!record) return Status::Bad;
        out = std::move(*record);
        return Status::Record;
    }
}

} // namespace samsa::app
