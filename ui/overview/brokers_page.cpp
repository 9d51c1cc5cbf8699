#include "ui/overview/brokers_page.h"

#include "app/cluster_service.h"
#include "ui/common/inline_message.h"
#include "ui/common/page_header.h"
#include "ui/overview/broker_config_model.h"
#include "ui/overview/broker_reads.h"
#include "ui/overview/broker_table_model.h"
#include "ui/overview/cluster_summary.h"
#include "ui/common/table_setup.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace samsa::ui {

using samsa::app::ClusterService;

BrokersPage::BrokersPage(ClusterService* service, QWidget* parent)
    : QWidget(parent), m_service(service) {
    setObjectName(QStringLiteral("brokers"));
    auto* layout = new QVBoxLayout(this);

    const PageHeader header = addPageHeader(layout, tr("Brokers"), QStringLiteral("brokers"), this);
    m_loading = header.loading;
    m_refresh = header.refresh;
    m_refresh->setToolTip(tr("Read the brokers and the selected broker's configs again."));
    connect(m_refresh, &QPushButton::clicked, this, &BrokersPage::refresh);

    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("brokersMessage"));
    layout->addWidget(m_message);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_brokers = new BrokerTableModel(this);
    m_brokerProxy = new QSortFilterProxyModel(this);
    m_brokerProxy->setSourceModel(m_brokers);
    m_brokerProxy->setSortRole(BrokerTableModel::SortRole);
    m_brokerView = new QTableView(splitter);
    m_brokerView->setObjectName(QStringLiteral("brokersTable"));
    m_brokerView->setModel(m_brokerProxy);
    setUpReadOnlyTable(m_brokerView);
    m_brokerView->setColumnHidden(BrokerTableModel::Address, true);
    m_brokerView->sortByColumn(BrokerTableModel::Id, Qt::AscendingOrder);
    const QList<QPair<int, int>> widths{
        {BrokerTableModel::Id, 60},          {BrokerTableModel::Host, 220},
        {BrokerTableModel::Port, 70},        {BrokerTableModel::Rack, 110},
        {BrokerTableModel::Controller, 110}, {BrokerTableModel::LogDirSize, 110},
        {BrokerTableModel::Leaders, 90}};
    for (const auto& [column, width] : widths)
        m_brokerView->setColumnWidth(column, width);
    splitter->addWidget(m_brokerView);
    splitter->addWidget(buildConfigPanel());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({160, 480});
    m_brokerView->horizontalHeader()->setStretchLastSection(false);
    layout->addWidget(splitter, 1);

    connect(m_brokerView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BrokersPage::onSelectionChanged);
    connect(m_brokers, &QAbstractItemModel::modelReset, this, &BrokersPage::onBrokersChanged);
    refresh();
}

QWidget* BrokersPage::buildConfigPanel() {
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 6, 0, 0);
    auto* row = new QHBoxLayout;
    m_configTitle = new QLabel(tr("Configuration"), panel);
    m_configTitle->setObjectName(QStringLiteral("brokerConfigTitle"));
    QFont bold = m_configTitle->font();
    bold.setBold(true);
    m_configTitle->setFont(bold);
    row->addWidget(m_configTitle);
    row->addStretch(1);
    m_filter = new QLineEdit(panel);
    m_filter->setObjectName(QStringLiteral("brokerConfigFilter"));
    m_filter->setPlaceholderText(tr("Filter by name or value"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(260);
    row->addWidget(m_filter);
    layout->addLayout(row);

    m_configMessage = new InlineMessage(panel);
    m_configMessage->setObjectName(QStringLiteral("brokerConfigMessage"));
    layout->addWidget(m_configMessage);

    m_configs = new BrokerConfigModel(this);
    m_configProxy = new QSortFilterProxyModel(this);
    m_configProxy->setSourceModel(m_configs);
    m_configProxy->setFilterKeyColumn(-1);
    m_configProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_configView = new QTableView(panel);
    m_configView->setObjectName(QStringLiteral("brokerConfigs"));
    m_configView->setModel(m_configProxy);
    setUpReadOnlyTable(m_configView);
    m_configView->sortByColumn(BrokerConfigModel::Name, Qt::AscendingOrder);
    m_configView->setColumnWidth(BrokerConfigModel::Name, 340);
    m_configView->setColumnWidth(BrokerConfigModel::Value, 300);
    layout->addWidget(m_configView, 1);
    m_configEmpty = new QLabel(panel);
    m_configEmpty->setObjectName(QStringLiteral("brokerConfigEmpty"));
    m_configEmpty->setAlignment(Qt::AlignCenter);
    m_configEmpty->setWordWrap(true);
    layout->addWidget(m_configEmpty);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_configProxy->setFilterFixedString(text);
        updateConfigEmptyState();
    });
    updateConfigEmptyState();
    return panel;
}

ClusterService* BrokersPage::service() const {
    return m_service;
}

void BrokersPage::setService(ClusterService* service) {
    if (service == m_service) return;
    m_service = service;
    ++m_generation;
    ++m_configGeneration;
    m_pending = 0;
    m_configLoading = false;
    refresh();
}

