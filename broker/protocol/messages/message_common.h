#pragma once

// Included by every generated message header: the vocabulary types their members use.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "protocol/wire/types.h"

namespace samsa::protocol {
class Reader;
class Writer;
} // namespace samsa::protocol

namespace samsa::protocol::messages {

// kFirstFlexibleVersion of a message that has no flexible version. Chosen so that the
// natural test `version >= kFirstFlexibleVersion` is false for every version.
inline constexpr int16_t kNeverFlexible = INT16_MAX;

// A list of message types, for code that handles every message the same way.
template <typename... T>
struct TypeList {
    static constexpr size_t size = sizeof...(T);
};

} // namespace samsa::protocol::messages
