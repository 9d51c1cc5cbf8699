#include "ui/groups/group_tools.h"

#include "app/cluster_service.h"
#include "app/lab/rebalance_lab.h"
#include "app/monitor/group_monitor.h"
#include "ui/groups/lab_panel.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace samsa::ui {

GroupTools::GroupTools(app::ClusterService* service, QString historyPath, QObject* parent)
    : QObject(parent), m_service(service),
      m_monitor(new monitor::GroupMonitor(service, std::move(historyPath), this)) {
    m_monitor->start();
}

GroupTools::~GroupTools() {
    delete m_labWindow;
    delete m_lab;
    delete m_monitor;
}

lab::RebalanceLab* GroupTools::lab() {
    if (!m_lab) {
        m_lab = new lab::RebalanceLab(m_service, this);
        connect(m_lab, &lab::RebalanceLab::noted, m_monitor,
                [this](const QString& group, const QString& text, const QString& marker, const QString& client) {
                    m_monitor->addNote(group, text, marker, client);
                    m_monitor->sampleNow(); // show the effect without waiting for the tick
                });
    }
    return m_lab;
}

LabPanel* GroupTools::labPanel() const {
    return m_labWindow ? m_labWindow->findChild<LabPanel*>() : nullptr;
}

LabPanel* GroupTools::showLab(QWidget* parent, const QString& groupId) {
    if (!m_labWindow) {
        auto* window = new QDialog(parent);
        window->setObjectName(QStringLiteral("rebalanceLab"));
        //: %1 names the cluster.
        window->setWindowTitle(tr("Rebalance lab — %1").arg(m_service->displayName()));
        auto* panel = new LabPanel(lab(), window);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, window);
        connect(buttons, &QDialogButtonBox::rejected, window, &QDialog::hide);
        auto* layout = new QVBoxLayout(window);
        layout->addWidget(panel, 1);
        layout->addWidget(buttons);
        window->resize(900, 560);
        m_labWindow = window;
    }
    LabPanel* panel = labPanel();
    panel->setGroup(groupId);
    m_labWindow->show();
    m_labWindow->raise();
    m_labWindow->activateWindow();
    return panel;
}

} // namespace samsa::ui
