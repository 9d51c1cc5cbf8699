#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QButtonGroup;
class QTextBrowser;

namespace samsa::monitor {
class GroupMonitor;
}

namespace samsa::ui {

class RebalanceTimeline;

// The "Rebalances" tab of a group: the timeline over a chosen range and, under it, what
// the selected rebalance changed. Follows the group live.
class RebalancesPanel : public QWidget {
    Q_OBJECT
public:
    RebalancesPanel(monitor::GroupMonitor* monitor, QString groupId, QWidget* parent = nullptr);

    RebalanceTimeline* timeline() const { return m_timeline; }
    QTextBrowser* details() const { return m_details; }
    qint64 rangeMs() const { return m_rangeMs; }
    void setRangeMs(qint64 ms);

public slots:
    void reload();

signals:
    void loaded();

private:
    void showDetails();

    monitor::GroupMonitor* m_monitor;
    QString m_groupId;
    RebalanceTimeline* m_timeline;
    QTextBrowser* m_details;
    QButtonGroup* m_ranges;
    qint64 m_rangeMs = 3600 * 1000LL;
    bool m_loading = false;
    bool m_reloadAgain = false;
    bool m_followLatest = true;
    QElapsedTimer m_sinceLoad;
    QString m_detailsHtml;
};

} // namespace samsa::ui
