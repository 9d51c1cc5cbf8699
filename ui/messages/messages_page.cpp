#include "ui/messages/messages_page.h"

#include "app/cluster_service.h"
#include "app/messages/message_scan.h"
#include "app/messages/record_page_loader.h"
#include "app/messages/saved_filter_store.h"
#include "ui/common/inline_message.h"
#include "ui/common/page_header.h"
#include "ui/common/table_setup.h"
#include "ui/messages/batch_boundary_delegate.h"
#include "ui/messages/browse_bar.h"
#include "ui/messages/filter_bar.h"
#include "ui/messages/message_export.h"
#include "ui/messages/message_table_model.h"
#include "ui/messages/scan_status.h"
#include "ui/record_detail/record_detail_view.h"

#include <QAction>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QHBoxLayout>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace samsa::ui {

namespace {

constexpr int kColumnWidths[kMessageColumnCount] = {62, 80, 165, 140, 62, 84, 90, 90, 90, 56, 76, 104, 0};

} // namespace

MessagesPage::MessagesPage(app::ClusterService* service, const QString& topic, const QString& databasePath,
                           QWidget* parent)
    : QWidget(parent), m_service(service), m_topic(topic) {
    setObjectName(QStringLiteral("messagesPage"));
    if (!databasePath.isEmpty()) {
        m_filters = std::make_unique<app::SavedFilterStore>(databasePath);
        if (!m_filters->open()) m_filters.reset();
    }
    m_loader = new app::RecordPageLoader(service, topic, this);
    m_model = new MessageTableModel(this);
    m_liveTimer = new QTimer(this);
    m_liveTimer->setInterval(1000);
    m_detailTimer = new QTimer(this);
    m_detailTimer->setSingleShot(true);
    m_detailTimer->setInterval(40); // holding an arrow key down does not read every record
    buildUi();
    buildMenus();

    m_loader->onPages = [this](std::vector<app::RecordPage> pages) { m_model->addPages(std::move(pages)); };
    m_loader->onError = [this](app::PageKey key, const QString& error) {
        m_model->pageFailed(key, error);
        m_message->showError(tr("Cannot read partition %1 at offset %2: %3")
                                 .arg(key.partition)
                                 .arg(key.firstOffset())
                                 .arg(error));
    };
    connect(m_loader, &app::RecordPageLoader::idle, this, &MessagesPage::updateState);
    connect(m_model, &MessageTableModel::pageWanted, this,
            [this](app::PageKey key, qint64 limit) { m_loader->request(key, limit); });
    connect(m_model, &MessageTableModel::pagesApplied, this, &MessagesPage::onPagesApplied);
    connect(m_model, &MessageTableModel::orderRequested, this, [this](int column, Qt::SortOrder order) {
        const auto c = MessageColumn(column);
        // Only the orders the log has can be shown: by offset, or by time across
        // partitions; other columns just turn the list around.
        if (c == MessageColumn::Timestamp && m_bar->selectedPartitions().isEmpty())
            m_bar->setOrder(app::BrowseOrder::ByTimestamp);
        else if (c == MessageColumn::Partition || c == MessageColumn::Offset)
            m_bar->setOrder(app::BrowseOrder::ByPartition);
        m_bar->setNewestFirst(order == Qt::DescendingOrder);
        updateSortIndicator();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MessagesPage::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MessagesPage::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MessagesPage::updateState);
    connect(m_liveTimer, &QTimer::timeout, this, &MessagesPage::pollLive);
    connect(m_detailTimer, &QTimer::timeout, this, &MessagesPage::showDetail);

    connect(m_bar, &BrowseBar::browseRequested, this, &MessagesPage::browse);
    connect(m_bar, &BrowseBar::viewChanged, this, &MessagesPage::browse);
    connect(m_bar, &BrowseBar::newestFirstChanged, this, &MessagesPage::onNewestFirst);
    connect(m_bar, &BrowseBar::liveToggled, this, &MessagesPage::setLive);
    connect(m_bar, &BrowseBar::pauseToggled, this, [this](bool paused) {
        if (m_scan) m_scan->setPaused(paused);
        updateState();
    });
    connect(m_bar, &BrowseBar::batchBoundariesToggled, this, [this](bool show) {
        m_delegate->setShowBoundaries(show);
        m_table->viewport()->update();
    });
    connect(m_bar, &BrowseBar::earlierRequested, this, &MessagesPage::showEarlier);
    connect(m_bar, &BrowseBar::jumpRequested, this, &MessagesPage::jumpTo);
    connect(m_produce, &QPushButton::clicked, this, [this] { emit produceRequested(m_topic); });
    connect(m_filterBar, &FilterBar::applyRequested, this, &MessagesPage::applyFilterFromBar);
    connect(m_filterBar, &FilterBar::clearRequested, this, &MessagesPage::clearFilter);
    connect(m_refresh, &QPushButton::clicked, this, &MessagesPage::refresh);

    loadPartitions();
    browse();
}

MessagesPage::~MessagesPage() {
    // Scans and exports read through the service's client; they end before the page does.
    m_scan.reset();
    if (m_exportJob) delete m_exportJob;
}

void MessagesPage::buildUi() {
    auto* layout = new QVBoxLayout(this);
    const PageHeader header = addPageHeader(layout, tr("%1 — Messages").arg(m_topic),
                                            QStringLiteral("messages"), this);
    m_loading = header.loading;
    m_refresh = header.refresh;
    m_refresh->setToolTip(tr("Read the topic's partitions and offsets again"));
    // The page's actions sit with Refresh, at the right of the title.
    m_produce = new QPushButton(tr("P&roduce…"), this);
    m_produce->setObjectName(QStringLiteral("messagesProduce"));
    m_produce->setToolTip(tr("Write new records to this topic"));
    m_export = new QToolButton(this);
    m_export->setObjectName(QStringLiteral("messagesExport"));
    m_export->setText(tr("E&xport"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setToolTip(tr("Save records to a JSON Lines or CSV file"));
    if (auto* row = qobject_cast<QHBoxLayout*>(layout->itemAt(layout->count() - 1)->layout())) {
        const int at = row->indexOf(m_refresh);
        row->insertWidget(at, m_export);
        row->insertWidget(at, m_produce);
    }
    m_bar = new BrowseBar(this);
    layout->addWidget(m_bar);
    m_filterBar = new FilterBar(this);
    layout->addWidget(m_filterBar);
    m_scanStatus = new ScanStatus(this);
    layout->addWidget(m_scanStatus);
    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("messagesMessage"));
    layout->addWidget(m_message);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("messagesTable"));
    m_table->setModel(m_model);
    setUpReadOnlyTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Lets the view skip measuring rows: with millions of them, only what is on screen
    // is ever asked for.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(int(MessageColumn::Offset), Qt::AscendingOrder);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_delegate = new BatchBoundaryDelegate(m_table);
    m_table->setItemDelegate(m_delegate);
    for (int c = 0; c < kMessageColumnCount; ++c) {
        // The value, last, stretches over what is left.
        if (c != int(MessageColumn::Value)) m_table->setColumnWidth(c, kColumnWidths[c]);
        m_table->setColumnHidden(c, messageColumnHiddenByDefault(MessageColumn(c)));
    }
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, [this](const QPoint& at) {
        auto* menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        for (int c = 0; c < kMessageColumnCount; ++c) {
            QAction* a = menu->addAction(messageColumnTitle(MessageColumn(c)));
            a->setCheckable(true);
            a->setChecked(!m_table->isColumnHidden(c));
            a->setToolTip(messageColumnHelp(MessageColumn(c)));
            connect(a, &QAction::toggled, this, [this, c](bool on) {
                m_table->setColumnHidden(c, !on);
                if (c == int(MessageColumn::Transaction)) m_transactionColumnChosen = true;
            });
        }
        menu->setToolTipsVisible(true);
        menu->popup(m_table->horizontalHeader()->mapToGlobal(at));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MessagesPage::scheduleDetail);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("messagesEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_tableStack = new QStackedWidget(this);
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_empty);

    m_detail = new RecordDetailView(this);
    m_detail->setObjectName(QStringLiteral("messagesDetail"));
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("messagesSplitter"));
    m_splitter->addWidget(m_tableStack);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_tableStack->setMinimumHeight(120);
    // More for the table than the pane would claim on its own; both stay resizable.
    m_splitter->setSizes({600, 400});
    layout->addWidget(m_splitter, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("messagesStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_status);
}

void MessagesPage::buildMenus() {
    auto* exportMenu = new QMenu(this);
    QAction* selection = exportMenu->addAction(tr("Export &selection…"), this, [this] { askExport(false); });
    selection->setObjectName(QStringLiteral("actionExportSelection"));
    selection->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    selection->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(selection);
    QAction* matches = exportMenu->addAction(tr("Export all &matches…"), this, [this] { askExport(true); });
    matches->setObjectName(QStringLiteral("actionExportMatches"));
    matches->setToolTip(tr("Every record of the chosen range that the filter lets through, however many"));
    m_export->setMenu(exportMenu);

    QAction* copyValue = new QAction(tr("Copy &value"), m_table);
    connect(copyValue, &QAction::triggered, m_detail, &RecordDetailView::copyValue);
    QAction* copyKey = new QAction(tr("Copy &key"), m_table);
    connect(copyKey, &QAction::triggered, m_detail, &RecordDetailView::copyKey);
    m_table->addAction(copyValue);
    m_table->addAction(copyKey);
    m_table->addAction(selection);

    m_savedMenu = new QMenu(this);
    m_filterBar->savedButton()->setMenu(m_savedMenu);
    connect(m_savedMenu, &QMenu::aboutToShow, this, &MessagesPage::fillSavedFiltersMenu);
    if (!m_filters) {
        m_filterBar->savedButton()->setEnabled(false);
        m_filterBar->savedButton()->setToolTip(tr("Saved filters need the settings database, which is not "
                                                  "available in this session"));
    }

    auto* findFocus = new QShortcut(QKeySequence::Find, this);
    connect(findFocus, &QShortcut::activated, this, [this] {
        m_filterBar->valueEdit()->setFocus();
        m_filterBar->valueEdit()->selectAll();
    });
    auto* jumpFocus = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_G), this);
    connect(jumpFocus, &QShortcut::activated, this, [this] {
        m_bar->jumpEdit()->setFocus();
        m_bar->jumpEdit()->selectAll();
    });
}

