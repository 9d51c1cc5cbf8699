#include "ui/topics/topics_page.h"

#include "app/cluster_service.h"
#include "ui/common/inline_message.h"
#include "ui/topics/create_topic_dialog.h"
#include "ui/topics/topic_filter_proxy.h"
#include "ui/topics/topic_list_loader.h"
#include "ui/topics/topic_list_model.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace samsa::ui {

namespace client = samsa::client;

namespace {

enum StackPage { StatusPage, TablePage, EmptyPage };

constexpr int kNamesShownInConfirmation = 10;

QLabel* centred(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}

} // namespace

QString deleteConfirmationText(const QStringList& topics) {
    QStringList lines;
    const int shown = topics.size() > kNamesShownInConfirmation + 1 ? kNamesShownInConfirmation
                                                                    : int(topics.size());
    for (int i = 0; i < shown; ++i)
        lines << QStringLiteral("  • ") + topics[i];
    if (shown < topics.size())
        //: Ends a list of topic names that was cut short.
        lines << TopicsPage::tr("  and %n more", nullptr, int(topics.size()) - shown);
    return TopicsPage::tr("Delete %n topic(s) and every message in them? This cannot be undone.",
                          nullptr, int(topics.size())) +
           QStringLiteral("\n\n") + lines.join(QLatin1Char('\n'));
}