void BrokersPage::refresh() {
    if (!m_service) {
        ++m_generation;
        m_pending = 0;
        m_brokers->clear();
        m_configs->clear();
        m_message->showInfo(tr("Not connected to a cluster."));
        updateLoadingLabel();
        updateConfigEmptyState();
        emit refreshed();
        return;
    }
    const quint64 generation = ++m_generation;
    m_pending = kBrokerReadCount;
    m_refreshFailed = false;
    updateLoadingLabel();
    BrokerReadHandlers handlers;
    handlers.cluster = [this](const client::ClusterDescription& c) { m_brokers->setCluster(c); };
    handlers.topics = [this](const std::vector<client::TopicDescription>& topics) {
        m_brokers->setLoads(brokerLoads(topics));
    };
    handlers.logDirs = [this](const std::vector<client::LogDirInfo>& dirs) {
        m_brokers->setLogDirSizes(logDirSizes(dirs));
    };
    handlers.failed = [this](BrokerRead read, const client::ClientError& error) {
        // Stale rows would look like a healthy cluster; the message says why the table
        // is empty.
        if (read == BrokerRead::Cluster) m_brokers->clear();
        if (read == BrokerRead::LogDirs) m_brokers->setLogDirSizes(std::nullopt);
        showError(error);
    };
    handlers.answered = [this, generation] { finishOne(generation); };
    readBrokers(
        *m_service, this, [this, generation] { return generation == m_generation; },
        std::move(handlers));
    if (m_configBroker >= 0) loadConfigs(m_configBroker);
}

void BrokersPage::finishOne(quint64 generation) {
    if (generation != m_generation || m_pending == 0) return;
    if (--m_pending > 0) return;
    if (!m_refreshFailed) m_message->clear();
    updateLoadingLabel();
    updateConfigEmptyState();
    emit refreshed();
}

void BrokersPage::showError(const client::ClientError& error) {
    m_refreshFailed = true;
    const QString text = tr("Could not read the brokers: %1").arg(samsa::app::describeError(error));
    // Every call fails alike when the cluster is unreachable: one line is enough.
    if (m_message->isVisible() && m_message->text() == text) return;
    m_message->showError(text);
}

void BrokersPage::onBrokersChanged() {
    if (m_brokers->rowCount() == 0) return;
    // After a refresh the same broker stays selected; the first time, the controller is
    // the most interesting one.
    int wanted = m_configBroker >= 0 ? m_configBroker : m_brokers->controllerId();
    if (m_brokers->rowOfBroker(wanted) < 0) wanted = m_brokers->brokerId(0);
    const QModelIndex source = m_brokers->index(m_brokers->rowOfBroker(wanted), 0);
    const QModelIndex proxy = m_brokerProxy->mapFromSource(source);
    const QSignalBlocker block(m_brokerView->selectionModel());
    m_brokerView->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
    if (wanted != m_configBroker) loadConfigs(wanted);
}

bool BrokersPage::selectBroker(int brokerId) {
    const int row = m_brokers->rowOfBroker(brokerId);
    if (row < 0) return false;
    m_brokerView->selectionModel()->setCurrentIndex(
        m_brokerProxy->mapFromSource(m_brokers->index(row, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

void BrokersPage::onSelectionChanged() {
    const QModelIndexList rows = m_brokerView->selectionModel()->selectedRows();
    if (rows.isEmpty()) return;
    const int id = rows.first().data(BrokerTableModel::BrokerIdRole).toInt();
    if (id != m_configBroker) loadConfigs(id);
}

void BrokersPage::loadConfigs(int brokerId) {
    m_configBroker = brokerId;
    //: %1 is a broker id.
    m_configTitle->setText(tr("Configuration of broker %1").arg(brokerId));
    if (!m_service) return;
    const quint64 generation = ++m_configGeneration;
    m_configLoading = true;
    m_configMessage->clear();
    updateConfigEmptyState();
    updateLoadingLabel();
    std::vector<client::ConfigResource> resources{
        {client::ConfigResourceType::Broker, std::to_string(brokerId)}};
    m_service->call<std::vector<client::ResourceConfigs>>(
        this,
        [resources](client::AdminClient& c, auto cb) { c.describeConfigs(resources, {}, {}, cb); },
        [this, generation,
         brokerId](const client::Result<std::vector<client::ResourceConfigs>>& r) {
            if (generation != m_configGeneration) return;
            m_configLoading = false;
            const client::ClientError* error = r ? nullptr : &r.error();
            if (r && !r->empty() && r->front().error) error = &*r->front().error;
            if (error) {
                m_configs->clear();
                m_configMessage->showError(tr("Could not read the configs of broker %1: %2")
                                               .arg(brokerId)
                                               .arg(samsa::app::describeError(*error)));
            } else {
                m_configs->setEntries(r->empty() ? std::vector<client::ConfigEntry>{}
                                                 : r->front().entries);
            }
            updateConfigEmptyState();
            updateLoadingLabel();
            emit configsLoaded(brokerId);
        });
}

void BrokersPage::updateConfigEmptyState() {
    QString text;
    if (m_configLoading)
        text = tr("Loading the configs…");
    else if (m_configBroker < 0 && m_brokers->rowCount() == 0)
        text = isLoading() ? tr("Loading the brokers…") : tr("No broker to show.");
    else if (m_configBroker < 0)
        text = tr("Select a broker to see its configuration.");
    else if (m_configs->rowCount() == 0 && m_configMessage->text().isEmpty())
        text = tr("The broker reported no configs.");
    else if (m_configs->rowCount() > 0 && m_configProxy->rowCount() == 0)
        text = tr("No config matches “%1”.").arg(m_filter->text());
    m_configEmpty->setText(text);
    m_configEmpty->setVisible(!text.isEmpty());
}

void BrokersPage::updateLoadingLabel() {
    m_loading->setText(isLoading() || m_configLoading ? tr("Loading…") : QString());
}

} // namespace samsa::ui
