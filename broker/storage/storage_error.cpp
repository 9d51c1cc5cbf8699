#include "storage/storage_error.h"

#include <cerrno>
#include <cstring>

namespace samsa::storage {

StorageError::StorageError(const std::string& what, std::filesystem::path path, int errnum)
    : std::runtime_error(what), m_path(std::move(path)), m_errnum(errnum) {}

void throwErrno(const char* operation, const std::filesystem::path& path) {
    int err = errno;
    throw StorageError(std::string(operation) + " " + path.string() + ": " + std::strerror(err),
                       path, err);
}

} // namespace samsa::storage
