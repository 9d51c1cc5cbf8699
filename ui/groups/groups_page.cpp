#include "ui/groups/groups_page.h"

#include "app/monitor/group_monitor.h"
#include "ui/common/inline_message.h"
#include "ui/common/table_setup.h"
#include "ui/groups/group_list_model.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace samsa::ui {

namespace {

enum StackPage { StatusPage, TablePage, EmptyPage };

QLabel* centred(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}

} // namespace

GroupsPage::GroupsPage(monitor::GroupMonitor* monitor, QWidget* parent)
    : QWidget(parent), m_monitor(monitor) {
    setObjectName(QStringLiteral("groups"));
    m_model = new GroupListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(GroupListModel::SortRole);
    m_proxy->setFilterKeyColumn(GroupListModel::Group);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setDynamicSortFilter(true);

    auto* refreshAction =
        new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Refresh"), this);
    refreshAction->setToolTip(tr("Sample every group now instead of at the next interval"));
    auto* labAction = new QAction(tr("Rebalance lab…"), this);
    labAction->setObjectName(QStringLiteral("actionRebalanceLab"));
    labAction->setToolTip(tr("Start demo consumers in a group of this cluster and watch them "
                             "rebalance"));
    auto* findAction = new QAction(tr("Find"), this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(findAction);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("groupFilter"));
    m_filter->setPlaceholderText(tr("Filter by group id (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('m')) * 18);
    m_interval = new QComboBox(this);
    m_interval->setObjectName(QStringLiteral("refreshInterval"));
    for (int seconds : {1, 2, 5, 10, 30})
        //: How often the group monitor samples; %n is a number of seconds.
        m_interval->addItem(tr("Every %n s", nullptr, seconds), seconds * 1000);
    if (m_interval->findData(monitor->intervalMs()) < 0)
        m_interval->addItem(tr("Every %1 s").arg(monitor->intervalMs() / 1000.0), monitor->intervalMs());
    m_interval->setCurrentIndex(m_interval->findData(monitor->intervalMs()));
    m_interval->setToolTip(tr("How often every group of the cluster is sampled. The samples feed "
                              "the lag charts and the rebalance timeline even while this page is "
                              "closed."));
    m_count = new QLabel(this);

    auto* toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(refreshAction);
    toolbar->addAction(labAction);
    toolbar->addSeparator();
    toolbar->addWidget(m_filter);
    toolbar->addWidget(m_interval);
    auto* spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    toolbar->addWidget(m_count);

    m_message = new InlineMessage(this);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("groupTable"));
    m_view->setModel(m_proxy);
    setUpReadOnlyTable(m_view);
    m_view->sortByColumn(GroupListModel::Group, Qt::AscendingOrder);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->setColumnHidden(GroupListModel::ProtocolType, true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* openAction = new QAction(tr("Open"), m_view);
    m_view->addAction(openAction);

    auto* statusPage = new QWidget(this);
    m_statusText = centred(tr("Loading consumer groups…"), statusPage);
    m_statusText->setObjectName(QStringLiteral("groupsStatus"));
    auto* spinner = new QProgressBar(statusPage);
    spinner->setRange(0, 0);
    spinner->setTextVisible(false);
    spinner->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('m')) * 12);
    m_spinner = spinner;
    auto* statusLayout = new QVBoxLayout(statusPage);
    statusLayout->addStretch(1);
    statusLayout->addWidget(m_statusText);
    statusLayout->addWidget(spinner, 0, Qt::AlignHCenter);
    statusLayout->addStretch(1);

    auto* emptyPage = new QWidget(this);
    auto* emptyTitle = centred(tr("No consumer groups yet"), emptyPage);
    emptyTitle->setObjectName(QStringLiteral("groupsEmpty"));
    QFont big = emptyTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    emptyTitle->setFont(big);
    auto* emptyHint = centred(tr("A consumer group appears here when consumers with a group.id "
                                 "join it or commit offsets. Start demo consumers in the "
                                 "rebalance lab to see one at work."),
                              emptyPage);
    auto* emptyLab = new QPushButton(tr("Open the rebalance lab…"), emptyPage);
    auto* emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyTitle);
    emptyLayout->addWidget(emptyHint);
    emptyLayout->addWidget(emptyLab, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(1);

    m_stack = new QStackedWidget(this);
    m_stack->insertWidget(StatusPage, statusPage);
    m_stack->insertWidget(TablePage, m_view);
    m_stack->insertWidget(EmptyPage, emptyPage);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);

    connect(refreshAction, &QAction::triggered, this, &GroupsPage::refresh);
    connect(labAction, &QAction::triggered, this, &GroupsPage::labRequested);
    connect(emptyLab, &QPushButton::clicked, this, &GroupsPage::labRequested);
    connect(findAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateState();
    });
    connect(m_interval, &QComboBox::currentIndexChanged, this,
            [this] { m_monitor->setIntervalMs(m_interval->currentData().toInt()); });
    connect(m_monitor, &monitor::GroupMonitor::intervalChanged, this, [this](int ms) {
        const int index = m_interval->findData(ms);
        if (index >= 0) m_interval->setCurrentIndex(index);
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit groupActivated(index.data(GroupListModel::GroupIdRole).toString());
    });
    connect(openAction, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid()) emit m_view->activated(current);
    });
    connect(m_monitor, &monitor::GroupMonitor::sampled, this, &GroupsPage::apply);

    if (m_monitor->latest()) apply(m_monitor->latest());
    updateState();
}

