#pragma once

#include "app/monitor/monitor_types.h"
#include "ui/common/screenshot_views.h"

#include <QPointer>
#include <QWidget>
#include <functional>

class QLabel;
class QTabWidget;
class QTableView;

namespace samsa::ui {

class GroupMembersModel;
class GroupPartitionsModel;
class GroupTools;
class InlineMessage;
class LagChartPanel;
class RebalancesPanel;
class ResetOffsetsDialog;

// One consumer group: its health (Burrow-style status with the reason), its partitions
// with offsets, lag and time lag, its members and their assignments, lag over time, the
// rebalance timeline, and the admin actions (reset offsets, delete the offsets of a
// topic, delete the group).
class GroupDetailPage : public QWidget, public ScreenshotViews {
    Q_OBJECT
public:
    enum Tab { PartitionsTab, MembersTab, LagTab, RebalancesTab };

    GroupDetailPage(GroupTools* tools, QString groupId, QWidget* parent = nullptr);

    QString groupId() const { return m_groupId; }
    QTabWidget* tabs() const { return m_tabs; }
    GroupPartitionsModel* partitionsModel() const { return m_partitions; }
    GroupMembersModel* membersModel() const { return m_members; }
    QTableView* partitionsView() const { return m_partitionsView; }
    QTableView* membersView() const { return m_membersView; }
    LagChartPanel* lagPanel() const { return m_lag; }
    RebalancesPanel* rebalancesPanel() const { return m_rebalances; }
    InlineMessage* message() const { return m_message; }
    QLabel* statusLabel() const { return m_status; }
    // The open reset dialog, if any.
    ResetOffsetsDialog* resetDialog() const;

    // Which pictures `samsa --screenshot` takes of this page (by default the partitions,
    // the lag chart and the timeline).
    void setScreenshotViews(const QStringList& views) { m_screenshotViews = views; }
    QStringList screenshotViews() const override;
    QWidget* showScreenshotView(const QString& name) override;

public slots:
    void refresh();
    ResetOffsetsDialog* resetOffsets();
    void deleteGroup();
    // Deletes the group's committed offsets of every partition of `topic`.
    void deleteTopicOffsets(const QString& topic);
    void chooseTopicOffsetsToDelete();
    void openLab();

signals:
    void refreshed();
    // The group was deleted here; the page has nothing left to show.
    void groupDeleted(const QString& groupId);

protected:
    // Asks before a destructive action and calls `proceed` if the user agrees; tests
    // answer for the user.
    virtual void confirm(const QString& title, const QString& text, std::function<void()> proceed);

private:
    void apply(const monitor::SnapshotPtr& snapshot);
    void showGroup(const monitor::GroupSnapshot& group);

    GroupTools* m_tools;
    QString m_groupId;
    QLabel* m_title;
    QLabel* m_status;
    QLabel* m_summary;
    InlineMessage* m_message;
    QTabWidget* m_tabs;
    GroupPartitionsModel* m_partitions;
    GroupMembersModel* m_members;
    QTableView* m_partitionsView;
    QTableView* m_membersView;
    LagChartPanel* m_lag;
    RebalancesPanel* m_rebalances;
    QPointer<ResetOffsetsDialog> m_resetDialog;
    monitor::GroupSnapshot m_group;
    bool m_found = false;
    bool m_sized = false;
    QStringList m_screenshotViews{QStringLiteral("group"), QStringLiteral("group-lag"),
                                  QStringLiteral("rebalance-timeline")};
};

} // namespace samsa::ui
