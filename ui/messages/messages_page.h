#pragma once

#include <QPointer>
#include <QWidget>
#include <memory>
#include <optional>

// After the Qt headers: moc cannot parse the standard headers these pull in first.
#include "app/messages/browse_start.h"
#include "app/messages/message_filter.h"
#include "app/record_io/record_export_writer.h"
#include "ui/common/screenshot_views.h"

class QLabel;
class QMenu;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace samsa::app {
class ClusterService;
class MessageScan;
class RecordPageLoader;
class SavedFilterStore;
} // namespace samsa::app

namespace samsa::ui {

class BatchBoundaryDelegate;
class BrowseBar;
class FilterBar;
class InlineMessage;
class MessageExport;
class MessageTableModel;
class RecordDetailView;
class ScanStatus;

// The message browser of one topic: a virtual table over the whole topic (any size, in
// bounded memory), started from the earliest or latest record, an offset, a time, the
// last N records or a consumer group's position; live tail; filters that scan the whole
// range on a worker thread; transactions shown as they ended; the selected record in full
// below. Saved filters live in the settings database at `databasePath` (none when empty).
class MessagesPage : public QWidget, public ScreenshotViews {
    Q_OBJECT
public:
    MessagesPage(samsa::app::ClusterService* service, const QString& topic, const QString& databasePath = {},
                 QWidget* parent = nullptr);
    ~MessagesPage() override;

    QString topic() const { return m_topic; }
    // Resolving the start, reading pages for the rows in view, or scanning.
    bool isBusy() const;
    // The rows are set up from the last browse (its start resolved, a scan started).
    bool hasBrowsed() const { return m_browsed; }

    MessageTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    RecordDetailView* detailView() const { return m_detail; }
    BrowseBar* browseBar() const { return m_bar; }
    FilterBar* filterBar() const { return m_filterBar; }
    ScanStatus* scanStatus() const { return m_scanStatus; }
    InlineMessage* pageMessage() const { return m_message; }
    QLabel* emptyLabel() const { return m_empty; }
    QLabel* statusLabel() const { return m_status; }
    QPushButton* produceButton() const { return m_produce; }
    QToolButton* exportButton() const { return m_export; }
    // The record the detail pane shows (its read finished), if any.
    std::optional<samsa::app::RecordPosition> detailPosition() const { return m_detailDisplayed; }
    samsa::app::MessageScan* scan() const { return m_scan.get(); }
    samsa::app::SavedFilterStore* savedFilters() const { return m_filters.get(); }
    const samsa::app::BrowseSpan& span() const { return m_span; }

    // Browses from `start` (setting the bar's start) on one partition (-1: all).
    void browseFrom(const samsa::app::BrowseStart& start, int partition = -1);
    // Applies a filter as the filter bar's Find does; false when it has problems (shown
    // under the inputs).
    bool applyFilter(const samsa::app::MessageFilter& filter);
    // Exports without asking for a file (the menu asks, then calls these).
    MessageExport* exportSelectionTo(const QString& path, samsa::app::ExportFormat format);
    MessageExport* exportMatchesTo(const QString& path, samsa::app::ExportFormat format);
    bool saveFilter(const QString& name);
    void applySavedFilter(const QString& name);

    QStringList screenshotViews() const override;
    QWidget* showScreenshotView(const QString& name) override;

public slots:
    void refresh();
    void browse();
    void jumpTo(const QString& text);
    void showEarlier();
    void setLive(bool live);

signals:
    void produceRequested(const QString& topic);
    // The first rows are on screen (pictures wait for it).
    void fullyLoaded();
    // A browse has set up its rows (a resolved start, or a failure shown).
    void browsed();
    void exportFinished(bool ok, const QString& message);

private:
    void buildUi();
    void buildMenus();
    void loadPartitions();
    void applySpan(const samsa::app::BrowseSpan& span, quint64 generation);
    void showRanges(std::vector<samsa::app::PartitionRange> ranges);
    void startScan(const std::vector<samsa::app::PartitionRange>& ranges, bool follow);
    void stopScan();
    void pollLive();
    void onPagesApplied();
    void onNewestFirst(bool newestFirst);
    // The header's arrow shows the order the rows really have.
    void updateSortIndicator();
    void applyFilterFromBar();
    void clearFilter();
    void scheduleDetail();
    void showDetail();
    void scrollToNewest();
    void updateState();
    void fillSavedFiltersMenu();
    void askExport(bool matches);
    void startExport(MessageExport* job);
    bool usesPositions() const;

    samsa::app::ClusterService* m_service;
    QString m_topic;
    std::unique_ptr<samsa::app::SavedFilterStore> m_filters;
    samsa::app::RecordPageLoader* m_loader;
    MessageTableModel* m_model;
    BatchBoundaryDelegate* m_delegate;
    QLabel* m_loading;
    QPushButton* m_refresh;
    QPushButton* m_produce;
    QToolButton* m_export;
    BrowseBar* m_bar;
    FilterBar* m_filterBar;
    ScanStatus* m_scanStatus;
    InlineMessage* m_message;
    QSplitter* m_splitter;
    QStackedWidget* m_tableStack;
    QTableView* m_table;
    QLabel* m_empty;
    QLabel* m_status;
    RecordDetailView* m_detail;
    QMenu* m_savedMenu;
    QTimer* m_liveTimer;
    QTimer* m_detailTimer;

    std::unique_ptr<samsa::app::MessageScan> m_scan;
    std::shared_ptr<const samsa::app::CompiledFilter> m_filter;
    samsa::app::BrowseSpan m_span;
    samsa::app::RecordVisibility m_visibility;
    std::optional<samsa::app::RecordPosition> m_pendingJump;
    std::optional<samsa::app::RecordPosition> m_detailShown;     // asked for
    std::optional<samsa::app::RecordPosition> m_detailDisplayed; // on screen
    QPointer<MessageExport> m_exportJob;
    quint64 m_generation = 0;
    bool m_resolving = false;
    bool m_browsed = false;
    bool m_announced = false;
    bool m_windowCut = false;
    bool m_polling = false;
    bool m_transactionColumnChosen = false; // the user showed or hid it: leave it so
};

} // namespace samsa::ui
