#include "ui/overview/overview_page.h"

#include "app/cluster_service.h"
#include "app/local_cluster_host.h"
#include "ui/common/format.h"
#include "ui/common/inline_message.h"
#include "ui/common/local_cluster_status.h"
#include "ui/common/page_header.h"
#include "ui/overview/api_versions_model.h"
#include "ui/overview/broker_reads.h"
#include "ui/overview/broker_table_model.h"
#include "ui/overview/cluster_summary.h"
#include "ui/overview/stat_tile.h"
#include "ui/common/table_setup.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <set>

namespace samsa::ui {

using samsa::app::ClusterService;
using samsa::app::LocalClusterHost;

namespace {

QLabel* selectableLabel(const QString& objectName, QWidget* parent) {
    auto* label = new QLabel(QStringLiteral("…"), parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel* sectionHeading(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QString brokerAddress(const client::BrokerNode& broker) {
    return QStringLiteral("%1:%2").arg(QString::fromStdString(broker.host)).arg(broker.port);
}

} // namespace

ClusterOverviewPage::ClusterOverviewPage(ClusterEntry entry, LocalClusterHost* localHost,
                                         ClusterService* service, QWidget* parent)
    : QWidget(parent), m_entry(std::move(entry)), m_host(m_entry.local ? localHost : nullptr),
      m_service(service) {
    setObjectName(QStringLiteral("overview"));
    auto* layout = new QVBoxLayout(this);
    buildHeader(layout);
    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("overviewMessage"));
    layout->addWidget(m_message);
    layout->addWidget(buildTiles());

    auto* facts = new QHBoxLayout;
    auto* clusterBox = new QGroupBox(tr("Cluster"), this);
    auto* clusterForm = new QFormLayout(clusterBox);
    m_clusterId = selectableLabel(QStringLiteral("overviewClusterId"), clusterBox);
    m_clusterId->setToolTip(tr("The id the cluster was formatted with; every broker of the "
                               "cluster reports the same one."));
    clusterForm->addRow(tr("Cluster ID:"), m_clusterId);
    m_controller = selectableLabel(QStringLiteral("overviewController"), clusterBox);
    m_controller->setToolTip(tr("The broker that manages partition leadership and the "
                                "cluster's metadata."));
    clusterForm->addRow(tr("Controller:"), m_controller);
    facts->addWidget(clusterBox, 1);
    facts->addWidget(buildConnectionBox(), 2);
    layout->addLayout(facts);

    layout->addWidget(sectionHeading(tr("Brokers"), this));
    m_brokers = new BrokerTableModel(this);
    auto* brokerProxy = new QSortFilterProxyModel(this);
    brokerProxy->setSourceModel(m_brokers);
    brokerProxy->setSortRole(BrokerTableModel::SortRole);
    m_brokerView = new QTableView(this);
    m_brokerView->setObjectName(QStringLiteral("overviewBrokers"));
    m_brokerView->setModel(brokerProxy);
    setUpReadOnlyTable(m_brokerView);
    for (int column : {BrokerTableModel::Host, BrokerTableModel::Port, BrokerTableModel::LogDirSize,
                       BrokerTableModel::Leaders, BrokerTableModel::Replicas})
        m_brokerView->setColumnHidden(column, true);
    m_brokerView->sortByColumn(BrokerTableModel::Id, Qt::AscendingOrder);
    m_brokerView->setColumnWidth(BrokerTableModel::Id, 60);
    m_brokerView->setColumnWidth(BrokerTableModel::Address, 260);
    m_brokerView->setColumnWidth(BrokerTableModel::Rack, 140);
    layout->addWidget(m_brokerView);
    m_brokersEmpty = new QLabel(this);
    m_brokersEmpty->setWordWrap(true);
    m_brokersEmpty->hide();
    layout->addWidget(m_brokersEmpty);

    layout->addWidget(buildProtocolSection(), 0);
    layout->addWidget(m_apiView, 0);
    // Keeps the sections at the top while the protocol table is folded.
    layout->addStretch(1);

    m_autoRefresh = new QTimer(this);
    setAutoRefreshInterval(kAutoRefreshMs);
    // The protocol versions do not change while a broker runs; only figures are re-read.
    connect(m_autoRefresh, &QTimer::timeout, this, [this] {
        if (!isLoading()) load(false);
    });

    if (m_host) {
        connect(m_host, &LocalClusterHost::stateChanged, this, [this] {
            updateLocalState();
            if (m_host->state() != LocalClusterHost::State::Running && !m_service)
                showDisconnected();
        });
    }
    updateLocalState();
    refresh();
}

void ClusterOverviewPage::buildHeader(QBoxLayout* layout) {
    const PageHeader header =
        addPageHeader(layout, m_entry.profile.name, QStringLiteral("overview"), this);
    m_title = header.title;
    m_loading = header.loading;
    m_refresh = header.refresh;
    connect(m_refresh, &QPushButton::clicked, this, &ClusterOverviewPage::refresh);
}

void ClusterOverviewPage::setAutoRefreshInterval(int ms) {
    m_autoRefresh->setInterval(ms);
    m_refresh->setToolTip(tr("Read the cluster's state again. While this page is visible it "
                             "is also re-read every %n second(s).",
                             nullptr, ms / 1000));
}

QWidget* ClusterOverviewPage::buildTiles() {
    auto* tiles = new QWidget(this);
    auto* grid = new QGridLayout(tiles);
    grid->setContentsMargins(0, 0, 0, 0);
    m_brokerTile = new StatTile(tr("Brokers"), QStringLiteral("overviewBrokerCount"), tiles);
    m_topicTile = new StatTile(tr("Topics"), QStringLiteral("overviewTopicCount"), tiles);
    m_topicTile->setToolTip(tr("Topics created by users. Internal topics such as "
                               "__consumer_offsets are counted in the line below."));
    m_partitionTile =
        new StatTile(tr("Partitions"), QStringLiteral("overviewPartitionCount"), tiles);
    m_partitionTile->setToolTip(tr("Partitions of the topics above; each is an ordered log "
                                   "with its own offsets."));
    m_underReplicatedTile =
        new StatTile(tr("Under-replicated"), QStringLiteral("overviewUnderReplicated"), tiles);
    m_underReplicatedTile->setToolTip(
        tr("Partitions whose in-sync replica set (ISR) is smaller than their replica set: "
           "a follower has fallen behind or its broker is down, so one more failure may "
           "lose data."));
    m_offlineTile = new StatTile(tr("Offline"), QStringLiteral("overviewOffline"), tiles);
    m_offlineTile->setToolTip(tr("Partitions without a leader: nobody can produce to or "
                                 "consume from them until a replica comes back."));
    m_sizeTile = new StatTile(tr("Size on disk"), QStringLiteral("overviewTotalSize"), tiles);
    m_sizeTile->setToolTip(tr("Bytes of partition data in every broker's log directories "
                              "(replicas counted on each broker)."));
    const QList<StatTile*> all{m_brokerTile,          m_topicTile,   m_partitionTile,
                               m_underReplicatedTile, m_offlineTile, m_sizeTile};
    for (int i = 0; i < all.size(); ++i) {
        grid->addWidget(all[i], 0, i);
        grid->setColumnStretch(i, 1);
    }
    return tiles;
}

QWidget* ClusterOverviewPage::buildConnectionBox() {
    auto* box = new QGroupBox(m_host ? tr("Local cluster") : tr("Connection"), this);
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (m_host) {
        m_state = selectableLabel(QStringLiteral("overviewState"), box);
        form->addRow(tr("State:"), m_state);
    }
    m_bootstrap = selectableLabel(QStringLiteral("overviewBootstrap"), box);
    m_bootstrap->setText(m_entry.profile.bootstrapServers);
    m_copyBootstrap = new QToolButton(box);
    m_copyBootstrap->setObjectName(QStringLiteral("overviewCopyBootstrap"));
    m_copyBootstrap->setText(tr("Copy"));
    m_copyBootstrap->setToolTip(tr("Copy the bootstrap address, to give to other Kafka "
                                   "clients (bootstrap.servers)."));
    connect(m_copyBootstrap, &QToolButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_bootstrap->text()); });
    auto* bootstrapRow = new QHBoxLayout;
    bootstrapRow->addWidget(m_bootstrap);
    bootstrapRow->addWidget(m_copyBootstrap);
    bootstrapRow->addStretch(1);
    form->addRow(tr("Bootstrap servers:"), bootstrapRow);
    if (m_host) {
        m_dataDirectory = selectableLabel(QStringLiteral("overviewDataDirectory"), box);
        m_dataDirectory->setWordWrap(true);
        form->addRow(tr("Data directory:"), m_dataDirectory);
    } else {
        const auto& p = m_entry.profile;
        QString security = samsa::app::securityProtocolName(p.securityProtocol);
        if (samsa::app::usesSasl(p.securityProtocol))
            //: %1 security protocol, %2 SASL mechanism, %3 user name.
            security =
                tr("%1, %2 as %3")
                    .arg(security, samsa::app::saslMechanismName(p.saslMechanism), p.username);
        form->addRow(tr("Security:"), new QLabel(security, box));
    }
    return box;
}

QWidget* ClusterOverviewPage::buildProtocolSection() {
    auto* header = new QWidget(this);
    auto* row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    m_protocolToggle = new QToolButton(header);
    m_protocolToggle->setObjectName(QStringLiteral("overviewProtocolToggle"));
    m_protocolToggle->setText(tr("Kafka protocol"));
    m_protocolToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_protocolToggle->setAutoRaise(true);
    m_protocolToggle->setCheckable(true);
    m_protocolToggle->setToolTip(tr("The requests the broker accepts and their version "
                                    "ranges (its ApiVersions answer)."));
    QFont bold = m_protocolToggle->font();
    bold.setBold(true);
    m_protocolToggle->setFont(bold);
    connect(m_protocolToggle, &QToolButton::toggled, this,
            &ClusterOverviewPage::setProtocolExpanded);
    row->addWidget(m_protocolToggle);
    m_protocolNote = new QLabel(header);
    m_protocolNote->setObjectName(QStringLiteral("overviewProtocolNote"));
    m_protocolNote->setForegroundRole(QPalette::PlaceholderText);
    row->addWidget(m_protocolNote, 1);

    m_apis = new ApiVersionsModel(this);
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_apis);
    m_apiView = new QTableView(this);
    m_apiView->setObjectName(QStringLiteral("overviewApiVersions"));
    m_apiView->setModel(proxy);
    setUpReadOnlyTable(m_apiView);
    m_apiView->sortByColumn(ApiVersionsModel::Key, Qt::AscendingOrder);
    m_apiView->setColumnWidth(ApiVersionsModel::Key, 60);
    m_apiView->setColumnWidth(ApiVersionsModel::Name, 260);
    m_apiView->setColumnWidth(ApiVersionsModel::MinVersion, 110);
    m_apiView->setColumnWidth(ApiVersionsModel::MaxVersion, 110);
    m_apiView->horizontalHeader()->setStretchLastSection(false);
    setProtocolExpanded(false);
    return header;
}

