#pragma once

#include <QAbstractTableModel>
#include <QString>
#include <QVector>
#include <map>
#include <optional>
#include <set>
#include <vector>

// After the Qt headers: moc cannot parse the standard headers these pull in first.
#include "app/messages/browse_types.h"
#include "app/messages/record_row.h"
#include "ui/messages/message_columns.h"
#include "ui/messages/page_cache.h"
#include "ui/messages/row_index.h"

namespace samsa::ui {

// The message table: a virtual model over a topic of any size. Its rows are either
// offset ranges of partitions (browsing: one row per offset until the offset's page is
// read, then one per record) or a list of positions (filter matches, or all partitions
// merged by time). Rows are filled from pages that the page reads on request
// (pageWanted) and pushes in (addPages); pages live in a bounded cache and are read again
// when they come back into view. Nothing here touches the network.
class MessageTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        PositionRole = Qt::UserRole + 1, // app::RecordPosition; invalid while loading
        BatchStartRole,                  // bool: the first record of its batch
        LoadedRole,                      // bool
        AbortedRole,                     // bool
    };
    enum class Mode { Empty, Ranges, Positions };

    // A table view keeps a little per row; this bounds what a view costs. Larger spans
    // are browsed in windows of this many rows.
    static constexpr int64_t kMaxRows = 2'000'000;

    explicit MessageTableModel(QObject* parent = nullptr);
    ~MessageTableModel() override;

    Mode mode() const { return m_mode; }
    void clear();
    // Rows are these offset ranges, one after another (callers keep the total within
    // kMaxRows).
    void showRanges(std::vector<app::PartitionRange> ranges);
    const std::vector<app::PartitionRange>& ranges() const { return m_ranges; }
    // Live browsing: the partition's range now reaches `end`.
    void extendRange(int32_t partition, int64_t end);
    // Rows are positions handed in later, in `blocks` groups shown one after another.
    void showPositions(int blocks);
    void appendPositions(int block, const QVector<app::RecordPosition>& positions);
    // Where a partition ends, as far as the page knows; reads of positions stop there.
    void setPartitionEnd(int32_t partition, int64_t end);

    // Newest first: the last row of the list is shown at the top.
    void setDescending(bool descending);
    bool isDescending() const { return m_descending; }

    void addPages(std::vector<app::RecordPage> pages);
    void pageFailed(app::PageKey key, const QString& error);
    // Drops every page (what a row shows has changed, such as the isolation level).
    void clearPages();
    // Pages that failed are asked for again when next shown.
    void clearFailures() { m_failed.clear(); }
    void setCacheBudget(size_t bytes) { m_cache.setBudget(bytes); }
    size_t cachedBytes() const { return m_cache.bytes(); }
    size_t cachedPages() const { return m_cache.pages(); }
    // Some page read so far held records written in transactions (or their markers).
    bool sawTransactions() const { return m_sawTransactions; }

    // The record a row shows, or null while its page is not loaded.
    const app::RecordRow* recordAt(int row) const;
    // Where a row's record is; nullopt while that is not known yet.
    std::optional<app::RecordPosition> positionAt(int row) const;
    // The row showing `position`, or its best estimate while its page is unread; -1 when
    // the rows do not include it.
    int rowOf(app::RecordPosition position) const;
    // Rows whose page is not loaded (a view with none is settled).
    bool isLoaded(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // The table's order is the page's choice (by partition or by time, either way
    // round); header clicks ask for it through orderRequested.
    void sort(int column, Qt::SortOrder order) override;

signals:
    // A row needs this page; `limit` is where its partition ends as far as the rows know.
    void pageWanted(samsa::app::PageKey key, qint64 limit);
    void orderRequested(int column, Qt::SortOrder order);
    // A page came in (rows filled, or rows removed because the page held fewer records
    // than offsets).
    void pagesApplied();

private:
    struct Slot {
        size_t range = 0;
        int64_t pageIndex = 0;
    };
    struct Located {
        const app::RecordRow* row = nullptr;
        int32_t partition = -1;
        std::optional<app::PageKey> missing; // the page to read
        int64_t limit = 0;
        QString error;
    };

    Located locate(int viewRow) const;
    int64_t internalRow(int viewRow) const;
    int viewRow(int64_t internal) const;
    int64_t rangesTotal() const { return m_index.total(); }
    int64_t positionsTotal() const;

    // Ranges mode.
    void buildSlots();
    int64_t slotCount(size_t slot) const; // rows the slot has, as far as its page tells
    int64_t slotFirstOffset(size_t slot) const;
    int64_t slotEndOffset(size_t slot) const;
    std::optional<size_t> slotOf(const app::PageKey& key) const;
    void resizeSlot(size_t slot, int64_t count);
    void applyPageToSlots(const app::PageKey& key);

    // Positions mode.
    std::pair<size_t, int64_t> blockOf(int64_t internal) const;
    const app::RecordPosition* positionAtInternal(int64_t internal) const;

    void want(const app::PageKey& key, int64_t limit) const;
    void flushWanted();
    void emitRowsChanged(int64_t firstInternal, int64_t lastInternal);

    Mode m_mode = Mode::Empty;
    bool m_descending = false;
    bool m_sawTransactions = false;
    mutable PageCache m_cache;
    std::map<app::PageKey, QString> m_failed;
    mutable std::map<app::PageKey, int64_t> m_wanted;
    mutable bool m_flushScheduled = false;

    std::vector<app::PartitionRange> m_ranges;
    std::map<int32_t, size_t> m_rangeOfPartition;
    std::vector<size_t> m_firstSlot; // per range
    std::vector<Slot> m_slots;
    RowIndex m_index;

    std::vector<std::vector<app::RecordPosition>> m_blocks;
    std::vector<int64_t> m_blockStart; // rows before each block
    std::map<int32_t, int64_t> m_partitionEnd;
};

} // namespace samsa::ui
