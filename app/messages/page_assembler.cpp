#include "app/messages/page_assembler.h"

#include <algorithm>

namespace samsa::app {

PageAssembler::PageAssembler(int32_t partition, int64_t fromOffset, RecordVisibility visibility)
    : m_partition(partition), m_from(fromOffset), m_next(fromOffset), m_visibility(visibility),
      m_gate([this](RecordRow&& row, TransactionOutcome outcome) { accept(std::move(row), outcome); }) {}

void PageAssembler::add(const client::FetchedPartition& fetched) {
    for (const auto& batch : fetched.batches) {
        const BatchInfo info = BatchInfo::of(batch);
        bool first = true;
        for (const auto& record : batch.records) {
            if (record.offset < m_next) continue; // a compressed batch comes whole
            RecordRow row = makeRow(info, record);
            row.batchStart = first;
            first = false;
            m_gate.add(info, std::move(row));
        }
    }
    m_next = std::max(m_next, fetched.nextOffset);
}

void PageAssembler::accept(RecordRow&& row, TransactionOutcome outcome) {
    row.transaction = outcome;
    if (row.control && !m_visibility.showControlRecords) return;
    if (row.aborted() && m_visibility.readCommitted) return;
    const PageKey key = PageKey::of(m_partition, row.offset);
    auto& page = m_pages[key.index];
    page.key = key;
    page.rows.push_back(std::move(row));
}

std::vector<RecordPage> PageAssembler::finish(int64_t logEnd, int64_t lastWantedPage, int64_t readLimit) {
    m_gate.finish();
    const int64_t covered = m_next;
    const bool atEnd = covered >= logEnd;
    std::vector<RecordPage> out;
    const int64_t firstIndex = m_from / kPageOffsets;
    // Every page from the first one read, including those that hold no record.
    const int64_t lastIndex = atEnd ? (std::max(covered, m_from + 1) - 1) / kPageOffsets
                                    : covered / kPageOffsets - 1;
    for (int64_t index = firstIndex; index <= lastIndex; ++index) {
        RecordPage page;
        if (auto it = m_pages.find(index); it != m_pages.end()) page = std::move(it->second);
        page.key = PageKey{m_partition, index};
        page.endOffset = std::min(page.key.endOffset(), std::max(covered, page.key.firstOffset()));
        page.readLimit = readLimit;
        if (index > lastWantedPage &&
            std::any_of(page.rows.begin(), page.rows.end(),
                        [](const RecordRow& r) { return r.transaction == TransactionOutcome::Open; }))
            break;
        out.push_back(std::move(page));
    }
    m_pages.clear();
    return out;
}

} // namespace samsa::app
