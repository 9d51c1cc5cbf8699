#include "storage/index_file.h"

#include <system_error>

#include "storage/storage_error.h"

namespace samsa::storage {

IndexFile::IndexFile(const std::filesystem::path& path, size_t entrySize, size_t maxEntries)
    : m_file(path, File::Mode::CreateOrOpen), m_entrySize(entrySize), m_maxEntries(maxEntries) {}

std::vector<uint8_t> IndexFile::readAll(bool* wellFormed) const {
    uint64_t size = m_file.size();
    *wellFormed = size % m_entrySize == 0;
    if (!*wellFormed) return {};
    std::vector<uint8_t> bytes(size);
    m_file.readAt(0, bytes);
    return bytes;
}

void IndexFile::append(std::span<const uint8_t> entry, size_t entriesBefore) {
    m_file.writeAt(uint64_t{entriesBefore} * m_entrySize, entry);
}

void IndexFile::truncateEntries(size_t count) { m_file.truncate(uint64_t{count} * m_entrySize); }

void IndexFile::remove() {
    auto path = m_file.path();
    m_file.close();
    std::error_code ec;
    std::filesystem::remove(path, ec);
    if (ec) throw StorageError("remove " + path.string() + ": " + ec.message(), path, ec.value());
}

} // namespace samsa::storage
