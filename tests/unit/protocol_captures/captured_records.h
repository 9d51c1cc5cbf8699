#pragma once

// The record set the capture script produces, and the batches that carried it.

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "capture_file.h"
#include "protocol/records/record_batch.h"

namespace samsa::protocol::captures {

inline constexpr std::array<records::Compression, 5> kCodecs{
    records::Compression::None, records::Compression::Gzip, records::Compression::Snappy,
    records::Compression::Lz4, records::Compression::Zstd};
inline constexpr int kRecordCount = 6;

// What scripts/capture/capture_clients.py sends, restated here so the tests compare
// against values written down independently of the capture: record i has key "key-<i>",
// a text value (none for the last record, a tombstone) and the headers
// source=capture, codec=<codec>. Every codec gets its topic "capture-<codec>".
struct ExpectedRecord {
    std::string key;
    std::optional<std::string> value;
    std::vector<records::RecordHeader> headers;
};
std::vector<ExpectedRecord> expectedRecords(records::Compression codec);
std::string topicFor(records::Compression codec);

// Every batch of a records field (a Produce request's or a Fetch response's). Throws
// DecodeError when the bytes do not split into whole, valid batches.
std::vector<records::RecordBatch> decodeBatches(const std::optional<Bytes>& recordsField);

// The batches sent to (or fetched from) partition `partition` of `topic`, in capture
// order, across every Produce request (or Fetch response) in `exchanges`.
std::vector<records::RecordBatch> producedBatches(const std::vector<Exchange>& exchanges, const std::string& topic,
                                                  int32_t partition);
std::vector<records::RecordBatch> fetchedBatches(const std::vector<Exchange>& exchanges, const std::string& topic,
                                                 int32_t partition);

} // namespace samsa::protocol::captures
