#include "common/config/listener.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <set>

namespace samsa::config {

namespace {

constexpr std::array<std::string_view, 4> kSecurityProtocols = {"PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"};

std::string_view trim(std::string_view s)
{
    const auto first = s.find_first_not_of(" \t\r\n\f\v");
    if (first == std::string_view::npos)
        return {};
    return s.substr(first, s.find_last_not_of(" \t\r\n\f\v") - first + 1);
}

std::string upper(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return out;
}

std::vector<std::string_view> splitComma(std::string_view s)
{
    std::vector<std::string_view> parts;
    s = trim(s);
    if (s.empty())
        return parts;
    size_t start = 0;
    while (true) {
        const auto comma = s.find(',', start);
        parts.push_back(trim(s.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start)));
        if (comma == std::string_view::npos)
            break;
        start = comma + 1;
    }
    return parts;
}

bool validHostChars(std::string_view host)
{
    return std::all_of(host.begin(), host.end(), [](unsigned char c) {
        return std::isalnum(c) || c == '-' || c == '%' || c == '.' || c == '_' || c == ':';
    });
}

bool validName(std::string_view name)
{
    return !name.empty() && std::all_of(name.begin(), name.end(), [](unsigned char c) {
        return std::isalnum(c) || c == '_' || c == '-' || c == '.';
    });
}

ConfigResult<Listener> parseOne(std::string_view entry)
{
    const auto bad = [&](std::string_view why) {
        return ConfigError{"'" + std::string(entry) + "' is not a listener of the form NAME://host:port (" +
                           std::string(why) + ")"};
    };
    const auto sep = entry.find("://");
    if (sep == std::string_view::npos)
        return bad("missing '://'");
    Listener l;
    const std::string_view name = entry.substr(0, sep);
    if (!validName(name))
        return bad("bad listener name");
    l.name = upper(name);

    std::string_view rest = entry.substr(sep + 3);
    std::string_view host;
    std::string_view portText;
    if (!rest.empty() && rest.front() == '[') {
        const auto close = rest.find(']');
        if (close == std::string_view::npos || close + 1 >= rest.size() || rest[close + 1] != ':')
            return bad("unterminated IPv6 address");
        host = rest.substr(1, close - 1);
        portText = rest.substr(close + 2);
    } else {
        const auto colon = rest.rfind(':');
        if (colon == std::string_view::npos)
            return bad("missing port");
        host = rest.substr(0, colon);
        portText = rest.substr(colon + 1);
    }
    if (!validHostChars(host))
        return bad("bad host");
    unsigned port = 0;
    const auto [ptr, ec] = std::from_chars(portText.data(), portText.data() + portText.size(), port);
    if (portText.empty() || ec != std::errc() || ptr != portText.data() + portText.size() || port > 65535)
        return bad("port must be a number from 0 to 65535");
    l.host = std::string(host);
    l.port = static_cast<uint16_t>(port);
    return l;
}

} // namespace

bool Listener::bindsAllInterfaces() const
{
    return host.empty() || host == "0.0.0.0" || host == "::";
}

std::string Listener::toString() const
{
    const bool ipv6 = host.find(':') != std::string::npos;
    return name + "://" + (ipv6 ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

ConfigResult<std::vector<Listener>> parseListeners(std::string_view text)
{
    std::vector<Listener> listeners;
    std::set<std::string> names;
    for (std::string_view entry : splitComma(text)) {
        auto parsed = parseOne(entry);
        if (!parsed)
            return parsed.error();
        if (!names.insert(parsed->name).second)
            return ConfigError{"listener name " + parsed->name + " is used more than once"};
        listeners.push_back(std::move(parsed.value()));
    }
    return listeners;
}

ConfigResult<ConfigStrings> parseSecurityProtocolMap(std::string_view text)
{
    ConfigStrings map;
    for (std::string_view entry : splitComma(text)) {
        const auto colon = entry.find(':');
        if (colon == std::string_view::npos)
            return ConfigError{"'" + std::string(entry) + "' is not of the form LISTENER_NAME:SECURITY_PROTOCOL"};
        const std::string name = upper(trim(entry.substr(0, colon)));
        const std::string protocol = upper(trim(entry.substr(colon + 1)));
        if (!validName(name))
            return ConfigError{"'" + std::string(entry) + "' has an invalid listener name"};
        if (std::find(kSecurityProtocols.begin(), kSecurityProtocols.end(), protocol) == kSecurityProtocols.end())
            return ConfigError{"'" + protocol + "' is not a security protocol (PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL)"};
        if (!map.emplace(name, protocol).second)
            return ConfigError{"listener name " + name + " appears more than once"};
    }
    return map;
}

ConfigResult<std::vector<Listener>> applySecurityProtocols(std::vector<Listener> listeners, const ConfigStrings& protocolMap)
{
    for (Listener& l : listeners) {
        if (const auto it = protocolMap.find(l.name); it != protocolMap.end())
            l.securityProtocol = it->second;
        else if (std::find(kSecurityProtocols.begin(), kSecurityProtocols.end(), l.name) != kSecurityProtocols.end())
            l.securityProtocol = l.name;
        else
            return ConfigError{"listener " + l.name + " has no entry in listener.security.protocol.map"};
    }
    return listeners;
}

} // namespace samsa::config
