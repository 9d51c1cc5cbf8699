#include "storage/log_manager.h"

#include <algorithm>
#include <cerrno>
#include <stdexcept>
#include <fcntl.h>
#include <sys/file.h>
#include <system_error>
#include <unistd.h>

#include "protocol/wire/reader.h"
#include "storage/file.h"
#include "storage/storage_error.h"

namespace samsa::storage {

namespace {

// A partition directory that Kafka renamed for asynchronous deletion.
bool isPendingDelete(const std::string& name) { return name.ends_with("-delete"); }

// Kafka's legal topic names, which also keeps a name from leaving the log directory.
bool isLegalTopicName(const std::string& topic) {
    if (topic.empty() || topic.size() > 249 || topic == "." || topic == "..") return false;
    for (char c : topic) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                  c == '_' || c == '-';
        if (!ok) return false;
    }
    return true;
}

OffsetCheckpoint readCheckpointOrEmpty(const std::filesystem::path& file) {
    // A damaged checkpoint costs only recovery time: without recovery points every
    // segment is scanned, and a missing start offset falls back to the first segment.
    try {
        return readOffsetCheckpoint(file);
    } catch (const StorageError&) {
        return {};
    }
}

} // namespace

LogManager::LogManager(Options options) : m_options(std::move(options)) {
    if (m_options.logDirs.empty()) throw std::invalid_argument("at least one log directory is needed");
    if (!m_options.clock) m_options.clock = systemClockMs;
    m_dirs.resize(m_options.logDirs.size());
}

LogManager::~LogManager() {
    if (!m_loaded || m_closed) {
        unlockDirs();
        return;
    }
    try {
        close();
    } catch (...) {
        unlockDirs();
    }
}

LogConfig LogManager::configFor(const std::string& topic) const {
    return m_options.topicConfig ? m_options.topicConfig(topic) : m_options.defaultConfig;
}

void LogManager::lockDir(size_t dir) {
    auto path = m_options.logDirs[dir] / kLockFile;
    int fd;
    do {
        fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) throwErrno("open", path);
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        int err = errno;
        ::close(fd);
        throw StorageError("log directory " + m_options.logDirs[dir].string() +
                               " is in use by another process",
                           path, err);
    }
    m_dirs[dir].lockFd = fd;
}

void LogManager::unlockDirs() {
    for (auto& d : m_dirs) {
        if (d.lockFd >= 0) ::close(d.lockFd); // closing releases the flock
        d.lockFd = -1;
    }
}

LogManager::LoadSummary LogManager::load() {
    if (m_loaded) throw std::logic_error("LogManager::load called twice");
    LoadSummary summary;
    for (size_t d = 0; d < m_options.logDirs.size(); ++d) {
        const auto& root = m_options.logDirs[d];
        std::error_code ec;
        std::filesystem::create_directories(root, ec);
        if (ec) throw StorageError("create " + root.string() + ": " + ec.message(), root, ec.value());
        lockDir(d);

        auto marker = root / kCleanShutdownFile;
        bool clean = std::filesystem::exists(marker);
        if (clean) ++summary.cleanDirs;
        auto recoveryPoints = readCheckpointOrEmpty(root / kRecoveryPointCheckpointFile);
        auto logStartOffsets = readCheckpointOrEmpty(root / kLogStartOffsetCheckpointFile);
        auto cleanerOffsets = readCheckpointOrEmpty(root / kCleanerOffsetCheckpointFile);

        for (const auto& entry : std::filesystem::directory_iterator(root, ec)) {
            if (!entry.is_directory()) continue;
            auto name = entry.path().filename().string();
            if (isPendingDelete(name)) {
                std::filesystem::remove_all(entry.path(), ec);
                continue;
            }
            auto tp = TopicPartition::parseDirName(name);
            if (!tp) continue; // not ours: leave it alone
            if (m_logs.contains(*tp))
                throw StorageError("partition " + name + " exists in two log directories", entry.path());
            LogOpenOptions open;
            open.hadCleanShutdown = clean;
            open.clock = m_options.clock;
            if (auto it = recoveryPoints.find(*tp); it != recoveryPoints.end()) open.recoveryPoint = it->second;
            if (auto it = logStartOffsets.find(*tp); it != logStartOffsets.end()) open.logStartOffset = it->second;
            auto log = Log::open(entry.path(), configFor(tp->topic), open);
            if (auto it = cleanerOffsets.find(*tp); it != cleanerOffsets.end()) log->setCleanerCheckpoint(it->second);
            const auto& stats = log->recoveryStats();
            summary.totals.segmentsLoaded += stats.segmentsLoaded;
            summary.totals.segmentsScanned += stats.segmentsScanned;
            summary.totals.batchesScanned += stats.batchesScanned;
            summary.totals.indexesRebuilt += stats.indexesRebuilt;
            summary.totals.bytesTruncated += stats.bytesTruncated;
            summary.totals.segmentsDropped += stats.segmentsDropped;
            m_logs.emplace(*tp, Entry{std::move(log), d});
            ++summary.logsLoaded;
        }
        if (ec) throw StorageError("list " + root.string() + ": " + ec.message(), root, ec.value());
        m_dirs[d].writtenRecoveryPoints = std::move(recoveryPoints);
        m_dirs[d].writtenLogStartOffsets = std::move(logStartOffsets);
        m_dirs[d].writtenCleanerOffsets = std::move(cleanerOffsets);
        // From here on a crash is unclean again, until close() writes a new marker.
        if (clean) {
            std::filesystem::remove(marker, ec);
            if (ec) throw StorageError("remove " + marker.string() + ": " + ec.message(), marker, ec.value());
            syncDirectory(root);
        }
    }
    m_loaded = true;
    return summary;
}