TopicsPage::TopicsPage(app::ClusterService* service, QWidget* parent)
    : QWidget(parent), m_service(service) {
    setObjectName(QStringLiteral("topics"));
    m_model = new TopicListModel(this);
    m_proxy = new TopicFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_loader = new TopicListLoader(service, m_model, this);

    m_refreshAction =
        new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Refresh"), this);
    // F5 and Ctrl+N belong to the main window's Refresh and New Topic actions, which call
    // refresh() and createTopic(); a second binding here would make both ambiguous.
    m_refreshAction->setToolTip(
        tr("Load the topic list again (%1)")
            .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    m_createAction = new QAction(tr("Create topic…"), this);
    m_createAction->setToolTip(
        tr("Create a new topic (%1)")
            .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_deleteAction = new QAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("Delete…"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    // Only on the table: Delete in the filter field edits the text.
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_deleteAction->setToolTip(tr("Delete the selected topics and their messages (Delete)"));
    auto* findAction = new QAction(tr("Find"), this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(findAction);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("topicFilter"));
    m_filter->setPlaceholderText(tr("Filter by name (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('m')) * 28);
    m_filter->installEventFilter(this);
    m_showInternal = new QCheckBox(tr("Show internal topics"), this);
    m_showInternal->setToolTip(tr("Kafka's own topics, such as __consumer_offsets where "
                                  "consumer groups commit their positions."));
    m_count = new QLabel(this);

    auto* toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_createAction);
    toolbar->addAction(m_deleteAction);
    toolbar->addAction(m_refreshAction);
    toolbar->addSeparator();
    toolbar->addWidget(m_filter);
    toolbar->addWidget(m_showInternal);
    auto* spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    toolbar->addWidget(m_count);

    m_message = new InlineMessage(this);
    m_message->installEventFilter(this);
    m_retry = new QPushButton(tr("Retry"), this);
    m_retry->setVisible(false);
    auto* messageRow = new QHBoxLayout;
    messageRow->addWidget(m_message, 1);
    messageRow->addWidget(m_retry, 0, Qt::AlignVCenter);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("topicTable"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(true); // a thousand rows lay out without measuring each
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TopicListModel::Name, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAllColumnsShowFocus(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* openAction = new QAction(tr("Open"), m_view);
    m_view->addAction(openAction);
    m_view->addAction(m_deleteAction);
    m_view->header()->setSectionsMovable(true);
    m_view->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_statusPage = new QWidget(this);
    m_statusText = centred(tr("Loading topics…"), m_statusPage);
    m_statusText->setObjectName(QStringLiteral("topicsStatus"));
    auto* spinner = new QProgressBar(m_statusPage);
    m_spinner = spinner;
    spinner->setRange(0, 0);
    spinner->setTextVisible(false);
    spinner->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('m')) * 12);
    auto* statusLayout = new QVBoxLayout(m_statusPage);
    statusLayout->addStretch(1);
    statusLayout->addWidget(m_statusText);
    statusLayout->addWidget(spinner, 0, Qt::AlignHCenter);
    statusLayout->addStretch(1);

    m_emptyPage = new QWidget(this);
    auto* emptyTitle = centred(tr("No topics yet"), m_emptyPage);
    emptyTitle->setObjectName(QStringLiteral("topicsEmpty"));
    QFont big = emptyTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    emptyTitle->setFont(big);
    auto* emptyHint = centred(tr("A topic is a named stream of messages, split into partitions. "
                                 "Create one to start producing."),
                              m_emptyPage);
    m_emptyCreate = new QPushButton(tr("Create topic…"), m_emptyPage);
    auto* emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyTitle);
    emptyLayout->addWidget(emptyHint);
    emptyLayout->addWidget(m_emptyCreate, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(1);

    m_stack = new QStackedWidget(this);
    m_stack->insertWidget(StatusPage, m_statusPage);
    m_stack->insertWidget(TablePage, m_view);
    m_stack->insertWidget(EmptyPage, m_emptyPage);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addLayout(messageRow);
    layout->addWidget(m_stack, 1);

    connect(m_refreshAction, &QAction::triggered, this, &TopicsPage::refresh);
    connect(m_retry, &QPushButton::clicked, this, &TopicsPage::refresh);
    connect(m_createAction, &QAction::triggered, this, &TopicsPage::createTopic);
    connect(m_emptyCreate, &QPushButton::clicked, this, &TopicsPage::createTopic);
    connect(m_deleteAction, &QAction::triggered, this, &TopicsPage::deleteSelected);
    connect(findAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setNameFilter(text.trimmed());
        updateState();
    });
    // The "Internal" column only says something while internal topics are listed.
    m_view->setColumnHidden(TopicListModel::Internal, true);
    connect(m_showInternal, &QCheckBox::toggled, this, [this](bool show) {
        m_proxy->setShowInternal(show);
        m_view->setColumnHidden(TopicListModel::Internal, !show);
        updateState();
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        emit topicActivated(index.siblingAtColumn(TopicListModel::Name).data().toString());
    });
    connect(openAction, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid()) emit m_view->activated(current);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TopicsPage::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TopicsPage::updateState);
    connect(m_loader, &TopicListLoader::listed, this, &TopicsPage::onListed);
    connect(m_loader, &TopicListLoader::stageFailed, this,
            [this](const QString& what, const QString& error) {
                //: %1 is what could not be loaded ("sizes", "configs"), %2 the reason.
                m_message->showMessage(InlineMessage::Kind::Warning,
                                       tr("Could not load %1: %2").arg(what, error));
            });
    connect(m_loader, &TopicListLoader::finished, this, [this] {
        updateActions();
        emit fullyLoaded();
    });

    updateState();
    updateActions();
    refresh();
}

TopicsPage::~TopicsPage() = default;

void TopicsPage::refresh() {
    m_retry->setVisible(false);
    m_loader->start();
    updateState();
    updateActions();
}

void TopicsPage::onListed(const QString& error) {
    if (!error.isEmpty()) {
        m_message->showError(tr("Could not load the topics: %1").arg(error));
        m_retry->setVisible(true);
    } else {
        if (m_message->kind() != InlineMessage::Kind::Info || m_retry->isVisible())
            m_message->clear();
        if (!m_listedOnce) sizeColumns();
        m_listedOnce = true;
        if (m_dialog) m_dialog->setExistingTopics(m_model->names());
        if (!m_selectAfterRefresh.isEmpty()) {
            selectTopic(m_selectAfterRefresh);
            m_selectAfterRefresh.clear();
        }
    }
    updateState();
    updateActions();
    emit refreshed();
}

void TopicsPage::updateState() {
    StackPage page = TablePage;
    if (!m_listedOnce) {
        page = StatusPage;
        const bool loading = m_loader->isRunning();
        m_statusText->setText(loading ? tr("Loading topics…")
                                      : tr("The topics could not be loaded."));
        m_spinner->setVisible(loading);
    } else if (m_model->nonInternalCount() == 0 && !m_showInternal->isChecked()) {
        page = EmptyPage;
    }
    m_stack->setCurrentIndex(page);

    const int total =
        m_showInternal->isChecked() ? m_model->rowCount() : m_model->nonInternalCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(page != TablePage ? QString()
                     : shown == total  ? tr("%n topic(s)", nullptr, total)
                                       : tr("%1 of %n topic(s)", nullptr, total).arg(shown));
}

void TopicsPage::updateActions() {
    const bool hasSelection = m_view->selectionModel()->hasSelection();
    m_deleteAction->setEnabled(hasSelection && !m_deleting);
}

void TopicsPage::sizeColumns() {
    // Sized from the header and a sample of names rather than every row, so a large
    // cluster does not pay for measuring thousands of cells.
    const QFontMetrics fm = m_view->fontMetrics();
    int nameWidth = fm.horizontalAdvance(QStringLiteral("consumer-offsets-topic"));
    for (int row = 0; row < std::min(m_model->rowCount(), 500); ++row)
        nameWidth = std::max(nameWidth, fm.horizontalAdvance(m_model->topic(row)->name));
    const int em = fm.horizontalAdvance(QLatin1Char('m'));
    m_view->setColumnWidth(TopicListModel::Name, std::min(nameWidth + 2 * em, 40 * em));
    const auto fit = [&](int column, const QString& sample) {
        const int header =
            fm.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        m_view->setColumnWidth(column, std::max(header, fm.horizontalAdvance(sample)) + 2 * em);
    };
    fit(TopicListModel::Partitions, QStringLiteral("10,000"));
    fit(TopicListModel::ReplicationFactor, QStringLiteral("3"));
    fit(TopicListModel::Messages, QStringLiteral("999,999,999"));
    fit(TopicListModel::Size, QStringLiteral("999.9 MiB"));
    fit(TopicListModel::Retention, QStringLiteral("7 days or 1.0 GiB"));
    fit(TopicListModel::CleanupPolicy, QStringLiteral("compact,delete"));
}

QStringList TopicsPage::selectedTopics() const {
    QModelIndexList rows = m_view->selectionModel()->selectedRows(TopicListModel::Name);
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList names;
    for (const QModelIndex& index : rows)
        names << index.data().toString();
    return names;
}

bool TopicsPage::selectTopic(const QString& name) {
    const int row = m_model->rowOf(name);
    if (row < 0) return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, TopicListModel::Name));
    if (!index.isValid()) {
        m_filter->clear();
        if (m_model->topic(row)->internal) m_showInternal->setChecked(true);
        index = m_proxy->mapFromSource(m_model->index(row, TopicListModel::Name));
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

CreateTopicDialog* TopicsPage::createDialog() const {
    return m_dialog;
}

bool TopicsPage::isShowingTable() const {
    return m_stack->currentIndex() == TablePage;
}

bool TopicsPage::isLoading() const {
    return m_loader->isRunning();
}

void TopicsPage::createTopic() {
    CreateTopicDialog* dialog = openDialog();
    dialog->open();
}

CreateTopicDialog* TopicsPage::openDialog() {
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    m_dialog = new CreateTopicDialog(m_service, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setExistingTopics(m_model->names());
    connect(m_dialog, &CreateTopicDialog::topicCreated, this, [this](const QString& name) {
        m_selectAfterRefresh = name;
        m_message->showInfo(tr("Created topic \"%1\".").arg(name));
        refresh();
    });
    return m_dialog;
}

bool TopicsPage::confirmDelete(const QStringList& topics) {
    QMessageBox box(QMessageBox::Warning, tr("Delete topics?"), deleteConfirmationText(topics),
                    QMessageBox::Cancel, this);
    box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.buttonRole(box.clickedButton()) == QMessageBox::DestructiveRole;
}

void TopicsPage::deleteSelected() {
    const QStringList names = selectedTopics();
    if (names.isEmpty() || m_deleting || !confirmDelete(names)) return;
    m_deleting = true;
    updateActions();
    m_message->showInfo(tr("Deleting %n topic(s)…", nullptr, int(names.size())));
    std::vector<std::string> request;
    for (const QString& name : names)
        request.push_back(name.toStdString());
    using Results = std::vector<client::TopicResult>;
    m_service->call<Results>(
        this,
        [request](client::AdminClient& c, client::Callback<Results> cb) {
            c.deleteTopics(request, {}, cb);
        },
        [this, names](const client::Result<Results>& result) {
            QStringList failures;
            QStringList deleted;
            if (!result) {
                const QString reason = app::describeError(result.error());
                for (const QString& name : names)
                    failures << tr("%1: %2").arg(name, reason);
            } else {
                for (const auto& r : *result) {
                    const QString name = QString::fromStdString(r.name);
                    if (r.error)
                        failures << tr("%1: %2").arg(name, app::describeError(*r.error));
                    else
                        deleted << name;
                }
            }
            m_model->removeTopics(deleted);
            m_deleting = false;
            onDeleted(deleted, failures);
        });
}

void TopicsPage::onDeleted(const QStringList& deleted, const QStringList& failures) {
    if (failures.isEmpty()) {
        m_message->showInfo(tr("Deleted %n topic(s).", nullptr, int(deleted.size())));
    } else {
        m_message->showError(tr("Could not delete %n topic(s):", nullptr, int(failures.size())) +
                             QLatin1Char('\n') + failures.join(QLatin1Char('\n')));
    }
    updateState();
    updateActions();
}

bool TopicsPage::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_filter && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
        if (m_filter->text().isEmpty())
            m_view->setFocus(Qt::OtherFocusReason);
        else
            m_filter->clear();
        return true;
    }
    // Retry belongs to the listing error; dismissing the message dismisses it too.
    if (watched == m_message && event->type() == QEvent::Hide) m_retry->setVisible(false);
    return QWidget::eventFilter(watched, event);
}

QStringList TopicsPage::screenshotViews() const {
    return {QStringLiteral("topics"), QStringLiteral("create-topic")};
}

QWidget* TopicsPage::showScreenshotView(const QString& name) {
    if (name != QLatin1String("create-topic")) return nullptr;
    CreateTopicDialog* dialog = openDialog();
    dialog->fillExample();
    dialog->show();
    return dialog;
}

void TopicsPage::hideScreenshotView(const QString& name) {
    if (name == QLatin1String("create-topic") && m_dialog) m_dialog->close();
}

} // namespace samsa::ui
