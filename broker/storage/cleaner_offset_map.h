#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>

namespace samsa::storage {

// Key -> offset of the key's latest record in the dirty part of a log, which the cleaner
// builds first and then keeps each record only if no later record has its key.
//
// Kafka keeps 16-byte MD5 digests of keys in a fixed buffer; this map stores the keys
// themselves, so two keys can never be mistaken for each other (a digest collision
// would silently delete a live record), at the price of fewer keys per byte. The
// budget (log.cleaner.dedupe.buffer.size) decides how much of a log one cleaning covers.
class CleanerOffsetMap {
public:
    explicit CleanerOffsetMap(size_t memoryBudgetBytes) : m_budget(memoryBudgetBytes) {}

    // Records that `key` was written at `offset`; offsets are put in increasing order.
    void put(std::span<const uint8_t> key, int64_t offset);
    // The latest offset of `key`, or -1 if the dirty part does not hold it.
    int64_t get(std::span<const uint8_t> key) const;

    size_t size() const { return m_map.size(); }
    // An estimate of the heap the map takes, keys and bookkeeping included.
    size_t memoryUsed() const { return m_memory; }
    bool overBudget() const { return m_memory >= m_budget; }
    // The largest offset put, -1 when empty.
    int64_t latestOffset() const { return m_latestOffset; }

private:
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
    };
    static std::string_view view(std::span<const uint8_t> key) {
        return {reinterpret_cast<const char*>(key.data()), key.size()};
    }

    std::unordered_map<std::string, int64_t, Hash, std::equal_to<>> m_map;
    size_t m_budget;
    size_t m_memory = 0;
    int64_t m_latestOffset = -1;
};

} // namespace samsa::storage
