#include "machine_limits.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/vfs.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <exception>
#include <stdexcept>
#include <thread>
#include <vector>

namespace samsa::bench {

namespace {

using Clock = std::chrono::steady_clock;

[[noreturn]] void throwErrno(const std::string& what) {
    throw std::runtime_error(what + ": " + std::strerror(errno));
}

// Closes a descriptor on scope exit.
class Fd {
public:
    explicit Fd(int fd) : m_fd(fd) {}
    ~Fd() { reset(); }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    int get() const { return m_fd; }
    void reset() {
        if (m_fd >= 0) ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd;
};

void writeAll(int fd, const uint8_t* data, size_t size, const char* what) {
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0) {
            if (errno == EINTR) continue;
            throwErrno(what);
        }
        data += n;
        size -= static_cast<size_t>(n);
    }
}

std::vector<uint8_t> patternBuffer(size_t size) {
    std::vector<uint8_t> buf(size);
    for (size_t i = 0; i < size; ++i) buf[i] = static_cast<uint8_t>(i * 131 + 7);
    return buf;
}

} // namespace

RateResult loopbackTcp(int64_t total, size_t chunk) {
    Fd listener(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    if (listener.get() < 0) throwErrno("socket");
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    if (::bind(listener.get(), reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) throwErrno("bind");
    if (::listen(listener.get(), 1) != 0) throwErrno("listen");
    socklen_t len = sizeof addr;
    if (::getsockname(listener.get(), reinterpret_cast<sockaddr*>(&addr), &len) != 0) throwErrno("getsockname");

    int64_t received = 0;
    std::exception_ptr receiverError;
    std::thread receiver([&] {
        try {
            Fd conn(::accept4(listener.get(), nullptr, nullptr, SOCK_CLOEXEC));
            if (conn.get() < 0) throwErrno("accept");
            std::vector<uint8_t> buf(chunk);
            for (;;) {
                const ssize_t n = ::read(conn.get(), buf.data(), buf.size());
                if (n == 0) break;
                if (n < 0) {
                    if (errno == EINTR) continue;
                    throwErrno("read");
                }
                received += n;
            }
        } catch (...) {
            receiverError = std::current_exception();
        }
    });

    const auto buf = patternBuffer(chunk);
    const auto start = Clock::now();
    try {
        Fd sender(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
        if (sender.get() < 0) throwErrno("socket");
        if (::connect(sender.get(), reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) throwErrno("connect");
        for (int64_t left = total; left > 0;) {
            const auto n = static_cast<size_t>(std::min<int64_t>(left, static_cast<int64_t>(chunk)));
            writeAll(sender.get(), buf.data(), n, "send");
            left -= static_cast<int64_t>(n);
        }
    } catch (...) {
        // Unblocks a receiver still waiting in accept().
        ::shutdown(listener.get(), SHUT_RDWR);
        receiver.join();
        throw;
    }
    receiver.join();
    const auto end = Clock::now();
    if (receiverError) std::rethrow_exception(receiverError);
    if (received != total)
        throw std::runtime_error("loopback receiver got " + std::to_string(received) + " of " +
                                 std::to_string(total) + " bytes");
    return {total, std::chrono::duration<double>(end - start).count()};
}

RateResult pageCacheWrite(const std::filesystem::path& dir, int64_t total, size_t chunk) {
    std::string pattern = (dir / "page-cache-XXXXXX").string();
    const auto buf = patternBuffer(chunk);
    const auto start = Clock::now();
    Fd file(::mkostemp(pattern.data(), O_CLOEXEC));
    if (file.get() < 0) throwErrno("mkostemp " + pattern);
    try {
        for (int64_t left = total; left > 0;) {
            const auto n = static_cast<size_t>(std::min<int64_t>(left, static_cast<int64_t>(chunk)));
            writeAll(file.get(), buf.data(), n, "write");
            left -= static_cast<int64_t>(n);
        }
    } catch (...) {
        ::unlink(pattern.c_str());
        throw;
    }
    file.reset();
    const auto end = Clock::now();
    ::unlink(pattern.c_str());
    return {total, std::chrono::duration<double>(end - start).count()};
}

std::string filesystemType(const std::filesystem::path& dir) {
    struct statfs s{};
    if (::statfs(dir.c_str(), &s) != 0) return "unknown";
    switch (static_cast<unsigned long>(s.f_type)) {
    case 0xEF53: return "ext4";
    case 0x58465342: return "xfs";
    case 0x9123683E: return "btrfs";
    case 0x01021994: return "tmpfs";
    case 0x794C7630: return "overlayfs";
    case 0x2FC12FC1: return "zfs";
    case 0x65735546: return "fuse";
    default: break;
    }
    char hex[32];
    std::snprintf(hex, sizeof hex, "0x%lx", static_cast<unsigned long>(s.f_type));
    return hex;
}

} // namespace samsa::bench
