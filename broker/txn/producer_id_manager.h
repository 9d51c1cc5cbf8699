#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>

namespace samsa::txn {

// Hands out producer ids, never the same one twice, restarts included. Like Kafka's
// controller it reserves ids in blocks of 1000 and makes each reservation durable
// before giving out an id from it; a restart continues after the last block reserved,
// so the ids left unused in it are skipped, never reused.
class ProducerIdManager {
public:
    static constexpr int64_t kBlockSize = 1000;
    // The file name in the first log directory.
    static constexpr const char* kFileName = "producer-id-block-checkpoint";

    explicit ProducerIdManager(std::filesystem::path file) : m_file(std::move(file)) {}

    // Reads where the next block starts. Throws StorageError for a file that exists but
    // cannot be read or is malformed: starting over at 0 would reuse ids.
    void load();
    // The next id, or nullopt if reserving a new block failed (the disk).
    std::optional<int64_t> next();

    // Where the next reserved block will start, as persisted.
    int64_t nextBlockStart() const { return m_nextBlockStart; }

private:
    std::filesystem::path m_file;
    int64_t m_next = 0;
    int64_t m_blockEnd = 0; // m_next == m_blockEnd: a new block is needed
    int64_t m_nextBlockStart = 0;
};

} // namespace samsa::txn