void MessagesPage::fillSavedFiltersMenu() {
    m_savedMenu->clear();
    if (!m_filters) return;
    const auto saved = m_filters->filters();
    if (saved.isEmpty()) m_savedMenu->addAction(tr("No saved filters yet"))->setEnabled(false);
    for (const auto& f : saved) {
        QAction* a = m_savedMenu->addAction(f.name, this, [this, name = f.name] { applySavedFilter(name); });
        a->setToolTip(f.filter.summary());
    }
    m_savedMenu->setToolTipsVisible(true);
    m_savedMenu->addSeparator();
    m_savedMenu->addAction(tr("&Save current filter…"), this, [this] {
        auto* dialog = new QInputDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Save filter"));
        dialog->setLabelText(tr("Name:"));
        dialog->setTextValue(m_filterBar->filter().summary().left(60));
        connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& name) { saveFilter(name); });
        dialog->open();
    });
    if (saved.isEmpty()) return;
    QMenu* remove = m_savedMenu->addMenu(tr("&Delete"));
    for (const auto& f : saved)
        remove->addAction(f.name, this, [this, id = f.id] {
            if (!m_filters->remove(id)) m_message->showError(m_filters->errorString());
        });
}

bool MessagesPage::saveFilter(const QString& name) {
    if (!m_filters) return false;
    const auto filter = m_filterBar->filter();
    QList<app::FilterProblem> problems;
    if (!app::CompiledFilter::compile(filter, &problems)) {
        m_filterBar->showProblems(problems);
        return false;
    }
    if (!m_filters->save(name, filter)) {
        m_message->showError(m_filters->errorString());
        return false;
    }
    m_message->showInfo(tr("Filter “%1” saved.").arg(name.trimmed()));
    return true;
}

