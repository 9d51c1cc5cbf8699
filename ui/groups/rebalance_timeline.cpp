#include "ui/groups/rebalance_timeline.h"

#include "ui/groups/group_format.h"

#include <cmath>

#include <QDateTime>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QWheelEvent>

namespace samsa::ui {

namespace {

constexpr int kMargin = 8;
constexpr int kNoteRow = 18;

// Tick spacing that gives a handful of labels over the range.
qint64 tickStep(qint64 spanMs) {
    static const qint64 steps[] = {1000,      5000,       10000,      30000,       60000,
                                   300000,    600000,     1800000,    3600000,     3 * 3600000LL,
                                   6 * 3600000LL, 12 * 3600000LL, 24 * 3600000LL};
    for (qint64 s : steps)
        if (spanMs / s <= 8) return s;
    return 24 * 3600000LL;
}

QString pauseText(qint64 ms) {
    if (ms < 10000) return QLocale().toString(double(ms) / 1000.0, 'f', 1) + RebalanceTimeline::tr(" s");
    return formatTimeLag(ms);
}

// "0.4 s", or "0.1–0.6 s" when sampling only brackets the start.
QString pauseRange(const TimelineLayout::Pause& p) {
    const qint64 least = p.toMs - p.fromMs, most = p.toMs - p.earliestMs;
    if (!p.startKnown) return RebalanceTimeline::tr("≤ %1").arg(pauseText(most));
    if (most - least < 100) return pauseText(least);
    //: A duration between two bounds, e.g. "0.1–0.6 s".
    return RebalanceTimeline::tr("%1–%2").arg(QLocale().toString(double(least) / 1000.0, 'f', 1), pauseText(most));
}

} // namespace

RebalanceTimeline::RebalanceTimeline(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("rebalanceTimeline"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

void RebalanceTimeline::setTimeline(const monitor::Timeline& timeline, qint64 fromMs, qint64 toMs, qint64 nowMs) {
    m_timeline = timeline;
    m_from = fromMs;
    m_to = std::max(toMs, fromMs + 1000);
    m_now = nowMs;
    m_layout = layoutTimeline(timeline.generations, nowMs);
    if (m_selected >= m_timeline.generations.size()) m_selected = -1;
    if (m_fit) {
        fitToGenerations();
    } else {
        // Keep the user's view, inside what was loaded.
        m_viewFrom = std::max(m_viewFrom, m_from);
        m_viewTo = std::min(std::max(m_viewTo, m_viewFrom + 1000), m_to);
    }
    updateGeometry();
    update();
}

void RebalanceTimeline::fitToGenerations() {
    m_fit = true;
    qint64 first = m_now;
    for (const auto& pause : m_layout.pauses)
        first = std::min(first, pause.fromMs);
    for (const auto& g : m_timeline.generations)
        if (g.stableMs >= m_from) first = std::min(first, g.stableMs);
    if (m_timeline.generations.isEmpty()) first = m_from;
    first = std::max(first, m_from);
    const qint64 pad = std::max<qint64>((m_now - first) / 12, 3000);
    m_viewFrom = std::max(m_from, first - pad);
    m_viewTo = std::max(m_now + pad / 3, m_viewFrom + 1000);
    update();
}

void RebalanceTimeline::selectGeneration(int index) {
    if (index < -1 || index >= m_timeline.generations.size() || index == m_selected) return;
    m_selected = index;
    update();
    emit generationSelected(index);
}

int RebalanceTimeline::laneHeight() const {
    return fontMetrics().height() * 2;
}

int RebalanceTimeline::headerHeight() const {
    return fontMetrics().height() * 3;
}

int RebalanceTimeline::labelWidth() const {
    // Measured with fractional advances and rounded up: the integer advance can come out a
    // pixel short of what elidedText() needs, which cut short names like "lab-1" to "l…1".
    const QFontMetricsF fm(font());
    qreal w = fm.horizontalAdvance(tr("Members"));
    for (const auto& lane : m_layout.lanes) w = std::max(w, fm.horizontalAdvance(lane.name));
    const qreal widest = fm.horizontalAdvance(QLatin1Char('m')) * 22;
    return int(std::ceil(std::min(w, widest))) + 1 + 2 * kMargin;
}

int RebalanceTimeline::laneTop(int lane) const {
    return headerHeight() + lane * laneHeight();
}

QSize RebalanceTimeline::sizeHint() const {
    return QSize(800, headerHeight() + std::max<int>(3, int(m_layout.lanes.size())) * laneHeight() + 12 +
                          2 * kNoteRow + kMargin);
}

QSize RebalanceTimeline::minimumSizeHint() const {
    return QSize(300, headerHeight() + laneHeight() + 12 + 2 * kNoteRow + kMargin);
}

qreal RebalanceTimeline::xOf(qint64 t) const {
    const qreal left = labelWidth(), right = width() - kMargin;
    return left + (right - left) * qreal(t - m_viewFrom) / qreal(m_viewTo - m_viewFrom);
}

qint64 RebalanceTimeline::timeAt(qreal x) const {
    const qreal left = labelWidth(), right = width() - kMargin;
    return m_viewFrom + qint64((x - left) / std::max<qreal>(1, right - left) * qreal(m_viewTo - m_viewFrom));
}

QColor RebalanceTimeline::laneColor(int lane) const {
    // Well-separated hues, soft enough for dark text on top.
    QColor c = QColor::fromHsv((lane * 67 + 200) % 360, 90, 235);
    if (palette().color(QPalette::Base).lightness() < 128) c = c.darker(220);
    return c;
}

int RebalanceTimeline::generationAt(qreal x) const {
    const auto& gens = m_timeline.generations;
    for (int i = int(gens.size()) - 1; i >= 0; --i) {
        qreal start = xOf(gens[i].stableMs);
        for (const auto& p : m_layout.pauses)
            if (p.generation == i) start = std::min(start, xOf(p.fromMs));
        if (x >= start - 4 && x <= xOf(generationEndMs(gens, i, m_now)) + 1) return i;
    }
    return -1;
}

void RebalanceTimeline::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const int left = labelWidth();
    const int right = width() - kMargin;
    const int header = headerHeight();
    const int lanes = std::max<int>(1, int(m_layout.lanes.size()));
    const int bottom = laneTop(lanes);
    const QFontMetrics fm = fontMetrics();
    const QColor grid = pal.color(QPalette::Mid);
    const QColor text = pal.color(QPalette::Text);
    const QColor faint = pal.color(QPalette::PlaceholderText);

    // Lanes and their names.
    for (int lane = 0; lane < lanes; ++lane) {
        const QRect row(0, laneTop(lane), width(), laneHeight());
        if (lane % 2) p.fillRect(row, pal.color(QPalette::AlternateBase));
    }
    p.setPen(text);
    p.drawText(QRect(kMargin, 0, left - kMargin, header - 2), Qt::AlignLeft | Qt::AlignBottom, tr("Members"));
    for (int lane = 0; lane < m_layout.lanes.size(); ++lane)
        p.drawText(QRect(kMargin, laneTop(lane), left - 2 * kMargin, laneHeight()), Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(m_layout.lanes[lane].name, Qt::ElideMiddle, left - 2 * kMargin));

    // Time grid.
    const qint64 step = tickStep(m_viewTo - m_viewFrom);
    const qint64 offset = QDateTime::fromMSecsSinceEpoch(m_viewFrom).offsetFromUtc() * 1000LL;
    const QString format = step < 60000 ? QStringLiteral("HH:mm:ss") : step < 86400000 ? QStringLiteral("HH:mm") : QStringLiteral("MMM d");
    for (qint64 t = ((m_viewFrom + offset) / step + 1) * step - offset; t < m_viewTo; t += step) {
        const qreal x = xOf(t);
        p.setPen(QPen(grid, 1, Qt::DotLine));
        p.drawLine(QPointF(x, header - fm.height() / 2.0), QPointF(x, bottom));
        p.setPen(faint);
        // The "now" label has the corner where the present is.
        if (m_now <= m_viewTo && std::abs(x - xOf(m_now)) < 70) continue;
        p.drawText(QRectF(x - 60, 0, 120, fm.height() + 2), Qt::AlignCenter,
                   QLocale().toString(QDateTime::fromMSecsSinceEpoch(t), format));
    }

    p.save();
    p.setClipRect(QRect(left, 0, right - left, height()));
    const auto& gens = m_timeline.generations;
    // Generations: a header cell each, grey for empty ones.
    for (int i = 0; i < gens.size(); ++i) {
        const qreal x0 = xOf(gens[i].stableMs), x1 = xOf(generationEndMs(gens, i, m_now));
        const QRectF cell(x0, fm.height() + 2, std::max<qreal>(1, x1 - x0), fm.height() + 4);
        p.setPen(Qt::NoPen);
        p.setBrush(i == m_selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Button));
        p.drawRect(cell.adjusted(0.5, 0, -0.5, 0));
        p.setPen(i == m_selected ? pal.color(QPalette::HighlightedText) : text);
        const QString label = gens[i].generation >= 0 ? tr("gen %1").arg(gens[i].generation) : tr("gen ?");
        if (cell.width() > fm.horizontalAdvance(label) + 6) p.drawText(cell, Qt::AlignCenter, label);
        if (gens[i].members.isEmpty()) {
            p.setPen(Qt::NoPen);
            p.setBrush(QBrush(grid, Qt::BDiagPattern));
            p.drawRect(QRectF(x0, header, x1 - x0, bottom - header));
            p.setPen(faint);
            //: A generation of a group with no members.
            const QString empty = tr("empty");
            if (x1 - x0 > fm.horizontalAdvance(empty) + 8)
                p.drawText(QRectF(x0, header, x1 - x0, laneHeight()), Qt::AlignCenter, empty);
        }
    }
    // Members holding their partitions.
    for (const auto& span : m_layout.spans) {
        const QRectF r(xOf(span.fromMs), laneTop(span.lane) + 3, std::max<qreal>(2, xOf(span.toMs) - xOf(span.fromMs)),
                       laneHeight() - 6);
        p.setPen(QPen(laneColor(span.lane).darker(140), span.generation == m_selected ? 2 : 1));
        p.setBrush(laneColor(span.lane));
        p.drawRoundedRect(r.adjusted(1, 0, -1, 0), 3, 3);
        // A member the lab killed still holds its partitions until its session times
        // out, yet reads nothing: that stretch is hatched.
        for (const auto& e : m_timeline.events) {
            if (e.kind != monitor::GroupEvent::Kind::Note || e.fromState != QLatin1String("lab-kill") ||
                e.toState != m_layout.lanes[span.lane].clientId || e.timeMs < span.fromMs || e.timeMs >= span.toMs)
                continue;
            const QRectF dead(xOf(e.timeMs), r.top(), r.right() - xOf(e.timeMs), r.height());
            p.setPen(QPen(QColor(220, 50, 47), 1.5));
            p.setBrush(QBrush(QColor(220, 50, 47), Qt::BDiagPattern));
            p.drawRoundedRect(dead.adjusted(0, 0, -1, 0), 3, 3);
        }
        const QString owned = span.partitions.isEmpty() ? tr("nothing assigned") : formatPartitions(span.partitions);
        if (r.width() > 40) {
            p.setPen(laneColor(span.lane).lightness() < 128 ? QColor(Qt::white) : QColor(Qt::black));
            p.drawText(r.adjusted(6, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                       fm.elidedText(owned, Qt::ElideRight, int(r.width()) - 10));
        }
    }
    // Rebalances: the group did not consume. Labels that would overlap an earlier one
    // take a second row, or give way (the tool tip and the details still tell).
    const QColor pause(220, 50, 47);
    qreal labelEnd[2] = {-1e9, -1e9};
    for (const auto& pz : m_layout.pauses) {
        const qreal x0 = xOf(pz.fromMs), x1 = std::max(xOf(pz.toMs), x0 + 3);
        // Where sampling leaves the start uncertain, a fainter band.
        if (pz.earliestMs < pz.fromMs) {
            QColor unsure = pause;
            unsure.setAlpha(40);
            p.setPen(Qt::NoPen);
            p.setBrush(unsure);
            p.drawRect(QRectF(xOf(pz.earliestMs), header, x0 - xOf(pz.earliestMs), bottom - header));
        }
        QColor fill = pause;
        fill.setAlpha(pz.generation == m_selected ? 150 : 90);
        p.setPen(QPen(pause, 1, pz.startKnown ? Qt::SolidLine : Qt::DashLine));
        p.setBrush(fill);
        p.drawRect(QRectF(x0, header, x1 - x0, bottom - header));
        //: Under a rebalance: how long the group stopped consuming.
        const QString label = tr("paused %1").arg(pauseRange(pz));
        p.setPen(pause.darker(130));
        const qreal width = fm.horizontalAdvance(label) + 6;
        const qreal at = std::max(xOf(pz.earliestMs), qreal(left)) + 1;
        for (int row = 0; row < 2; ++row) {
            if (at <= labelEnd[row]) continue;
            p.drawText(QRectF(at, bottom + 12 + row * (kNoteRow - 4), width, kNoteRow - 2),
                       Qt::AlignLeft | Qt::AlignVCenter, label);
            labelEnd[row] = at + width;
            break;
        }
    }
    // Notes (lab actions) as small triangles under the lanes.
    for (const auto& e : m_timeline.events) {
        if (e.kind != monitor::GroupEvent::Kind::Note) continue;
        const qreal x = xOf(e.timeMs);
        QPainterPath tri;
        tri.moveTo(x, bottom + 2);
        tri.lineTo(x - 5, bottom + 11);
        tri.lineTo(x + 5, bottom + 11);
        tri.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(pal.color(QPalette::Highlight));
        p.drawPath(tri);
    }
    // Now: where the current generation's lanes end.
    if (m_now <= m_viewTo) {
        const qreal x = xOf(m_now);
        p.setPen(QPen(pal.color(QPalette::Highlight), 1));
        p.drawLine(QPointF(x, header - 2), QPointF(x, bottom));
        //: Marks the present moment on the rebalance timeline.
        const QString now = tr("now");
        p.setBrush(pal.color(QPalette::Base));
        p.setPen(Qt::NoPen);
        const QRectF box(x - fm.horizontalAdvance(now) - 6, 0, fm.horizontalAdvance(now) + 6, fm.height() + 2);
        p.drawRect(box);
        p.setPen(pal.color(QPalette::Highlight));
        p.drawText(box, Qt::AlignRight | Qt::AlignVCenter, now);
    }
    if (hasFocus() && m_selected >= 0) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        const qreal x0 = xOf(gens[m_selected].stableMs);
        p.drawRect(QRectF(x0 - 2, header, xOf(generationEndMs(gens, m_selected, m_now)) - x0 + 4, bottom - header));
    }
    p.restore();
    if (gens.isEmpty()) {
        p.setPen(faint);
        p.drawText(QRect(left, header, right - left, bottom - header), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No generation recorded in this range. Rebalances appear here as the "
                      "monitor sees them, and from __consumer_offsets where it can be read."));
    }
}

