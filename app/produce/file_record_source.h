#pragma once

#include "app/produce/record_source.h"
#include "app/record_io/record_export_writer.h"

#include <QString>
#include <memory>
#include <optional>

namespace samsa::app {

class RecordFileReader;

// How records read from a file are sent again.
struct ReplayOptions {
    bool keepPartitions = true; // each record to the partition it was read from
    bool keepTimestamps = true; // each record with its original timestamp
};

// The records of an export file, for a ProduceJob. The file is expected to have been
// checked already (see ImportJob); a line that reads wrong now stops the run.
class FileRecordSource : public RecordSource {
public:
    FileRecordSource(QString path, ExportFormat format, ReplayOptions options, int64_t total);
    ~FileRecordSource() override;

    int64_t total() const override { return m_total; }
    std::vector<client::ProducerRecord> next(size_t maxRecords, size_t maxBytes,
                                             QString* error) override;

private:
    QString m_path;
    ExportFormat m_format;
    ReplayOptions m_options;
    int64_t m_total;
    std::unique_ptr<RecordFileReader> m_reader;   // opened on the first batch, off the GUI thread
    std::optional<client::ProducerRecord> m_held; // read, but did not fit the last batch
};

} // namespace samsa::app
