#pragma once

#include <cstdint>
#include <optional>
#include <span>

#include "storage/time_index.h"

namespace samsa::storage {

// Record-level answers inside one stored batch, for ListOffsets: the indexes and batch
// headers narrow a timestamp search down to a batch, and these pick the record. They
// decompress the batch if needed. nullopt if no record matches or the batch cannot be
// decoded (the caller then answers at batch granularity).

// The first record with timestamp >= target and offset >= minOffset.
std::optional<TimestampOffset> findRecordByTimestamp(std::span<const uint8_t> batch, int64_t target,
                                                     int64_t minOffset);
// The first record carrying the batch's max timestamp.
std::optional<TimestampOffset> findRecordWithMaxTimestamp(std::span<const uint8_t> batch);

} // namespace samsa::storage
