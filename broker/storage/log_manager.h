#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "storage/checkpoint_file.h"
#include "storage/log.h"
#include "storage/log_cleaner.h"
#include "storage/log_config.h"
#include "storage/topic_partition.h"

namespace samsa::storage {

// Owns the log directories (log.dirs) and every partition log in them. Like Log, it is
// single-threaded and runs nothing by itself: the broker calls runRetention(),
// runCleaner() and runFlush() from its timers.
//
// Per log dir it keeps Kafka's files: recovery-point-offset-checkpoint,
// log-start-offset-checkpoint, cleaner-offset-checkpoint, the .kafka_cleanshutdown marker (written by close(),
// consumed by load()) and a .lock held while the directory is in use.
class LogManager {
public:
    using TopicConfigLookup = std::function<LogConfig(const std::string& topic)>;
    // Per partition, the offset retention may not delete up to (the high watermark).
    using RetentionBound = std::function<int64_t(const TopicPartition&)>;

    struct Options {
        std::vector<std::filesystem::path> logDirs;
        LogConfig defaultConfig;
        TopicConfigLookup topicConfig; // optional; defaultConfig when absent
        Clock clock;                   // optional; the system clock when absent
        LogCleanerOptions cleaner;
    };

    struct LoadSummary {
        size_t logsLoaded = 0;
        size_t cleanDirs = 0; // directories that had the clean-shutdown marker
        RecoveryStats totals;
    };

    struct RetentionSummary {
        size_t segmentsDeleted = 0;
        uint64_t bytesDeleted = 0;
        std::map<TopicPartition, DeletionResult> perLog; // logs that lost segments
    };

    struct CleanerSummary {
        std::optional<TopicPartition> cleaned; // the log compacted by this call, if any
        CleanerStats stats;
        // Logs whose data turned out corrupt while cleaning: skipped from now on, as
        // Kafka marks them uncleanable, until the broker restarts.
        std::map<TopicPartition, std::string> failed;
    };

    static constexpr const char* kCleanShutdownFile = ".kafka_cleanshutdown";
    static constexpr const char* kLockFile = ".lock";

    explicit LogManager(Options options);
    // Closes cleanly if close() was not called; errors are swallowed (the next load
    // then simply recovers).
    ~LogManager();
    LogManager(const LogManager&) = delete;
    LogManager& operator=(const LogManager&) = delete;

    // Locks the directories and opens every "<topic>-<partition>" directory in them.
    // Throws StorageError if a directory is locked by another process or unusable.
    LoadSummary load();

    Log* getLog(const TopicPartition& tp) const;
    // Creates the log in the directory holding the fewest partitions, if it is new. The
    // new partition directory is not synced into its parent: call syncCreatedLogs()
    // before recording anywhere that the log exists, once for a whole batch of them.
    Log& getOrCreateLog(const TopicPartition& tp, const std::optional<LogConfig>& config = std::nullopt);
    // Makes the directories of the logs created since the last call durable: one fsync
    // per log dir that gained a partition.
    void syncCreatedLogs();
    // Deletes the partition's directory at once (Kafka renames it to "-delete" and
    // removes it later; with no concurrent readers there is nothing to wait for).
    bool deleteLog(const TopicPartition& tp);
    std::vector<TopicPartition> partitions() const;
    std::optional<std::filesystem::path> logDirOf(const TopicPartition& tp) const;
    void updateTopicConfig(const std::string& topic, const LogConfig& config);
    const std::vector<std::filesystem::path>& logDirs() const { return m_options.logDirs; }

    RetentionSummary runRetention(int64_t nowMs, const RetentionBound& bound = {});
    // One round of the log cleaner: compacts the log with cleanup.policy compact that
    // needs it most (the highest dirty ratio among those due; then one whose tombstones
    // are due for removal), at most one log per call, and checkpoints its progress.
    // `bound` gives each partition's last stable offset, beyond which nothing is compacted.
    CleanerSummary runCleaner(int64_t nowMs, const RetentionBound& bound = {});
    // Makes rolled segments durable, applies flush.ms, and rewrites the checkpoint
    // files whose content changed.
    void runFlush(int64_t nowMs);
    // Writes both checkpoint files of every directory whose content changed.
    void checkpoint();
    // Flushes and closes every log, writes the checkpoints and the clean-shutdown marker.
    void close();

private:
    struct Entry {
        std::unique_ptr<Log> log;
        size_t dir = 0;
    };
    struct DirState {
        int lockFd = -1;
        bool createdUnsynced = false; // holds a partition directory not yet synced into it
        OffsetCheckpoint writtenRecoveryPoints;
        OffsetCheckpoint writtenLogStartOffsets;
        OffsetCheckpoint writtenCleanerOffsets;
    };

    LogConfig configFor(const std::string& topic) const;
    void lockDir(size_t dir);
    void unlockDirs();
    void checkpointDir(size_t dir, bool force);

    Options m_options;
    std::vector<DirState> m_dirs;
    std::map<TopicPartition, Entry> m_logs;
    std::set<TopicPartition> m_uncleanable;
    bool m_loaded = false;
    bool m_closed = false;
};

} // namespace samsa::storage
