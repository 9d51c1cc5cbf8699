#include "ui/messages/page_cache.h"

namespace samsa::ui {

const app::RecordPage* PageCache::get(const app::PageKey& key) {
    auto it = m_entries.find(key);
    if (it == m_entries.end()) return nullptr;
    m_lru.splice(m_lru.begin(), m_lru, it->second.lru);
    return &it->second.page;
}

const app::RecordPage* PageCache::peek(const app::PageKey& key) const {
    auto it = m_entries.find(key);
    return it == m_entries.end() ? nullptr : &it->second.page;
}

std::vector<app::PageKey> PageCache::put(app::RecordPage page) {
    const app::PageKey key = page.key;
    if (auto it = m_entries.find(key); it != m_entries.end()) {
        m_bytes -= it->second.bytes;
        m_lru.erase(it->second.lru);
        m_entries.erase(it);
    }
    Entry entry;
    entry.bytes = page.memoryBytes();
    entry.page = std::move(page);
    m_lru.push_front(key);
    entry.lru = m_lru.begin();
    m_bytes += entry.bytes;
    m_entries.emplace(key, std::move(entry));
    std::vector<app::PageKey> evicted;
    while (m_bytes > m_budget && m_lru.size() > 1) {
        const app::PageKey victim = m_lru.back();
        auto it = m_entries.find(victim);
        m_bytes -= it->second.bytes;
        m_entries.erase(it);
        m_lru.pop_back();
        evicted.push_back(victim);
    }
    return evicted;
}

void PageCache::clear() {
    m_entries.clear();
    m_lru.clear();
    m_bytes = 0;
}

} // namespace samsa::ui
