#pragma once

#include <functional>
#include <memory>
#include <unordered_map>

#include "storage/topic_partition.h"

namespace samsa::cluster {

// Tells waiting fetches that data arrived. A subscription removes itself when it goes
// out of scope, even if the notifier is gone by then (a fetch parked at shutdown).
class AppendNotifier : public std::enable_shared_from_this<AppendNotifier> {
public:
    using Listener = std::function<void(const storage::TopicPartition&)>;

    class Subscription {
    public:
        Subscription() = default;
        Subscription(std::weak_ptr<AppendNotifier> owner, uint64_t id) : m_owner(std::move(owner)), m_id(id) {}
        Subscription(Subscription&& o) noexcept : m_owner(std::move(o.m_owner)), m_id(o.m_id) { o.m_id = 0; }
        Subscription& operator=(Subscription&&) = delete;
        Subscription(const Subscription&) = delete;
        ~Subscription() {
            if (auto owner = m_owner.lock(); owner && m_id) owner->m_listeners.erase(m_id);
        }

    private:
        std::weak_ptr<AppendNotifier> m_owner;
        uint64_t m_id = 0;
    };

    [[nodiscard]] Subscription subscribe(Listener listener) {
        const uint64_t id = m_next++;
        m_listeners.emplace(id, std::move(listener));
        return Subscription(weak_from_this(), id);
    }

    void notify(const storage::TopicPartition& tp) {
        if (m_listeners.empty()) return;
        // A listener may unsubscribe while it runs; walk a snapshot of the ids.
        std::vector<uint64_t> ids;
        ids.reserve(m_listeners.size());
        for (const auto& [id, l] : m_listeners) ids.push_back(id);
        for (uint64_t id : ids)
            if (auto it = m_listeners.find(id); it != m_listeners.end()) it->second(tp);
    }

private:
    std::unordered_map<uint64_t, Listener> m_listeners;
    uint64_t m_next = 1;
};

} // namespace samsa::cluster
