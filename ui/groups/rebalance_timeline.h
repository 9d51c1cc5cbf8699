#pragma once

#include "app/monitor/group_monitor.h"
#include "ui/groups/timeline_layout.h"

#include <QWidget>
#include <optional>

namespace samsa::ui {

// The rebalance timeline of one group: time runs left to right, each member has a lane,
// each generation is a stretch in which the members hold their partitions, and each
// rebalance is a red band across all lanes for as long as the group did not consume.
// Clicking a rebalance (or Left/Right) selects its generation.
class RebalanceTimeline : public QWidget {
    Q_OBJECT
public:
    explicit RebalanceTimeline(QWidget* parent = nullptr);

    // The generations of [fromMs, toMs]. Until the user zooms or pans, the view fits the
    // generations in the range, so a minute of rebalances in a long range is readable.
    void setTimeline(const monitor::Timeline& timeline, qint64 fromMs, qint64 toMs, qint64 nowMs);
    qint64 viewFromMs() const { return m_viewFrom; }
    qint64 viewToMs() const { return m_viewTo; }
    // Back to fitting the generations (double-click, or Escape).
    void fitToGenerations();
    const monitor::Timeline& timeline() const { return m_timeline; }
    const TimelineLayout& layout() const { return m_layout; }
    int selectedGeneration() const { return m_selected; }
    void selectGeneration(int index);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void generationSelected(int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    int laneTop(int lane) const;
    int laneHeight() const;
    int headerHeight() const;
    int labelWidth() const;
    qreal xOf(qint64 timeMs) const;
    qint64 timeAt(qreal x) const;
    int generationAt(qreal x) const;
    QString toolTipAt(const QPoint& position) const;
    QColor laneColor(int lane) const;

    monitor::Timeline m_timeline;
    TimelineLayout m_layout;
    qint64 m_from = 0;
    qint64 m_to = 1;
    qint64 m_now = 0;
    qint64 m_viewFrom = 0;
    qint64 m_viewTo = 1;
    bool m_fit = true;
    int m_selected = -1;
    std::optional<QPointF> m_pressedAt;
    bool m_panning = false;
};

} // namespace samsa::ui
