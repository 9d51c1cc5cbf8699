#pragma once

#include <QChartView>
#include <QHash>
#include <QList>
#include <QPointF>

class QDateTimeAxis;
class QGraphicsLineItem;
class QGraphicsSimpleTextItem;
class QGraphicsRectItem;
class QLineSeries;
class QValueAxis;

namespace samsa::ui {

// A time chart of one or more series with the gestures a monitoring chart needs: drag
// to zoom into a stretch of time, the wheel to zoom around the pointer, Shift+drag or the
// arrow keys to pan, Escape or double-click to go back to the whole range, and a cross
// hair that reads every series' value at the pointer.
class LagChartView : public QChartView {
    Q_OBJECT
public:
    explicit LagChartView(QWidget* parent = nullptr);

    // Replaces the plotted series. x is ms since the epoch.
    struct Series {
        QString name;
        QList<QPointF> points;
    };
    void setSeries(const QList<Series>& series, qint64 fromMs, qint64 toMs, const QString& unit);
    // The y axis title ("messages", "messages/s", "seconds").
    bool isZoomed() const { return m_zoomed; }
    int seriesCount() const;
    // What the cross hair shows at a time, "name: value" per series (for tests).
    QString readingAt(qint64 timeMs) const;

public slots:
    void resetZoom();

signals:
    // The user zoomed or panned (true) or went back to the full range (false).
    void zoomChanged(bool zoomed);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void setXRange(qreal from, qreal to, bool zoomed);
    void fitY();
    void showReading(const QPointF& position);
    void hideReading();

    QDateTimeAxis* m_x;
    QValueAxis* m_y;
    QList<QPair<QString, QList<QPointF>>> m_data;
    qreal m_fullFrom = 0;
    qreal m_fullTo = 1;
    int m_ticks = 0;
    QString m_unit;
    bool m_zoomed = false;
    bool m_panning = false;
    QPointF m_panStart;
    QGraphicsLineItem* m_cursor = nullptr;
    QGraphicsRectItem* m_readingBox = nullptr;
    QGraphicsSimpleTextItem* m_reading = nullptr;
};

} // namespace samsa::ui
