#include "ui/messages/row_index.h"

namespace samsa::ui {

void RowIndex::reset(std::vector<int64_t> counts) {
    m_counts = std::move(counts);
    m_tree.assign(m_counts.size() + 1, 0);
    m_total = 0;
    // Linear build: each node passes its sum on to its parent.
    for (size_t i = 1; i <= m_counts.size(); ++i) {
        m_tree[i] += m_counts[i - 1];
        m_total += m_counts[i - 1];
        const size_t parent = i + (i & (~i + 1));
        if (parent <= m_counts.size()) m_tree[parent] += m_tree[i];
    }
}

void RowIndex::append(int64_t count) {
    // Appends are rare (a live view's next page); rebuilding keeps the tree simple.
    auto counts = std::move(m_counts);
    counts.push_back(count);
    reset(std::move(counts));
}

void RowIndex::set(size_t slot, int64_t count) {
    const int64_t delta = count - m_counts[slot];
    if (delta == 0) return;
    m_counts[slot] = count;
    m_total += delta;
    for (size_t i = slot + 1; i < m_tree.size(); i += i & (~i + 1)) m_tree[i] += delta;
}

int64_t RowIndex::rowsBefore(size_t slot) const {
    int64_t sum = 0;
    for (size_t i = slot; i > 0; i -= i & (~i + 1)) sum += m_tree[i];
    return sum;
}

std::pair<size_t, int64_t> RowIndex::find(int64_t row) const {
    // Binary lifting: the largest prefix whose sum stays <= row ends right before the slot.
    size_t position = 0;
    size_t step = 1;
    while (step * 2 < m_tree.size()) step *= 2;
    int64_t remaining = row;
    for (; step > 0; step /= 2) {
        const size_t next = position + step;
        if (next < m_tree.size() && m_tree[next] <= remaining) {
            position = next;
            remaining -= m_tree[next];
        }
    }
    return {position, remaining};
}

} // namespace samsa::ui