void GroupsPage::refresh() {
    m_monitor->sampleNow();
}

void GroupsPage::apply(const monitor::SnapshotPtr& snapshot) {
    if (!snapshot) return;
    m_sampledOnce = true;
    m_model->apply(*snapshot);
    if (!snapshot->error.isEmpty()) {
        m_message->showError(tr("Could not read the consumer groups: %1").arg(snapshot->error));
    } else if (!snapshot->historyError.isEmpty()) {
        //: %1 explains why; the live figures still show.
        m_message->showMessage(InlineMessage::Kind::Warning,
                               tr("Lag history and rebalances are not being recorded: %1").arg(snapshot->historyError));
    } else if (!snapshot->offsetsTopicNote.isEmpty()) {
        if (m_message->text() != snapshot->offsetsTopicNote)
            m_message->showMessage(InlineMessage::Kind::Info, snapshot->offsetsTopicNote);
    } else if (m_message->kind() == InlineMessage::Kind::Error) {
        m_message->clear(); // the cluster answers again
    }
    if (!m_sized && m_model->rowCount() > 0) sizeColumns();
    updateState();
    emit refreshed();
}

void GroupsPage::updateState() {
    StackPage page = TablePage;
    if (!m_sampledOnce) {
        page = StatusPage;
        m_statusText->setText(tr("Loading consumer groups…"));
        m_spinner->setVisible(true);
    } else if (m_model->rowCount() == 0) {
        const bool failed = m_message->isVisible() && m_message->kind() == InlineMessage::Kind::Error;
        page = failed ? StatusPage : EmptyPage;
        m_statusText->setText(tr("The consumer groups could not be read."));
        m_spinner->setVisible(false);
    }
    m_stack->setCurrentIndex(page);
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(page != TablePage ? QString()
                     : shown == total  ? tr("%n group(s)", nullptr, total)
                                       : tr("%1 of %n group(s)", nullptr, total).arg(shown));
}

void GroupsPage::sizeColumns() {
    m_sized = true;
    const QFontMetrics fm = m_view->fontMetrics();
    const int em = fm.horizontalAdvance(QLatin1Char('m'));
    int nameWidth = fm.horizontalAdvance(QStringLiteral("order-processor"));
    for (int row = 0; row < std::min(m_model->rowCount(), 500); ++row)
        nameWidth = std::max(nameWidth, fm.horizontalAdvance(m_model->rowAt(row)->groupId));
    m_view->setColumnWidth(GroupListModel::Group, std::min(nameWidth + 2 * em, 36 * em));
    const auto fit = [&](int column, const QString& sample) {
        const int header = fm.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        m_view->setColumnWidth(column, std::max(header, fm.horizontalAdvance(sample)) + em);
    };
    fit(GroupListModel::State, QStringLiteral("PreparingRebalance"));
    fit(GroupListModel::Assignor, QStringLiteral("roundrobin"));
    fit(GroupListModel::Members, QStringLiteral("999"));
    fit(GroupListModel::Topics, QStringLiteral("orders, payments"));
    fit(GroupListModel::Lag, QStringLiteral("9,999,999"));
    fit(GroupListModel::TimeLag, QStringLiteral("59 min 59 s"));
    fit(GroupListModel::Status, QStringLiteral("● STALL"));
}

bool GroupsPage::isShowingTable() const {
    return m_stack->currentIndex() == TablePage;
}

QString GroupsPage::statusText() const {
    return m_stack->currentIndex() == StatusPage ? m_statusText->text() : QString();
}

bool GroupsPage::selectGroup(const QString& groupId) {
    const int row = m_model->rowOf(groupId);
    if (row < 0) return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, GroupListModel::Group));
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(row, GroupListModel::Group));
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

} // namespace samsa::ui
