#include "storage/cleaner_offset_map.h"

#include <algorithm>

namespace samsa::storage {

namespace {

// A hash node (next pointer, cached hash, the string object, the offset) plus its
// bucket slot; the key's characters are counted separately when they leave the
// string's inline buffer.
constexpr size_t kEntryOverhead = sizeof(void*) * 2 + sizeof(std::string) + sizeof(int64_t) + sizeof(void*);
constexpr size_t kInlineKeyBytes = 15;

} // namespace

void CleanerOffsetMap::put(std::span<const uint8_t> key, int64_t offset) {
    m_latestOffset = std::max(m_latestOffset, offset);
    auto k = view(key);
    if (auto it = m_map.find(k); it != m_map.end()) {
        it->second = offset;
        return;
    }
    m_map.emplace(std::string(k), offset);
    m_memory += kEntryOverhead + (key.size() > kInlineKeyBytes ? key.size() + 1 : 0);
}

int64_t CleanerOffsetMap::get(std::span<const uint8_t> key) const {
    auto it = m_map.find(view(key));
    return it == m_map.end() ? -1 : it->second;
}

} // namespace samsa::storage