void RebalanceTimeline::mousePressEvent(QMouseEvent* event) {
    setFocus(Qt::MouseFocusReason);
    if (event->button() == Qt::LeftButton) m_pressedAt = event->position();
}

void RebalanceTimeline::mouseMoveEvent(QMouseEvent* event) {
    if (!m_pressedAt) return QWidget::mouseMoveEvent(event);
    const qreal dx = event->position().x() - m_pressedAt->x();
    if (!m_panning && std::abs(dx) < 4) return;
    // Dragging pans through time.
    m_panning = true;
    m_fit = false;
    const qint64 shift = timeAt(m_pressedAt->x()) - timeAt(event->position().x());
    m_viewFrom += shift;
    m_viewTo += shift;
    m_pressedAt = event->position();
    setCursor(Qt::ClosedHandCursor);
    update();
}

void RebalanceTimeline::mouseReleaseEvent(QMouseEvent* event) {
    const bool click = m_pressedAt && !m_panning;
    m_pressedAt.reset();
    m_panning = false;
    unsetCursor();
    if (!click) return;
    const int g = generationAt(event->position().x());
    if (g >= 0) selectGeneration(g);
}

void RebalanceTimeline::mouseDoubleClickEvent(QMouseEvent*) {
    fitToGenerations();
}