void MessagesPage::applySavedFilter(const QString& name) {
    if (!m_filters) return;
    const auto saved = m_filters->filter(name);
    if (!saved) return m_message->showError(tr("There is no saved filter “%1” any more.").arg(name));
    m_filterBar->setFilter(saved->filter);
    applyFilterFromBar();
}

void MessagesPage::applyFilterFromBar() {
    applyFilter(m_filterBar->filter());
}

bool MessagesPage::applyFilter(const app::MessageFilter& filter) {
    if (m_filterBar->filter() != filter) m_filterBar->setFilter(filter);
    QList<app::FilterProblem> problems;
    auto compiled = app::CompiledFilter::compile(filter, &problems);
    if (!compiled) {
        m_filterBar->showProblems(problems);
        return false;
    }
    m_filterBar->clearProblems();
    m_filter = compiled->acceptsAll() ? nullptr : compiled;
    browse();
    return true;
}

void MessagesPage::clearFilter() {
    m_filterBar->setFilter({});
    m_filter.reset();
    m_scanStatus->reset();
    browse();
}

void MessagesPage::scheduleDetail() {
    m_detailTimer->start();
}

void MessagesPage::showDetail() {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detailShown.reset();
        m_detailDisplayed.reset();
        return m_detail->clear();
    }
    const auto position = m_model->positionAt(current.row());
    const app::RecordRow* row = m_model->recordAt(current.row());
    if (!position || !row) return; // its page is on its way; onPagesApplied asks again
    if (m_detailShown == position && m_detail->hasRecord()) return;
    m_detailShown = position;
    const bool aborted = row->aborted();
    m_loader->fetchDetail(*position, this,
                          [this, position, aborted](const std::optional<app::RecordDetail>& detail, const QString& error) {
                              if (m_detailShown != position) return; // the user moved on
                              if (!detail) {
                                  m_detail->clear();
                                  m_message->showError(error);
                                  return;
                              }
                              app::RecordDetail d = *detail;
                              d.aborted = d.aborted || aborted;
                              m_detail->showRecord(d);
                              m_detailDisplayed = position;
                          });
}

