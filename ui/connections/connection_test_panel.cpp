#include "ui/connections/connection_test_panel.h"

#include "app/cluster_service.h"
#include "ui/common/inline_message.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace samsa::ui {

namespace {

using samsa::app::ClusterService;

enum Column { StepColumn, TimeColumn, DetailColumn };

const QColor kPassed(0x2e, 0x7d, 0x32);
const QColor kFailed(0xc6, 0x28, 0x28);

QString mark(bool ok) {
    return ok ? QStringLiteral("✓") : QStringLiteral("✗");
}

} // namespace

ConnectionTestPanel::ConnectionTestPanel(QWidget* parent)
    : QWidget(parent),
      m_busy(new QProgressBar(this)),
      m_status(new QLabel(this)),
      m_cancel(new QPushButton(tr("Cancel test"), this)),
      m_steps(new QTreeWidget(this)),
      m_message(new InlineMessage(this)) {
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(80);
    m_busy->setMaximumHeight(12);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_status->setObjectName(QStringLiteral("connection-test-status"));
    m_cancel->setObjectName(QStringLiteral("cancel-test"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &ConnectionTestPanel::cancel);

    m_steps->setObjectName(QStringLiteral("connection-test-steps"));
    m_steps->setHeaderLabels({tr("Step"), tr("Time"), tr("Result")});
    m_steps->setRootIsDecorated(true);
    m_steps->setUniformRowHeights(true);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->header()->setStretchLastSection(true);
    m_steps->setColumnWidth(StepColumn, 210);
    m_steps->setColumnWidth(TimeColumn, 70);
    m_steps->setMinimumHeight(170);
    m_steps->hide();

    m_message->setObjectName(QStringLiteral("connection-test-explanation"));

    auto* statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(0, 0, 0, 0);
    statusRow->addWidget(m_busy);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_cancel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(statusRow);
    layout->addWidget(m_message);
    layout->addWidget(m_steps, 1);
}

ConnectionTestPanel::~ConnectionTestPanel() {
    delete m_run;
    retireService();
}

void ConnectionTestPanel::start(client::ClientConfig config, ConnectionAttempt attempt) {
    cancel();
    clearResults();
    m_attempt = attempt;
    QStringList servers;
    for (const auto& server : config.bootstrapServers)
        servers << QString::fromStdString(server.toString());
    const auto timeout = config.defaultApiTimeout;
    m_service = new ClusterService(std::move(config), tr("Connection test"), this);
    m_run = new QObject(this);
    //: %1 lists the bootstrap servers being tested.
    m_status->setText(tr("Testing %1…").arg(servers.join(QStringLiteral(", "))));
    setRunning(true);
    m_service->call<Reports>(
        m_run,
        [timeout](client::AdminClient& admin, client::Callback<Reports> done) {
            admin.testConnection(client::CallOptions{timeout}, std::move(done));
        },
        [this](const client::Result<Reports>& result) {
            delete m_run;
            // This runs inside an event the service is handling; it goes once that is over.
            QMetaObject::invokeMethod(
                this, [service = m_service] { samsa::app::destroyOffThread(service); },
                Qt::QueuedConnection);
            m_service = nullptr;
            setRunning(false);
            show(result);
        });
}

void ConnectionTestPanel::cancel() {
    if (!m_running) return;
    delete m_run;
    retireService();
    m_status->setText(tr("Test cancelled."));
    setRunning(false);
}

void ConnectionTestPanel::clearResults() {
    m_steps->clear();
    m_steps->hide();
    m_message->clear();
    m_status->clear();
    m_passed = false;
}

void ConnectionTestPanel::setRunning(bool running) {
    if (m_running == running) return;
    m_running = running;
    m_busy->setVisible(running);
    m_cancel->setVisible(running);
    emit runningChanged(running);
}

void ConnectionTestPanel::retireService() {
    if (!m_service) return;
    samsa::app::destroyOffThread(m_service);
    m_service = nullptr;
}

void ConnectionTestPanel::show(const client::Result<Reports>& result) {
    m_status->clear();
    if (!result) {
        m_passed = false;
        m_message->showError(explainConnectionFailure(result.error(), m_attempt));
        emit finished(false);
        return;
    }
    m_steps->show();
    for (const auto& report : *result) addServer(report);
    m_steps->expandAll();
    summarize(*result);
    emit finished(m_passed);
}

QTreeWidgetItem* ConnectionTestPanel::addServer(const client::ConnectionTestReport& report) {
    const bool ok = !report.error;
    auto* server = new QTreeWidgetItem(m_steps);
    server->setText(StepColumn, mark(ok) + QLatin1Char(' ') + QString::fromStdString(report.address.toString()));
    server->setForeground(StepColumn, ok ? kPassed : kFailed);
    QFont bold = server->font(StepColumn);
    bold.setBold(true);
    server->setFont(StepColumn, bold);
    if (ok) {
        server->setText(DetailColumn, report.nodeId >= 0 ? tr("works (broker %1)").arg(report.nodeId)
                                                         : tr("works"));
    } else {
        //: %1 is the step that failed, such as "TLS handshake".
        server->setText(DetailColumn, tr("failed at: %1").arg(connectionStepTitle(report.error->step)));
    }
    std::chrono::milliseconds total{0};
    for (const auto& step : report.steps) {
        auto* item = new QTreeWidgetItem(server);
        item->setText(StepColumn, mark(step.ok) + QLatin1Char(' ') + connectionStepTitle(step.step));
        item->setForeground(StepColumn, step.ok ? kPassed : kFailed);
        //: Elapsed time of a connection step, in milliseconds.
        item->setText(TimeColumn, tr("%1 ms").arg(step.elapsed.count()));
        item->setTextAlignment(TimeColumn, Qt::AlignRight | Qt::AlignVCenter);
        const QString detail = connectionStepDetail(step);
        item->setText(DetailColumn, detail);
        item->setToolTip(DetailColumn, detail);
        total += step.elapsed;
    }
    server->setText(TimeColumn, tr("%1 ms").arg(total.count()));
    server->setTextAlignment(TimeColumn, Qt::AlignRight | Qt::AlignVCenter);
    if (!ok) addMissingSteps(server, report);
    return server;
}

// The steps after a failure never ran; listing them shows how far the test got.
void ConnectionTestPanel::addMissingSteps(QTreeWidgetItem* server, const client::ConnectionTestReport& report) {
    std::vector<client::Step> expected{client::Step::Resolve, client::Step::Connect};
    if (m_attempt.tls) expected.push_back(client::Step::Tls);
    expected.push_back(client::Step::ApiVersions);
    if (m_attempt.sasl) expected.push_back(client::Step::Authenticate);
    expected.push_back(client::Step::Request);
    for (const client::Step step : expected) {
        const bool ran = std::any_of(report.steps.begin(), report.steps.end(),
                                     [step](const auto& s) { return s.step == step; });
        if (ran) continue;
        auto* item = new QTreeWidgetItem(server);
        item->setText(StepColumn, QStringLiteral("–  ") + connectionStepTitle(step));
        item->setText(DetailColumn, tr("not reached"));
        const QColor grey = palette().color(QPalette::Disabled, QPalette::Text);
        for (int column = 0; column < m_steps->columnCount(); ++column) item->setForeground(column, grey);
    }
}

void ConnectionTestPanel::summarize(const Reports& reports) {
    const auto failed = std::find_if(reports.begin(), reports.end(), [](const auto& r) { return bool(r.error); });
    if (failed == reports.end()) {
        m_passed = true;
        int brokers = -1;
        for (const auto& report : reports)
            for (const auto& step : report.steps) brokers = std::max(brokers, brokerCountFromStep(step));
        QString text = tr("Connection works: %n bootstrap server(s) passed every step.", nullptr,
                          int(reports.size()));
        if (brokers >= 0) text += QLatin1Char(' ') + tr("The cluster has %n broker(s).", nullptr, brokers);
        m_message->showInfo(text);
        return;
    }
    m_passed = false;
    const auto failures = std::count_if(reports.begin(), reports.end(), [](const auto& r) { return bool(r.error); });
    const QString address = QString::fromStdString(failed->address.toString());
    QString text = QStringLiteral("%1: %2").arg(address, explainConnectionFailure(*failed->error, m_attempt));
    if (failures < qsizetype(reports.size())) {
        //: Shown when some bootstrap servers work and others do not.
        text = tr("%1 of %2 bootstrap servers failed; the cluster is reachable through the others.")
                   .arg(failures)
                   .arg(reports.size()) +
               QLatin1Char('\n') + text;
        m_message->showMessage(InlineMessage::Kind::Warning, text);
        return;
    }
    m_message->showError(text);
}

} // namespace samsa::ui
