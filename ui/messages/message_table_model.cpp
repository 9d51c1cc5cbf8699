#include "ui/messages/message_table_model.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <algorithm>

namespace samsa::ui {

using app::kPageOffsets;
using app::PageKey;
using app::PartitionRange;
using app::RecordPage;
using app::RecordPosition;
using app::RecordRow;

namespace {

class MessageTableText {
    Q_DECLARE_TR_FUNCTIONS(samsa::ui::MessageTableModel)
};

// Rows of `page` in [first, end).
std::pair<size_t, size_t> rowsIn(const RecordPage& page, int64_t first, int64_t end) {
    return {page.lowerBound(first), page.lowerBound(end)};
}

} // namespace

MessageTableModel::MessageTableModel(QObject* parent) : QAbstractTableModel(parent) {}

MessageTableModel::~MessageTableModel() = default;

void MessageTableModel::clear() {
    beginResetModel();
    m_mode = Mode::Empty;
    m_ranges.clear();
    m_rangeOfPartition.clear();
    m_slots.clear();
    m_firstSlot.clear();
    m_index.clear();
    m_blocks.clear();
    m_blockStart.clear();
    endResetModel();
}

void MessageTableModel::showRanges(std::vector<PartitionRange> ranges) {
    beginResetModel();
    m_mode = Mode::Ranges;
    m_ranges = std::move(ranges);
    m_rangeOfPartition.clear();
    for (size_t i = 0; i < m_ranges.size(); ++i) {
        m_rangeOfPartition[m_ranges[i].partition] = i;
        m_partitionEnd[m_ranges[i].partition] = std::max(m_partitionEnd[m_ranges[i].partition], m_ranges[i].to);
    }
    m_blocks.clear();
    m_blockStart.clear();
    buildSlots();
    endResetModel();
}

void MessageTableModel::buildSlots() {
    m_slots.clear();
    m_firstSlot.clear();
    std::vector<int64_t> counts;
    for (size_t i = 0; i < m_ranges.size(); ++i) {
        m_firstSlot.push_back(m_slots.size());
        const auto& r = m_ranges[i];
        if (r.size() == 0) continue;
        for (int64_t page = r.from / kPageOffsets; page <= (r.to - 1) / kPageOffsets; ++page) {
            m_slots.push_back(Slot{i, page});
            counts.push_back(slotCount(m_slots.size() - 1));
        }
    }
    m_index.reset(std::move(counts));
}

int64_t MessageTableModel::slotFirstOffset(size_t slot) const {
    const auto& s = m_slots[slot];
    return std::max(m_ranges[s.range].from, s.pageIndex * kPageOffsets);
}

int64_t MessageTableModel::slotEndOffset(size_t slot) const {
    const auto& s = m_slots[slot];
    return std::min(m_ranges[s.range].to, (s.pageIndex + 1) * kPageOffsets);
}

int64_t MessageTableModel::slotCount(size_t slot) const {
    const int64_t first = slotFirstOffset(slot);
    const int64_t end = slotEndOffset(slot);
    const RecordPage* page = m_cache.peek(PageKey{m_ranges[m_slots[slot].range].partition, m_slots[slot].pageIndex});
    if (!page) return end - first; // at most one record per offset: shrinks once read
    const int64_t loadedEnd = std::min(end, page->endOffset);
    const auto [lo, hi] = rowsIn(*page, first, loadedEnd);
    int64_t count = int64_t(hi - lo);
    // Read before the view knew the partition reached further: the rest is still to come.
    if (page->endOffset < end && page->readLimit < end) count += end - std::max(loadedEnd, first);
    return count;
}

std::optional<size_t> MessageTableModel::slotOf(const PageKey& key) const {
    auto it = m_rangeOfPartition.find(key.partition);
    if (it == m_rangeOfPartition.end()) return std::nullopt;
    const auto& r = m_ranges[it->second];
    if (r.size() == 0) return std::nullopt;
    const int64_t first = r.from / kPageOffsets;
    const int64_t last = (r.to - 1) / kPageOffsets;
    if (key.index < first || key.index > last) return std::nullopt;
    return m_firstSlot[it->second] + size_t(key.index - first);
}

int64_t MessageTableModel::internalRow(int viewRow) const {
    const int64_t total = m_mode == Mode::Ranges ? rangesTotal() : positionsTotal();
    return m_descending ? total - 1 - viewRow : viewRow;
}

int MessageTableModel::viewRow(int64_t internal) const {
    const int64_t total = m_mode == Mode::Ranges ? rangesTotal() : positionsTotal();
    return int(m_descending ? total - 1 - internal : internal);
}

void MessageTableModel::resizeSlot(size_t slot, int64_t count) {
    const int64_t old = m_index.count(slot);
    if (count == old) return;
    const int64_t start = m_index.rowsBefore(slot);
    const int64_t total = m_index.total();
    if (count < old) {
        const int64_t a = start + count, b = start + old - 1;
        if (m_descending)
            beginRemoveRows({}, int(total - 1 - b), int(total - 1 - a));
        else
            beginRemoveRows({}, int(a), int(b));
        m_index.set(slot, count);
        endRemoveRows();
    } else {
        const int64_t a = start + old, n = count - old;
        if (m_descending)
            beginInsertRows({}, int(total - a), int(total - a + n - 1));
        else
            beginInsertRows({}, int(a), int(a + n - 1));
        m_index.set(slot, count);
        endInsertRows();
    }
}

void MessageTableModel::extendRange(int32_t partition, int64_t end) {
    if (m_mode != Mode::Ranges) return;
    auto it = m_rangeOfPartition.find(partition);
    if (it == m_rangeOfPartition.end() || end <= m_ranges[it->second].to) return;
    const size_t range = it->second;
    m_partitionEnd[partition] = std::max(m_partitionEnd[partition], end);
    const size_t endSlot = range + 1 < m_firstSlot.size() ? m_firstSlot[range + 1] : m_slots.size();
    auto& r = m_ranges[range];
    int64_t nextPage = r.from / kPageOffsets; // the first page without a slot
    if (r.size() > 0) {
        // The last page grows up to its boundary first.
        const int64_t lastPage = (r.to - 1) / kPageOffsets;
        r.to = std::min(end, (lastPage + 1) * kPageOffsets);
        resizeSlot(endSlot - 1, slotCount(endSlot - 1));
        nextPage = lastPage + 1;
    }
    const int64_t growFrom = std::max(r.from, r.to);
    if (end <= growFrom) return;
    std::vector<Slot> added;
    std::vector<int64_t> addedCounts;
    int64_t n = 0;
    for (int64_t page = nextPage; page <= (end - 1) / kPageOffsets; ++page) {
        added.push_back(Slot{range, page});
        addedCounts.push_back(std::min(end, (page + 1) * kPageOffsets) - std::max(growFrom, page * kPageOffsets));
        n += addedCounts.back();
    }
    const int64_t at = m_index.rowsBefore(endSlot);
    const int64_t total = m_index.total();
    if (m_descending)
        beginInsertRows({}, int(total - at), int(total - at + n - 1));
    else
        beginInsertRows({}, int(at), int(at + n - 1));
    r.to = end;
    std::vector<int64_t> counts;
    counts.reserve(m_slots.size() + added.size());
    for (size_t s = 0; s < m_slots.size(); ++s) counts.push_back(m_index.count(s));
    m_slots.insert(m_slots.begin() + std::ptrdiff_t(endSlot), added.begin(), added.end());
    counts.insert(counts.begin() + std::ptrdiff_t(endSlot), addedCounts.begin(), addedCounts.end());
    for (size_t i = range + 1; i < m_firstSlot.size(); ++i) m_firstSlot[i] += added.size();
    m_index.reset(std::move(counts));
    endInsertRows();
}

void MessageTableModel::showPositions(int blocks) {
    beginResetModel();
    m_mode = Mode::Positions;
    m_ranges.clear();
    m_rangeOfPartition.clear();
    m_slots.clear();
    m_firstSlot.clear();
    m_index.clear();
    m_blocks.assign(size_t(std::max(blocks, 1)), {});
    m_blockStart.assign(m_blocks.size(), 0);
    endResetModel();
}

int64_t MessageTableModel::positionsTotal() const {
    return m_blocks.empty() ? 0 : m_blockStart.back() + int64_t(m_blocks.back().size());
}

void MessageTableModel::appendPositions(int block, const QVector<RecordPosition>& positions) {
    if (m_mode != Mode::Positions || block < 0 || size_t(block) >= m_blocks.size()) return;
    const int64_t total = positionsTotal();
    const int64_t n = std::min<int64_t>(positions.size(), kMaxRows - total);
    if (n <= 0) return;
    const int64_t at = m_blockStart[size_t(block)] + int64_t(m_blocks[size_t(block)].size());
    if (m_descending)
        beginInsertRows({}, int(total - at), int(total - at + n - 1));
    else
        beginInsertRows({}, int(at), int(at + n - 1));
    auto& list = m_blocks[size_t(block)];
    list.insert(list.end(), positions.begin(), positions.begin() + n);
    for (size_t b = size_t(block) + 1; b < m_blocks.size(); ++b) m_blockStart[b] += n;
    for (qsizetype i = 0; i < n; ++i) {
        auto& end = m_partitionEnd[positions[i].partition];
        end = std::max(end, positions[i].offset + 1);
    }
    endInsertRows();
}

void MessageTableModel::setPartitionEnd(int32_t partition, int64_t end) {
    m_partitionEnd[partition] = std::max(m_partitionEnd[partition], end);
}

std::pair<size_t, int64_t> MessageTableModel::blockOf(int64_t internal) const {
    auto it = std::upper_bound(m_blockStart.begin(), m_blockStart.end(), internal);
    size_t block = size_t(it - m_blockStart.begin()) - 1;
    // Empty blocks share their start with the next one.
    while (block + 1 < m_blocks.size() && internal - m_blockStart[block] >= int64_t(m_blocks[block].size())) ++block;
    return {block, internal - m_blockStart[block]};
}

const RecordPosition* MessageTableModel::positionAtInternal(int64_t internal) const {
    if (m_mode != Mode::Positions || internal < 0 || internal >= positionsTotal()) return nullptr;
    const auto [block, index] = blockOf(internal);
    return &m_blocks[block][size_t(index)];
}

void MessageTableModel::setDescending(bool descending) {
    if (descending == m_descending) return;
    beginResetModel();
    m_descending = descending;
    endResetModel();
}

MessageTableModel::Located MessageTableModel::locate(int row) const {
    Located out;
    const int64_t internal = internalRow(row);
    if (m_mode == Mode::Ranges) {
        if (internal < 0 || internal >= rangesTotal()) return out;
        const auto [slot, index] = m_index.find(internal);
        const auto& s = m_slots[slot];
        const auto& r = m_ranges[s.range];
        const PageKey key{r.partition, s.pageIndex};
        out.partition = r.partition;
        out.limit = r.to;
        if (auto f = m_failed.find(key); f != m_failed.end()) {
            out.error = f->second;
            return out;
        }
        const RecordPage* page = m_cache.get(key);
        if (page) {
            const auto [lo, hi] = rowsIn(*page, slotFirstOffset(slot), std::min(slotEndOffset(slot), page->endOffset));
            if (index < int64_t(hi - lo)) {
                out.row = &page->rows[lo + size_t(index)];
                return out;
            }
        }
        out.missing = key;
        return out;
    }
    const RecordPosition* position = positionAtInternal(internal);
    if (!position) return out;
    const PageKey key = PageKey::of(position->partition, position->offset);
    out.partition = position->partition;
    auto end = m_partitionEnd.find(position->partition);
    out.limit = std::max(end == m_partitionEnd.end() ? 0 : end->second, position->offset + 1);
    if (auto f = m_failed.find(key); f != m_failed.end()) {
        out.error = f->second;
        return out;
    }
    if (const RecordPage* page = m_cache.get(key)) {
        out.row = page->find(position->offset);
        if (out.row) return out;
        if (position->offset < page->endOffset || page->readLimit > position->offset) {
            out.error = MessageTableText::tr("This record is no longer in the log, or the view no longer shows it.");
            return out;
        }
    }
    out.missing = key;
    return out;
}

void MessageTableModel::want(const PageKey& key, int64_t limit) const {
    auto& asked = m_wanted[key];
    asked = std::max(asked, limit);
    if (m_flushScheduled) return;
    m_flushScheduled = true;
    QMetaObject::invokeMethod(const_cast<MessageTableModel*>(this), &MessageTableModel::flushWanted,
                              Qt::QueuedConnection);
}

void MessageTableModel::flushWanted() {
    m_flushScheduled = false;
    auto wanted = std::move(m_wanted);
    m_wanted.clear();
    for (const auto& [key, limit] : wanted) emit pageWanted(key, limit);
}

void MessageTableModel::addPages(std::vector<RecordPage> pages) {
    for (auto& page : pages) {
        const PageKey key = page.key;
        m_failed.erase(key);
        if (!m_sawTransactions)
            m_sawTransactions = std::any_of(page.rows.begin(), page.rows.end(), [](const RecordRow& r) {
                return r.control || r.transaction != app::TransactionOutcome::None;
            });
        m_cache.put(std::move(page));
        applyPageToSlots(key);
    }
    emit pagesApplied();
}

void MessageTableModel::applyPageToSlots(const PageKey& key) {
    if (m_mode == Mode::Ranges) {
        const auto slot = slotOf(key);
        if (!slot) return;
        resizeSlot(*slot, slotCount(*slot));
        const int64_t first = m_index.rowsBefore(*slot);
        const int64_t count = m_index.count(*slot);
        if (count > 0) emitRowsChanged(first, first + count - 1);
        return;
    }
    if (m_mode != Mode::Positions) return;
    // Rows of this page may be anywhere in a merged list; repaint what shows.
    const int64_t total = positionsTotal();
    if (total > 0) emitRowsChanged(0, total - 1);
}

void MessageTableModel::emitRowsChanged(int64_t firstInternal, int64_t lastInternal) {
    const int a = viewRow(firstInternal), b = viewRow(lastInternal);
    emit dataChanged(index(std::min(a, b), 0), index(std::max(a, b), kMessageColumnCount - 1));
}

void MessageTableModel::pageFailed(PageKey key, const QString& error) {
    m_failed[key] = error;
    applyPageToSlots(key);
}

void MessageTableModel::clearPages() {
    beginResetModel();
    m_cache.clear();
    m_failed.clear();
    if (m_mode == Mode::Ranges) buildSlots();
    endResetModel();
}

const RecordRow* MessageTableModel::recordAt(int row) const {
    return locate(row).row;
}

std::optional<RecordPosition> MessageTableModel::positionAt(int row) const {
    if (m_mode == Mode::Positions) {
        const RecordPosition* p = positionAtInternal(internalRow(row));
        return p ? std::optional<RecordPosition>(*p) : std::nullopt;
    }
    const Located l = locate(row);
    if (!l.row) return std::nullopt;
    return RecordPosition{l.partition, l.row->offset};
}

bool MessageTableModel::isLoaded(int row) const {
    const Located l = locate(row);
    return l.row || !l.error.isEmpty();
}

int MessageTableModel::rowOf(RecordPosition position) const {
    if (m_mode == Mode::Positions) {
        for (size_t b = 0; b < m_blocks.size(); ++b) {
            const auto& list = m_blocks[b];
            auto it = std::find(list.begin(), list.end(), position);
            if (it != list.end()) return viewRow(m_blockStart[b] + (it - list.begin()));
        }
        return -1;
    }
    if (m_mode != Mode::Ranges) return -1;
    const auto slot = slotOf(PageKey::of(position.partition, position.offset));
    if (!slot) return -1;
    const int64_t first = slotFirstOffset(*slot);
    if (position.offset < first || position.offset >= slotEndOffset(*slot)) return -1;
    const int64_t start = m_index.rowsBefore(*slot);
    const int64_t count = m_index.count(*slot);
    if (count == 0) return -1;
    int64_t within = position.offset - first;
    if (const RecordPage* page = m_cache.peek(PageKey::of(position.partition, position.offset)))
        within = int64_t(page->lowerBound(position.offset) - page->lowerBound(first));
    return viewRow(start + std::min(within, count - 1));
}

int MessageTableModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid()) return 0;
    switch (m_mode) {
    case Mode::Ranges: return int(rangesTotal());
    case Mode::Positions: return int(positionsTotal());
    case Mode::Empty: return 0;
    }
    return 0;
}

int MessageTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kMessageColumnCount;
}

QVariant MessageTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const auto column = MessageColumn(index.column());
    const Located l = locate(index.row());
    if (!l.row && l.missing) want(*l.missing, l.limit);
    const RecordRow* row = l.row;
    switch (role) {
    case Qt::DisplayRole:
        if (row) return messageCellText(*row, l.partition, column);
        if (column == MessageColumn::Partition && l.partition >= 0) return QString::number(l.partition);
        if (column == MessageColumn::Offset && m_mode == Mode::Positions)
            if (auto p = positionAtInternal(internalRow(index.row()))) return QString::number(p->offset);
        if (column == MessageColumn::Value)
            return l.error.isEmpty() ? MessageTableText::tr("Loading…") : l.error;
        return {};
    case Qt::ToolTipRole:
        if (row) return messageCellToolTip(*row, column);
        return l.error.isEmpty() ? QVariant() : QVariant(l.error);
    case Qt::FontRole: {
        const bool placeholder = !row || messageCellIsPlaceholder(*row, column);
        const bool aborted = row && row->aborted();
        if (!placeholder && !aborted) return {};
        QFont font;
        font.setItalic(placeholder);
        font.setStrikeOut(aborted);
        return font;
    }
    case Qt::ForegroundRole: {
        const QPalette palette = QGuiApplication::palette();
        if (!row && !l.error.isEmpty()) return QColor(0xc6, 0x28, 0x28);
        if (!row || messageCellIsPlaceholder(*row, column)) return palette.color(QPalette::PlaceholderText);
        if (row->aborted()) return palette.color(QPalette::Disabled, QPalette::Text);
        return {};
    }
    case Qt::TextAlignmentRole:
        return messageColumnIsNumeric(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                              : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case PositionRole:
        if (row) return QVariant::fromValue(RecordPosition{l.partition, row->offset});
        if (m_mode == Mode::Positions)
            if (auto p = positionAtInternal(internalRow(index.row()))) return QVariant::fromValue(*p);
        return {};
    case BatchStartRole: return row && row->batchStart;
    case LoadedRole: return row != nullptr;
    case AbortedRole: return row && row->aborted();
    default: return {};
    }
}

QVariant MessageTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= kMessageColumnCount) return {};
    if (role == Qt::DisplayRole) return messageColumnTitle(MessageColumn(section));
    if (role == Qt::ToolTipRole) return messageColumnHelp(MessageColumn(section));
    if (role == Qt::TextAlignmentRole)
        return messageColumnIsNumeric(MessageColumn(section)) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                              : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

void MessageTableModel::sort(int column, Qt::SortOrder order) {
    emit orderRequested(column, order);
}

} // namespace samsa::ui
