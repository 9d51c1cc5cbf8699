#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace samsa::protocol::messages {

struct VersionRange {
    int16_t min = 0;
    int16_t max = -1;
    constexpr bool contains(int16_t v) const { return v >= min && v <= max; }
};

// One API the broker knows. `served` is what its handlers accept; `advertised` is what
// ApiVersions reports. Some clients refuse to talk to a broker that does not list old
// versions (librdkafka wants Produce and the group APIs from v0), so the advertised
// range can start lower than the served one. A request below the served range gets
// UNSUPPORTED_VERSION.
struct ApiInfo {
    int16_t key;
    std::string_view name;
    VersionRange served;
    VersionRange advertised;
};

const ApiInfo* findApi(int16_t key);
std::span<const ApiInfo> allApis(); // ordered by key
bool isServed(int16_t key, int16_t version);

} // namespace samsa::protocol::messages