void MessagesPage::askExport(bool matches) {
    auto* dialog = new QFileDialog(this, matches ? tr("Export all matches") : tr("Export selected records"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("JSON Lines (*.jsonl)"), tr("CSV (*.csv)")});
    dialog->selectFile(m_topic + QStringLiteral(".jsonl"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, matches](const QString& path) {
        const auto format = app::exportFormatForPath(path);
        if (matches)
            exportMatchesTo(path, format);
        else
            exportSelectionTo(path, format);
    });
    dialog->open();
}

MessageExport* MessagesPage::exportSelectionTo(const QString& path, app::ExportFormat format) {
    QVector<app::RecordPosition> positions;
    const auto rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        if (auto p = m_model->positionAt(index.row())) positions.append(*p);
    if (positions.isEmpty()) {
        m_message->showInfo(tr("Select the records to export first (loaded rows only)."));
        return nullptr;
    }
    auto* job = MessageExport::positions(m_service, m_topic, positions, path, format, this);
    startExport(job);
    return job;
}

MessageExport* MessagesPage::exportMatchesTo(const QString& path, app::ExportFormat format) {
    if (!m_service->client() || m_span.ranges.empty()) {
        m_message->showInfo(tr("There is nothing to export yet."));
        return nullptr;
    }
    app::ScanRequest request;
    request.topic = m_topic;
    request.ranges = m_span.ranges;
    request.order = app::BrowseOrder::ByPartition;
    request.filter = m_filter;
    request.visibility = m_visibility;
    auto* job = MessageExport::matches(m_service, request, path, format, this);
    startExport(job);
    return job;
}

void MessagesPage::startExport(MessageExport* job) {
    if (m_exportJob) m_exportJob->cancel();
    m_exportJob = job;
    m_message->showInfo(tr("Exporting to %1…").arg(job->path()));
    if (job->scan()) m_scanStatus->track(job->scan());
    connect(job, &MessageExport::finished, this, [this, job](bool ok, const QString& message) {
        if (ok)
            m_message->showInfo(message);
        else
            m_message->showError(message);
        emit exportFinished(ok, message);
        job->deleteLater();
    });
}

QStringList MessagesPage::screenshotViews() const {
    return {QStringLiteral("messages")};
}

QWidget* MessagesPage::showScreenshotView(const QString&) {
    // A record with a JSON value, selected, so the detail pane shows it formatted.
    for (int row = std::min(3, m_model->rowCount() - 1); row >= 0; --row) {
        if (!m_model->recordAt(row)) continue;
        m_table->selectRow(row);
        showDetail();
        break;
    }
    return nullptr;
}

} // namespace samsa::ui