void ClusterOverviewPage::setProtocolExpanded(bool expanded) {
    m_protocolToggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_apiView->setVisible(expanded);
    if (auto* box = qobject_cast<QBoxLayout*>(layout()))
        box->setStretchFactor(m_apiView, expanded ? 100 : 0);
}

ClusterService* ClusterOverviewPage::service() const {
    return m_service;
}

void ClusterOverviewPage::setService(ClusterService* service) {
    if (service == m_service) return;
    m_service = service;
    ++m_generation; // answers from the old service no longer apply
    m_pending = 0;
    refresh();
}

void ClusterOverviewPage::refresh() {
    load(true);
}

QStringList ClusterOverviewPage::screenshotViews() const {
    return {QStringLiteral("overview"), QStringLiteral("overview-protocol")};
}

QWidget* ClusterOverviewPage::showScreenshotView(const QString& name) {
    m_protocolToggle->setChecked(name == QLatin1String("overview-protocol"));
    return nullptr;
}

void ClusterOverviewPage::hideScreenshotView(const QString& /*name*/) {
    m_protocolToggle->setChecked(false);
}

void ClusterOverviewPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    m_autoRefresh->start();
    // Coming back to a page after a while should not show figures that old.
    if (m_service && !isLoading() && m_lastLoaded.isValid() &&
        m_lastLoaded.msecsTo(QDateTime::currentDateTime()) > m_autoRefresh->interval())
        load(false);
}