void RebalanceTimeline::wheelEvent(QWheelEvent* event) {
    const qint64 anchor = timeAt(event->position().x());
    const double factor = event->angleDelta().y() > 0 ? 0.8 : 1.25;
    m_viewFrom = anchor - qint64(double(anchor - m_viewFrom) * factor);
    m_viewTo = anchor + qint64(double(m_viewTo - anchor) * factor);
    m_viewFrom = std::max(m_viewFrom, m_from);
    m_viewTo = std::max(m_viewTo, m_viewFrom + 2000);
    m_fit = false;
    update();
    event->accept();
}

void RebalanceTimeline::keyPressEvent(QKeyEvent* event) {
    const int count = int(m_timeline.generations.size());
    if (count == 0) return QWidget::keyPressEvent(event);
    switch (event->key()) {
    case Qt::Key_Left:
        selectGeneration(m_selected < 0 ? count - 1 : std::max(0, m_selected - 1));
        return;
    case Qt::Key_Right:
        selectGeneration(m_selected < 0 ? count - 1 : std::min(count - 1, m_selected + 1));
        return;
    case Qt::Key_Home:
        selectGeneration(0);
        return;
    case Qt::Key_End:
        selectGeneration(count - 1);
        return;
    case Qt::Key_Escape:
        fitToGenerations();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

QString RebalanceTimeline::toolTipAt(const QPoint& pos) const {
    const int bottom = laneTop(std::max<int>(1, int(m_layout.lanes.size())));
    const qint64 t = timeAt(pos.x());
    if (pos.y() > bottom) {
        for (const auto& e : m_timeline.events)
            if (e.kind == monitor::GroupEvent::Kind::Note && std::abs(xOf(e.timeMs) - pos.x()) <= 6)
                return formatMoment(e.timeMs) + QStringLiteral("  ") + e.text;
    }
    for (const auto& pz : m_layout.pauses)
        if (pos.x() >= xOf(pz.earliestMs) - 2 && pos.x() <= std::max(xOf(pz.toMs), xOf(pz.fromMs) + 3) + 2) {
            if (pz.startKnown)
                return tr("Rebalance: the group did not consume for %1 (seen rebalancing at %2, stable at %3)")
                    .arg(pauseRange(pz), formatMoment(pz.fromMs), formatMoment(pz.toMs));
            return tr("Rebalance between two samples: stable again at %1, at most %2 after the "
                      "previous sample")
                .arg(formatMoment(pz.toMs), pauseText(pz.toMs - pz.fromMs));
        }
    const int laneIndex = (pos.y() - headerHeight()) / laneHeight();
    for (const auto& span : m_layout.spans)
        if (span.lane == laneIndex && t >= span.fromMs && t <= span.toMs)
            return tr("%1 in generation %2: %3")
                .arg(m_layout.lanes[span.lane].name,
                     m_timeline.generations[span.generation].generation >= 0
                         ? QString::number(m_timeline.generations[span.generation].generation)
                         : QStringLiteral("?"),
                     span.partitions.isEmpty() ? tr("nothing assigned") : formatPartitions(span.partitions));
    return {};
}

bool RebalanceTimeline::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace samsa::ui
