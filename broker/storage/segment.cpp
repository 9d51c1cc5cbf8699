#include "storage/segment.h"

#include <algorithm>
#include <cstdio>
#include <limits>

#include "protocol/records/batch_header.h"
#include "storage/batch_scanner.h"
#include "storage/storage_error.h"

namespace samsa::storage {

namespace records = protocol::records;

namespace {

constexpr size_t kRecoveryChunkSize = 1024 * 1024;

size_t maxEntries(int32_t indexBytes, size_t entrySize) {
    return std::max<size_t>(1, static_cast<size_t>(std::max(indexBytes, 0)) / entrySize);
}

} // namespace

std::filesystem::path segmentFilePath(const std::filesystem::path& dir, int64_t baseOffset,
                                      std::string_view suffix) {
    char name[32];
    std::snprintf(name, sizeof name, "%020lld", static_cast<long long>(baseOffset));
    return dir / (std::string(name) + std::string(suffix));
}

std::optional<int64_t> parseSegmentFileName(std::string_view fileName, std::string_view suffix) {
    constexpr size_t kDigits = 20;
    if (fileName.size() != kDigits + suffix.size() || !fileName.ends_with(suffix)) return std::nullopt;
    uint64_t value = 0;
    for (size_t i = 0; i < kDigits; ++i) {
        char c = fileName[i];
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + static_cast<uint64_t>(c - '0');
        if (value > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) return std::nullopt;
    }
    return static_cast<int64_t>(value);
}

Segment::Segment(const std::filesystem::path& dir, int64_t baseOffset, File log,
                 const LogConfig& config, int64_t nowMs, int64_t rollJitterMs)
    : m_baseOffset(baseOffset),
      m_log(std::move(log)),
      m_offsetIndex(segmentFilePath(dir, baseOffset, kIndexSuffix), baseOffset,
                    maxEntries(config.segmentIndexBytes, OffsetIndex::kEntrySize)),
      m_timeIndex(segmentFilePath(dir, baseOffset, kTimeIndexSuffix), baseOffset,
                  maxEntries(config.segmentIndexBytes, TimeIndex::kEntrySize)),
      m_txnIndex(segmentFilePath(dir, baseOffset, kTxnIndexSuffix)),
      m_indexIntervalBytes(config.indexIntervalBytes),
      m_createdMs(nowMs),
      m_rollJitterMs(rollJitterMs),
      m_nextOffset(baseOffset) {}

std::unique_ptr<Segment> Segment::create(const std::filesystem::path& dir, int64_t baseOffset,
                                         const LogConfig& config, int64_t nowMs, int64_t rollJitterMs) {
    File log(segmentFilePath(dir, baseOffset, kLogSuffix), File::Mode::CreateTruncate);
    std::unique_ptr<Segment> segment(new Segment(dir, baseOffset, std::move(log), config, nowMs, rollJitterMs));
    segment->m_offsetIndex.reset();
    segment->m_timeIndex.reset();
    segment->m_txnIndex.remove();
    return segment;
}

std::unique_ptr<Segment> Segment::open(const std::filesystem::path& dir, int64_t baseOffset,
                                       const LogConfig& config, int64_t nowMs, int64_t rollJitterMs) {
    File log(segmentFilePath(dir, baseOffset, kLogSuffix), File::Mode::OpenExisting);
    // Checked before the index files are opened, which creates them.
    bool indexesMissing = !std::filesystem::exists(segmentFilePath(dir, baseOffset, kIndexSuffix)) ||
                          !std::filesystem::exists(segmentFilePath(dir, baseOffset, kTimeIndexSuffix));
    std::unique_ptr<Segment> segment(new Segment(dir, baseOffset, std::move(log), config, nowMs, rollJitterMs));
    segment->m_size = segment->m_log.size();
    segment->m_indexesMissing = indexesMissing;
    segment->m_txnIndex.load();
    return segment;
}

void Segment::resetDerivedState() {
    m_nextOffset = m_baseOffset;
    m_maxTimestamp = records::kNoTimestamp;
    m_offsetOfMaxTimestamp = -1;
    m_bytesSinceLastIndexEntry = 0;
    m_firstBatchTimestamp.reset();
}

// The one place that decides index entries, shared by append and recovery so that a
// rebuilt index is identical to the one written live.
void Segment::trackBatch(uint64_t position, size_t size, const records::BatchHeader& header) {
    if (header.maxTimestamp > m_maxTimestamp) {
        m_maxTimestamp = header.maxTimestamp;
        m_offsetOfMaxTimestamp = header.lastOffset();
    }
    if (m_bytesSinceLastIndexEntry > static_cast<uint64_t>(std::max(m_indexIntervalBytes, 0))) {
        m_offsetIndex.append(header.lastOffset(), static_cast<uint32_t>(position));
        if (m_maxTimestamp >= 0) m_timeIndex.maybeAppend(m_maxTimestamp, m_offsetOfMaxTimestamp);
        m_bytesSinceLastIndexEntry = 0;
    }
    m_bytesSinceLastIndexEntry += size;
    if (position == 0) m_firstBatchTimestamp = header.maxTimestamp;
    m_nextOffset = header.lastOffset() + 1;
}

// Re-derives the in-memory state from the indexes plus the batches after the last
// offset index entry, which is all a clean segment needs.
bool Segment::restoreTailState(bool checkIndexComplete) {
    resetDerivedState();
    auto last = m_offsetIndex.lastEntry();
    uint64_t start = last ? last->position : 0;
    BatchScanner scanner(m_log, start, m_size);
    int64_t previousLast = m_baseOffset - 1;
    uint64_t sinceIndexed = 0;
    while (auto batch = scanner.next()) {
        const auto& h = batch->header;
        if (h.baseOffset <= previousLast) return false;
        bool indexed = last && batch->position == start;
        if (indexed && h.lastOffset() != last->offset) return false;
        // Applying trackBatch's rule: had this batch been appended, it would have got an
        // entry, so the index is missing entries (cut short, or written with another
        // index.interval.bytes) and should be rebuilt.
        if (checkIndexComplete && !indexed && sinceIndexed > static_cast<uint64_t>(std::max(m_indexIntervalBytes, 0))) return false;
        if (indexed) sinceIndexed = 0;
        sinceIndexed += batch->bytes.size();
        previousLast = h.lastOffset();
        if (h.maxTimestamp > m_maxTimestamp) {
            m_maxTimestamp = h.maxTimestamp;
            m_offsetOfMaxTimestamp = h.lastOffset();
        }
    }
    if (scanner.stopReason() != BatchScanner::Stop::End) return false;
    if (previousLast - m_baseOffset > std::numeric_limits<int32_t>::max()) return false;
    m_nextOffset = previousLast + 1;
    m_bytesSinceLastIndexEntry = m_size - start;
    return true;
}

// Batches before the last offset index entry are not scanned; their maximum is the time
// index's last entry, written at that same entry (or at roll/close).
void Segment::foldIndexedMaxTimestamp() {
    if (auto indexed = m_timeIndex.lastEntry(); indexed && indexed->timestamp >= m_maxTimestamp) {
        m_maxTimestamp = indexed->timestamp;
        m_offsetOfMaxTimestamp = indexed->offset;
    }
}

bool Segment::loadIndexes() {
    // The time index is checked against the next offset, which only the tail scan knows.
    bool ok = !m_indexesMissing && m_offsetIndex.load(m_size) && restoreTailState(true) && m_timeIndex.load(m_nextOffset - 1);
    if (ok) {
        foldIndexedMaxTimestamp();
    } else {
        m_offsetIndex.reset();
        m_timeIndex.reset();
        resetDerivedState();
    }
    return ok;
}

Segment::RecoveryResult Segment::recover(const std::function<void(const records::BatchHeader&)>& onBatch) {
    m_indexesMissing = false;
    m_offsetIndex.reset();
    m_timeIndex.reset();
    resetDerivedState();
    RecoveryResult result;
    uint64_t fileSize = m_log.size();
    BatchScanner scanner(m_log, 0, fileSize, kRecoveryChunkSize);
    uint64_t validBytes = 0;
    int64_t previousLast = m_baseOffset - 1;
    while (auto batch = scanner.next()) {
        const auto& h = batch->header;
        bool offsetsOk = h.baseOffset > previousLast &&
                         h.lastOffset() - m_baseOffset <= std::numeric_limits<int32_t>::max();
        if (!offsetsOk || !records::verifyCrc(batch->bytes)) break;
        trackBatch(batch->position, batch->bytes.size(), h);
        if (onBatch) onBatch(h);
        previousLast = h.lastOffset();
        validBytes = batch->position + batch->bytes.size();
        ++result.batches;
    }
    if (validBytes < fileSize) {
        m_log.truncate(validBytes);
        result.truncatedBytes = fileSize - validBytes;
    }
    m_size = validBytes;
    m_txnIndex.truncateTo(m_nextOffset);
    // As a segment that was closed normally would have it.
    onBecomeInactive();
    return result;
}

void Segment::append(std::span<const uint8_t> bytes, std::span<const BatchToAppend> batches) {
    uint64_t position = m_size;
    if (position + bytes.size() > std::numeric_limits<int32_t>::max())
        throw std::logic_error("segment would exceed the 2 GiB an index position can address");
    try {
        m_log.writeAt(position, bytes);
    } catch (...) {
        // Leave no partial batch behind for the next append to write after.
        try {
            m_log.truncate(position);
        } catch (...) {
        }
        throw;
    }
    for (const auto& b : batches) trackBatch(position + b.offsetInInput, b.size, b.header);
    m_size += bytes.size();
}

std::optional<LocatedBatch> Segment::locate(int64_t offset, uint64_t minPosition) const {
    if (offset >= m_nextOffset) return std::nullopt;
    uint64_t start = std::max<uint64_t>(m_offsetIndex.lookup(offset).position, minPosition);
    BatchScanner scanner(m_log, start, m_size, BatchScanner::kDefaultChunkSize, BatchScanner::Mode::HeadersOnly);
    while (auto batch = scanner.next()) {
        if (batch->header.lastOffset() >= offset)
            return LocatedBatch{batch->position, batch->size, batch->header};
    }
    if (scanner.stopReason() != BatchScanner::Stop::End)
        throw StorageError("corrupt record batch at position " + std::to_string(scanner.position()),
                           m_log.path());
    return std::nullopt;
}

SegmentRead Segment::read(int64_t offset, size_t maxBytes, int64_t maxOffsetExclusive,
                          bool minOneBatch) const {
    SegmentRead out;
    auto start = locate(offset);
    if (!start) return out;
    out.found = true;
    uint64_t length = minOneBatch ? std::max<uint64_t>(maxBytes, start->size) : maxBytes;
    length = std::min<uint64_t>(length, m_size - start->position);
    if (length < start->size) return out;

    out.records.resize(static_cast<size_t>(length));
    m_log.readAt(start->position, out.records);
    // Keep whole batches below maxOffsetExclusive (the high watermark or last stable
    // offset); checking the bytes already read spares a second scan of the segment.
    size_t keep = 0;
    int64_t lastOffset = -1;
    for (const auto& span : records::splitBatches(out.records)) {
        const auto header = records::parseBatchHeaderPrefix(std::span<const uint8_t>(out.records).subspan(span.position));
        if (header.lastOffset() >= maxOffsetExclusive) break; // a batch straddling the bound is not readable yet
        keep = span.position + span.size;
        lastOffset = header.lastOffset();
    }
    out.records.resize(keep);
    if (keep == 0) return out;
    out.firstOffset = start->header.baseOffset;
    out.lastOffset = lastOffset;
    return out;
}

protocol::Bytes Segment::readBatch(const LocatedBatch& batch) const {
    protocol::Bytes out(batch.size);
    m_log.readAt(batch.position, out);
    return out;
}

void Segment::forEachBatch(
    int64_t offset, const std::function<void(const records::BatchHeader&, std::span<const uint8_t>)>& visit) const {
    auto start = locate(offset);
    if (!start) return;
    BatchScanner scanner(m_log, start->position, m_size, BatchScanner::kDefaultChunkSize,
                         BatchScanner::Mode::HeadersOnly);
    protocol::Bytes control;
    while (auto batch = scanner.next()) {
        const auto& h = batch->header;
        if (h.lastOffset() < offset) continue;
        if (h.isControl()) {
            control = readBatch({batch->position, batch->size, h});
            visit(h, control);
        } else {
            visit(h, {});
        }
    }
    if (scanner.stopReason() != BatchScanner::Stop::End)
        throw StorageError("corrupt record batch at position " + std::to_string(scanner.position()),
                           m_log.path());
}

std::optional<LocatedBatch> Segment::findByTimestamp(int64_t timestamp, int64_t startingOffset) const {
    auto entry = m_timeIndex.lookup(timestamp);
    uint64_t start = m_offsetIndex.lookup(std::max(entry.offset, startingOffset)).position;
    BatchScanner scanner(m_log, start, m_size, BatchScanner::kDefaultChunkSize, BatchScanner::Mode::HeadersOnly);
    while (auto batch = scanner.next()) {
        const auto& h = batch->header;
        if (h.maxTimestamp >= timestamp && h.lastOffset() >= startingOffset)
            return LocatedBatch{batch->position, batch->size, h};
    }
    if (scanner.stopReason() != BatchScanner::Stop::End)
        throw StorageError("corrupt record batch at position " + std::to_string(scanner.position()),
                           m_log.path());
    return std::nullopt;
}

uint64_t Segment::truncateTo(int64_t offset) {
    auto from = locate(offset);
    if (!from) return 0;
    m_offsetIndex.truncateTo(offset);
    m_timeIndex.truncateTo(offset);
    m_txnIndex.truncateTo(offset);
    uint64_t removed = m_size - from->position;
    m_log.truncate(from->position);
    m_size = from->position;
    if (!restoreTailState(false))
        throw StorageError("segment inconsistent after truncation", m_log.path());
    foldIndexedMaxTimestamp();
    return removed;
}

void Segment::onBecomeInactive() {
    if (m_maxTimestamp >= 0) m_timeIndex.maybeAppend(m_maxTimestamp, m_offsetOfMaxTimestamp, true);
    // Appends stop here, so the indexes give back their slack and their mappings.
    m_offsetIndex.trim();
    m_timeIndex.trim();
}

void Segment::flush() {
    m_log.sync();
    m_offsetIndex.sync();
    m_timeIndex.sync();
    m_txnIndex.sync();
}

void Segment::deleteFiles() {
    // Indexes first: a segment whose .log is gone is gone, so anyone watching the
    // directory never sees a .log-less segment's indexes linger, and a crash in between
    // leaves a .log whose indexes recovery simply rebuilds.
    m_offsetIndex.remove();
    m_timeIndex.remove();
    m_txnIndex.remove();
    auto path = m_log.path();
    m_log.close();
    std::error_code ec;
    std::filesystem::remove(path, ec);
    if (ec) throw StorageError("remove " + path.string() + ": " + ec.message(), path, ec.value());
}

void Segment::updateConfig(const LogConfig& config) {
    m_indexIntervalBytes = config.indexIntervalBytes;
    m_offsetIndex.setMaxEntries(maxEntries(config.segmentIndexBytes, OffsetIndex::kEntrySize));
    m_timeIndex.setMaxEntries(maxEntries(config.segmentIndexBytes, TimeIndex::kEntrySize));
}

int64_t Segment::largestTimestamp() const {
    return m_maxTimestamp >= 0 ? m_maxTimestamp : m_log.lastModifiedMs();
}

std::optional<int64_t> Segment::firstBatchTimestamp() const {
    if (m_size == 0) return std::nullopt;
    if (!m_firstBatchTimestamp) {
        BatchScanner scanner(m_log, 0, m_size, records::kBatchHeaderSize, BatchScanner::Mode::HeadersOnly);
        auto first = scanner.next();
        if (!first) return std::nullopt;
        m_firstBatchTimestamp = first->header.maxTimestamp;
    }
    return m_firstBatchTimestamp;
}

} // namespace samsa::storage
