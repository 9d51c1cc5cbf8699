#include "ui/groups/lag_chart_view.h"

#include "ui/common/chart_palette.h"
#include "ui/common/format.h"
#include "ui/groups/lag_series.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QKeyEvent>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>
#include <QWheelEvent>
#include <cmath>

namespace samsa::ui {

namespace {

QString formatValue(qreal value) {
    if (std::abs(value - std::round(value)) < 1e-9 && std::abs(value) >= 1) return formatCount(qint64(std::llround(value)));
    return QLocale().toString(value, 'f', std::abs(value) < 10 ? 2 : 1);
}

// Axis labels that fit the span: seconds for minutes, days for a week.
QString timeFormat(qreal spanMs) {
    if (spanMs <= 15 * 60 * 1000) return QStringLiteral("HH:mm:ss");
    if (spanMs <= 36 * 3600 * 1000.0) return QStringLiteral("HH:mm");
    return QStringLiteral("MMM d HH:mm");
}

// A tick step that gives four to eight labels over `span`, on round clock times.
qint64 tickStepFor(qint64 span) {
    static const qint64 steps[] = {10000, 15000, 30000, 60000, 120000, 300000, 600000, 900000, 1800000,
                                   3600000, 7200000, 3 * 3600000LL, 6 * 3600000LL, 12 * 3600000LL, 24 * 3600000LL};
    for (qint64 step : steps)
        if (span / step <= 8) return step;
    return 24 * 3600000LL;
}

} // namespace

LagChartView::LagChartView(QWidget* parent) : QChartView(parent) {
    setObjectName(QStringLiteral("lagChart"));
    auto* c = new QChart;
    c->setMargins(QMargins(4, 4, 4, 4));
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setAnimationOptions(QChart::NoAnimation); // live data must not wobble
    m_x = new QDateTimeAxis(c);
    m_y = new QValueAxis(c);
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    m_y->setMin(0);
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_y, Qt::AlignLeft);
    setChart(c);
    followPalette(this); // light and dark themes
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::HorizontalRubberBand);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(tr("Drag to zoom into a stretch of time, Shift+drag or arrow keys to pan, the "
                  "wheel to zoom, double-click or Escape to see the whole range again"));
    connect(m_x, &QDateTimeAxis::rangeChanged, this, [this] {
        if (m_cursor) hideReading();
    });
}

int LagChartView::seriesCount() const {
    return int(m_data.size());
}

void LagChartView::setSeries(const QList<Series>& series, qint64 fromMs, qint64 toMs, const QString& unit) {
    QChart* c = chart();
    hideReading();
    c->removeAllSeries();
    m_data.clear();
    m_unit = unit;
    m_y->setTitleText(unit);
    for (const Series& s : series) {
        auto* line = new QLineSeries(c);
        line->setName(s.name);
        line->replace(s.points);
        c->addSeries(line);
        line->attachAxis(m_x);
        line->attachAxis(m_y);
        m_data.append({s.name, s.points});
    }
    c->legend()->setVisible(series.size() > 1);
    const bool keepZoom = m_zoomed && m_fullFrom == qreal(fromMs);
    // The whole range ends on a round time, so the labels read 10:05, 10:10...; the
    // clock's offset from UTC keeps hours round in local time.
    const qint64 step = tickStepFor(std::max<qint64>(toMs - fromMs, 1000));
    const qint64 offset = QDateTime::fromMSecsSinceEpoch(toMs).offsetFromUtc() * 1000LL;
    const qint64 end = ((toMs + offset + step - 1) / step) * step - offset;
    const qint64 start = end - ((end - fromMs + step - 1) / step) * step;
    m_ticks = int((end - start) / step) + 1;
    m_fullFrom = qreal(start);
    m_fullTo = qreal(end);
    if (!keepZoom) {
        setXRange(m_fullFrom, m_fullTo, false);
    } else {
        m_x->setFormat(timeFormat(m_x->max().toMSecsSinceEpoch() - m_x->min().toMSecsSinceEpoch()));
        fitY();
    }
}

void LagChartView::setXRange(qreal from, qreal to, bool zoomed) {
    from = std::max(from, m_fullFrom - (m_fullTo - m_fullFrom));
    if (to - from < 1000) to = from + 1000;
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(from)), QDateTime::fromMSecsSinceEpoch(qint64(to)));
    m_x->setFormat(timeFormat(to - from));
    // Round ticks for the whole range; a zoomed stretch has whatever times it has.
    m_x->setTickCount(!zoomed && m_ticks > 1 ? m_ticks : std::clamp(width() / 110, 3, 9));
    fitY();
    if (zoomed != m_zoomed) {
        m_zoomed = zoomed;
        emit zoomChanged(zoomed);
    }
}

void LagChartView::fitY() {
    const qreal from = qreal(m_x->min().toMSecsSinceEpoch());
    const qreal to = qreal(m_x->max().toMSecsSinceEpoch());
    qreal top = 0;
    for (const auto& [name, points] : m_data)
        for (const QPointF& p : points)
            if (p.x() >= from && p.x() <= to) top = std::max(top, p.y());
    m_y->setRange(0, top <= 0 ? 1 : top * 1.1);
    m_y->applyNiceNumbers();
    m_y->setLabelFormat(top < 10 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
}

void LagChartView::resetZoom() {
    setXRange(m_fullFrom, m_fullTo, false);
}

void LagChartView::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && event->modifiers() & Qt::ShiftModifier) {
        m_panning = true;
        m_panStart = event->position();
        setRubberBand(QChartView::NoRubberBand);
        return;
    }
    if (event->button() == Qt::RightButton) {
        // Right-click steps back out, as Qt Charts' own gesture does, but within bounds.
        event->accept();
        const qreal from = qreal(m_x->min().toMSecsSinceEpoch());
        const qreal to = qreal(m_x->max().toMSecsSinceEpoch());
        const qreal mid = (from + to) / 2, half = (to - from);
        const qreal a = std::max(m_fullFrom, mid - half), b = std::min(m_fullTo, mid + half);
        setXRange(a, b, a > m_fullFrom || b < m_fullTo);
        return;
    }
    QChartView::mousePressEvent(event);
}

