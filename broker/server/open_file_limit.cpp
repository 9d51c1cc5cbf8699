#include "server/open_file_limit.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <string>
#include <sys/resource.h>

#include "common/log.h"

namespace samsa::server {

namespace {

uint64_t toValue(rlim_t v) { return v == RLIM_INFINITY ? UINT64_MAX : static_cast<uint64_t>(v); }

std::string describe(uint64_t v) { return v == UINT64_MAX ? "unlimited" : std::to_string(v); }

// Linux refuses an unlimited RLIMIT_NOFILE: the real ceiling is fs.nr_open.
rlim_t ceilingFor(rlim_t hard) {
    if (hard != RLIM_INFINITY) return hard;
    std::ifstream in("/proc/sys/fs/nr_open");
    unsigned long long nrOpen = 0;
    if (in >> nrOpen && nrOpen > 0) return static_cast<rlim_t>(nrOpen);
    return hard;
}

} // namespace

std::optional<OpenFileLimit> currentOpenFileLimit() {
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0) return std::nullopt;
    return OpenFileLimit{toValue(limit.rlim_cur), toValue(limit.rlim_max)};
}

void raiseOpenFileLimit() {
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0) {
        log::warn("cannot read the open file limit: {}", std::strerror(errno));
        return;
    }
    const rlim_t before = limit.rlim_cur;
    const rlim_t target = ceilingFor(limit.rlim_max);
    if (before >= target) {
        log::info("open file limit: {}", describe(toValue(before)));
        return;
    }
    limit.rlim_cur = target;
    if (::setrlimit(RLIMIT_NOFILE, &limit) != 0) {
        log::warn("cannot raise the open file limit from {} to {}: {}", describe(toValue(before)),
                  describe(toValue(target)), std::strerror(errno));
        return;
    }
    log::info("open file limit raised from {} to {}", describe(toValue(before)), describe(toValue(target)));
}

} // namespace samsa::server
