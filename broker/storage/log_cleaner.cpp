#include "storage/log_cleaner.h"

#include <algorithm>
#include <chrono>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

#include "protocol/records/record_batch.h"
#include "protocol/wire/reader.h"
#include "storage/batch_scanner.h"
#include "storage/cleaner_offset_map.h"
#include "storage/cleaner_transactions.h"
#include "storage/file.h"
#include "storage/storage_error.h"

namespace samsa::storage {

namespace records = protocol::records;
namespace fs = std::filesystem;

namespace {

constexpr size_t kReadChunk = size_t{1} << 20;
constexpr size_t kWriteChunk = size_t{1} << 20;

// Calls f(batch) for every batch of a (non-active, hence complete) segment.
template <typename F>
void forEachBatch(const Segment& segment, F&& f) {
    File in(segment.logPath(), File::Mode::OpenExisting);
    BatchScanner scanner(in, 0, segment.size(), kReadChunk);
    while (auto batch = scanner.next()) f(*batch, scanner.position() == segment.size());
    if (scanner.stopReason() != BatchScanner::Stop::End)
        throw protocol::DecodeError("corrupt record batch at position " + std::to_string(scanner.position()) +
                                    " of " + segment.logPath().string());
}

// The base of the segment holding `offset` (the first segment's if it lies before).
int64_t baseHolding(const std::vector<const Segment*>& segments, int64_t offset) {
    int64_t base = segments.front()->baseOffset();
    for (const Segment* s : segments) {
        if (s->baseOffset() > offset) break;
        base = s->baseOffset();
    }
    return base;
}

// The .log.cleaned file of one group, written through a buffer.
class CleanedFile {
public:
    explicit CleanedFile(const fs::path& path) : m_file(path, File::Mode::CreateTruncate) {}

    void append(std::span<const uint8_t> bytes) {
        m_buffer.insert(m_buffer.end(), bytes.begin(), bytes.end());
        if (m_buffer.size() >= kWriteChunk) flushBuffer();
    }
    // Copies [0, length) of a source segment as it is.
    void copyFrom(const Segment& segment, uint64_t length) {
        flushBuffer();
        File in(segment.logPath(), File::Mode::OpenExisting);
        protocol::Bytes chunk;
        for (uint64_t pos = 0; pos < length;) {
            chunk.resize(static_cast<size_t>(std::min<uint64_t>(kReadChunk, length - pos)));
            in.readAt(pos, chunk);
            append(chunk);
            pos += chunk.size();
        }
    }
    uint64_t finish(fs::file_time_type modified) {
        flushBuffer();
        m_file.sync();
        m_file.close();
        // Retention by time falls back to the file's age when batches carry no timestamp.
        std::error_code ec;
        fs::last_write_time(m_file.path(), modified, ec);
        return m_size;
    }
    const fs::path& path() const { return m_file.path(); }

private:
    void flushBuffer() {
        if (m_buffer.empty()) return;
        if (m_size + m_buffer.size() > static_cast<uint64_t>(std::numeric_limits<int32_t>::max()))
            throw StorageError("cleaned segment would exceed the 2 GiB an index can address", m_file.path());
        m_file.writeAt(m_size, m_buffer);
        m_size += m_buffer.size();
        m_buffer.clear();
    }

