#pragma once

#include <map>
#include <vector>

#include "app/messages/record_row.h"
#include "app/messages/transaction_gate.h"

namespace samsa::app {

// Turns the fetch answers of one partition, read in offset order from `fromOffset`, into
// pages of rows: transactions resolved from their markers, markers and aborted records
// kept or left out as the visibility says.
class PageAssembler {
public:
    PageAssembler(int32_t partition, int64_t fromOffset, RecordVisibility visibility);

    void add(const client::FetchedPartition& fetched);
    // Where reading goes on.
    int64_t nextOffset() const { return m_next; }
    // Some transaction read so far has no marker yet: reading on may find it.
    bool waitingForMarkers() const { return m_gate.waitingForMarkers(); }

    // Ends reading. Returns every page read whole, plus the page reading stopped in when
    // `logEnd` says the partition ends there. Pages after `lastWantedPage` come back only
    // when none of their records waits for a marker that was not read: a later read
    // will know better.
    std::vector<RecordPage> finish(int64_t logEnd, int64_t lastWantedPage, int64_t readLimit);

private:
    void accept(RecordRow&& row, TransactionOutcome outcome);

    int32_t m_partition;
    int64_t m_from;
    int64_t m_next;
    RecordVisibility m_visibility;
    std::map<int64_t, RecordPage> m_pages; // by page index
    TransactionGate<RecordRow> m_gate;
};

} // namespace samsa::app
