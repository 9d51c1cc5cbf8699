#pragma once

#include <QtGlobal>
#include <cstddef>
#include <dirent.h>

namespace samsa::test {

// How many file descriptors this process holds, from /proc/self/fd: tests use it to
// check that logs and brokers keep only the descriptors they should.
inline size_t openDescriptors() {
    size_t count = 0;
    DIR* dir = ::opendir("/proc/self/fd");
    if (!dir) qFatal("cannot list /proc/self/fd");
    while (const dirent* entry = ::readdir(dir))
        if (entry->d_name[0] != '.') ++count;
    ::closedir(dir);
    return count - 1; // the listing's own descriptor
}

} // namespace samsa::test
