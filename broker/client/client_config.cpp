#include "client/client_config.h"

#include <charconv>

namespace samsa::client {

std::string HostPort::toString() const {
    if (host.find(':') != std::string::npos) return "[" + host + "]:" + std::to_string(port);
    return host + ":" + std::to_string(port);
}

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

Result<HostPort> parseOne(std::string_view entry) {
    auto invalid = [&](std::string_view why) {
        return makeError(ErrorCode::InvalidRequest,
                         "invalid bootstrap server \"" + std::string(entry) + "\": " + std::string(why));
    };
    std::string_view host;
    std::string_view rest;
    if (entry.starts_with('[')) {
        const size_t close = entry.find(']');
        if (close == std::string_view::npos) return invalid("missing ']'");
        host = entry.substr(1, close - 1);
        rest = entry.substr(close + 1);
    } else {
        const size_t colon = entry.rfind(':');
        if (colon == std::string_view::npos) return invalid("missing port");
        host = entry.substr(0, colon);
        rest = entry.substr(colon);
    }
    if (host.empty()) return invalid("missing host");
    if (!rest.starts_with(':')) return invalid("missing port");
    rest.remove_prefix(1);
    unsigned port = 0;
    auto [end, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), port);
    if (ec != std::errc() || end != rest.data() + rest.size() || port == 0 || port > 65535)
        return invalid("bad port");
    return HostPort{std::string(host), static_cast<uint16_t>(port)};
}

} // namespace

Result<std::vector<HostPort>> parseBootstrapServers(std::string_view text) {
    std::vector<HostPort> out;
    while (!text.empty()) {
        const size_t comma = text.find(',');
        const std::string_view entry = trim(text.substr(0, comma));
        text = comma == std::string_view::npos ? std::string_view() : text.substr(comma + 1);
        if (entry.empty()) continue;
        auto parsed = parseOne(entry);
        if (!parsed) return parsed.error();
        out.push_back(std::move(*parsed));
    }
    if (out.empty()) return makeError(ErrorCode::InvalidRequest, "no bootstrap servers given");
    return out;
}

std::string_view saslMechanismName(SaslMechanism m) {
    switch (m) {
    case SaslMechanism::Plain: return "PLAIN";
    case SaslMechanism::ScramSha256: return "SCRAM-SHA-256";
    case SaslMechanism::ScramSha512: return "SCRAM-SHA-512";
    }
    return "PLAIN";
}

} // namespace samsa::client
