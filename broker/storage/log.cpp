#include "storage/log.h"

#include <algorithm>
#include <chrono>
#include <stdexcept>
#include <string>

#include "protocol/records/batch_header.h"
#include "protocol/wire/reader.h"
#include "storage/file.h"
#include "storage/record_lookup.h"

namespace samsa::storage {

namespace records = protocol::records;

int64_t systemClockMs() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

namespace {

AppendResult appendError(ErrorCode code, std::string message) {
    AppendResult r;
    r.error = code;
    r.errorMessage = std::move(message);
    return r;
}

} // namespace

void validateLogConfig(const LogConfig& c) {
    auto require = [](bool ok, const char* what) {
        if (!ok) throw std::invalid_argument(std::string("invalid log config: ") + what);
    };
    require(c.segmentBytes >= 14, "segment.bytes must be at least 14");
    require(c.segmentMs >= 1, "segment.ms must be at least 1");
    require(c.segmentJitterMs >= 0, "segment.jitter.ms must not be negative");
    require(c.indexIntervalBytes >= 0, "index.interval.bytes must not be negative");
    require(c.segmentIndexBytes >= 8, "segment.index.bytes must be at least 8");
    require(c.retentionMs >= -1, "retention.ms must be -1 or more");
    require(c.retentionBytes >= -1, "retention.bytes must be -1 or more");
    require(c.flushMessages >= 1, "flush.messages must be at least 1");
    require(c.flushMs >= 0, "flush.ms must not be negative");
    require(c.minCleanableDirtyRatio >= 0 && c.minCleanableDirtyRatio <= 1,
            "min.cleanable.dirty.ratio must be between 0 and 1");
    require(c.minCompactionLagMs >= 0, "min.compaction.lag.ms must not be negative");
    require(c.maxCompactionLagMs >= 1, "max.compaction.lag.ms must be at least 1");
    require(c.deleteRetentionMs >= 0, "delete.retention.ms must not be negative");
}

Log::Log(const std::filesystem::path& dir, const LogConfig& config, Clock clock)
    : m_dir(dir),
      m_config(config),
      m_clock(clock ? std::move(clock) : Clock(systemClockMs)),
      m_epochs(dir),
      m_random(std::random_device{}()) {}

Log::~Log() = default;

int64_t Log::randomJitter() {
    int64_t bound = std::min(m_config.segmentJitterMs, m_config.segmentMs);
    if (bound <= 0) return 0;
    return static_cast<int64_t>(m_random() % static_cast<uint64_t>(bound));
}

std::unique_ptr<Segment> Log::newSegment(int64_t baseOffset) {
    m_dirNeedsSync = true;
    return Segment::create(m_dir, baseOffset, m_config, now(), randomJitter());
}

AppendResult Log::append(std::span<const uint8_t> input, AppendMode mode) {
    if (m_closed) throw std::logic_error("append to a closed log");
    AppendResult result;
    if (input.empty()) return result;
    if (input.size() > static_cast<size_t>(m_config.segmentBytes))
        return appendError(ErrorCode::RecordListTooLarge,
                           "append of " + std::to_string(input.size()) + " bytes exceeds segment.bytes");

    std::vector<BatchToAppend> batches;
    int64_t expected = logEndOffset();
    size_t pos = 0;
    while (pos < input.size()) {
        auto rest = input.subspan(pos);
        records::BatchHeader h;
        try {
            h = records::parseBatchHeader(rest);
        } catch (const protocol::DecodeError& e) {
            return appendError(ErrorCode::CorruptMessage, e.what());
        }
        auto bytes = rest.first(h.totalSize());
        if (!records::verifyCrc(bytes))
            return appendError(ErrorCode::CorruptMessage,
                               "CRC mismatch in batch at offset " + std::to_string(h.baseOffset));
        bool inOrder = mode == AppendMode::Contiguous ? h.baseOffset == expected : h.baseOffset >= expected;
        if (!inOrder)
            return appendError(ErrorCode::InvalidRecord,
                               "batch base offset " + std::to_string(h.baseOffset) + " where " +
                                   std::to_string(expected) + " was expected");
        batches.push_back({pos, bytes.size(), h});
        if (h.maxTimestamp > result.maxTimestamp) {
            result.maxTimestamp = h.maxTimestamp;
            result.offsetOfMaxTimestamp = h.lastOffset();
        }
        expected = h.lastOffset() + 1;
        pos += bytes.size();
    }
    result.firstOffset = batches.front().header.baseOffset;
    result.lastOffset = batches.back().header.lastOffset();
    // One append goes to one segment, whose index addresses offsets as int32 deltas.
    if (result.lastOffset - result.firstOffset > std::numeric_limits<int32_t>::max())
        return appendError(ErrorCode::InvalidRecord, "append spans more offsets than a segment can index");

    if (shouldRoll(input.size(), result.lastOffset, result.maxTimestamp) ||
        result.firstOffset - activeSegment().baseOffset() > std::numeric_limits<int32_t>::max()) {
        rollAt(std::max(logEndOffset(), result.firstOffset));
        result.rolled = true;
    }
    Segment& segment = activeSegment();
    result.segmentBaseOffset = segment.baseOffset();
    result.position = segment.size();
    segment.append(input, batches);
    result.batchCount = static_cast<int32_t>(batches.size());
    result.bytes = input.size();

    for (const auto& b : batches) maybeAssignEpoch(b.header);
    m_unflushedMessages += result.lastOffset - result.firstOffset + 1;
    if (m_unflushedMessages >= m_config.flushMessages) flush();
    return result;
}

bool Log::shouldRoll(uint64_t appendBytes, int64_t lastOffset, int64_t maxTimestamp) const {
    const Segment& segment = activeSegment();
    if (segment.empty()) return false;
    if (segment.size() + appendBytes > static_cast<uint64_t>(m_config.segmentBytes)) return true;
    if (segment.indexIsFull()) return true;
    if (lastOffset - segment.baseOffset() > std::numeric_limits<int32_t>::max()) return true;
    // Kafka measures segment age in record time when the segment has timestamps, so a
    // replayed or mirrored log rolls where the original did; wall time otherwise.
    auto first = segment.firstBatchTimestamp();
    int64_t age = first && *first >= 0 ? maxTimestamp - *first : now() - segment.createdMs();
    // A compacted log rolls by max.compaction.lag.ms too, since the cleaner never
    // touches the active segment.
    int64_t rollMs = m_config.cleanupPolicyCompact ? std::min(m_config.segmentMs, m_config.maxCompactionLagMs)
                                                   : m_config.segmentMs;
    return age > rollMs - segment.rollJitterMs();
}

void Log::rollAt(int64_t newBaseOffset) {
    Segment& active = activeSegment();
    if (active.empty()) {
        if (active.baseOffset() == newBaseOffset) return;
        // An empty active segment below a gap is replaced rather than left behind.
        auto it = std::prev(m_segments.end());
        removeSegment(it, nullptr);
    } else {
        active.onBecomeInactive();
    }
    if (m_observer) m_observer->onRoll(newBaseOffset);
    m_segments.emplace(newBaseOffset, newSegment(newBaseOffset));
}

bool Log::roll() {
    if (activeSegment().empty()) return false;
    rollAt(logEndOffset());
    return true;
}

void Log::maybeAssignEpoch(const records::BatchHeader& header) {
    if (header.partitionLeaderEpoch < 0) return;
    auto latest = m_epochs.latestEpoch();
    if (!latest || header.partitionLeaderEpoch > *latest)
        m_epochs.assign(header.partitionLeaderEpoch, header.baseOffset);
}

bool Log::assignEpochStartOffset(int32_t epoch, int64_t startOffset) {
    return m_epochs.assign(epoch, startOffset);
}

ReadResult Log::read(int64_t fetchOffset, size_t maxBytes, int64_t maxOffsetExclusive, bool minOneBatch) const {
    ReadResult result;
    if (fetchOffset < m_logStartOffset || fetchOffset > logEndOffset()) {
        result.error = ErrorCode::OffsetOutOfRange;
        return result;
    }
    if (fetchOffset >= maxOffsetExclusive) return result;
    auto it = m_segments.upper_bound(fetchOffset);
    if (it != m_segments.begin()) --it;
    for (; it != m_segments.end(); ++it) {
        auto read = it->second->read(fetchOffset, maxBytes, maxOffsetExclusive, minOneBatch);
        if (!read.found) continue; // fetchOffset is in a gap after this segment's last batch
        result.records = std::move(read.records);
        result.firstOffset = read.firstOffset;
        result.lastOffset = read.lastOffset;
        break;
    }
    return result;
}

std::optional<TimestampOffset> Log::offsetForTimestamp(int64_t timestamp) const {
    for (const auto& [base, segment] : m_segments) {
        if (segment->maxTimestamp() < timestamp) continue;
        auto found = segment->findByTimestamp(timestamp, m_logStartOffset);
        if (!found) continue;
        auto bytes = segment->readBatch(*found);
        if (auto record = findRecordByTimestamp(bytes, timestamp, m_logStartOffset)) return record;
        return TimestampOffset{found->header.maxTimestamp, std::max(found->header.baseOffset, m_logStartOffset)};
    }
    return std::nullopt;
}

std::optional<TimestampOffset> Log::maxTimestampRecord() const {
    const Segment* best = nullptr;
    for (const auto& [base, segment] : m_segments)
        if (segment->maxTimestamp() >= 0 && (!best || segment->maxTimestamp() > best->maxTimestamp()))
            best = segment.get();
    if (!best) return std::nullopt;
    auto found = best->locate(best->offsetOfMaxTimestamp());
    if (!found) return std::nullopt;
    auto bytes = best->readBatch(*found);
    if (auto record = findRecordWithMaxTimestamp(bytes)) return record;
    return TimestampOffset{found->header.maxTimestamp, found->header.lastOffset()};
}

uint64_t Log::sizeInBytes() const {
    uint64_t total = 0;
    for (const auto& [base, segment] : m_segments) total += segment->size();
    return total;
}

std::vector<SegmentInfo> Log::segments() const {
    std::vector<SegmentInfo> out;
    out.reserve(m_segments.size());
    for (const auto& [base, segment] : m_segments)
        out.push_back({base, segment->nextOffset(), segment->size(), segment->maxTimestamp()});
    return out;
}

std::vector<const Segment*> Log::segmentList() const {
    std::vector<const Segment*> out;
    out.reserve(m_segments.size());
    for (const auto& [base, segment] : m_segments) out.push_back(segment.get());
    return out;
}

void Log::updateConfig(const LogConfig& config) {
    validateLogConfig(config);
    m_config = config;
    for (auto& [base, segment] : m_segments) segment->updateConfig(config);
}

void Log::removeSegment(std::map<int64_t, std::unique_ptr<Segment>>::iterator it, DeletionResult* result) {
    if (result) {
        result->deletedSegments.push_back(it->first);
        result->bytesDeleted += it->second->size();
    }
    it->second->deleteFiles();
    m_segments.erase(it);
    m_dirNeedsSync = true;
}

void Log::deleteOldestSegments(DeletionResult& result, int64_t upperBoundOffset,
                               const std::function<bool(const Segment&, int64_t)>& deletable) {
    bool deleted = false;
    while (m_segments.size() > 1) {
        auto it = m_segments.begin();
        int64_t nextBase = std::next(it)->first;
        if (nextBase > upperBoundOffset || !deletable(*it->second, nextBase)) break;
        removeSegment(it, &result);
        deleted = true;
    }
    if (deleted && m_observer) m_observer->onSegmentsDeleted(m_segments.begin()->first);
    if (m_segments.begin()->first > m_logStartOffset) {
        m_logStartOffset = m_segments.begin()->first;
        m_epochs.truncateFromStart(m_logStartOffset);
    }
    m_recoveryPoint = std::max(m_recoveryPoint, m_segments.begin()->first);
    result.logStartOffset = m_logStartOffset;
}

DeletionResult Log::deleteRecordsBefore(int64_t offset) {
    DeletionResult result;
    result.logStartOffset = m_logStartOffset;
    if (offset > logEndOffset() || offset < 0) {
        result.error = ErrorCode::OffsetOutOfRange;
        return result;
    }
    if (offset <= m_logStartOffset) return result;
    m_logStartOffset = offset;
    m_epochs.truncateFromStart(offset);
    // When nothing readable is left, the active segment goes too, after a roll.
    if (offset == logEndOffset()) roll();
    deleteOldestSegments(result, std::numeric_limits<int64_t>::max(),
                         [this](const Segment&, int64_t nextBase) { return nextBase <= m_logStartOffset; });
    return result;
}

DeletionResult Log::applyRetention(int64_t nowMs, int64_t upperBoundOffset) {
    DeletionResult result;
    result.logStartOffset = m_logStartOffset;
    deleteOldestSegments(result, upperBoundOffset,
                         [this](const Segment&, int64_t nextBase) { return nextBase <= m_logStartOffset; });
    if (!m_config.cleanupPolicyDelete) return result;
    if (m_config.retentionBytes >= 0) {
        int64_t excess = static_cast<int64_t>(sizeInBytes()) - m_config.retentionBytes;
        deleteOldestSegments(result, upperBoundOffset, [&](const Segment& s, int64_t) {
            if (excess - static_cast<int64_t>(s.size()) < 0) return false;
            excess -= static_cast<int64_t>(s.size());
            return true;
        });
    }
    if (m_config.retentionMs >= 0) {
        deleteOldestSegments(result, upperBoundOffset, [&](const Segment& s, int64_t) {
            return nowMs - s.largestTimestamp() > m_config.retentionMs;
        });
    }
    return result;
}

bool Log::truncateTo(int64_t offset) {
    if (offset < 0) throw std::invalid_argument("cannot truncate to a negative offset");
    if (offset >= logEndOffset()) return false;
    if (offset < m_logStartOffset) {
        truncateFullyAndStartAt(offset);
        return true;
    }
    while (m_segments.size() > 1 && std::prev(m_segments.end())->first > offset)
        removeSegment(std::prev(m_segments.end()), nullptr);
    activeSegment().truncateTo(offset);
    int64_t end = logEndOffset();
    m_recoveryPoint = std::min(m_recoveryPoint, end);
    m_cleanerCheckpoint = std::min(m_cleanerCheckpoint, end);
    m_epochs.truncateFromEnd(end);
    m_unflushedMessages = 0;
    if (m_observer) m_observer->onTruncated(end);
    return true;
}

void Log::truncateFullyAndStartAt(int64_t newOffset) {
    if (newOffset < 0) throw std::invalid_argument("cannot start a log at a negative offset");
    while (!m_segments.empty()) removeSegment(std::prev(m_segments.end()), nullptr);
    m_segments.emplace(newOffset, newSegment(newOffset));
    m_logStartOffset = newOffset;
    m_recoveryPoint = newOffset;
    m_cleanerCheckpoint = newOffset;
    m_earliestDeleteHorizonMs = -1;
    m_unflushedMessages = 0;
    m_epochs.clear();
    if (m_observer) m_observer->onTruncated(newOffset);
}

void Log::appendAbortedTransaction(const AbortedTxn& txn) {
    auto it = m_segments.upper_bound(txn.lastOffset);
    if (it == m_segments.begin() || txn.lastOffset >= logEndOffset())
        throw std::invalid_argument("aborted transaction marker at " + std::to_string(txn.lastOffset) +
                                    " is not in the log");
    std::prev(it)->second->txnIndex().append(txn);
    // The first entry creates the file, which the next flush makes durable in the directory.
    m_dirNeedsSync = true;
}

std::vector<AbortedTxn> Log::collectAbortedTransactions(int64_t fetchOffset, int64_t upperBoundOffset) const {
    std::vector<AbortedTxn> out;
    // A transaction that covers fetchOffset has its marker at or after it, so the search
    // starts in the segment holding fetchOffset.
    auto it = m_segments.upper_bound(fetchOffset);
    if (it != m_segments.begin()) --it;
    for (; it != m_segments.end(); ++it)
        if (it->second->txnIndex().collect(fetchOffset, upperBoundOffset, out)) break;
    return out;
}

void Log::truncateTransactionIndexes(int64_t offset) {
    auto it = m_segments.upper_bound(offset);
    if (it != m_segments.begin()) --it;
    for (; it != m_segments.end(); ++it) it->second->txnIndex().truncateTo(offset);
}

void Log::forEachBatch(int64_t offset, const BatchVisitor& visit) const {
    auto it = m_segments.upper_bound(offset);
    if (it != m_segments.begin()) --it;
    for (; it != m_segments.end(); ++it) it->second->forEachBatch(offset, visit);
}

void Log::flushUpTo(int64_t offset) {
    if (offset <= m_recoveryPoint) return;
    auto it = m_segments.upper_bound(m_recoveryPoint);
    if (it != m_segments.begin()) --it;
    for (; it != m_segments.end() && it->first < offset; ++it) it->second->flush();
    // Segments below the recovery point are trusted, not rescanned, on recovery: the
    // epochs their batches were written under must be on disk before the point moves.
    m_epochs.flush();
    if (m_dirNeedsSync) {
        syncDirectory(m_dir);
        m_dirNeedsSync = false;
    }
    m_recoveryPoint = offset;
    m_lastFlushMs = now();
    if (offset >= logEndOffset()) m_unflushedMessages = 0;
}

void Log::flush() { flushUpTo(logEndOffset()); }

void Log::flushRolledSegments() { flushUpTo(activeSegment().baseOffset()); }

bool Log::maybeFlush(int64_t nowMs) {
    if (m_config.flushMs == std::numeric_limits<int64_t>::max()) return false;
    if (nowMs - m_lastFlushMs < m_config.flushMs || logEndOffset() <= m_recoveryPoint) return false;
    flush();
    return true;
}

void Log::close() {
    if (m_closed) return;
    activeSegment().onBecomeInactive();
    flush();
    // The final time index entry is written even when no data was pending.
    activeSegment().flush();
    m_closed = true;
}

} // namespace samsa::storage
