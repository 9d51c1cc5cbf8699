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
