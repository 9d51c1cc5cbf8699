#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

#include "app/messages/record_row.h"

namespace samsa::app {

// Learns how transactions ended while records stream past in offset order, and hands
// every record on, in that same order, once its outcome is known.
//
// A transaction's outcome is only written after its data: the COMMIT or ABORT marker a
// producer's transaction coordinator appends last. The broker names aborted
// transactions only to read_committed fetches (and not every broker does), so the
// browser reads the markers itself. Records of a transaction are held until its marker
// passes; everything after them waits too, so order is kept. finish() releases what is
// still held as Open. At most `maxHeld` records wait: beyond that the oldest go on as Open,
// so a transaction left hanging cannot make a scan hold the whole log.
template <typename Item>
class TransactionGate {
public:
    using Emit = std::function<void(Item&&, TransactionOutcome)>;

    explicit TransactionGate(Emit handOn, size_t maxHeld = 200000)
        : m_emit(std::move(handOn)), m_maxHeld(maxHeld) {}

    // One record of `batch`. A control batch's record also settles the outcome of its
    // producer's transaction; it passes on itself with outcome None.
    void add(const BatchInfo& batch, Item item) {
        if (batch.control) {
            if (batch.controlType) settle(batch.producerId, *batch.controlType == protocol::records::ControlRecordType::Abort
                                                                ? TransactionOutcome::Aborted
                                                                : TransactionOutcome::Committed);
            push(std::move(item), TransactionOutcome::None);
            return;
        }
        if (!batch.transactional) return push(std::move(item), TransactionOutcome::None);
        if (batch.abortedByBroker) return push(std::move(item), TransactionOutcome::Aborted);
        m_open[batch.producerId].push_back(m_nextSeq);
        m_held.push_back(Entry{std::move(item), std::nullopt});
        ++m_nextSeq;
        release();
        while (m_held.size() > m_maxHeld) popFront(TransactionOutcome::Open);
    }

    // Releases everything still held; transactions without a marker are Open.
    void finish() {
        while (!m_held.empty()) popFront(TransactionOutcome::Open);
        m_open.clear();
    }

    size_t held() const { return m_held.size(); }
    // The oldest record still held, or null.
    const Item* firstHeld() const { return m_held.empty() ? nullptr : &m_held.front().item; }
    // True while some transaction has records waiting for its marker.
    bool waitingForMarkers() const {
        for (const auto& [producer, seqs] : m_open)
            for (uint64_t s : seqs)
                if (s >= m_frontSeq) return true;
        return false;
    }

private:
    struct Entry {
        Item item;
        std::optional<TransactionOutcome> outcome;
    };

    void push(Item&& item, TransactionOutcome outcome) {
        if (m_held.empty()) {
            m_emit(std::move(item), outcome);
            ++m_nextSeq;
            ++m_frontSeq;
            return;
        }
        m_held.push_back(Entry{std::move(item), outcome});
        ++m_nextSeq;
    }

    void settle(int64_t producerId, TransactionOutcome outcome) {
        auto it = m_open.find(producerId);
        if (it == m_open.end()) return;
        for (uint64_t seq : it->second)
            if (seq >= m_frontSeq) m_held[seq - m_frontSeq].outcome = outcome;
        m_open.erase(it);
        release();
    }

    void release() {
        while (!m_held.empty() && m_held.front().outcome) popFront(*m_held.front().outcome);
    }

    void popFront(TransactionOutcome fallback) {
        Entry e = std::move(m_held.front());
        m_held.pop_front();
        ++m_frontSeq;
        m_emit(std::move(e.item), e.outcome.value_or(fallback));
    }

    Emit m_emit;
    size_t m_maxHeld;
    std::deque<Entry> m_held;
    // Sequence numbers of held records per producer with an open transaction.
    std::unordered_map<int64_t, std::vector<uint64_t>> m_open;
    uint64_t m_frontSeq = 0; // sequence number of m_held.front()
    uint64_t m_nextSeq = 0;
};

} // namespace samsa::app
