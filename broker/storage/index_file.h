#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <span>
#include <vector>

#include "storage/file.h"

namespace samsa::storage {

// The file behind an index: fixed-size big-endian entries appended at the end. Kafka
// preallocates and mmaps its index files; here they grow one entry at a time with
// pwrite and are mirrored in memory by OffsetIndex and TimeIndex, so the file never
// holds slack that would have to be trimmed after a crash.
class IndexFile {
public:
    IndexFile(const std::filesystem::path& path, size_t entrySize, size_t maxEntries);

    const std::filesystem::path& path() const { return m_file.path(); }
    size_t entrySize() const { return m_entrySize; }
    size_t maxEntries() const { return m_maxEntries; }
    void setMaxEntries(size_t n) { m_maxEntries = n; }

    // The whole file, or nothing if its size is not a whole number of entries.
    std::vector<uint8_t> readAll(bool* wellFormed) const;
    void append(std::span<const uint8_t> entry, size_t entriesBefore);
    void truncateEntries(size_t count);
    void sync() { m_file.sync(); }
    void close() { m_file.close(); }
    void remove();

private:
    File m_file;
    size_t m_entrySize;
    size_t m_maxEntries;
};

} // namespace samsa::storage
