#include "protocol/records/batch_header.h"

#include <limits>
#include <optional>
#include <stdexcept>
#include <string>

#include "protocol/records/byte_order.h"
#include "protocol/records/crc32c.h"
#include "protocol/wire/reader.h"

namespace samsa::protocol::records {

using detail::loadBigEndian;
using detail::storeBigEndian;

Compression BatchHeader::compression() const {
    return static_cast<Compression>(attributes & attributes::kCompressionMask);
}

TimestampType BatchHeader::timestampType() const {
    return (attributes & attributes::kTimestampType) ? TimestampType::LogAppendTime
                                                     : TimestampType::CreateTime;
}

bool BatchHeader::isTransactional() const { return attributes & attributes::kTransactional; }
bool BatchHeader::isControl() const { return attributes & attributes::kControl; }
bool BatchHeader::hasDeleteHorizon() const { return attributes & attributes::kDeleteHorizon; }
int64_t BatchHeader::lastOffset() const { return baseOffset + lastOffsetDelta; }
size_t BatchHeader::totalSize() const { return kLogOverhead + static_cast<size_t>(batchLength); }

int32_t BatchHeader::lastSequence() const {
    if (baseSequence == kNoSequence) return kNoSequence;
    // Widen first: baseSequence + lastOffsetDelta may pass INT32_MAX, where it wraps to 0.
    int64_t last = int64_t{baseSequence} + lastOffsetDelta;
    constexpr int64_t kWrap = int64_t{std::numeric_limits<int32_t>::max()} + 1;
    return static_cast<int32_t>(last % kWrap);
}

namespace {

constexpr int32_t kMinBatchLength = static_cast<int32_t>(kBatchHeaderSize - kLogOverhead);

// Returns the batch's total size if the span holds a whole, sensibly framed batch.
std::optional<size_t> framedSize(std::span<const uint8_t> batch) {
    if (batch.size() < kBatchHeaderSize) return std::nullopt;
    auto length = loadBigEndian<int32_t>(batch.data() + offsets::kBatchLength);
    if (length < kMinBatchLength) return std::nullopt;
    size_t total = kLogOverhead + static_cast<size_t>(length);
    if (total > batch.size()) return std::nullopt;
    return total;
}

uint32_t computeCrc(std::span<const uint8_t> batch) {
    return crc32c(batch.subspan(offsets::kAttributes));
}

} // namespace

BatchHeader parseBatchHeaderPrefix(std::span<const uint8_t> header) {
    if (header.size() < kBatchHeaderSize)
        throw DecodeError("record batch of " + std::to_string(header.size()) +
                          " bytes is shorter than its header");
    Reader r(header.first(kBatchHeaderSize));
    BatchHeader h;
    h.baseOffset = r.readInt64();
    h.batchLength = r.readInt32();
    h.partitionLeaderEpoch = r.readInt32();
    h.magic = r.readInt8();
    if (h.magic != kMagicV2)
        throw DecodeError("unsupported record batch magic " + std::to_string(h.magic));
    h.crc = r.readUint32();
    h.attributes = r.readInt16();
    h.lastOffsetDelta = r.readInt32();
    h.baseTimestamp = r.readInt64();
    h.maxTimestamp = r.readInt64();
    h.producerId = r.readInt64();
    h.producerEpoch = r.readInt16();
    h.baseSequence = r.readInt32();
    h.recordCount = r.readInt32();
    if (h.batchLength < kMinBatchLength)
        throw DecodeError("record batch length " + std::to_string(h.batchLength) +
                          " is shorter than its header");
    if (h.recordCount < 0)
        throw DecodeError("negative record count " + std::to_string(h.recordCount));
    if (h.lastOffsetDelta < 0)
        throw DecodeError("negative last offset delta " + std::to_string(h.lastOffsetDelta));
    return h;
}

BatchHeader parseBatchHeader(std::span<const uint8_t> batch) {
    BatchHeader h = parseBatchHeaderPrefix(batch);
    if (h.totalSize() > batch.size())
        throw DecodeError("record batch length " + std::to_string(h.batchLength) +
                          " exceeds the " + std::to_string(batch.size()) + " bytes available");
    return h;
}

void encodeBatchHeader(const BatchHeader& h, std::span<uint8_t> out) {
    if (out.size() < kBatchHeaderSize) throw std::length_error("record batch header needs 61 bytes");
    uint8_t* p = out.data();
    storeBigEndian(p + offsets::kBaseOffset, h.baseOffset);
    storeBigEndian(p + offsets::kBatchLength, h.batchLength);
    storeBigEndian(p + offsets::kPartitionLeaderEpoch, h.partitionLeaderEpoch);
    storeBigEndian(p + offsets::kMagic, h.magic);
    storeBigEndian(p + offsets::kCrc, h.crc);
    storeBigEndian(p + offsets::kAttributes, h.attributes);
    storeBigEndian(p + offsets::kLastOffsetDelta, h.lastOffsetDelta);
    storeBigEndian(p + offsets::kBaseTimestamp, h.baseTimestamp);
    storeBigEndian(p + offsets::kMaxTimestamp, h.maxTimestamp);
    storeBigEndian(p + offsets::kProducerId, h.producerId);
    storeBigEndian(p + offsets::kProducerEpoch, h.producerEpoch);
    storeBigEndian(p + offsets::kBaseSequence, h.baseSequence);
    storeBigEndian(p + offsets::kRecordCount, h.recordCount);
}

bool verifyCrc(std::span<const uint8_t> batch) {
    auto size = framedSize(batch);
    if (!size) return false;
    auto whole = batch.first(*size);
    // Other magics place their CRC elsewhere and compute it differently.
    if (static_cast<int8_t>(whole[offsets::kMagic]) != kMagicV2) return false;
    return loadBigEndian<uint32_t>(whole.data() + offsets::kCrc) == computeCrc(whole);
}

namespace {
// Edits must stay inside the header; a span too short for one is a caller bug.
void requireHeader(std::span<uint8_t> batch) {
    if (batch.size() < kBatchHeaderSize)
        throw DecodeError("record batch of " + std::to_string(batch.size()) +
                          " bytes is shorter than its header");
}
} // namespace

void setBaseOffset(std::span<uint8_t> batch, int64_t baseOffset) {
    requireHeader(batch);
    storeBigEndian(batch.data() + offsets::kBaseOffset, baseOffset);
}

void setPartitionLeaderEpoch(std::span<uint8_t> batch, int32_t epoch) {
    requireHeader(batch);
    storeBigEndian(batch.data() + offsets::kPartitionLeaderEpoch, epoch);
}

void setLogAppendTime(std::span<uint8_t> batch, int64_t timestampMs) {
    requireHeader(batch);
    auto attrs = loadBigEndian<int16_t>(batch.data() + offsets::kAttributes);
    attrs = static_cast<int16_t>(attrs | attributes::kTimestampType);
    storeBigEndian(batch.data() + offsets::kAttributes, attrs);
    storeBigEndian(batch.data() + offsets::kMaxTimestamp, timestampMs);
}

void updateCrc(std::span<uint8_t> batch) {
    auto size = framedSize(batch);
    if (!size) throw DecodeError("cannot checksum a record batch whose length is inconsistent");
    auto whole = batch.first(*size);
    storeBigEndian(whole.data() + offsets::kCrc, computeCrc(whole));
}

std::vector<BatchSpan> splitBatches(std::span<const uint8_t> buffer, size_t* consumed) {
    std::vector<BatchSpan> out;
    size_t pos = 0;
    while (auto size = framedSize(buffer.subspan(pos))) {
        out.push_back({pos, *size});
        pos += *size;
    }
    if (consumed) *consumed = pos;
    return out;
}

} // namespace samsa::protocol::records
