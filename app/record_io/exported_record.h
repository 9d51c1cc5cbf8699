#pragma once

#include "client/record_types.h"

#include <QString>
#include <cstdint>
#include <optional>

namespace samsa::app {

// One record as the export formats carry it: where it was read from plus the record.
// Hand-written files may leave fields out; absent ones read as the defaults below.
struct ExportedRecord {
    QString topic;
    std::optional<int32_t> partition;
    client::FetchedRecord record; // offset -1 and timestamp -1 when the file has none
};

} // namespace samsa::app
