#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace samsa::protocol::records {

enum class Compression : uint8_t { None = 0, Gzip = 1, Snappy = 2, Lz4 = 3, Zstd = 4 };
enum class TimestampType : uint8_t { CreateTime = 0, LogAppendTime = 1 };

// Record batch v2 layout (all big-endian):
//   0 baseOffset int64, 8 batchLength int32, 12 partitionLeaderEpoch int32, 16 magic int8,
//   17 crc uint32, 21 attributes int16, 23 lastOffsetDelta int32, 27 baseTimestamp int64,
//   35 maxTimestamp int64, 43 producerId int64, 51 producerEpoch int16,
//   55 baseSequence int32, 57 recordCount int32, 61 records...
constexpr size_t kBatchHeaderSize = 61;
constexpr size_t kLogOverhead = 12; // baseOffset + batchLength: what batchLength does not count
constexpr int8_t kMagicV2 = 2;

namespace offsets {
constexpr size_t kBaseOffset = 0;
constexpr size_t kBatchLength = 8;
constexpr size_t kPartitionLeaderEpoch = 12;
constexpr size_t kMagic = 16;
constexpr size_t kCrc = 17;
constexpr size_t kAttributes = 21; // the CRC covers from here to the end of the batch
constexpr size_t kLastOffsetDelta = 23;
constexpr size_t kBaseTimestamp = 27;
constexpr size_t kMaxTimestamp = 35;
constexpr size_t kProducerId = 43;
constexpr size_t kProducerEpoch = 51;
constexpr size_t kBaseSequence = 53;
constexpr size_t kRecordCount = 57;
} // namespace offsets

namespace attributes {
constexpr int16_t kCompressionMask = 0x07;
constexpr int16_t kTimestampType = 0x08;
constexpr int16_t kTransactional = 0x10;
constexpr int16_t kControl = 0x20;
constexpr int16_t kDeleteHorizon = 0x40;
} // namespace attributes

constexpr int64_t kNoProducerId = -1;
constexpr int16_t kNoProducerEpoch = -1;
constexpr int32_t kNoSequence = -1;
constexpr int32_t kNoPartitionLeaderEpoch = -1;
constexpr int64_t kNoTimestamp = -1;

struct BatchHeader {
    int64_t baseOffset = 0;
    int32_t batchLength = 0;
    int32_t partitionLeaderEpoch = kNoPartitionLeaderEpoch;
    int8_t magic = kMagicV2;
    uint32_t crc = 0;
    int16_t attributes = 0;
    int32_t lastOffsetDelta = 0;
    int64_t baseTimestamp = kNoTimestamp;
    int64_t maxTimestamp = kNoTimestamp;
    int64_t producerId = kNoProducerId;
    int16_t producerEpoch = kNoProducerEpoch;
    int32_t baseSequence = kNoSequence;
    int32_t recordCount = 0;

    Compression compression() const;
    TimestampType timestampType() const;
    bool isTransactional() const;
    bool isControl() const;
    bool hasDeleteHorizon() const;
    int64_t lastOffset() const;
    size_t totalSize() const; // kLogOverhead + batchLength
    // Sequences wrap at INT32_MAX back to 0, as producers number them.
    int32_t lastSequence() const;

    bool operator==(const BatchHeader&) const = default;
};

// Reads the fixed header. Throws DecodeError if the span is shorter than the header,
// magic is not 2, or batchLength is smaller than the header or larger than the span.
BatchHeader parseBatchHeader(std::span<const uint8_t> batch);
// The same checks on the 61 header bytes alone, for code that skips over record bytes
// without reading them (finding a batch in a segment by offset or time).
BatchHeader parseBatchHeaderPrefix(std::span<const uint8_t> header);

// Writes the 61 header bytes of `header` as they are (crc included) into out[0..61).
void encodeBatchHeader(const BatchHeader& header, std::span<uint8_t> out);

// True if the batch is magic 2 and its stored CRC matches attributes..end. Never throws;
// a span too short to hold a header, or shorter than its batchLength, is not valid.
// baseOffset and partitionLeaderEpoch lie outside the CRC by design: the broker rewrites
// them on append without recomputing it.
bool verifyCrc(std::span<const uint8_t> batch);

// In-place edits of a raw batch, used when the broker assigns offsets. Only
// setLogAppendTime touches CRC-covered bytes; call updateCrc after it.
void setBaseOffset(std::span<uint8_t> batch, int64_t baseOffset);
void setPartitionLeaderEpoch(std::span<uint8_t> batch, int32_t epoch);
// Sets the timestamp-type bit to LogAppendTime and maxTimestamp to timestampMs, leaving
// the per-record deltas alone (readers substitute maxTimestamp for every record).
void setLogAppendTime(std::span<uint8_t> batch, int64_t timestampMs);
void updateCrc(std::span<uint8_t> batch);

// Consecutive batches in a buffer (a segment file, a fetch response's records field).
struct BatchSpan {
    size_t position;
    size_t size;
    bool operator==(const BatchSpan&) const = default;
};
// Returns the complete batches in order and stops at the first one that is not: a torn
// tail, a fetch response cut at max bytes, or a batchLength too small to frame a batch
// (zero-filled or corrupt bytes). Never throws; `consumed` receives the bytes covered by
// the returned batches, which is where recovery truncates. Contents are not checked:
// pair with parseBatchHeader/verifyCrc.
std::vector<BatchSpan> splitBatches(std::span<const uint8_t> buffer, size_t* consumed = nullptr);

} // namespace samsa::protocol::records
