#include "main_window.h"

#include "app/cluster_service.h"
#include "app/local_cluster_host.h"
#include "app/monitor/history_store.h"
#include "app/profile_store.h"
#include "app/sample_data/sample_data_loader.h"
#include "app/secret_store.h"
#include "cluster_services.h"
#include "navigator_model.h"
#include "screenshots.h"
#include "ui/common/local_cluster_status.h"
#include "ui/connections/profile_dialog.h"
#include "ui/connections/secret_prompt.h"
#include "ui/groups/group_detail_page.h"
#include "ui/groups/group_tools.h"
#include "ui/groups/groups_page.h"
#include "ui/messages/messages_page.h"
#include "ui/overview/brokers_page.h"
#include "ui/overview/overview_page.h"
#include "ui/produce/import_dialog.h"
#include "ui/produce/produce_dialog.h"
#include "ui/topic_detail/topic_detail_page.h"
#include "ui/topics/topics_page.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>

namespace samsa::ui {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");

// Tabs remember which cluster row and which page they show.
const char* const kRowProperty = "clusterRow";
const char* const kKeyProperty = "pageKey";
const char* const kServiceProperty = "clusterService";

QString pageKey(MainWindow::Page page, const QString& topic) {
    switch (page) {
    case MainWindow::Page::Overview:
        return QStringLiteral("overview");
    case MainWindow::Page::Brokers:
        return QStringLiteral("brokers");
    case MainWindow::Page::Topics:
        return QStringLiteral("topics");
    case MainWindow::Page::Topic:
        return QStringLiteral("topic:") + topic;
    case MainWindow::Page::Groups:
        return QStringLiteral("groups");
    case MainWindow::Page::Group:
        return QStringLiteral("group:") + topic;
    case MainWindow::Page::Messages:
        return QStringLiteral("messages:") + topic;
    }
    return {};
}
} // namespace

MainWindow::MainWindow(samsa::app::LocalClusterHost* localCluster, samsa::app::ProfileStore* store,
                       QList<ClusterEntry> extraClusters, samsa::app::SecretStore* secrets,
                       QWidget* parent)
    : QMainWindow(parent), m_localCluster(localCluster), m_store(store), m_secrets(secrets),
      m_services(new ClusterServices(localCluster, secrets, this)),
      m_extraClusters(std::move(extraClusters)), m_settings(AppSettings::load(store)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Samsa"));
    connect(m_services, &ClusterServices::serviceRetiring, this, &MainWindow::closePagesOf);
    // After the pages that use them: the group monitor and lab go before their service.
    connect(m_services, &ClusterServices::serviceRetiring, this, [this](samsa::app::ClusterService* old) {
        delete m_groupTools.take(old);
    });
    if (m_store)
        m_historyPath = QFileInfo(m_store->databasePath()).absoluteDir().filePath(QStringLiteral("history.sqlite"));
    else
        m_historyPath = samsa::monitor::HistoryStore::defaultDatabasePath();
    // Without a keychain (or without the password in it) the user is asked.
    m_services->setSecretAsker([this](const samsa::app::ClusterProfile& profile,
                                      std::function<void(QString)> answer) {
        SecretPrompt* prompt = SecretPrompt::ask(profile, this);
        connect(prompt, &SecretPrompt::secretEntered, this,
                [answer](qint64, const QString& secret) { answer(secret); });
        connect(prompt, &SecretPrompt::cancelled, this, [answer](qint64) { answer(QString()); });
    });
    connect(m_services, &ClusterServices::serviceCreated, this,
            [this](const QString& key, samsa::app::ClusterService* service) {
                connect(service, &samsa::app::ClusterService::healthChanged, this,
                        &MainWindow::updateHealth);
                // Every group of the cluster is watched from now on, not only while its
                // page is open, so lag history and rebalances are never missed.
                m_groupTools.insert(service, new GroupTools(service, m_historyPath, this));
                // The local cluster's overview outlives restarts; hand it the new door.
                for (int i = 0; i < m_tabs->count(); ++i) {
                    auto* overview = qobject_cast<ClusterOverviewPage*>(m_tabs->widget(i));
                    if (overview && ClusterServices::keyOf(overview->entry()) == key) {
                        overview->setService(service);
                        overview->setProperty(kServiceProperty,
                                              QVariant::fromValue<QObject*>(service));
                    }
                }
            });

    m_model = new NavigatorModel(this);
    m_navigator = new QTreeView(this);
    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_navigator->setModel(m_model);
    m_navigator->header()->hide();
    m_navigator->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_navigator, &QTreeView::activated, this, &MainWindow::onNavigatorActivated);
    connect(m_navigator, &QTreeView::clicked, this, &MainWindow::onNavigatorActivated);
    m_navigator->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_navigator, &QTreeView::customContextMenuRequested, this,
            &MainWindow::showNavigatorMenu);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("pages"));
    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        QWidget* page = m_tabs->widget(index);
        m_tabs->removeTab(index);
        delete page; // now, so no result arrives for a page no longer shown
    });

    m_splitter = new QSplitter(this);
    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({240, 860});
    setCentralWidget(m_splitter);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("connectionStatus"));
    m_health = new QLabel(this);
    m_health->setObjectName(QStringLiteral("clusterHealth"));
    statusBar()->addPermanentWidget(m_health);
    statusBar()->addPermanentWidget(m_status);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateHealth);

    createActions();
    reloadClusters();
    if (m_localCluster) {
        connect(m_localCluster, &samsa::app::LocalClusterHost::stateChanged, this,
                &MainWindow::updateLocalClusterState);
        connect(m_localCluster, &samsa::app::LocalClusterHost::portFallback, this,
                [this](quint16 preferred, quint16 actual) {
                    statusBar()->showMessage(tr("Port %1 is in use by another program; the local "
                                                "cluster listens on port %2.")
                                                 .arg(preferred)
                                                 .arg(actual));
                });
    }
    updateLocalClusterState();
    if (!m_model->clusters().isEmpty()) {
        m_navigator->expand(m_model->index(0, 0));
        m_navigator->setCurrentIndex(m_model->index(0, 0));
        openOverview(0);
    }
    restoreLayout();
}

