#include "cluster/append_validator.h"

#include <cstdlib>

#include "protocol/records/batch_header.h"
#include "protocol/records/record.h"
#include "protocol/records/record_batch.h"
#include "protocol/wire/reader.h"

namespace samsa::cluster {

namespace rec = protocol::records;

namespace {

AppendInfo failure(ErrorCode code, std::string message) {
    AppendInfo info;
    info.error = code;
    info.errorMessage = std::move(message);
    return info;
}

std::optional<rec::Compression> targetCodec(config::CompressionType type) {
    switch (type) {
    case config::CompressionType::Producer: return std::nullopt;
    case config::CompressionType::Uncompressed: return rec::Compression::None;
    case config::CompressionType::Gzip: return rec::Compression::Gzip;
    case config::CompressionType::Snappy: return rec::Compression::Snappy;
    case config::CompressionType::Lz4: return rec::Compression::Lz4;
    case config::CompressionType::Zstd: return rec::Compression::Zstd;
    }
    return std::nullopt;
}

std::optional<int> levelFor(const config::TopicConfig& c, rec::Compression codec) {
    switch (codec) {
    case rec::Compression::Gzip: return c.compressionGzipLevel;
    case rec::Compression::Lz4: return c.compressionLz4Level;
    case rec::Compression::Zstd: return c.compressionZstdLevel;
    default: return std::nullopt;
    }
}

// Uncompressed records are walked to prove their framing and that offset deltas run
// 0..n-1, as producers must write them. Compressed batches whose codec the broker keeps
// are trusted after the CRC check, sparing a decompression on the hot path.
std::optional<std::string> checkRecordFraming(const rec::BatchHeader& h, std::span<const uint8_t> batch) {
    if (h.recordCount <= 0) return "batch holds no records";
    if (h.lastOffsetDelta != h.recordCount - 1)
        return "lastOffsetDelta " + std::to_string(h.lastOffsetDelta) + " does not match " +
               std::to_string(h.recordCount) + " records";
    if (h.compression() != rec::Compression::None) return std::nullopt;
    rec::RecordReader reader(batch.subspan(rec::kBatchHeaderSize, h.totalSize() - rec::kBatchHeaderSize),
                             h.recordCount);
    rec::RecordView view;
    int32_t expected = 0;
    while (reader.next(view)) {
        if (view.offsetDelta != expected++) return "record offset deltas are not consecutive";
    }
    return std::nullopt;
}

std::optional<std::string> checkTimestamps(const rec::BatchHeader& h, const AppendContext& ctx) {
    if (ctx.config.messageTimestampType != config::TimestampType::CreateTime) return std::nullopt;
    const int64_t ts = h.maxTimestamp;
    if (ts < 0) return std::nullopt; // no timestamp: nothing to bound
    const int64_t before = ctx.config.messageTimestampBeforeMaxMs;
    const int64_t after = ctx.config.messageTimestampAfterMaxMs;
    if (ts < ctx.nowMs && ctx.nowMs - ts > before)
        return "timestamp " + std::to_string(ts) + " is older than message.timestamp.before.max.ms";
    if (ts > ctx.nowMs && ts - ctx.nowMs > after)
        return "timestamp " + std::to_string(ts) + " is later than message.timestamp.after.max.ms";
    return std::nullopt;
}

} // namespace

AppendInfo validateAndAssignOffsets(protocol::Bytes& records, const AppendContext& ctx) {
    size_t consumed = 0;
    const auto spans = rec::splitBatches(records, &consumed);
    if (spans.empty() || consumed != records.size())
        return failure(ErrorCode::CorruptMessage, "the records are not a whole number of record batches");
    // Since magic 2, a produce carries exactly one batch per partition; more would let a
    // retried request half-succeed.
    if (spans.size() != 1)
        return failure(ErrorCode::InvalidRecord, "a produce request must carry exactly one batch per partition");

    rec::BatchHeader header;
    try {
        header = rec::parseBatchHeader(records);
    } catch (const protocol::DecodeError& e) {
        return failure(ErrorCode::CorruptMessage, e.what());
    }
    if (header.isControl())
        return failure(ErrorCode::InvalidRecord, "clients may not produce control batches");
    if (header.producerId != rec::kNoProducerId && header.baseSequence < 0)
        return failure(ErrorCode::InvalidRecord, "a batch with producer id " + std::to_string(header.producerId) +
                                                     " has no sequence number");
    if (header.isTransactional() && header.producerId == rec::kNoProducerId)
        return failure(ErrorCode::InvalidRecord, "a transactional batch has no producer id");
    if (records.size() > static_cast<size_t>(ctx.config.maxMessageBytes))
        return failure(ErrorCode::MessageTooLarge,
                       "batch of " + std::to_string(records.size()) + " bytes exceeds max.message.bytes " +
                           std::to_string(ctx.config.maxMessageBytes));
    if (!rec::verifyCrc(records)) return failure(ErrorCode::CorruptMessage, "record batch CRC mismatch");
    try {
        if (auto problem = checkRecordFraming(header, records))
            return failure(ErrorCode::InvalidRecord, *problem);
    } catch (const protocol::DecodeError& e) {
        return failure(ErrorCode::CorruptMessage, e.what());
    }
    if (auto problem = checkTimestamps(header, ctx)) return failure(ErrorCode::InvalidTimestamp, *problem);

    const auto codec = targetCodec(ctx.config.compressionType);
    if (codec && *codec != header.compression()) {
        try {
            records = rec::recompressBatch(records, *codec, levelFor(ctx.config, *codec));
        } catch (const protocol::DecodeError& e) {
            return failure(ErrorCode::CorruptMessage, e.what());
        }
    }

    std::span<uint8_t> batch(records);
    rec::setBaseOffset(batch, ctx.nextOffset);
    rec::setPartitionLeaderEpoch(batch, ctx.leaderEpoch);
    AppendInfo info;
    if (ctx.config.messageTimestampType == config::TimestampType::LogAppendTime) {
        rec::setLogAppendTime(batch, ctx.nowMs);
        rec::updateCrc(batch);
        info.logAppendTime = ctx.nowMs;
    }
    info.header = rec::parseBatchHeader(records);
    info.firstOffset = ctx.nextOffset;
    info.lastOffset = info.header.lastOffset();
    info.maxTimestamp = info.header.maxTimestamp;
    info.recordCount = info.header.recordCount;
    return info;
}

} // namespace samsa::cluster
