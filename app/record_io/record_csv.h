#pragma once

#include "app/record_io/exported_record.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <array>
#include <optional>
#include <vector>

// The CSV export format (docs/export-format.md): RFC 4180 with a header row. An unquoted
// empty field is null and a quoted one ("") is empty, so keys and values keep that
// difference; bytes that are not text carry a "base64:" prefix.
namespace samsa::app {

// The header row, line break included.
QByteArray csvHeaderRow();
// One row, line break included.
QByteArray encodeCsvRow(const QString& topic, int32_t partition,
                        const client::FetchedRecord& record);

struct CsvField {
    QByteArray text;
    bool quoted = false;
};

// Splits a device's text into rows, following quoted fields across line breaks.
class CsvRowReader {
public:
    enum class Status { Row, End, Bad };
    explicit CsvRowReader(QIODevice* device) : m_device(device) {}
    // Bad sets `error`; reading goes on after the malformed row.
    Status next(std::vector<CsvField>& fields, QString* error);
    // The line the last row started on, counting from 1.
    qint64 rowLine() const { return m_rowLine; }

private:
    QIODevice* m_device;
    qint64 m_line = 0;
    qint64 m_rowLine = 0;
};

// Where each known column is in a file; -1 for columns it lacks.
struct CsvColumns {
    enum Column { Topic, Partition, Offset, Timestamp, TimestampType, Key, Value, Headers, Count };
    std::array<int, Count> index{-1, -1, -1, -1, -1, -1, -1, -1};
};

// Reads the header row: the columns may come in any order; unknown ones are ignored.
std::optional<CsvColumns> csvColumnsFromHeader(const std::vector<CsvField>& header, QString* error);
std::optional<ExportedRecord> decodeCsvRow(const std::vector<CsvField>& fields,
                                           const CsvColumns& columns, QString* error);

} // namespace samsa::app
