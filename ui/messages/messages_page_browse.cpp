// What the message table shows and how it moves: resolving the start, ranges or scans,
// live tail, jumps, and the page's state.
#include "ui/messages/messages_page.h"

#include "app/cluster_service.h"
#include "app/messages/message_scan.h"
#include "app/messages/record_page_loader.h"
#include "ui/common/format.h"
#include "ui/common/inline_message.h"
#include "ui/messages/browse_bar.h"
#include "ui/messages/message_table_model.h"
#include "ui/messages/scan_status.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

namespace samsa::ui {

using app::BrowseOrder;
using app::BrowseStart;
using app::PartitionRange;

namespace {

// How far "Earlier" reaches back in each partition.
constexpr int64_t kEarlierStep = 1000;

int64_t totalOf(const std::vector<PartitionRange>& ranges) {
    int64_t total = 0;
    for (const auto& r : ranges) total += r.size();
    return total;
}

} // namespace

void MessagesPage::loadPartitions() {
    const std::string topic = m_topic.toStdString();
    m_service->call<std::vector<client::TopicDescription>>(
        this,
        [topic](client::AdminClient& c, client::Callback<std::vector<client::TopicDescription>> cb) {
            c.describeTopics({topic}, {}, std::move(cb));
        },
        [this](const client::Result<std::vector<client::TopicDescription>>& result) {
            if (!result || result->empty()) return; // the browse reports what went wrong
            QList<int> partitions;
            for (const auto& p : result->front().partitions) partitions.append(p.partition);
            std::sort(partitions.begin(), partitions.end());
            m_bar->setPartitions(partitions);
        });
    m_service->call<std::vector<client::GroupListing>>(
        this,
        [](client::AdminClient& c, client::Callback<std::vector<client::GroupListing>> cb) {
            c.listGroups({}, {}, std::move(cb));
        },
        [this](const client::Result<std::vector<client::GroupListing>>& result) {
            if (!result) return; // only suggestions: the group can still be typed
            QStringList groups;
            for (const auto& g : *result) groups.append(QString::fromStdString(g.groupId));
            m_bar->setGroups(groups);
        });
}

void MessagesPage::refresh() {
    loadPartitions();
    m_model->clearPages(); // records may have changed (a purge, compaction)
    m_announced = false;   // pictures wait for the fresh rows
    browse();
}

bool MessagesPage::usesPositions() const {
    return m_filter || (m_bar->order() == BrowseOrder::ByTimestamp && m_bar->selectedPartitions().isEmpty() &&
                        m_span.ranges.size() > 1);
}

void MessagesPage::browseFrom(const BrowseStart& start, int partition) {
    {
        const QSignalBlocker blockPartition(m_bar->partitionCombo());
        m_bar->selectPartition(partition);
    }
    m_bar->setStart(start);
    browse();
}

void MessagesPage::browse() {
    // A mistyped start is explained by its input; what is shown stays, and nothing is read.
    if (!m_bar->validateStart()) return;
    const quint64 generation = ++m_generation;
    stopScan();
    m_liveTimer->stop();
    m_loader->dropQueued();
    m_model->clearFailures();
    const auto visibility = m_bar->visibility();
    if (visibility != m_visibility) {
        m_visibility = visibility;
        m_loader->setVisibility(visibility);
        m_model->clearPages();
    }
    m_resolving = true;
    m_browsed = false;
    m_message->clear();
    m_scanStatus->reset();
    updateState();
    app::resolveBrowseStart(m_service, m_topic, m_bar->selectedPartitions(), m_bar->start(),
                            m_visibility.readCommitted, this,
                            [this, generation](const app::BrowseSpan& span) { applySpan(span, generation); });
}

void MessagesPage::applySpan(const app::BrowseSpan& span, quint64 generation) {
    if (generation != m_generation) return; // a newer browse is on its way
    m_resolving = false;
    m_browsed = true;
    if (!span.error.isEmpty()) {
        m_span = {};
        m_model->clear();
        m_message->showError(tr("Cannot browse %1: %2").arg(m_topic, span.error));
        updateState();
        emit browsed();
        return;
    }
    m_span = span;
    if (!span.note.isEmpty()) m_message->showInfo(span.note);
    for (const auto& [partition, start] : span.logStart) m_loader->setLogStart(partition, start);
    for (const auto& r : span.ranges) m_model->setPartitionEnd(r.partition, r.to);
    const bool live = m_bar->liveButton()->isChecked();
    if (usesPositions()) {
        startScan(span.ranges, live);
    } else {
        showRanges(span.ranges);
        if (live) m_liveTimer->start();
    }
    updateSortIndicator();
    const auto kind = m_bar->start().kind;
    if (kind == BrowseStart::Kind::LastMessages || kind == BrowseStart::Kind::Latest)
        scrollToNewest();
    else
        m_table->scrollToTop();
    updateState();
    if (m_model->rowCount() == 0 && !isBusy() && !m_announced) {
        m_announced = true;
        emit fullyLoaded();
    }
    emit browsed();
}

void MessagesPage::showRanges(std::vector<PartitionRange> ranges) {
    // A table view keeps a little for every row: spans beyond the limit are shown as a
    // window, at the end users asked for.
    m_windowCut = totalOf(ranges) > MessageTableModel::kMaxRows;
    if (m_windowCut) {
        const auto kind = m_bar->start().kind;
        const bool keepEnd = kind == BrowseStart::Kind::LastMessages || kind == BrowseStart::Kind::Latest ||
                             m_bar->newestFirst();
        const int64_t share = MessageTableModel::kMaxRows / int64_t(ranges.size());
        for (auto& r : ranges) {
            if (r.size() <= share) continue;
            if (keepEnd)
                r.from = r.to - share;
            else
                r.to = r.from + share;
        }
    }
    m_model->showRanges(std::move(ranges));
}

void MessagesPage::startScan(const std::vector<PartitionRange>& ranges, bool follow) {
    if (!m_service->client()) {
        m_message->showError(m_service->setupError());
        return;
    }
    app::ScanRequest request;
    request.topic = m_topic;
    request.ranges = ranges;
    request.order = m_bar->selectedPartitions().isEmpty() ? m_bar->order() : BrowseOrder::ByPartition;
    request.filter = m_filter;
    request.visibility = m_visibility;
    request.follow = follow;
    request.maxPositions = MessageTableModel::kMaxRows;
    m_model->showPositions(request.order == BrowseOrder::ByPartition ? int(ranges.size()) : 1);
    m_scan = std::make_unique<app::MessageScan>(m_service->client(), request);
    connect(m_scan.get(), &app::MessageScan::found, this,
            [this](int block, const QVector<app::RecordPosition>& positions) {
                m_model->appendPositions(block, positions);
                if (m_bar->liveButton()->isChecked() && m_bar->autoScrollCheck()->isChecked() &&
                    m_scan->progress().caughtUp)
                    scrollToNewest();
            });
    connect(m_scan.get(), &app::MessageScan::finished, this, &MessagesPage::updateState);
    connect(m_scan.get(), &app::MessageScan::caughtUp, this, [this] {
        updateState();
        if (!m_announced && m_model->rowCount() == 0) {
            m_announced = true;
            emit fullyLoaded();
        }
    });
    m_scan->setPaused(m_bar->pauseButton()->isChecked());
    m_scanStatus->track(m_scan.get());
    m_scan->start();
}

void MessagesPage::stopScan() {
    if (!m_scan) return;
    m_scanStatus->reset();
    m_scan.reset(); // cancels; the worker ends at once
}

void MessagesPage::setLive(bool live) {
    if (usesPositions()) {
        // The scan itself follows: start it again, following or not.
        if (!live && m_scan && m_scan->isRunning() && m_scan->progress().caughtUp) m_scan->cancel();
        else browse();
        return;
    }
    if (live) {
        m_liveTimer->start();
        pollLive();
    } else {
        m_liveTimer->stop();
    }
    updateState();
}

void MessagesPage::pollLive() {
    if (m_polling || m_bar->pauseButton()->isChecked() || m_model->mode() != MessageTableModel::Mode::Ranges) return;
    m_polling = true;
    const std::string topic = m_topic.toStdString();
    const quint64 generation = m_generation;
    m_service->call<std::vector<client::PartitionWatermarks>>(
        this,
        [topic](client::AdminClient& c, client::Callback<std::vector<client::PartitionWatermarks>> cb) {
            c.watermarks({topic}, {}, std::move(cb));
        },
        [this, generation](const client::Result<std::vector<client::PartitionWatermarks>>& result) {
            m_polling = false;
            if (generation != m_generation || !m_bar->liveButton()->isChecked()) return;
            if (!result) return m_message->showError(tr("Live view: %1").arg(app::describeError(result.error())));
            bool grew = false;
            for (const auto& w : *result) {
                if (w.error) continue;
                for (auto& r : m_span.ranges)
                    if (r.partition == w.partition.partition && w.latest > r.to) {
                        r.to = w.latest;
                        grew = true;
                    }
                m_model->setPartitionEnd(w.partition.partition, w.latest);
                m_model->extendRange(w.partition.partition, w.latest);
            }
            if (!grew) return;
            if (m_model->rowCount() > MessageTableModel::kMaxRows - MessageTableModel::kMaxRows / 10) {
                // Keep the newest end; older rows leave the window.
                auto ranges = m_model->ranges();
                for (auto& r : ranges) r.from = std::max(r.from, r.to - MessageTableModel::kMaxRows / 2 / int64_t(ranges.size()));
                m_model->showRanges(ranges);
            }
            if (m_bar->autoScrollCheck()->isChecked()) scrollToNewest();
        });
}

void MessagesPage::scrollToNewest() {
    if (m_model->rowCount() == 0) return;
    if (m_model->isDescending())
        m_table->scrollToTop();
    else
        m_table->scrollToBottom();
}

void MessagesPage::onNewestFirst(bool newestFirst) {
    m_model->setDescending(newestFirst);
    updateSortIndicator();
    m_table->scrollToTop();
}

void MessagesPage::updateSortIndicator() {
    const bool byTime = m_bar->order() == BrowseOrder::ByTimestamp && m_bar->selectedPartitions().isEmpty();
    const QSignalBlocker blocker(m_table->horizontalHeader());
    m_table->horizontalHeader()->setSortIndicator(int(byTime ? MessageColumn::Timestamp : MessageColumn::Offset),
                                                  m_bar->newestFirst() ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void MessagesPage::jumpTo(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^\\s*(?:(\\d+)\\s*:\\s*)?(\\d+)\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch()) {
        m_message->showError(tr("Type an offset, or partition:offset such as 2:1500."));
        return;
    }
    int partition = -1;
    if (!match.captured(1).isEmpty())
        partition = match.captured(1).toInt();
    else if (m_span.ranges.size() == 1)
        partition = m_span.ranges.front().partition;
    if (partition < 0) {
        m_message->showError(tr("Several partitions are shown: type partition:offset, such as 2:1500."));
        return;
    }
    const app::RecordPosition position{partition, match.captured(2).toLongLong()};
    m_pendingJump = position;
    const int row = m_model->rowOf(position);
    if (row >= 0) {
        m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
        m_table->selectRow(row);
        onPagesApplied();
        return;
    }
    // Outside what is shown: browse from there.
    BrowseStart start = m_bar->start();
    start.kind = BrowseStart::Kind::Offset;
    start.offset = position.offset;
    start.partitionOffsets.clear();
    const bool single = !m_bar->selectedPartitions().isEmpty();
    browseFrom(start, single ? partition : -1);
}

void MessagesPage::showEarlier() {
    if (m_span.ranges.empty()) return;
    bool moved = false;
    auto ranges = m_span.ranges;
    for (auto& r : ranges) {
        const auto start = m_span.logStart.find(r.partition);
        const int64_t floor = start == m_span.logStart.end() ? 0 : start->second;
        const int64_t from = std::max(floor, r.from - kEarlierStep);
        moved = moved || from < r.from;
        r.from = from;
    }
    if (!moved) {
        m_message->showInfo(tr("This is where the log starts: there are no earlier records."));
        return;
    }
    // Keep the record at the top in view.
    const QModelIndex top = m_table->indexAt(QPoint(0, 0));
    if (top.isValid())
        if (auto p = m_model->positionAt(top.row())) m_pendingJump = p;
    m_span.ranges = ranges;
    if (usesPositions()) {
        stopScan();
        startScan(ranges, m_bar->liveButton()->isChecked());
    } else {
        showRanges(ranges);
    }
    onPagesApplied();
}

void MessagesPage::onPagesApplied() {
    // Transactions are rare; their column appears once the topic turns out to have them.
    if (m_model->sawTransactions() && !m_transactionColumnChosen)
        m_table->setColumnHidden(int(MessageColumn::Transaction), false);
    if (m_pendingJump) {
        const int row = m_model->rowOf(*m_pendingJump);
        if (row >= 0) {
            m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
            if (m_table->currentIndex().row() != row) m_table->selectRow(row);
            // Settled once that row's page is read (an offset without a record lands on
            // the next record).
            if (m_model->isLoaded(row)) m_pendingJump.reset();
        }
    }
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid() && m_model->isLoaded(current.row())) {
        const auto position = m_model->positionAt(current.row());
        if (position && position != m_detailShown) scheduleDetail();
    }
    if (!m_announced) {
        const QModelIndex first = m_table->indexAt(QPoint(0, 0));
        if (first.isValid() && m_model->isLoaded(first.row())) {
            m_announced = true;
            emit fullyLoaded();
        }
    }
    updateState();
}

bool MessagesPage::isBusy() const {
    const bool scanning = m_scan && m_scan->isRunning() && !m_scan->progress().caughtUp;
    return m_resolving || !m_loader->isIdle() || scanning;
}

void MessagesPage::updateState() {
    const bool live = m_bar->liveButton()->isChecked();
    const bool paused = m_bar->pauseButton()->isChecked();
    if (m_resolving)
        m_loading->setText(tr("Finding the start…"));
    else if (!m_loader->isIdle())
        m_loading->setText(tr("Loading…"));
    else if (live)
        //: The dot marks a live view, as on a recording light.
        m_loading->setText(paused ? tr("Live view paused") : tr("● Live"));
    else
        m_loading->clear();

    const int rows = m_model->rowCount();
    const bool scanning = m_scan && m_scan->isRunning() && !m_scan->progress().caughtUp;
    if (rows > 0 || m_resolving || scanning || !m_browsed) {
        m_tableStack->setCurrentWidget(m_table);
    } else {
        QString text;
        const int64_t inLog = [&] {
            int64_t n = 0;
            for (const auto& r : m_span.ranges) {
                const auto s = m_span.logStart.find(r.partition);
                n += r.to - (s == m_span.logStart.end() ? r.from : s->second);
            }
            return n;
        }();
        if (m_span.ranges.empty())
            text = tr("Nothing to show: the topic could not be read (see the message above).");
        else if (m_filter)
            text = tr("No record matches the filter in the chosen range. Widen the range with an earlier "
                      "start, or change the filter.");
        else if (inLog == 0)
            text = live ? tr("This topic has no messages yet. New ones will appear here as they arrive.")
                        : tr("This topic has no messages yet. Produce some, or turn on Live to see them "
                             "arrive.");
        else if (live)
            text = tr("No new messages yet. They will appear here as producers write them.");
        else
            text = tr("No messages from this start. Choose an earlier start, or turn on Live to see new "
                      "ones arrive.");
        m_empty->setText(text);
        m_tableStack->setCurrentWidget(m_empty);
    }

    QString status;
    if (m_model->mode() == MessageTableModel::Mode::Ranges) {
        const auto& ranges = m_model->ranges();
        if (ranges.size() == 1)
            //: %1 a partition number, %2 and %3 offsets, %4 a count of rows.
            status = tr("Partition %1 · offsets %2 to %3 · %4 rows")
                         .arg(ranges.front().partition)
                         .arg(formatCount(ranges.front().from), formatCount(std::max<int64_t>(0, ranges.front().to - 1)),
                              formatCount(rows));
        else
            status = tr("%1 partitions · %2 rows").arg(ranges.size()).arg(formatCount(rows));
        if (m_windowCut)
            status += QStringLiteral(" · ") + tr("a window of the range: go to an offset or change the start for "
                                                 "the rest");
    } else if (m_model->mode() == MessageTableModel::Mode::Positions) {
        status = m_filter ? tr("%1 matching rows").arg(formatCount(rows))
                          : tr("%1 rows, all partitions by time").arg(formatCount(rows));
    }
    m_status->setText(status);
}

} // namespace samsa::ui