void MainWindow::setSampleDataRunning(bool run) {
    if (!m_localCluster) return;
    if (!m_sampleData) {
        m_sampleData = new samsa::app::SampleDataLoader(this);
        connect(m_sampleData, &samsa::app::SampleDataLoader::error, this, [this](const QString& e) {
            statusBar()->showMessage(tr("Sample data: %1").arg(e), 10000);
            const QSignalBlocker blocker(m_sampleDataAction);
            m_sampleDataAction->setChecked(false);
        });
        connect(m_sampleData, &samsa::app::SampleDataLoader::started, this, [this] {
            statusBar()->showMessage(
                tr("Sample data: topics orders, user-profiles and page-views are receiving "
                   "messages; group order-processor consumes orders."),
                10000);
            refreshCurrentPage();
        });
    }
    {
        const QSignalBlocker blocker(m_sampleDataAction);
        m_sampleDataAction->setChecked(run);
    }
    if (!run) return m_sampleData->stop();
    if (m_localCluster->state() != samsa::app::LocalClusterHost::State::Running) {
        statusBar()->showMessage(tr("Start the local cluster first."), 8000);
        const QSignalBlocker blocker(m_sampleDataAction);
        m_sampleDataAction->setChecked(false);
        return;
    }
    m_sampleData->start(m_localCluster->bootstrapServers());
}

void MainWindow::editProfile(std::optional<samsa::app::ClusterProfile> existing) {
    if (!m_store) return;
    auto* dialog = new ProfileDialog(m_store, m_secrets, existing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProfileDialog::profileSaved, this,
            [this](const samsa::app::ClusterProfile& saved) {
                // The old connection settings are gone: pages on them close.
                m_services->drop(ClusterEntry{false, saved});
                reloadClusters();
            });
    dialog->open();
}

void MainWindow::removeProfile(const samsa::app::ClusterProfile& profile) {
    if (!m_store || !confirmRemoveProfile(profile)) return;
    m_services->drop(ClusterEntry{false, profile});
    if (m_secrets) m_secrets->remove(profile.secretKey(), [](const samsa::app::SecretResult&) {});
    if (!m_store->removeProfile(profile.id))
        statusBar()->showMessage(
            tr("Cannot remove %1: %2").arg(profile.name, m_store->errorString()), 10000);
    reloadClusters();
}

bool MainWindow::confirmRemoveProfile(const samsa::app::ClusterProfile& profile) {
    return QMessageBox::question(this, tr("Remove cluster?"),
                                 tr("Remove the saved connection “%1”? The cluster itself is "
                                    "not changed.")
                                     .arg(profile.name)) == QMessageBox::Yes;
}