void LagChartView::mouseMoveEvent(QMouseEvent* event) {
    if (m_panning) {
        const qreal dx = event->position().x() - m_panStart.x();
        m_panStart = event->position();
        chart()->scroll(-dx, 0);
        m_x->setFormat(timeFormat(m_x->max().toMSecsSinceEpoch() - m_x->min().toMSecsSinceEpoch()));
        fitY();
        if (!m_zoomed) {
            m_zoomed = true;
            emit zoomChanged(true);
        }
        return;
    }
    QChartView::mouseMoveEvent(event);
    showReading(event->position());
}

void LagChartView::mouseReleaseEvent(QMouseEvent* event) {
    if (m_panning) {
        m_panning = false;
        setRubberBand(QChartView::HorizontalRubberBand);
        return;
    }
    if (event->button() == Qt::RightButton) return;
    const qreal before = qreal(m_x->max().toMSecsSinceEpoch() - m_x->min().toMSecsSinceEpoch());
    QChartView::mouseReleaseEvent(event);
    const qreal after = qreal(m_x->max().toMSecsSinceEpoch() - m_x->min().toMSecsSinceEpoch());
    if (after != before) setXRange(qreal(m_x->min().toMSecsSinceEpoch()), qreal(m_x->max().toMSecsSinceEpoch()), true);
}

void LagChartView::mouseDoubleClickEvent(QMouseEvent* event) {
    Q_UNUSED(event);
    resetZoom();
}

void LagChartView::wheelEvent(QWheelEvent* event) {
    const qreal from = qreal(m_x->min().toMSecsSinceEpoch());
    const qreal to = qreal(m_x->max().toMSecsSinceEpoch());
    const QPointF value = chart()->mapToValue(event->position(), chart()->series().isEmpty() ? nullptr : chart()->series().front());
    const qreal anchor = std::clamp(value.x(), from, to);
    const qreal factor = event->angleDelta().y() > 0 ? 0.8 : 1.25;
    qreal a = anchor - (anchor - from) * factor;
    qreal b = anchor + (to - anchor) * factor;
    a = std::max(a, m_fullFrom);
    b = std::min(b, m_fullTo);
    setXRange(a, b, a > m_fullFrom || b < m_fullTo);
    event->accept();
}

void LagChartView::keyPressEvent(QKeyEvent* event) {
    const qreal from = qreal(m_x->min().toMSecsSinceEpoch());
    const qreal to = qreal(m_x->max().toMSecsSinceEpoch());
    const qreal step = (to - from) / 5;
    switch (event->key()) {
    case Qt::Key_Left:
        setXRange(from - step, to - step, true);
        return;
    case Qt::Key_Right:
        setXRange(from + step, to + step, true);
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        setXRange(from + step, to - step, true);
        return;
    case Qt::Key_Minus:
        setXRange(std::max(m_fullFrom, from - step), std::min(m_fullTo, to + step), true);
        return;
    case Qt::Key_Escape:
    case Qt::Key_0:
        resetZoom();
        return;
    default:
        QChartView::keyPressEvent(event);
    }
}

void LagChartView::leaveEvent(QEvent* event) {
    hideReading();
    QChartView::leaveEvent(event);
}

QString LagChartView::readingAt(qint64 timeMs) const {
    QStringList lines;
    for (const auto& [name, points] : m_data)
        if (auto p = nearestPoint(points, qreal(timeMs))) lines << tr("%1: %2").arg(name, formatValue(p->y()));
    return lines.join(QLatin1Char('\n'));
}

void LagChartView::showReading(const QPointF& position) {
    const QRectF plot = chart()->plotArea();
    if (!plot.contains(position) || m_data.isEmpty() || chart()->series().isEmpty()) return hideReading();
    const QPointF value = chart()->mapToValue(position, chart()->series().front());
    const qint64 time = qint64(value.x());
    const QString text = QLocale().toString(QDateTime::fromMSecsSinceEpoch(time), QStringLiteral("HH:mm:ss")) +
                         QLatin1Char('\n') + readingAt(time);
    if (!m_cursor) {
        m_cursor = new QGraphicsLineItem(chart());
        m_cursor->setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
        m_readingBox = new QGraphicsRectItem(chart());
        m_readingBox->setBrush(palette().color(QPalette::ToolTipBase));
        m_readingBox->setPen(QPen(palette().color(QPalette::Mid)));
        m_reading = new QGraphicsSimpleTextItem(m_readingBox);
        m_reading->setBrush(palette().color(QPalette::ToolTipText));
        m_cursor->setZValue(10);
        m_readingBox->setZValue(11);
    }
    m_cursor->setLine(QLineF(position.x(), plot.top(), position.x(), plot.bottom()));
    m_reading->setText(text);
    const QRectF r = m_reading->boundingRect().adjusted(-6, -4, 6, 4);
    QPointF at(position.x() + 12, plot.top() + 8);
    if (at.x() + r.width() > plot.right()) at.setX(position.x() - 12 - r.width());
    m_readingBox->setRect(QRectF(QPointF(0, 0), r.size()));
    m_readingBox->setPos(at);
    m_reading->setPos(6, 4);
    m_cursor->show();
    m_readingBox->show();
}

void LagChartView::hideReading() {
    if (!m_cursor) return;
    m_cursor->hide();
    m_readingBox->hide();
}

} // namespace samsa::ui
