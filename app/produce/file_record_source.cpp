#include "app/produce/file_record_source.h"

#include "app/record_io/record_file_reader.h"

#include <QCoreApplication>

namespace samsa::app {

FileRecordSource::FileRecordSource(QString path, ExportFormat format, ReplayOptions options,
                                   int64_t total)
    : m_path(std::move(path)), m_format(format), m_options(options), m_total(total) {}

FileRecordSource::~FileRecordSource() = default;

std::vector<client::ProducerRecord> FileRecordSource::next(size_t maxRecords, size_t maxBytes,
                                                           QString* error) {
    std::vector<client::ProducerRecord> out;
    if (!m_reader) {
        m_reader = RecordFileReader::open(m_path, m_format, error);
        if (!m_reader) return out;
    }
    size_t bytes = 0;
    if (m_held) {
        bytes = approximateSize(*m_held);
        out.push_back(std::move(*m_held));
        m_held.reset();
    }
    ExportedRecord read;
    QString why;
    while (out.size() < maxRecords) {
        const auto status = m_reader->next(read, &why);
        if (status == RecordFileReader::Status::End) break;
        if (status == RecordFileReader::Status::Bad) {
            //: %1 is a line number, %2 what is wrong with the line
            *error = QCoreApplication::translate("samsa::app::FileRecordSource",
                                                 "Line %1 changed after the file was checked: %2")
                         .arg(m_reader->lineNumber())
                         .arg(why);
            return {};
        }
        client::ProducerRecord record;
        record.key = std::move(read.record.key);
        record.value = std::move(read.record.value);
        record.headers = std::move(read.record.headers);
        if (m_options.keepPartitions) record.partition = read.partition;
        if (m_options.keepTimestamps && read.record.timestampMs >= 0)
            record.timestampMs = read.record.timestampMs;
        const size_t size = approximateSize(record);
        if (!out.empty() && bytes + size > maxBytes) {
            m_held = std::move(record);
            break;
        }
        bytes += size;
        out.push_back(std::move(record));
    }
    return out;
}

} // namespace samsa::app
