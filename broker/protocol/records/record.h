#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "protocol/wire/reader.h"
#include "protocol/wire/types.h"
#include "protocol/wire/writer.h"

namespace samsa::protocol::records {

struct RecordHeader {
    std::string key;
    std::optional<Bytes> value;
    bool operator==(const RecordHeader&) const = default;
};

// One record of a v2 batch. Offsets and timestamps are deltas against the batch's
// baseOffset and baseTimestamp.
struct Record {
    int8_t attributes = 0; // unused by Kafka so far; kept so a record re-encodes unchanged
    int64_t timestampDelta = 0;
    int32_t offsetDelta = 0;
    std::optional<Bytes> key;
    std::optional<Bytes> value;
    std::vector<RecordHeader> headers;
    bool operator==(const Record&) const = default;
};

using ByteView = std::span<const uint8_t>;

struct RecordHeaderView {
    std::string_view key;
    std::optional<ByteView> value;
};

// A record read in place: keys, values and headers point into the decoded records
// buffer, which must outlive the view. Headers were validated when the view was read.
struct RecordView {
    int8_t attributes = 0;
    int64_t timestampDelta = 0;
    int32_t offsetDelta = 0;
    std::optional<ByteView> key;
    std::optional<ByteView> value;
    int32_t headerCount = 0;
    ByteView headerBytes; // the encoded headers, for HeaderReader
    ByteView encoded;     // the whole record, length prefix included

    Record toRecord() const;
};

class HeaderReader {
public:
    explicit HeaderReader(const RecordView& record)
        : m_reader(record.headerBytes), m_left(record.headerCount) {}
    bool next(RecordHeaderView& out);

private:
    Reader m_reader;
    int32_t m_left;
};

// Reads `count` records from an uncompressed records section. Every length is checked
// against what is left, each record's length prefix must match its contents exactly,
// and the section must end right after the last record; anything else is DecodeError.
class RecordReader {
public:
    RecordReader(ByteView records, int32_t count)
        : m_records(records), m_reader(records), m_left(count) {}
    // False once all records were read.
    bool next(RecordView& out);
    int32_t remainingCount() const { return m_left; }

private:
    ByteView m_records;
    Reader m_reader;
    int32_t m_left;
};

// Encodes one record, length prefix included.
void writeRecord(Writer& w, const Record& record);
void writeRecord(Writer& w, int8_t attributes, int64_t timestampDelta, int32_t offsetDelta,
                 std::optional<ByteView> key, std::optional<ByteView> value,
                 std::span<const RecordHeader> headers);
void writeRecord(Writer& w, int8_t attributes, int64_t timestampDelta, int32_t offsetDelta,
                 std::optional<ByteView> key, std::optional<ByteView> value,
                 std::span<const RecordHeaderView> headers);

// Smallest possible encoded record: a one-byte length and six one-byte fields.
constexpr size_t kMinRecordSize = 7;

} // namespace samsa::protocol::records
