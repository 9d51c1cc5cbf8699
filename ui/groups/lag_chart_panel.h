#pragma once

#include "ui/groups/lag_series.h"

#include <QElapsedTimer>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;

namespace samsa::monitor {
class GroupMonitor;
}

namespace samsa::ui {

class LagChartView;

// The "Lag" tab of a group: lag over time for the group, its topics or its partitions,
// with the consume and produce rates and the time lag, over 5 minutes, an hour, a day or
// a week of history, live while the range ends now. Several series can be compared:
// partitions of the group, or other groups of the cluster.
class LagChartPanel : public QWidget {
    Q_OBJECT
public:
    enum class Range { FiveMinutes, Hour, Day, Week };

    LagChartPanel(monitor::GroupMonitor* monitor, QString groupId, QWidget* parent = nullptr);

    LagChartView* chartView() const { return m_chart; }
    QListWidget* seriesList() const { return m_series; }
    QComboBox* metricBox() const { return m_metric; }
    Range range() const { return m_range; }
    void setRange(Range range);
    void setMetric(LagMetric metric);
    // Checks exactly these series: "group:<id>", "topic:<name>", "partition:<topic>:<n>".
    void showSeries(const QStringList& keys);
    QStringList shownSeries() const;
    qint64 rangeMs() const;

public slots:
    void reload();

signals:
    // A query came back and the chart shows it.
    void loaded();

private:
    void updateSeriesList();
    QListWidgetItem* addItem(const QString& key, const QString& text, const QString& toolTip, bool checked);

    monitor::GroupMonitor* m_monitor;
    QString m_groupId;
    LagChartView* m_chart;
    QListWidget* m_series;
    QComboBox* m_metric;
    QButtonGroup* m_ranges;
    QLabel* m_note;
    Range m_range = Range::Hour;
    bool m_loading = false;
    bool m_reloadAgain = false;
    QElapsedTimer m_sinceLoad;
};

} // namespace samsa::ui