void ClusterOverviewPage::hideEvent(QHideEvent* event) {
    QWidget::hideEvent(event);
    m_autoRefresh->stop();
}

void ClusterOverviewPage::load(bool withProtocol) {
    if (!m_service) {
        showDisconnected();
        return;
    }
    const quint64 generation = ++m_generation;
    m_errors.clear();
    m_pending = kBrokerReadCount + (withProtocol ? 1 : 0);
    updateLoadingLabel();
    BrokerReadHandlers handlers;
    handlers.cluster = [this](const client::ClusterDescription& c) { applyCluster(c); };
    handlers.topics = [this](const std::vector<client::TopicDescription>& t) { applyTopics(t); };
    handlers.logDirs = [this](const std::vector<client::LogDirInfo>& d) { applyLogDirs(d); };
    handlers.failed = [this](BrokerRead read, const client::ClientError& error) {
        addError(error);
        switch (read) {
        case BrokerRead::Cluster:
            showClusterUnknown();
            break;
        case BrokerRead::Topics:
            for (StatTile* tile :
                 {m_topicTile, m_partitionTile, m_underReplicatedTile, m_offlineTile}) {
                tile->setValue(QStringLiteral("—"));
                tile->setAlert(false);
            }
            break;
        case BrokerRead::LogDirs:
            m_sizeTile->setValue(QStringLiteral("—"));
            break;
        }
    };
    handlers.answered = [this, generation] { finishOne(generation); };
    ClusterService* service = m_service;
    readBrokers(
        *service, this, [this, generation] { return generation == m_generation; },
        std::move(handlers));
    if (!withProtocol) return;
    m_protocolNote->setText(tr("reading…"));
    service->call<std::vector<client::ConnectionTestReport>>(
        this, [](client::AdminClient& c, auto cb) { c.testConnection({}, cb); },
        [this, generation](const client::Result<std::vector<client::ConnectionTestReport>>& r) {
            if (generation != m_generation) return;
            if (r) {
                applyConnectionTest(*r);
            } else {
                m_apis->clear();
                m_protocolNote->setText(
                    tr("could not be read: %1").arg(samsa::app::describeError(r.error())));
            }
            finishOne(generation);
        });
}

