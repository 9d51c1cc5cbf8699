#pragma once

#include "client/record_types.h"

#include <QString>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace samsa::app {

// Where a ProduceJob's records come from. next() runs on a worker thread, never two
// calls at once, so a source may read files or build many records without holding up
// the GUI.
class RecordSource {
public:
    virtual ~RecordSource() = default;

    // How many records there will be, for progress; -1 when unknown.
    virtual int64_t total() const = 0;
    // The next records: at most `maxRecords`, and no more than about `maxBytes` unless a
    // single record is larger. Empty at the end, or with `error` set when the source
    // cannot go on (the job then stops).
    virtual std::vector<client::ProducerRecord> next(size_t maxRecords, size_t maxBytes,
                                                     QString* error) = 0;
};

// What a record costs in a batch, near enough to keep requests under broker limits.
size_t approximateSize(const client::ProducerRecord& record);

} // namespace samsa::app