void MainWindow::showNavigatorMenu(const QPoint& position) {
    const QModelIndex index = m_navigator->indexAt(position);
    const int row = m_model->clusterRow(index);
    QMenu menu(this);
    if (row >= 0 && !m_model->clusters()[row].local && m_model->clusters()[row].profile.id > 0) {
        const samsa::app::ClusterProfile profile = m_model->clusters()[row].profile;
        menu.addAction(tr("&Edit connection…"), this, [this, profile] { editProfile(profile); });
        menu.addAction(tr("&Remove connection…"), this,
                       [this, profile] { removeProfile(profile); });
        menu.addSeparator();
    }
    menu.addAction(m_addClusterAction);
    menu.exec(m_navigator->viewport()->mapToGlobal(position));
}

void MainWindow::offerSampleData() {
    auto* box = new QMessageBox(QMessageBox::Question, tr("Load sample data?"),
                                tr("The local cluster is empty. Load sample data to see Samsa at "
                                   "work: topics with live orders, user profiles and page views, "
                                   "and a consumer group that falls behind."),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("Load sample data"));
    box->button(QMessageBox::No)->setText(tr("Not now"));
    connect(box, &QMessageBox::buttonClicked, this, [this, box](QAbstractButton* button) {
        if (button == box->button(QMessageBox::Yes)) setSampleDataRunning(true);
    });
    box->open();
}

MainWindow::~MainWindow() {
    // Pages hold their cluster's service; they go before the services do.
    while (m_tabs->count() > 0) {
        QWidget* page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete page;
    }
    // The group monitors and labs use the services' clients: they go first too.
    qDeleteAll(m_groupTools);
    m_groupTools.clear();
}

