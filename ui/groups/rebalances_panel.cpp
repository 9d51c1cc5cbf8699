#include "ui/groups/rebalances_panel.h"

#include "app/monitor/group_monitor.h"
#include "ui/groups/rebalance_details.h"
#include "ui/groups/rebalance_timeline.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace samsa::ui {

RebalancesPanel::RebalancesPanel(monitor::GroupMonitor* monitor, QString groupId, QWidget* parent)
    : QWidget(parent), m_monitor(monitor), m_groupId(std::move(groupId)) {
    setObjectName(QStringLiteral("rebalancesPanel"));
    auto* rangeRow = new QHBoxLayout;
    rangeRow->addWidget(new QLabel(tr("Show the last"), this));
    m_ranges = new QButtonGroup(this);
    const std::pair<qint64, QString> ranges[] = {
        {15 * 60 * 1000LL, tr("15 min")},
        {3600 * 1000LL, tr("hour")},
        {24 * 3600 * 1000LL, tr("24 hours")},
        {7 * 24 * 3600 * 1000LL, tr("7 days")},
    };
    for (const auto& [ms, text] : ranges) {
        auto* button = new QToolButton(this);
        button->setText(text);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setChecked(ms == m_rangeMs);
        m_ranges->addButton(button, int(ms / 1000));
        rangeRow->addWidget(button);
    }
    rangeRow->addStretch(1);
    auto* legend = new QLabel(tr("Lanes are members. Red: rebalances, when the group did not "
                                 "consume; hatched: a dead member still holding partitions; "
                                 "triangles: lab actions. Drag or scroll to move in time."),
                              this);
    legend->setWordWrap(true);
    legend->setForegroundRole(QPalette::PlaceholderText);

    m_timeline = new RebalanceTimeline(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_timeline);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("rebalanceDetails"));
    m_details->setOpenLinks(false);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(scroll);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(rangeRow);
    layout->addWidget(legend);
    layout->addWidget(splitter, 1);

    connect(m_ranges, &QButtonGroup::idClicked, this, [this](int seconds) { setRangeMs(seconds * 1000LL); });
    connect(m_timeline, &RebalanceTimeline::generationSelected, this, [this](int index) {
        // Picking an older rebalance stops the view from jumping to each new one.
        m_followLatest = index == m_timeline->timeline().generations.size() - 1;
        showDetails();
    });
    connect(m_monitor, &monitor::GroupMonitor::generationsChanged, this, [this](const QStringList& groups) {
        if (groups.contains(m_groupId)) reload();
    });
    connect(m_monitor, &monitor::GroupMonitor::sampled, this, [this] {
        // The current generation grows to "now".
        if (!m_sinceLoad.isValid() || m_sinceLoad.elapsed() > 5000) reload();
    });
    reload();
}

void RebalancesPanel::setRangeMs(qint64 ms) {
    m_rangeMs = ms;
    if (auto* b = m_ranges->button(int(ms / 1000))) b->setChecked(true);
    reload();
}

void RebalancesPanel::reload() {
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    m_sinceLoad.start();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 from = now - m_rangeMs;
    m_monitor->queryTimeline(m_groupId, from, now, this, [this, from, now](const monitor::Timeline& t) {
        m_loading = false;
        const int before = m_timeline->selectedGeneration();
        const qsizetype oldCount = m_timeline->timeline().generations.size();
        m_timeline->setTimeline(t, from, now, now);
        const int count = int(t.generations.size());
        if (count > 0 && (m_followLatest || before < 0 || count != oldCount))
            m_timeline->selectGeneration(m_followLatest || before < 0 ? count - 1 : std::min(before, count - 1));
        showDetails();
        emit loaded();
        if (std::exchange(m_reloadAgain, false)) reload();
    });
}

void RebalancesPanel::showDetails() {
    const QString html = rebalanceDetailsHtml(m_timeline->timeline(), m_timeline->selectedGeneration(),
                                              QDateTime::currentMSecsSinceEpoch());
    // Unchanged text is not set again: that would scroll the reader back to the top.
    if (html == m_detailsHtml) return;
    m_detailsHtml = html;
    m_details->setHtml(html);
}

} // namespace samsa::ui
