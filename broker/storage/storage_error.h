#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>

namespace samsa::storage {

// An I/O failure on a log directory. The broker reports it to clients as
// KAFKA_STORAGE_ERROR and takes the directory offline; storage never tries to carry on
// past a failed write, because the in-memory view and the files could disagree.
class StorageError : public std::runtime_error {
public:
    StorageError(const std::string& what, std::filesystem::path path, int errnum = 0);

    const std::filesystem::path& path() const { return m_path; }
    int errnum() const { return m_errnum; }

private:
    std::filesystem::path m_path;
    int m_errnum;
};

// Throws StorageError built from errno for a failed system call on `path`.
[[noreturn]] void throwErrno(const char* operation, const std::filesystem::path& path);

} // namespace samsa::storage
