#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "protocol/records/batch_header.h"
#include "protocol/records/compression.h"
#include "protocol/records/record.h"

namespace samsa::protocol::records {

struct DecodeOptions {
    bool verifyCrc = true;
    size_t maxDecompressedSize = kDefaultMaxDecompressedSize;
};

// The records of one batch, decompressed if needed, read in place. Construction checks
// the header (and the CRC unless turned off) and decompresses; iteration decodes lazily.
// A span wider than the batch is fine: only the first totalSize() bytes are read.
class BatchReader {
public:
    explicit BatchReader(ByteView batch, const DecodeOptions& options = {});
    BatchReader(BatchReader&&) noexcept = default;
    BatchReader& operator=(BatchReader&&) noexcept = default;
    BatchReader(const BatchReader&) = delete;
    BatchReader& operator=(const BatchReader&) = delete;

    const BatchHeader& header() const { return m_header; }
    // The uncompressed records section: points into the batch or into owned storage.
    ByteView recordBytes() const { return m_records; }
    RecordReader records() const { return RecordReader(m_records, m_header.recordCount); }

private:
    BatchHeader m_header;
    Bytes m_storage;
    ByteView m_records;
};

// A fully decoded batch, owning its records.
struct RecordBatch {
    BatchHeader header;
    std::vector<Record> records;

    int64_t offsetOf(const Record& r) const { return header.baseOffset + r.offsetDelta; }
    // Under LogAppendTime the broker's time in maxTimestamp applies to every record.
    int64_t timestampOf(const Record& r) const {
        return header.timestampType() == TimestampType::LogAppendTime
                   ? header.maxTimestamp
                   : header.baseTimestamp + r.timestampDelta;
    }
};

// Decodes the first batch in `batch`. Throws DecodeError on a bad header or CRC, corrupt
// compressed data, records beyond the size limit, or records that do not match the
// header's count or their own length prefixes.
RecordBatch decodeBatch(ByteView batch, const DecodeOptions& options = {});

// Every header field a producer, the broker or a test may want to set.
struct BatchSpec {
    int64_t baseOffset = 0;
    int32_t partitionLeaderEpoch = kNoPartitionLeaderEpoch;
    Compression compression = Compression::None;
    std::optional<int> compressionLevel;
    TimestampType timestampType = TimestampType::CreateTime;
    bool transactional = false;
    bool control = false;
    bool deleteHorizon = false; // baseTimestamp then holds the delete horizon
    // kNoTimestamp means: the first appended timestamp (BatchBuilder::append with an
    // absolute timestamp). Record deltas are relative to it.
    int64_t baseTimestamp = kNoTimestamp;
    // Defaults: baseTimestamp + the largest timestamp delta, and the largest offset delta.
    // Set them for batches whose records were removed by compaction.
    std::optional<int64_t> maxTimestamp;
    std::optional<int32_t> lastOffsetDelta;
    int64_t producerId = kNoProducerId;
    int16_t producerEpoch = kNoProducerEpoch;
    int32_t baseSequence = kNoSequence;

    // Every field of a decoded header, maxTimestamp and lastOffsetDelta included, so a
    // batch rebuilt from its records (perhaps with another codec) keeps them.
    static BatchSpec fromHeader(const BatchHeader& header);
};

// Builds one batch, writing records straight into the batch buffer.
class BatchBuilder {
public:
    explicit BatchBuilder(BatchSpec spec, size_t expectedBytes = 0);

    // A record at an absolute timestamp, with the next offset delta.
    void append(int64_t timestampMs, std::optional<ByteView> key, std::optional<ByteView> value,
                std::span<const RecordHeader> headers = {});
    // A record with its own deltas, kept as they are.
    void append(const Record& record);
    void append(const RecordView& record);

    int32_t recordCount() const { return m_count; }
    // The batch size so far before compression; producers compare it with batch.size.
    size_t uncompressedSize() const { return m_buf.size(); }

    // Finishes the batch: compresses, fills in the header and CRC. The builder is spent.
    Bytes build();

private:
    void noteRecord(int64_t timestampDelta, int32_t offsetDelta);

    BatchSpec m_spec;
    Writer m_buf; // header space, then the uncompressed records
    int32_t m_count = 0;
    std::optional<int64_t> m_maxTimestampDelta;
    std::optional<int32_t> m_maxOffsetDelta;
};

Bytes encodeBatch(const BatchSpec& spec, std::span<const Record> records);

// Re-encodes a batch with another codec, keeping every other header field and every
// record byte-for-byte. Checks the source batch as decodeBatch does, so corrupt input
// is never re-signed with a fresh CRC.
Bytes recompressBatch(ByteView batch, Compression codec, std::optional<int> level = std::nullopt,
                      const DecodeOptions& options = {});

} // namespace samsa::protocol::records
