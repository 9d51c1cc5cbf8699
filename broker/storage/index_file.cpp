#include "storage/index_file.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <system_error>
#include <unistd.h>

#include "storage/storage_error.h"

namespace samsa::storage {

namespace {

// The smallest step an index grows by: one page, so that a segment of a few batches
// does not pay a resize per entry.
constexpr uint64_t kMinGrowthBytes = 4096;

int openIndex(const std::filesystem::path& path) {
    int fd;
    do {
        fd = ::open(path.c_str(), O_RDWR | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) throwErrno("open", path);
    return fd;
}

// Closes the descriptor however the scope is left; the mapping made from it stays valid.
struct FdCloser {
    int fd;
    ~FdCloser() { ::close(fd); }
};

void checkedResize(int fd, uint64_t bytes, bool grow, const std::filesystem::path& path) {
    if (grow) {
        // Allocating the blocks now turns a full disk into an error here, instead of a
        // SIGBUS when a write through the mapping finds no block behind it.
        int rc = ::posix_fallocate(fd, 0, static_cast<off_t>(bytes));
        if (rc == 0) return;
        if (rc != EOPNOTSUPP && rc != EINVAL) {
            errno = rc;
            throwErrno("fallocate", path);
        }
    }
    int rc;
    do {
        rc = ::ftruncate(fd, static_cast<off_t>(bytes));
    } while (rc != 0 && errno == EINTR);
    if (rc != 0) throwErrno("ftruncate", path);
}

} // namespace

IndexFile::IndexFile(const std::filesystem::path& path, size_t entrySize, size_t maxEntries)
    : m_path(path), m_entrySize(entrySize), m_maxEntries(maxEntries) {
    File file(path, File::Mode::CreateOrOpen);
    m_fileSize = file.size();
    file.close();
}

IndexFile::~IndexFile() { unmap(); }

void IndexFile::map(int fd) {
    unmap();
    if (m_fileSize == 0) return;
    void* p = ::mmap(nullptr, m_fileSize, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (p == MAP_FAILED) throwErrno("mmap", m_path);
    m_data = static_cast<uint8_t*>(p);
}

void IndexFile::unmap() {
    if (m_data) ::munmap(m_data, m_fileSize);
    m_data = nullptr;
}

void IndexFile::resize(uint64_t bytes, bool mapped) {
    if (bytes == m_fileSize && mapped == (m_data != nullptr || bytes == 0)) return;
    int fd = openIndex(m_path);
    FdCloser closer{fd};
    unmap();
    if (bytes != m_fileSize) {
        checkedResize(fd, bytes, bytes > m_fileSize, m_path);
        m_fileSize = bytes;
        m_unsynced = true;
    }
    if (mapped) map(fd);
}

std::vector<uint8_t> IndexFile::readAll(bool* wellFormed) {
    // The file as it is now, whatever this object last made of it: loading is where a
    // file changed behind the broker's back (a crash, an operator) is found out.
    unmap();
    File file(m_path, File::Mode::OpenExisting);
    m_fileSize = file.size();
    *wellFormed = m_fileSize % m_entrySize == 0;
    if (!*wellFormed || m_fileSize == 0) return {};
    std::vector<uint8_t> bytes(m_fileSize);
    file.readAt(0, bytes);
    return bytes;
}

void IndexFile::append(std::span<const uint8_t> entry, size_t entriesBefore) {
    const uint64_t position = uint64_t{entriesBefore} * m_entrySize;
    const uint64_t needed = position + entry.size();
    if (needed > m_fileSize || !m_data) {
        // Doubling keeps the number of resizes (each an open, a resize and a new mapping)
        // logarithmic in the index size, and never past what the index may hold.
        const uint64_t limit = std::max<uint64_t>(needed, uint64_t{m_maxEntries} * m_entrySize);
        uint64_t grown = std::max<uint64_t>({needed, m_fileSize * 2, kMinGrowthBytes});
        grown = std::min(grown, limit);
        resize(grown - grown % m_entrySize, true);
    }
    std::memcpy(m_data + position, entry.data(), entry.size());
    m_unsynced = true;
}

void IndexFile::truncateEntries(size_t count) { resize(uint64_t{count} * m_entrySize, false); }

void IndexFile::sync() {
    if (!m_unsynced) return;
    if (m_data) {
        // On Linux msync of a shared file mapping is fdatasync of its range, which also
        // covers a size change.
        if (::msync(m_data, m_fileSize, MS_SYNC) != 0) throwErrno("msync", m_path);
    } else {
        File(m_path, File::Mode::OpenExisting).sync();
    }
    m_unsynced = false;
}

void IndexFile::close() { unmap(); }

void IndexFile::remove() {
    unmap();
    std::error_code ec;
    std::filesystem::remove(m_path, ec);
    if (ec) throw StorageError("remove " + m_path.string() + ": " + ec.message(), m_path, ec.value());
}

} // namespace samsa::storage
