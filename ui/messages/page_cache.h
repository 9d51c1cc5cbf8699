#pragma once

#include <list>
#include <unordered_map>

#include "app/messages/record_row.h"

namespace samsa::ui {

// The pages a message view has loaded, least recently used first out once they take
// more than the budget. This is what keeps browsing a topic of any size within a fixed
// amount of memory.
class PageCache {
public:
    explicit PageCache(size_t budgetBytes = 32u << 20) : m_budget(budgetBytes) {}

    // Null when not cached. Marks the page as just used.
    const app::RecordPage* get(const app::PageKey& key);
    const app::RecordPage* peek(const app::PageKey& key) const;
    // Stores (replacing an older copy) and evicts as needed; never the page just stored.
    // Returns the keys evicted.
    std::vector<app::PageKey> put(app::RecordPage page);
    void clear();
    void setBudget(size_t bytes) { m_budget = bytes; }

    size_t bytes() const { return m_bytes; }
    size_t pages() const { return m_entries.size(); }

private:
    struct Entry {
        app::RecordPage page;
        size_t bytes = 0;
        std::list<app::PageKey>::iterator lru;
    };
    size_t m_budget;
    size_t m_bytes = 0;
    std::list<app::PageKey> m_lru; // most recently used at the front
    std::unordered_map<app::PageKey, Entry, app::PageKeyHash> m_entries;
};

} // namespace samsa::ui