Log* LogManager::getLog(const TopicPartition& tp) const {
    auto it = m_logs.find(tp);
    return it == m_logs.end() ? nullptr : it->second.log.get();
}

Log& LogManager::getOrCreateLog(const TopicPartition& tp, const std::optional<LogConfig>& config) {
    if (!m_loaded || m_closed) throw std::logic_error("LogManager is not loaded");
    if (auto* log = getLog(tp)) return *log;
    if (!isLegalTopicName(tp.topic) || tp.partition < 0) throw std::invalid_argument("invalid topic partition");
    std::vector<size_t> counts(m_dirs.size(), 0);
    for (const auto& [key, entry] : m_logs) ++counts[entry.dir];
    size_t dir = static_cast<size_t>(std::min_element(counts.begin(), counts.end()) - counts.begin());
    LogOpenOptions open;
    open.clock = m_options.clock;
    auto log = Log::open(m_options.logDirs[dir] / tp.dirName(), config ? *config : configFor(tp.topic), open);
    m_dirs[dir].createdUnsynced = true;
    auto& entry = m_logs[tp];
    entry = Entry{std::move(log), dir};
    return *entry.log;
}

void LogManager::syncCreatedLogs() {
    for (size_t d = 0; d < m_dirs.size(); ++d) {
        if (!m_dirs[d].createdUnsynced) continue;
        syncDirectory(m_options.logDirs[d]);
        m_dirs[d].createdUnsynced = false;
    }
}

bool LogManager::deleteLog(const TopicPartition& tp) {
    auto it = m_logs.find(tp);
    if (it == m_logs.end()) return false;
    size_t dir = it->second.dir;
    auto path = it->second.log->dir();
    m_logs.erase(it);
    m_uncleanable.erase(tp);
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
    if (ec) throw StorageError("remove " + path.string() + ": " + ec.message(), path, ec.value());
    syncDirectory(m_options.logDirs[dir]);
    // A stale recovery point would make a later partition of the same name skip recovery.
    checkpointDir(dir, false);
    return true;
}

std::vector<TopicPartition> LogManager::partitions() const {
    std::vector<TopicPartition> out;
    out.reserve(m_logs.size());
    for (const auto& [tp, entry] : m_logs) out.push_back(tp);
    return out;
}

std::optional<std::filesystem::path> LogManager::logDirOf(const TopicPartition& tp) const {
    auto it = m_logs.find(tp);
    if (it == m_logs.end()) return std::nullopt;
    return m_options.logDirs[it->second.dir];
}

void LogManager::updateTopicConfig(const std::string& topic, const LogConfig& config) {
    for (auto& [tp, entry] : m_logs)
        if (tp.topic == topic) entry.log->updateConfig(config);
}

LogManager::RetentionSummary LogManager::runRetention(int64_t nowMs, const RetentionBound& bound) {
    RetentionSummary summary;
    for (auto& [tp, entry] : m_logs) {
        int64_t upper = bound ? bound(tp) : std::numeric_limits<int64_t>::max();
        auto result = entry.log->applyRetention(nowMs, upper);
        if (result.deletedSegments.empty()) continue;
        summary.segmentsDeleted += result.deletedSegments.size();
        summary.bytesDeleted += result.bytesDeleted;
        summary.perLog.emplace(tp, std::move(result));
    }
    if (summary.segmentsDeleted > 0) checkpoint();
    return summary;
}

