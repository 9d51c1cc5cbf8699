#pragma once

#include <cstdint>
#include <string_view>

namespace samsa::group {

// Java's String.hashCode of a UTF-8 string: the hash over its UTF-16 code units, which
// is what Kafka clients and brokers agree on when they place a group.
int32_t javaStringHashCode(std::string_view utf8);

// The __consumer_offsets partition that holds `groupId`, and whose leader coordinates
// it: abs(hashCode) % partitionCount, with Kafka's abs (MIN_VALUE maps to 0).
int32_t partitionForGroup(std::string_view groupId, int32_t partitionCount);

} // namespace samsa::group