void ClusterOverviewPage::finishOne(quint64 generation) {
    if (generation != m_generation || m_pending == 0) return;
    if (--m_pending > 0) return;
    if (m_errors.isEmpty()) m_message->clear();
    m_lastLoaded = QDateTime::currentDateTime();
    updateLoadingLabel();
    emit refreshed();
}

void ClusterOverviewPage::addError(const client::ClientError& error) {
    // An unreachable cluster fails every call the same way; say it once.
    const QString description = samsa::app::describeError(error);
    m_errors << description;
    std::set<QString> seen;
    QStringList lines;
    for (const QString& e : std::as_const(m_errors))
        if (seen.insert(e).second) lines << e;
    m_message->showError(
        tr("Could not read the cluster's state: %1").arg(lines.join(QLatin1Char('\n'))));
}

void ClusterOverviewPage::applyCluster(const client::ClusterDescription& cluster) {
    m_clusterId->setText(cluster.clusterId.empty() ? tr("not reported")
                                                   : QString::fromStdString(cluster.clusterId));
    QString controller = tr("none elected");
    for (const auto& broker : cluster.brokers)
        if (broker.id == cluster.controllerId)
            //: %1 broker id, %2 host:port.
            controller = tr("broker %1 at %2").arg(broker.id).arg(brokerAddress(broker));
    if (cluster.controllerId >= 0 && controller == tr("none elected"))
        controller = tr("broker %1").arg(cluster.controllerId);
    m_controller->setText(controller);
    std::set<std::string> racks;
    for (const auto& broker : cluster.brokers)
        if (broker.rack) racks.insert(*broker.rack);
    m_brokerTile->setValue(formatCount(qint64(cluster.brokers.size())),
                           racks.empty() ? tr("no racks set") : tr("racks: %1").arg(racks.size()));
    m_brokers->setCluster(cluster);
    fitBrokerTable();
    m_brokersEmpty->setVisible(cluster.brokers.empty());
    m_brokersEmpty->setText(tr("The cluster reported no brokers."));
}

void ClusterOverviewPage::fitBrokerTable() {
    // Most clusters have a handful of brokers: the table takes the room they need (up to
    // ten rows, then it scrolls) and leaves the rest to the protocol table.
    const int rows = std::clamp(m_brokers->rowCount(), 1, 10);
    const int height = m_brokerView->horizontalHeader()->height() +
                       rows * m_brokerView->verticalHeader()->defaultSectionSize() +
                       2 * m_brokerView->frameWidth() + 2;
    m_brokerView->setMaximumHeight(height);
}