LogManager::CleanerSummary LogManager::runCleaner(int64_t nowMs, const RetentionBound& bound) {
    CleanerSummary summary;
    Entry* chosen = nullptr;
    const TopicPartition* chosenTp = nullptr;
    CleanableRange chosenRange;
    // Dirty logs first, filthiest first, as Kafka picks; a log that is only due for
    // tombstone removal waits until no log is dirty enough.
    auto rank = [](const CleanableRange& r, const LogConfig& c) {
        bool dirty = r.dirtyBytes > 0 && (r.dirtyRatio() > c.minCleanableDirtyRatio || r.maxCompactionLagExceeded);
        return std::pair(dirty, r.dirtyRatio());
    };
    for (auto& [tp, entry] : m_logs) {
        const LogConfig& config = entry.log->config();
        if (!config.cleanupPolicyCompact || m_uncleanable.contains(tp)) continue;
        int64_t upper = bound ? bound(tp) : std::numeric_limits<int64_t>::max();
        auto range = findCleanableRange(*entry.log, nowMs, upper);
        if (!range.cleaningDue(config)) continue;
        if (!chosen || rank(range, config) > rank(chosenRange, chosen->log->config())) {
            chosen = &entry;
            chosenTp = &tp;
            chosenRange = range;
        }
    }
    if (!chosen) return summary;
    try {
        summary.stats = LogCleaner(m_options.cleaner).clean(*chosen->log, chosenRange, nowMs);
        summary.cleaned = *chosenTp;
    } catch (const protocol::DecodeError& e) {
        m_uncleanable.insert(*chosenTp);
        summary.failed.emplace(*chosenTp, e.what());
    }
    checkpointDir(chosen->dir, false);
    return summary;
}

void LogManager::runFlush(int64_t nowMs) {
    for (auto& [tp, entry] : m_logs) {
        entry.log->flushRolledSegments();
        entry.log->maybeFlush(nowMs);
    }
    checkpoint();
}

void LogManager::checkpoint() {
    // A checkpoint naming a partition whose directory could vanish in a crash would be
    // harmless, but syncing first keeps what the files say true.
    syncCreatedLogs();
    for (size_t d = 0; d < m_dirs.size(); ++d) checkpointDir(d, false);
}

void LogManager::checkpointDir(size_t dir, bool force) {
    OffsetCheckpoint recoveryPoints;
    OffsetCheckpoint logStartOffsets;
    OffsetCheckpoint cleanerOffsets;
    for (const auto& [tp, entry] : m_logs) {
        if (entry.dir != dir) continue;
        recoveryPoints[tp] = entry.log->recoveryPoint();
        logStartOffsets[tp] = entry.log->logStartOffset();
        if (entry.log->config().cleanupPolicyCompact && entry.log->cleanerCheckpoint() > 0)
            cleanerOffsets[tp] = entry.log->cleanerCheckpoint();
    }
    const auto& root = m_options.logDirs[dir];
    auto& state = m_dirs[dir];
    if (force || recoveryPoints != state.writtenRecoveryPoints) {
        writeOffsetCheckpoint(root / kRecoveryPointCheckpointFile, recoveryPoints);
        state.writtenRecoveryPoints = std::move(recoveryPoints);
    }
    if (force || logStartOffsets != state.writtenLogStartOffsets) {
        writeOffsetCheckpoint(root / kLogStartOffsetCheckpointFile, logStartOffsets);
        state.writtenLogStartOffsets = std::move(logStartOffsets);
    }
    if (force || cleanerOffsets != state.writtenCleanerOffsets) {
        writeOffsetCheckpoint(root / kCleanerOffsetCheckpointFile, cleanerOffsets);
        state.writtenCleanerOffsets = std::move(cleanerOffsets);
    }
}

void LogManager::close() {
    if (!m_loaded || m_closed) return;
    for (auto& [tp, entry] : m_logs) entry.log->close();
    for (size_t d = 0; d < m_dirs.size(); ++d) {
        checkpointDir(d, true);
        auto marker = m_options.logDirs[d] / kCleanShutdownFile;
        File(marker, File::Mode::CreateTruncate).sync();
        syncDirectory(m_options.logDirs[d]);
    }
    m_logs.clear();
    m_closed = true;
    unlockDirs();
}

} // namespace samsa::storage
