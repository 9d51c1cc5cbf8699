#include "storage/record_lookup.h"

#include <functional>

#include "protocol/records/record_batch.h"

namespace samsa::storage {

namespace records = protocol::records;

namespace {

std::optional<TimestampOffset> firstRecord(std::span<const uint8_t> batch,
                                           const std::function<bool(int64_t ts, int64_t offset)>& match) {
    try {
        // The log checked the CRC when the batch was appended or recovered.
        records::BatchReader reader(batch, records::DecodeOptions{.verifyCrc = false});
        const auto& h = reader.header();
        bool logAppendTime = h.timestampType() == records::TimestampType::LogAppendTime;
        auto it = reader.records();
        records::RecordView record;
        while (it.next(record)) {
            int64_t ts = logAppendTime ? h.maxTimestamp : h.baseTimestamp + record.timestampDelta;
            int64_t offset = h.baseOffset + record.offsetDelta;
            if (match(ts, offset)) return TimestampOffset{ts, offset};
        }
    } catch (const protocol::DecodeError&) {
    }
    return std::nullopt;
}

} // namespace

std::optional<TimestampOffset> findRecordByTimestamp(std::span<const uint8_t> batch, int64_t target,
                                                     int64_t minOffset) {
    return firstRecord(batch, [&](int64_t ts, int64_t offset) { return ts >= target && offset >= minOffset; });
}

std::optional<TimestampOffset> findRecordWithMaxTimestamp(std::span<const uint8_t> batch) {
    int64_t max = 0;
    try {
        max = records::parseBatchHeader(batch).maxTimestamp;
    } catch (const protocol::DecodeError&) {
        return std::nullopt;
    }
    return firstRecord(batch, [&](int64_t ts, int64_t) { return ts == max; });
}

} // namespace samsa::storage
