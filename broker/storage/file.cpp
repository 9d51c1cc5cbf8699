#include "storage/file.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "storage/storage_error.h"

namespace samsa::storage {

File::File(const std::filesystem::path& path, Mode mode) : m_path(path) {
    int flags = O_RDWR | O_CLOEXEC;
    if (mode == Mode::CreateOrOpen) flags |= O_CREAT;
    if (mode == Mode::CreateTruncate) flags |= O_CREAT | O_TRUNC;
    do {
        m_fd = ::open(path.c_str(), flags, 0644);
    } while (m_fd < 0 && errno == EINTR);
    if (m_fd < 0) throwErrno("open", path);
}

File::~File() {
    if (m_fd >= 0) ::close(m_fd);
}

File::File(File&& other) noexcept : m_fd(other.m_fd), m_path(std::move(other.m_path)) {
    other.m_fd = -1;
}

File& File::operator=(File&& other) noexcept {
    if (this != &other) {
        if (m_fd >= 0) ::close(m_fd);
        m_fd = other.m_fd;
        m_path = std::move(other.m_path);
        other.m_fd = -1;
    }
    return *this;
}

uint64_t File::size() const {
    struct stat st {};
    if (::fstat(m_fd, &st) != 0) throwErrno("fstat", m_path);
    return static_cast<uint64_t>(st.st_size);
}

int64_t File::lastModifiedMs() const {
    struct stat st {};
    if (::fstat(m_fd, &st) != 0) throwErrno("fstat", m_path);
    return int64_t{st.st_mtim.tv_sec} * 1000 + st.st_mtim.tv_nsec / 1000000;
}

void File::readAt(uint64_t position, std::span<uint8_t> out) const {
    size_t done = 0;
    while (done < out.size()) {
        ssize_t n = ::pread(m_fd, out.data() + done, out.size() - done,
                            static_cast<off_t>(position + done));
        if (n < 0) {
            if (errno == EINTR) continue;
            throwErrno("pread", m_path);
        }
        if (n == 0)
            throw StorageError("unexpected end of file reading " + m_path.string() + " at " +
                                   std::to_string(position + done),
                               m_path);
        done += static_cast<size_t>(n);
    }
}

void File::writeAt(uint64_t position, std::span<const uint8_t> data) {
    size_t done = 0;
    while (done < data.size()) {
        ssize_t n = ::pwrite(m_fd, data.data() + done, data.size() - done,
                             static_cast<off_t>(position + done));
        if (n < 0) {
            if (errno == EINTR) continue;
            throwErrno("pwrite", m_path);
        }
        done += static_cast<size_t>(n);
    }
}

void File::truncate(uint64_t size) {
    int rc;
    do {
        rc = ::ftruncate(m_fd, static_cast<off_t>(size));
    } while (rc != 0 && errno == EINTR);
    if (rc != 0) throwErrno("ftruncate", m_path);
}

void File::sync() {
    int rc;
    do {
        rc = ::fdatasync(m_fd);
    } while (rc != 0 && errno == EINTR);
    if (rc != 0) throwErrno("fdatasync", m_path);
}

void File::close() {
    if (m_fd < 0) return;
    int fd = m_fd;
    m_fd = -1;
    // No retry on EINTR: on Linux the descriptor is gone either way.
    if (::close(fd) != 0 && errno != EINTR) throwErrno("close", m_path);
}

void syncDirectory(const std::filesystem::path& dir) {
    int fd;
    do {
        fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) throwErrno("open directory", dir);
    int rc;
    do {
        rc = ::fsync(fd);
    } while (rc != 0 && errno == EINTR);
    int err = errno;
    ::close(fd);
    if (rc != 0) {
        errno = err;
        throwErrno("fsync directory", dir);
    }
}

} // namespace samsa::storage
