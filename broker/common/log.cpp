#include "common/log.h"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <mutex>

namespace samsa::log {

namespace {
std::mutex g_mutex;
Sink g_sink;
std::atomic<Level> g_level{Level::Info};

const char* levelName(Level l) {
    switch (l) {
    case Level::Debug: return "DEBUG";
    case Level::Info: return "INFO";
    case Level::Warn: return "WARN";
    case Level::Error: return "ERROR";
    }
    return "?";
}

void writeStderr(Level level, std::string_view message) {
    using namespace std::chrono;
    const auto now = system_clock::now();
    const std::time_t t = system_clock::to_time_t(now);
    const auto ms = duration_cast<milliseconds>(now.time_since_epoch()).count() % 1000;
    std::tm tm{};
    localtime_r(&t, &tm);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y-%m-%d %H:%M:%S", &tm);
    std::fprintf(stderr, "[%s,%03d] %s %.*s\n", stamp, static_cast<int>(ms), levelName(level),
                 static_cast<int>(message.size()), message.data());
}
} // namespace

void setSink(Sink sink) {
    std::lock_guard lock(g_mutex);
    g_sink = std::move(sink);
}

void setLevel(Level minimum) { g_level = minimum; }

bool enabled(Level level) { return level >= g_level.load(std::memory_order_relaxed); }

void write(Level level, std::string_view message) {
    std::lock_guard lock(g_mutex);
    if (g_sink) g_sink(level, message);
    else writeStderr(level, message);
}

} // namespace samsa::log
