#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <span>

namespace samsa::storage {

// An open file descriptor with positional I/O. Every call either completes fully or
// throws StorageError: short reads and writes are retried, EINTR is retried.
class File {
public:
    enum class Mode {
        OpenExisting,   // read/write, must exist
        CreateOrOpen,   // read/write, created empty if missing
        CreateTruncate, // read/write, emptied if it exists
    };

    File() = default;
    File(const std::filesystem::path& path, Mode mode);
    ~File();
    File(File&& other) noexcept;
    File& operator=(File&& other) noexcept;
    File(const File&) = delete;
    File& operator=(const File&) = delete;

    bool isOpen() const { return m_fd >= 0; }
    const std::filesystem::path& path() const { return m_path; }

    uint64_t size() const;
    int64_t lastModifiedMs() const;
    // Reads exactly out.size() bytes at `position`; throws if the file ends first.
    void readAt(uint64_t position, std::span<uint8_t> out) const;
    void writeAt(uint64_t position, std::span<const uint8_t> data);
    void truncate(uint64_t size);
    // fdatasync: the data and what is needed to read it back, not every timestamp.
    void sync();
    void close();
    // The path changes with a rename made by the caller; the descriptor stays valid.
    void setPath(std::filesystem::path path) { m_path = std::move(path); }

private:
    int m_fd = -1;
    std::filesystem::path m_path;
};

// fsync of a directory makes creations, renames and unlinks inside it durable.
void syncDirectory(const std::filesystem::path& dir);

} // namespace samsa::storage
