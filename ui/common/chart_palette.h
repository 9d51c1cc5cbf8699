#pragma once

class QChartView;

namespace samsa::ui {

// Qt Charts paints with its own light theme whatever the application's palette is, so a
// chart would stay white in the dark theme. This gives the chart of `view` the colours
// of the view's palette (background, labels, grid, legend), now and whenever the
// palette changes. Series keep their own colours.
void followPalette(QChartView* view);

} // namespace samsa::ui
