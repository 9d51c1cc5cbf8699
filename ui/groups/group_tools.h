#pragma once

#include <QObject>
#include <QPointer>

class QDialog;
class QWidget;

namespace samsa::app {
class ClusterService;
}
namespace samsa::lab {
class RebalanceLab;
}
namespace samsa::monitor {
class GroupMonitor;
}

namespace samsa::ui {

class LabPanel;

// What the consumer group pages of one cluster share: the group monitor, which samples
// every group from the moment the cluster's service exists, and the rebalance lab with
// its window. The main window keeps one per cluster service and deletes it before the
// service goes.
class GroupTools : public QObject {
    Q_OBJECT
public:
    GroupTools(app::ClusterService* service, QString historyPath, QObject* parent = nullptr);
    // Closes the lab's consumers (they leave their groups), then stops the monitor.
    ~GroupTools() override;

    app::ClusterService* service() const { return m_service; }
    monitor::GroupMonitor* monitor() const { return m_monitor; }
    // Made on first use; its actions become notes on the groups' timelines.
    lab::RebalanceLab* lab();
    // Opens (or raises) the lab window, with `groupId` filled in when given.
    LabPanel* showLab(QWidget* parent, const QString& groupId = {});
    LabPanel* labPanel() const;

private:
    app::ClusterService* m_service;
    monitor::GroupMonitor* m_monitor;
    lab::RebalanceLab* m_lab = nullptr;
    QPointer<QDialog> m_labWindow;
};

} // namespace samsa::ui
