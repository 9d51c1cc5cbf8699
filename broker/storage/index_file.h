#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <span>
#include <utility>
#include <vector>

#include "protocol/wire/reader.h"
#include "storage/file.h"

namespace samsa::storage {

// The file behind an index: fixed-size big-endian entries. As in Kafka, an index being
// appended to is written through a shared memory mapping and keeps no file descriptor
// open: a broker with thousands of partitions then needs one descriptor per segment
// (its .log), not three. The file is reopened only to change its size, and only for as
// long as that takes. It grows ahead of the entries, by doubling up to the index's
// maximum, and trim() cuts it back to them when the segment stops being active, so
// inactive segments hold neither slack nor a mapping. Slack left by a crash is zeros,
// which the loaders reject as out of order, so the segment's index is then rebuilt.
// Entries are mirrored in memory by OffsetIndex and TimeIndex, which read from there.
class IndexFile {
public:
    IndexFile(const std::filesystem::path& path, size_t entrySize, size_t maxEntries);
    ~IndexFile();
    IndexFile(const IndexFile&) = delete;
    IndexFile& operator=(const IndexFile&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    size_t entrySize() const { return m_entrySize; }
    size_t maxEntries() const { return m_maxEntries; }
    void setMaxEntries(size_t n) { m_maxEntries = n; }
    // The file's length, including slack not yet trimmed.
    uint64_t fileSize() const { return m_fileSize; }
    bool isMapped() const { return m_data != nullptr; }

    // The whole file, or nothing if its size is not a whole number of entries.
    std::vector<uint8_t> readAll(bool* wellFormed);
    void append(std::span<const uint8_t> entry, size_t entriesBefore);
    // Resizes the file to exactly `count` entries and drops the mapping.
    void truncateEntries(size_t count);
    void sync();
    void close();
    void remove();

private:
    void resize(uint64_t bytes, bool mapped);
    void map(int fd);
    void unmap();

    std::filesystem::path m_path;
    size_t m_entrySize;
    size_t m_maxEntries;
    uint8_t* m_data = nullptr; // maps the whole file when set
    uint64_t m_fileSize = 0;
    bool m_unsynced = false; // written or resized since the last sync()
};

// What OffsetIndex and TimeIndex have in common: an IndexFile mirrored in memory by a
// vector of entries, each holding an offset relative to the segment's base offset
// (`relativeOffset`, never decreasing). Each index adds its own encoding, checks and
// lookups.
template <typename Entry>
class IndexEntries {
public:
    size_t entries() const { return m_entries.size(); }
    bool isFull() const { return m_entries.size() >= m_file.maxEntries(); }
    void setMaxEntries(size_t n) { m_file.setMaxEntries(n); }
    void sync() { m_file.sync(); }
    void remove() { m_file.remove(); }
    const std::filesystem::path& path() const { return m_file.path(); }
    const IndexFile& file() const { return m_file; }

    // Cuts the file back to its entries; for a segment that will not be appended to.
    void trim() { m_file.truncateEntries(m_entries.size()); }

    // Drops every entry whose offset is >= offset.
    void truncateTo(int64_t offset) {
        const int64_t relative = offset - m_baseOffset;
        auto it = std::lower_bound(m_entries.begin(), m_entries.end(), relative,
                                   [](const Entry& e, int64_t t) { return e.relativeOffset < t; });
        const auto keep = static_cast<size_t>(it - m_entries.begin());
        if (keep == m_entries.size()) return;
        m_file.truncateEntries(keep);
        m_entries.resize(keep);
    }

    // Empties the file too, whatever a failed load left in it.
    void reset() {
        m_file.truncateEntries(0);
        m_entries.clear();
    }

protected:
    IndexEntries(const std::filesystem::path& path, int64_t baseOffset, size_t entrySize, size_t maxEntries)
        : m_baseOffset(baseOffset), m_file(path, entrySize, maxEntries) {}

    // Reads the file, decoding each entry with decode(Reader&), and keeps the entries
    // only if the file is a whole number of them and accept(entry, previous) holds for
    // every one (previous is null for the first). Otherwise leaves the index empty and
    // returns false, so the segment rebuilds it from the log.
    template <typename Decode, typename Accept>
    bool loadEntries(Decode decode, Accept accept) {
        m_entries.clear();
        bool wellFormed = false;
        auto bytes = m_file.readAll(&wellFormed);
        if (!wellFormed) return false;
        protocol::Reader r(bytes);
        std::vector<Entry> entries;
        entries.reserve(bytes.size() / m_file.entrySize());
        while (!r.atEnd()) {
            Entry e = decode(r);
            if (!accept(e, entries.empty() ? nullptr : &entries.back())) return false;
            entries.push_back(e);
        }
        m_entries = std::move(entries);
        return true;
    }

    void appendEntry(const Entry& entry, std::span<const uint8_t> encoded) {
        m_file.append(encoded, m_entries.size());
        m_entries.push_back(entry);
    }

    int64_t m_baseOffset;
    std::vector<Entry> m_entries;

private:
    IndexFile m_file;
};

} // namespace samsa::storage
