#include "storage/batch_scanner.h"

#include <algorithm>

#include "protocol/wire/reader.h"
#include "storage/file.h"

namespace samsa::storage {

namespace records = protocol::records;

BatchScanner::BatchScanner(const File& file, uint64_t start, uint64_t end, size_t chunkSize, Mode mode)
    : m_file(file), m_pos(start), m_end(end), m_mode(mode), m_chunkSize(chunkSize) {}

std::span<const uint8_t> BatchScanner::bytesAt(uint64_t position, size_t size) {
    if (position < m_bufStart || position + size > m_bufStart + m_buf.size()) {
        size_t want = static_cast<size_t>(std::min<uint64_t>(std::max(size, m_chunkSize), m_end - position));
        m_buf.resize(want);
        m_file.readAt(position, m_buf);
        m_bufStart = position;
    }
    return std::span<const uint8_t>(m_buf).subspan(static_cast<size_t>(position - m_bufStart), size);
}

std::optional<BatchScanner::Batch> BatchScanner::next() {
    uint64_t left = m_end - m_pos;
    if (left == 0) {
        m_stop = Stop::End;
        return std::nullopt;
    }
    if (left < records::kBatchHeaderSize) {
        m_stop = Stop::Partial;
        return std::nullopt;
    }
    // Ask for the batch's start, not just its length field, so that the window the
    // whole batch is read into next usually already starts here.
    auto overhead = bytesAt(m_pos, records::kLogOverhead);
    protocol::Reader lengthReader(overhead.subspan(records::offsets::kBatchLength));
    int32_t batchLength = lengthReader.readInt32();
    if (batchLength < static_cast<int32_t>(records::kBatchHeaderSize - records::kLogOverhead)) {
        m_stop = Stop::Invalid;
        return std::nullopt;
    }
    uint64_t total = records::kLogOverhead + static_cast<uint64_t>(batchLength);
    if (total > left) {
        m_stop = Stop::Partial;
        return std::nullopt;
    }
    Batch batch;
    batch.position = m_pos;
    batch.size = total;
    const bool whole = m_mode == Mode::WholeBatches;
    auto bytes = bytesAt(m_pos, whole ? static_cast<size_t>(total) : records::kBatchHeaderSize);
    if (whole) batch.bytes = bytes;
    try {
        batch.header = whole ? records::parseBatchHeader(bytes) : records::parseBatchHeaderPrefix(bytes);
    } catch (const protocol::DecodeError&) {
        m_stop = Stop::Invalid;
        return std::nullopt;
    }
    m_pos += total;
    return batch;
}

} // namespace samsa::storage