    File m_file;
    protocol::Bytes m_buffer;
    uint64_t m_size = 0;
};

// Adjacent segments that can become one: within segment.bytes, an index's reach and
// the index size limit, like Kafka's grouping.
std::vector<std::vector<const Segment*>> groupSegments(const std::vector<const Segment*>& segments,
                                                       const LogConfig& config) {
    const uint64_t maxBytes = static_cast<uint64_t>(config.segmentBytes);
    const size_t maxOffsetEntries = static_cast<size_t>(config.segmentIndexBytes) / OffsetIndex::kEntrySize;
    const size_t maxTimeEntries = static_cast<size_t>(config.segmentIndexBytes) / TimeIndex::kEntrySize;
    std::vector<std::vector<const Segment*>> groups;
    uint64_t bytes = 0;
    size_t offsetEntries = 0;
    size_t timeEntries = 0;
    for (const Segment* s : segments) {
        if (!groups.empty()) {
            int64_t base = groups.back().front()->baseOffset();
            bool fits = bytes + s->size() <= maxBytes &&
                        s->nextOffset() - 1 - base <= std::numeric_limits<int32_t>::max() &&
                        offsetEntries + s->offsetIndex().entries() <= maxOffsetEntries &&
                        timeEntries + s->timeIndex().entries() <= maxTimeEntries;
            if (fits) {
                groups.back().push_back(s);
                bytes += s->size();
                offsetEntries += s->offsetIndex().entries();
                timeEntries += s->timeIndex().entries();
                continue;
            }
        }
        groups.push_back({s});
        bytes = s->size();
        offsetEntries = s->offsetIndex().entries();
        timeEntries = s->timeIndex().entries();
    }
    return groups;
}

void dropSegmentsFrom(std::vector<const Segment*>& segments, int64_t end) {
    std::erase_if(segments, [end](const Segment* s) { return s->baseOffset() >= end; });
}

} // namespace

double CleanableRange::dirtyRatio() const {
    uint64_t total = cleanBytes + dirtyBytes;
    return total == 0 ? 0.0 : static_cast<double>(dirtyBytes) / static_cast<double>(total);
}

bool CleanableRange::cleaningDue(const LogConfig& config) const {
    if (dirtyBytes > 0 && (dirtyRatio() > config.minCleanableDirtyRatio || maxCompactionLagExceeded)) return true;
    return deleteHorizonPassed;
}

CleanableRange findCleanableRange(const Log& log, int64_t nowMs, int64_t upperBoundOffset) {
    const LogConfig& config = log.config();
    auto segments = log.segmentList();
    CleanableRange r;
    int64_t firstDirty = log.cleanerCheckpoint();
    // A checkpoint from before DeleteRecords or retention moved the start, or beyond a
    // truncated end, says nothing about what is clean now.
    if (firstDirty < log.logStartOffset() || firstDirty > log.logEndOffset()) firstDirty = log.logStartOffset();
    firstDirty = baseHolding(segments, firstDirty);

    int64_t end = log.activeSegmentBaseOffset();
    if (upperBoundOffset < end) end = baseHolding(segments, upperBoundOffset);
    for (const Segment* s : segments) {
        if (s->baseOffset() < firstDirty) continue;
        if (s->baseOffset() >= end) break;
        // Records younger than min.compaction.lag.ms are not compacted yet.
        if (config.minCompactionLagMs > 0 && s->largestTimestamp() > nowMs - config.minCompactionLagMs) {
            end = s->baseOffset();
            break;
        }
    }
    firstDirty = std::min(firstDirty, end);

    for (const Segment* s : segments) {
        if (s->baseOffset() >= end) break;
        if (s->baseOffset() < firstDirty) {
            r.cleanBytes += s->size();
            continue;
        }
        r.dirtyBytes += s->size();
        auto first = s->firstBatchTimestamp();
        if (first && *first >= 0 && nowMs - *first > config.maxCompactionLagMs) r.maxCompactionLagExceeded = true;
    }
    r.firstDirtyOffset = firstDirty;
    r.firstUncleanableOffset = end;
    int64_t horizon = log.earliestDeleteHorizonMs();
    r.deleteHorizonPassed = horizon >= 0 && nowMs >= horizon && end > segments.front()->baseOffset();
    return r;
}

CleanerStats LogCleaner::clean(Log& log, const CleanableRange& range, int64_t nowMs) {
    auto started = std::chrono::steady_clock::now();
    CleanerStats stats;
    stats.firstDirtyOffset = range.firstDirtyOffset;
    stats.endOffset = range.firstDirtyOffset;
    int64_t end = std::min(range.firstUncleanableOffset, log.activeSegmentBaseOffset());
    auto segments = log.segmentList();
    dropSegmentsFrom(segments, end);
    if (segments.empty()) return stats;

    CleanerTransactions transactions;
    for (const Segment* s : segments)
        forEachBatch(*s, [&](const BatchScanner::Batch& b, bool) { transactions.observe(b.header, b.bytes); });
    if (auto undecided = transactions.firstUndecidedOffset()) {
        end = std::min(end, baseHolding(segments, *undecided));
        dropSegmentsFrom(segments, end);
    }

    CleanerOffsetMap map(m_options.dedupeBufferBytes);
    for (const Segment* s : segments) {
        if (s->nextOffset() <= range.firstDirtyOffset) continue;
        // Whole segments only; the first one is mapped whatever it takes.
        if (map.size() > 0 && map.overBudget()) {
            end = s->baseOffset();
            break;
        }
        forEachBatch(*s, [&](const BatchScanner::Batch& b, bool) {
            const auto& h = b.header;
            if (h.isControl() || h.recordCount == 0) return;
            if (h.isTransactional() && transactions.isAborted(h.producerId, h.baseOffset)) return;
            records::BatchReader reader(b.bytes);
            auto recs = reader.records();
            records::RecordView view;
            while (recs.next(view))
                if (view.key) map.put(*view.key, h.baseOffset + view.offsetDelta);
        });
    }
    dropSegmentsFrom(segments, end);
    stats.keys = map.size();

    CleanerBatchFilter filter(map, transactions, nowMs, log.config().deleteRetentionMs);
    int64_t pendingHorizon = -1;
    for (const auto& group : groupSegments(segments, log.config())) {
        std::optional<CleanedFile> out;
        auto path = segmentFilePath(log.dir(), group.front()->baseOffset(), kCleanedLogSuffix);
        for (size_t i = 0; i < group.size(); ++i) {
            const Segment& segment = *group[i];
            forEachBatch(segment, [&](const BatchScanner::Batch& b, bool lastInSegment) {
                // The group's last batch stays, if only empty, so the rewritten segment ends
                // where the group did: recovery from a crashed swap relies on that range.
                bool lastOfGroup = lastInSegment && i + 1 == group.size();
                auto result = filter.filter(b.bytes, b.header, lastOfGroup);
                if (result.pendingDeleteHorizonMs >= 0 &&
                    (pendingHorizon < 0 || result.pendingDeleteHorizonMs < pendingHorizon))
                    pendingHorizon = result.pendingDeleteHorizonMs;
                if (result.outcome == CleanerBatchFilter::Outcome::Keep) {
                    if (out) out->append(b.bytes);
                    return;
                }
                // Nothing is written until the first change: a group compaction leaves
                // as it was is not rewritten at all.
                if (!out) {
                    out.emplace(path);
                    for (size_t j = 0; j < i; ++j) out->copyFrom(*group[j], group[j]->size());
                    out->copyFrom(segment, b.position);
                }
                if (result.outcome == CleanerBatchFilter::Outcome::Rewrite) out->append(result.bytes);
            });
            ++stats.segmentsRead;
            stats.bytesRead += segment.size();
        }
        if (!out) continue;
        stats.bytesWritten += out->finish(fs::last_write_time(group.back()->logPath()));
        std::vector<int64_t> bases;
        for (const Segment* s : group) bases.push_back(s->baseOffset());
        log.replaceSegments(path, bases, m_options.swapObserver);
        ++stats.segmentsWritten;
    }

    stats.endOffset = std::max(range.firstDirtyOffset, end);
    log.setCleanerCheckpoint(stats.endOffset);
    log.setEarliestDeleteHorizonMs(pendingHorizon);
    stats.records = filter.stats();
    stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return stats;
}

} // namespace samsa::storage
