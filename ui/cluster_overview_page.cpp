#include "cluster_overview_page.h"

#include "app/local_cluster_host.h"
#include "local_cluster_status.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace samsa::ui {

namespace {

QLabel* selectableLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ClusterOverviewPage::ClusterOverviewPage(ClusterEntry entry,
                                         samsa::app::LocalClusterHost* localHost, QWidget* parent)
    : QWidget(parent), m_entry(std::move(entry)), m_host(m_entry.local ? localHost : nullptr) {
    setObjectName(QStringLiteral("overview"));
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Kind:"), new QLabel(m_entry.local ? tr("Local cluster, bundled with Samsa")
                                                       : tr("Remote cluster"),
                                         this));
    if (m_host) {
        m_state = selectableLabel(this);
        m_state->setObjectName(QStringLiteral("overviewState"));
        form->addRow(tr("State:"), m_state);
    }
    m_bootstrap = selectableLabel(this);
    m_bootstrap->setObjectName(QStringLiteral("overviewBootstrap"));
    form->addRow(tr("Bootstrap servers:"), m_bootstrap);
    if (m_host) {
        m_dataDirectory = selectableLabel(this);
        m_dataDirectory->setObjectName(QStringLiteral("overviewDataDirectory"));
        form->addRow(tr("Data directory:"), m_dataDirectory);
        form->addRow(tr("Listening on:"), new QLabel(tr("this computer only (127.0.0.1)"), this));
    } else {
        const auto& p = m_entry.profile;
        form->addRow(tr("Security protocol:"),
                     new QLabel(samsa::app::securityProtocolName(p.securityProtocol), this));
        if (samsa::app::usesSasl(p.securityProtocol)) {
            form->addRow(tr("SASL mechanism:"),
                         new QLabel(samsa::app::saslMechanismName(p.saslMechanism), this));
            form->addRow(tr("User name:"), new QLabel(p.username, this));
        }
    }
    layout->addLayout(form);
    layout->addStretch(1);

    if (m_host)
        connect(m_host, &samsa::app::LocalClusterHost::stateChanged, this,
                &ClusterOverviewPage::refresh);
    refresh();
}

void ClusterOverviewPage::refresh() {
    m_title->setText(m_entry.profile.name);
    if (!m_host) {
        m_bootstrap->setText(m_entry.profile.bootstrapServers);
        return;
    }
    m_state->setText(localClusterStatusText(*m_host));
    const QString bootstrap = m_host->bootstrapServers();
    m_bootstrap->setText(bootstrap.isEmpty() ? tr("none while the cluster is not running")
                                             : bootstrap);
    m_dataDirectory->setText(m_host->dataDirectory());
}

} // namespace samsa::ui
