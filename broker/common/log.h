#pragma once

#include <functional>
#include <sstream>
#include <string>
#include <string_view>

namespace samsa::log {

enum class Level { Debug, Info, Warn, Error };

// Where log lines go. The default writes Kafka-style lines to stderr; the desktop app
// installs its own sink to show broker logs in the UI.
using Sink = std::function<void(Level, std::string_view message)>;
void setSink(Sink sink);
void setLevel(Level minimum);
bool enabled(Level level);
void write(Level level, std::string_view message);

namespace detail {
inline void formatInto(std::ostringstream& out, std::string_view fmt) { out << fmt; }

template <typename T, typename... Rest>
void formatInto(std::ostringstream& out, std::string_view fmt, const T& first, const Rest&... rest) {
    auto at = fmt.find("{}");
    if (at == std::string_view::npos) {
        out << fmt;
        return;
    }
    out << fmt.substr(0, at) << first;
    formatInto(out, fmt.substr(at + 2), rest...);
}
} // namespace detail

// Substitutes each "{}" in order with the next argument (through operator<<).
template <typename... Args>
std::string format(std::string_view fmt, const Args&... args) {
    std::ostringstream out;
    detail::formatInto(out, fmt, args...);
    return out.str();
}

template <typename... Args>
void log(Level level, std::string_view fmt, const Args&... args) {
    if (enabled(level)) write(level, format(fmt, args...));
}

template <typename... Args> void debug(std::string_view f, const Args&... a) { log(Level::Debug, f, a...); }
template <typename... Args> void info(std::string_view f, const Args&... a) { log(Level::Info, f, a...); }
template <typename... Args> void warn(std::string_view f, const Args&... a) { log(Level::Warn, f, a...); }
template <typename... Args> void error(std::string_view f, const Args&... a) { log(Level::Error, f, a...); }

} // namespace samsa::log
