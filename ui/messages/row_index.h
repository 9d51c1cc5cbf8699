#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace samsa::ui {

// Rows grouped in slots (the pages of a message view) whose sizes change as pages load:
// a compacted page turns out to hold fewer records than its offsets. Finds the slot of a
// row and the first row of a slot in O(log n) (a Fenwick tree), so a view over millions of
// offsets never walks them.
class RowIndex {
public:
    void reset(std::vector<int64_t> counts);
    void clear() { reset({}); }
    void append(int64_t count);
    void set(size_t slot, int64_t count);

    size_t size() const { return m_counts.size(); }
    int64_t count(size_t slot) const { return m_counts[slot]; }
    int64_t total() const { return m_total; }
    // Rows in the slots before `slot`.
    int64_t rowsBefore(size_t slot) const;
    // The slot holding `row` (< total()) and the row's place in it.
    std::pair<size_t, int64_t> find(int64_t row) const;

private:
    std::vector<int64_t> m_counts;
    std::vector<int64_t> m_tree; // 1-based Fenwick tree over m_counts
    int64_t m_total = 0;
};

} // namespace samsa::ui