void ClusterOverviewPage::applyTopics(const std::vector<client::TopicDescription>& topics) {
    const TopicCounts counts = countTopics(topics);
    m_topicTile->setValue(
        formatCount(counts.topics),
        tr("%1 with internal topics").arg(formatCount(counts.topicsWithInternal)));
    m_partitionTile->setValue(
        formatCount(counts.partitions),
        tr("%1 with internal topics").arg(formatCount(counts.partitionsWithInternal)));
    m_underReplicatedTile->setValue(formatCount(counts.underReplicated),
                                    counts.underReplicated > 0 ? tr("ISR smaller than replicas")
                                                               : tr("all replicas in sync"));
    m_underReplicatedTile->setAlert(counts.underReplicated > 0);
    m_offlineTile->setValue(formatCount(counts.offline), counts.offline > 0
                                                             ? tr("without a leader")
                                                             : tr("every partition has a leader"));
    m_offlineTile->setAlert(counts.offline > 0);
    m_brokers->setLoads(brokerLoads(topics));
}

void ClusterOverviewPage::applyLogDirs(const std::vector<client::LogDirInfo>& dirs) {
    const qint64 total = totalLogDirSize(dirs);
    for (const auto& dir : dirs)
        if (dir.error) addError(*dir.error);
    m_sizeTile->setValue(formatBytes(total), tr("log directories: %1").arg(dirs.size()));
    m_brokers->setLogDirSizes(logDirSizes(dirs));
}

void ClusterOverviewPage::applyConnectionTest(
    const std::vector<client::ConnectionTestReport>& reports) {
    for (const auto& report : reports) {
        if (report.apiVersions.empty()) continue;
        m_apis->setVersions(report.apiVersions);
        //: Follows "Kafka protocol"; %1 is a count of APIs (always many), %2 a host:port.
        m_protocolNote->setText(tr("%1 APIs, as advertised by %2")
                                    .arg(report.apiVersions.size())
                                    .arg(QString::fromStdString(report.address.toString())));
        return;
    }
    m_apis->clear();
    for (const auto& report : reports) {
        if (report.error) {
            m_protocolNote->setText(
                tr("could not be read: %1").arg(samsa::app::describeError(*report.error)));
            return;
        }
    }
    m_protocolNote->setText(tr("the broker did not list any API"));
}

void ClusterOverviewPage::showDisconnected() {
    ++m_generation;
    m_pending = 0;
    updateLoadingLabel();
    const QString why = m_entry.local
                            ? tr("The local cluster is not running. Start it from the Cluster "
                                 "menu to see its brokers and topics.")
                            : tr("Not connected to %1.").arg(m_entry.profile.name);
    m_message->showInfo(why);
    showClusterUnknown();
    m_brokersEmpty->hide();
    m_apis->clear();
    m_protocolNote->clear();
    for (StatTile* tile : {m_brokerTile, m_topicTile, m_partitionTile, m_underReplicatedTile,
                           m_offlineTile, m_sizeTile}) {
        tile->setValue(QStringLiteral("—"));
        tile->setAlert(false);
    }
    emit refreshed();
}

void ClusterOverviewPage::updateLocalState() {
    if (!m_host) return;
    m_state->setText(localClusterStatusText(*m_host));
    const QString bootstrap = m_host->bootstrapServers();
    m_bootstrap->setText(bootstrap.isEmpty() ? tr("none while the cluster is not running")
                                             : bootstrap);
    m_copyBootstrap->setEnabled(!bootstrap.isEmpty());
    m_dataDirectory->setText(m_host->dataDirectory());
}

void ClusterOverviewPage::updateLoadingLabel() {
    const QString time = QLocale().toString(m_lastLoaded.time(), QStringLiteral("HH:mm:ss"));
    if (isLoading())
        m_loading->setText(tr("Loading…"));
    else if (!m_lastLoaded.isValid())
        m_loading->clear();
    else if (m_errors.isEmpty())
        m_loading->setText(tr("Updated %1").arg(time));
    else
        //: %1 is a time of day; the error itself is shown below.
        m_loading->setText(tr("Failed at %1").arg(time));
}

void ClusterOverviewPage::showClusterUnknown() {
    m_brokers->clear();
    fitBrokerTable();
    m_brokerTile->setValue(QStringLiteral("—"));
    m_clusterId->setText(QStringLiteral("—"));
    m_controller->setText(QStringLiteral("—"));
    m_brokersEmpty->setText(tr("The brokers could not be read; see the message above."));
    m_brokersEmpty->setVisible(true);
}

} // namespace samsa::ui
