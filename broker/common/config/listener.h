#pragma once

#include "common/config/config_types.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace samsa::config {

// One entry of `listeners` / `advertised.listeners`, e.g. PLAINTEXT://127.0.0.1:9092.
struct Listener {
    std::string name;             // listener name, upper-cased as Kafka normalises it
    std::string host;             // empty only when written as NAME://:port
    uint16_t port = 0;            // 0 asks the OS for a free port
    std::string securityProtocol; // from listener.security.protocol.map, else the name itself

    // Empty host (NAME://:port), 0.0.0.0 and :: all mean every interface.
    bool bindsAllInterfaces() const;
    // NAME://host:port, with IPv6 hosts in brackets.
    std::string toString() const;

    bool operator==(const Listener&) const = default;
};

// Parses a comma-separated listener list. Names are upper-cased; securityProtocol is left
// empty for applySecurityProtocols to fill. Rejects duplicate names.
ConfigResult<std::vector<Listener>> parseListeners(std::string_view text);

// Parses listener.security.protocol.map ("NAME:PROTOCOL,...") into upper-cased pairs.
ConfigResult<ConfigStrings> parseSecurityProtocolMap(std::string_view text);

// Resolves each listener's security protocol: through the map when the name is in it,
// otherwise a name that is itself a protocol (PLAINTEXT, SSL, ...) stands for itself.
ConfigResult<std::vector<Listener>> applySecurityProtocols(std::vector<Listener> listeners, const ConfigStrings& protocolMap);

} // namespace samsa::config