bool MainWindow::confirmReset() {
    const auto answer = QMessageBox::warning(
        this, tr("Reset the local cluster?"),
        tr("Every topic, message and consumer group offset of the local cluster will be deleted. "
           "This cannot be undone."),
        QMessageBox::Reset | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Reset;
}

void MainWindow::reloadClusters() {
    QList<ClusterEntry> clusters;
    if (m_localCluster) {
        ClusterEntry local;
        local.local = true;
        local.profile.name = tr("Local cluster");
        clusters.append(local);
    }
    clusters += m_extraClusters;
    if (m_store) {
        for (const auto& profile : m_store->profiles())
            clusters.append({false, profile});
    }
    m_model->setClusters(clusters);
}

void MainWindow::updateLocalClusterState() {
    using State = samsa::app::LocalClusterHost::State;
    if (!m_localCluster) {
        m_status->setText(tr("Local cluster: not used in this session"));
        for (QAction* a : {m_startAction, m_stopAction, m_resetAction})
            a->setEnabled(false);
        return;
    }
    const State state = m_localCluster->state();
    m_status->setText(tr("Local cluster: %1").arg(localClusterStatusText(*m_localCluster)));
    m_startAction->setEnabled(state == State::Stopped || state == State::Failed);
    m_stopAction->setEnabled(state == State::Running || state == State::Starting);
    m_resetAction->setEnabled(state == State::Running || state == State::Stopped ||
                              state == State::Failed);
}

void MainWindow::onNavigatorActivated(const QModelIndex& index) {
    const int row = m_model->clusterRow(index);
    if (row < 0) return;
    switch (m_model->kind(index)) {
    case NavigatorModel::NodeKind::Brokers:
        return openPage(row, Page::Brokers);
    case NavigatorModel::NodeKind::Topics:
        return openPage(row, Page::Topics);
    case NavigatorModel::NodeKind::ConsumerGroups:
        return openPage(row, Page::Groups);
    case NavigatorModel::NodeKind::Cluster:
        return openPage(row, Page::Overview);
    }
}

QWidget* MainWindow::findPage(int row, const QString& key) const {
    for (int i = 0; i < m_tabs->count(); ++i) {
        QWidget* page = m_tabs->widget(i);
        if (page->property(kRowProperty).toInt() == row &&
            page->property(kKeyProperty).toString() == key)
            return page;
    }
    return nullptr;
}

void MainWindow::openPage(int row, Page page, const QString& topic) {
    if (row < 0 || row >= m_model->clusters().size()) return;
    const QString key = pageKey(page, topic);
    if (QWidget* open = findPage(row, key)) {
        m_tabs->setCurrentWidget(open);
        return;
    }
    const ClusterEntry entry = m_model->clusters()[row];
    QPointer<MainWindow> self(this);
    m_services->withService(entry, [self, row, page, topic, key](samsa::app::ClusterService* s) {
        if (!self) return;
        // Asked twice while a password was being read: the first answer opened it.
        if (QWidget* open = self->findPage(row, key)) {
            self->m_tabs->setCurrentWidget(open);
            return;
        }
        QWidget* widget = self->createPage(row, page, topic, s);
        if (!widget) return;
        widget->setProperty(kRowProperty, row);
        widget->setProperty(kKeyProperty, key);
        widget->setProperty(kServiceProperty, QVariant::fromValue<QObject*>(s));
        self->watchSettling(widget);
        self->adoptPage(widget);
        const QString cluster = self->m_model->clusters()[row].profile.name;
        QString title;
        switch (page) {
        case Page::Overview:
            title = tr("%1 — Overview").arg(cluster);
            break;
        case Page::Brokers:
            title = tr("%1 — Brokers").arg(cluster);
            break;
        case Page::Topics:
            title = tr("%1 — Topics").arg(cluster);
            break;
        case Page::Topic:
        case Page::Group:
            title = topic;
            break;
        case Page::Groups:
            title = tr("%1 — Consumer groups").arg(cluster);
            break;
        case Page::Messages:
            //: Tab title of a topic's message browser; %1 is the topic.
            title = tr("%1 — Messages").arg(topic);
            break;
        }
        const int index = self->m_tabs->addTab(widget, title);
        if (page == Page::Topic)
            self->m_tabs->setTabToolTip(index, tr("%1 on %2").arg(topic, cluster));
        if (page == Page::Group)
            self->m_tabs->setTabToolTip(index, tr("Consumer group %1 on %2").arg(topic, cluster));
        if (page == Page::Messages)
            self->m_tabs->setTabToolTip(index, tr("Messages of %1 on %2").arg(topic, cluster));
        self->m_tabs->setCurrentIndex(index);
    });
}

void MainWindow::watchSettling(QWidget* page) {
    const QMetaObject* meta = page->metaObject();
    for (const char* signal : {"fullyLoaded()", "refreshed()"}) {
        if (meta->indexOfSignal(signal) < 0) continue;
        connect(page, QByteArray(QByteArray::number(QSIGNAL_CODE) + signal).constData(), this,
                SLOT(markSettled()));
        return;
    }
}

void MainWindow::markSettled() {
    if (QObject* page = sender()) page->setProperty(kSettledProperty, true);
}

QWidget* MainWindow::createPage(int row, Page page, const QString& topic,
                                samsa::app::ClusterService* service) {
    const ClusterEntry& entry = m_model->clusters()[row];
    if (page == Page::Overview)
        return new ClusterOverviewPage(entry, m_localCluster, service, m_tabs);
    if (!service) {
        statusBar()->showMessage(
            entry.local
                ? tr("The local cluster is not running. Start it from the Cluster menu.")
                : tr("Not connected to %1.").arg(entry.profile.name),
            8000);
        return nullptr;
    }
    switch (page) {
    case Page::Brokers:
        return new BrokersPage(service, m_tabs);
    case Page::Topics: {
        auto* topics = new TopicsPage(service, m_tabs);
        connect(topics, &TopicsPage::topicActivated, this,
                [this, row](const QString& name) { openPage(row, Page::Topic, name); });
        // Right-clicking a topic offers them for it.
        topics->tableView()->addAction(m_produceAction);
        topics->tableView()->addAction(m_importAction);
        return topics;
    }
    case Page::Topic: {
        auto* detail = new TopicDetailPage(service, topic, m_tabs);
        connect(detail, &TopicDetailPage::browseMessagesRequested, this,
                [this, row](const QString& name) { openPage(row, Page::Messages, name); });
        return detail;
    }
    case Page::Messages:
        return new MessagesPage(service, topic, m_store ? m_store->databasePath() : QString(), m_tabs);
    case Page::Groups: {
        GroupTools* tools = m_groupTools.value(service);
        if (!tools) return nullptr;
        auto* groups = new GroupsPage(tools->monitor(), m_tabs);
        connect(groups, &GroupsPage::groupActivated, this,
                [this, row](const QString& group) { openPage(row, Page::Group, group); });
        connect(groups, &GroupsPage::labRequested, this, [this, tools] { tools->showLab(this); });
        return groups;
    }
    case Page::Group: {
        GroupTools* tools = m_groupTools.value(service);
        return tools ? new GroupDetailPage(tools, topic, m_tabs) : nullptr;
    }
    case Page::Overview:
        break;
    }
    return nullptr;
}

void MainWindow::closePagesOf(samsa::app::ClusterService* service) {
    for (int i = m_tabs->count() - 1; i >= 0; --i) {
        QWidget* page = m_tabs->widget(i);
        if (page->property(kServiceProperty).value<QObject*>() != service) continue;
        if (auto* overview = qobject_cast<ClusterOverviewPage*>(page)) {
            overview->setService(nullptr); // the overview shows the cluster's state even then
            overview->setProperty(kServiceProperty, QVariant());
            continue;
        }
        m_tabs->removeTab(i);
        delete page;
    }
}

GroupTools* MainWindow::groupTools(int row) const {
    if (row < 0 || row >= m_model->clusters().size()) return nullptr;
    samsa::app::ClusterService* service = m_services->existing(m_model->clusters()[row]);
    return service ? m_groupTools.value(service) : nullptr;
}

int MainWindow::currentClusterRow() const {
    if (QWidget* page = m_tabs->currentWidget()) return page->property(kRowProperty).toInt();
    return m_model->clusterRow(m_navigator->currentIndex());
}

void MainWindow::updateHealth() {
    const int row = currentClusterRow();
    if (row < 0 || row >= m_model->clusters().size()) return m_health->clear();
    const ClusterEntry& entry = m_model->clusters()[row];
    samsa::app::ClusterService* service = m_services->existing(entry);
    if (!service) return m_health->clear();
    switch (service->health()) {
    case samsa::app::ClusterService::Health::Unknown:
        m_health->setText(tr("%1: connecting…").arg(entry.profile.name));
        break;
    case samsa::app::ClusterService::Health::Ok:
        m_health->setText(tr("%1: connected").arg(entry.profile.name));
        break;
    case samsa::app::ClusterService::Health::Failing:
        m_health->setText(tr("%1: %2").arg(entry.profile.name, service->healthMessage()));
        break;
    }
    m_health->setToolTip(service->bootstrapServers());
}

void MainWindow::refreshCurrentPage() {
    QWidget* page = m_tabs->currentWidget();
    if (page && page->metaObject()->indexOfSlot("refresh()") >= 0)
        QMetaObject::invokeMethod(page, "refresh");
}

void MainWindow::newTopic() {
    const int row = std::max(0, currentClusterRow());
    openPage(row, Page::Topics);
    if (auto* topics = qobject_cast<TopicsPage*>(findPage(row, pageKey(Page::Topics, {}))))
        topics->createTopic();
}

void MainWindow::produceRecords() {
    openRecordsDialog(false);
}

void MainWindow::importRecords() {
    openRecordsDialog(true);
}

void MainWindow::openRecordsDialog(bool import) {
    const int row = std::max(0, currentClusterRow());
    if (row >= m_model->clusters().size()) return;
    QString topic;
    if (auto* detail = qobject_cast<TopicDetailPage*>(m_tabs->currentWidget()))
        topic = detail->topic();
    else if (auto* topics = qobject_cast<TopicsPage*>(m_tabs->currentWidget()))
        topic = topics->selectedTopics().value(0);
    QPointer<MainWindow> self(this);
    m_services->withService(m_model->clusters()[row], [self, topic, import](samsa::app::ClusterService* s) {
        if (!self) return;
        if (!s) {
            self->statusBar()->showMessage(tr("Connect to the cluster first."), 8000);
            return;
        }
        QDialog* dialog = import ? static_cast<QDialog*>(new ImportDialog(s, topic, self))
                                 : static_cast<QDialog*>(new ProduceDialog(s, topic, self));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // The dialog uses the service: it goes first when the service does.
        connect(self->m_services, &ClusterServices::serviceRetiring, dialog,
                [dialog, s](samsa::app::ClusterService* old) {
                    if (old == s) delete dialog;
                });
        dialog->show();
    });
}

void MainWindow::restoreLayout() {
    const QByteArray geometry = m_store ? m_store->uiState(kGeometryKey) : QByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) resize(1100, 700);
    if (!m_store) return;
    restoreState(m_store->uiState(kStateKey));
    m_splitter->restoreState(m_store->uiState(kSplitterKey));
}

void MainWindow::saveLayout() {
    if (!m_store) return;
    m_store->setUiState(kGeometryKey, saveGeometry());
    m_store->setUiState(kStateKey, saveState());
    m_store->setUiState(kSplitterKey, m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace samsa::ui
