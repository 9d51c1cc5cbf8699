#include "storage/cleaner_transactions.h"

#include <algorithm>

#include "protocol/records/control_record.h"

namespace samsa::storage {

namespace records = protocol::records;

void CleanerTransactions::observe(const records::BatchHeader& h, std::span<const uint8_t> batch) {
    if (h.producerId == records::kNoProducerId) return;
    m_lastBatch[h.producerId] = h.baseOffset;
    if (!h.isTransactional()) return;
    if (!h.isControl()) {
        m_openTransactions.try_emplace(h.producerId, h.baseOffset);
        return;
    }
    // An earlier cleaning may have emptied a marker batch; it closes nothing any more.
    if (h.recordCount == 0) return;
    auto type = records::readControlRecordKey(batch).type;
    auto open = m_openTransactions.find(h.producerId);
    if (type == records::ControlRecordType::Abort && open != m_openTransactions.end())
        m_aborted[h.producerId].emplace_back(open->second, h.lastOffset());
    if (type == records::ControlRecordType::Abort || type == records::ControlRecordType::Commit) {
        if (open != m_openTransactions.end()) m_openTransactions.erase(open);
    }
}

std::optional<int64_t> CleanerTransactions::firstUndecidedOffset() const {
    std::optional<int64_t> first;
    for (const auto& [producer, offset] : m_openTransactions)
        if (!first || offset < *first) first = offset;
    return first;
}

bool CleanerTransactions::isAborted(int64_t producerId, int64_t offset) const {
    auto it = m_aborted.find(producerId);
    if (it == m_aborted.end()) return false;
    const auto& ranges = it->second;
    // The last range starting at or before offset is the only one that can hold it.
    auto next = std::upper_bound(ranges.begin(), ranges.end(), offset,
                                 [](int64_t o, const std::pair<int64_t, int64_t>& r) { return o < r.first; });
    if (next == ranges.begin()) return false;
    return offset <= std::prev(next)->second;
}

bool CleanerTransactions::isLastBatchOfProducer(const records::BatchHeader& h) const {
    if (h.producerId == records::kNoProducerId) return false;
    auto it = m_lastBatch.find(h.producerId);
    return it != m_lastBatch.end() && it->second == h.baseOffset;
}

} // namespace samsa::storage
