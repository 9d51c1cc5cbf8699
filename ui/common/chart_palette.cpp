#include "ui/common/chart_palette.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLegend>

namespace samsa::ui {

namespace {

QColor mix(const QColor& a, const QColor& b, double share) {
    return QColor::fromRgbF(a.redF() * (1 - share) + b.redF() * share,
                            a.greenF() * (1 - share) + b.greenF() * share,
                            a.blueF() * (1 - share) + b.blueF() * share);
}

void applyPalette(QChartView* view) {
    QChart* chart = view->chart();
    if (!chart) return;
    const QPalette palette = view->palette();
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    chart->setBackgroundBrush(base);
    chart->setBackgroundPen(QPen(mix(base, text, 0.15)));
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(mix(base, text, 0.12));
        axis->setMinorGridLineColor(mix(base, text, 0.06));
        axis->setLinePenColor(mix(base, text, 0.35));
    }
}

class PaletteFollower : public QObject {
public:
    explicit PaletteFollower(QChartView* view) : QObject(view), m_view(view) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::PaletteChange || event->type() == QEvent::Polish)
            applyPalette(m_view);
        return QObject::eventFilter(watched, event);
    }

private:
    QChartView* m_view;
};

} // namespace

void followPalette(QChartView* view) {
    applyPalette(view);
    view->installEventFilter(new PaletteFollower(view));
}

} // namespace samsa::ui
