// Opening a log: tidying the directory, loading segments and recovering what an unclean
// shutdown may have left half-written.
#include <set>
#include <string>
#include <system_error>

#include "storage/log.h"
#include "storage/storage_error.h"

namespace samsa::storage {

namespace {

// Leftovers of operations that never finished: temporary checkpoint files, and the
// suffixes Kafka uses for segments being deleted or produced by the cleaner. None of
// them hold data the log still needs. Segment ".swap" files were completed before this
// runs (see completeInterruptedSwaps); any other ".swap" file is an index, rebuilt anyway.
bool isLeftover(const std::string& name) {
    for (const char* suffix : {".deleted", ".cleaned", ".swap", ".tmp"})
        if (name.ends_with(suffix)) return true;
    return false;
}

// The segment an index file belongs to, if the name is one.
std::optional<int64_t> indexFileBase(const std::string& name) {
    for (auto suffix : {kIndexSuffix, kTimeIndexSuffix, kTxnIndexSuffix})
        if (auto base = parseSegmentFileName(name, suffix)) return base;
    return std::nullopt;
}

void removeFile(const std::filesystem::path& path) {
    std::error_code ec;
    std::filesystem::remove(path, ec);
    if (ec) throw StorageError("remove " + path.string() + ": " + ec.message(), path, ec.value());
}

} // namespace

std::unique_ptr<Log> Log::open(const std::filesystem::path& dir, const LogConfig& config,
                               const LogOpenOptions& options) {
    validateLogConfig(config);
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) throw StorageError("create " + dir.string() + ": " + ec.message(), dir, ec.value());
    std::unique_ptr<Log> log(new Log(dir, config, options.clock));
    log->recover(options);
    return log;
}

void Log::recover(const LogOpenOptions& options) {
    completeInterruptedSwaps();
    std::set<int64_t> bases;
    std::vector<std::pair<int64_t, std::filesystem::path>> indexFiles;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(m_dir, ec)) {
        if (!entry.is_regular_file()) continue;
        std::string name = entry.path().filename().string();
        if (isLeftover(name)) {
            removeFile(entry.path());
        } else if (auto base = parseSegmentFileName(name, kLogSuffix)) {
            bases.insert(*base);
        } else if (auto indexBase = indexFileBase(name)) {
            indexFiles.emplace_back(*indexBase, entry.path());
        }
    }
    if (ec) throw StorageError("list " + m_dir.string() + ": " + ec.message(), m_dir, ec.value());
    // An index without its .log belongs to a segment whose deletion was interrupted.
    for (const auto& [base, path] : indexFiles)
        if (!bases.contains(base)) removeFile(path);

    int64_t startMs = now();
    for (int64_t base : bases) m_segments.emplace(base, Segment::open(m_dir, base, m_config, startMs, randomJitter()));
    m_recoveryStats.segmentsLoaded = m_segments.size();

    // After a clean shutdown every segment is trusted; otherwise only those wholly below
    // the recovery point, which were fsynced before the point was checkpointed. Trusted
    // segments still get their indexes checked, and are scanned if those are bad.
    for (auto it = m_segments.begin(); it != m_segments.end(); ++it) {
        auto next = std::next(it);
        bool flushed = next != m_segments.end() && next->first <= options.recoveryPoint;
        Segment& segment = *it->second;
        if (options.hadCleanShutdown || flushed) {
            if (segment.loadIndexes()) continue;
            ++m_recoveryStats.indexesRebuilt;
        }
        ++m_recoveryStats.segmentsScanned;
        if (m_recoveryStats.firstScannedSegment < 0) m_recoveryStats.firstScannedSegment = it->first;
        auto recovered = segment.recover([this](const protocol::records::BatchHeader& h) { maybeAssignEpoch(h); });
        m_recoveryStats.batchesScanned += recovered.batches;
        m_recoveryStats.bytesTruncated += recovered.truncatedBytes;
        if (recovered.truncatedBytes > 0) {
            // Whatever follows a corrupt batch cannot be trusted to continue the log.
            while (std::prev(m_segments.end()) != it) {
                removeSegment(std::prev(m_segments.end()), nullptr);
                ++m_recoveryStats.segmentsDropped;
            }
            break;
        }
    }

    if (m_segments.empty()) {
        int64_t base = std::max<int64_t>(options.logStartOffset, 0);
        m_segments.emplace(base, newSegment(base));
    }
    m_logStartOffset = std::max(options.logStartOffset, m_segments.begin()->first);
    if (m_logStartOffset > logEndOffset()) {
        // Everything left is below a start offset recorded earlier: logically deleted.
        truncateFullyAndStartAt(m_logStartOffset);
    }
    int64_t end = logEndOffset();
    m_recoveryPoint = options.hadCleanShutdown ? end : std::min(options.recoveryPoint, end);
    m_epochs.truncateFromEnd(end);
    m_epochs.truncateFromStart(m_logStartOffset);
    // Epochs re-learned from scanned batches may lie below the recovery point just set.
    if (m_recoveryPoint > 0) m_epochs.flush();
    m_lastFlushMs = startMs;
}

} // namespace samsa::storage
