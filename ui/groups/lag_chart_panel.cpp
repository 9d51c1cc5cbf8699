#include "ui/groups/lag_chart_panel.h"

#include "app/monitor/group_monitor.h"
#include "ui/groups/lag_chart_view.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace samsa::ui {

namespace {

constexpr int KeyRole = Qt::UserRole;

QString groupKey(const QString& group) {
    return QStringLiteral("group:") + group;
}

} // namespace

LagChartPanel::LagChartPanel(monitor::GroupMonitor* monitor, QString groupId, QWidget* parent)
    : QWidget(parent), m_monitor(monitor), m_groupId(std::move(groupId)) {
    setObjectName(QStringLiteral("lagPanel"));
    m_chart = new LagChartView(this);

    auto* rangeRow = new QHBoxLayout;
    m_ranges = new QButtonGroup(this);
    const std::pair<Range, QString> ranges[] = {
        {Range::FiveMinutes, tr("5 min")},
        {Range::Hour, tr("1 hour")},
        {Range::Day, tr("24 hours")},
        {Range::Week, tr("7 days")},
    };
    for (const auto& [range, text] : ranges) {
        auto* button = new QToolButton(this);
        button->setText(text);
        button->setCheckable(true);
        button->setChecked(range == m_range);
        button->setAutoRaise(true);
        m_ranges->addButton(button, int(range));
        rangeRow->addWidget(button);
    }
    rangeRow->addSpacing(12);
    m_metric = new QComboBox(this);
    m_metric->setObjectName(QStringLiteral("lagMetric"));
    m_metric->addItem(tr("Lag (messages)"), int(LagMetric::Lag));
    m_metric->addItem(tr("Time lag (seconds)"), int(LagMetric::TimeLag));
    m_metric->addItem(tr("Consume rate (messages/s)"), int(LagMetric::ConsumeRate));
    m_metric->addItem(tr("Produce rate (messages/s)"), int(LagMetric::ProduceRate));
    m_metric->setToolTip(tr("Rates come from how fast the committed offsets (consume) and the "
                            "log end offsets (produce) advance between samples"));
    rangeRow->addWidget(m_metric);
    rangeRow->addStretch(1);
    auto* reset = new QPushButton(tr("Whole range"), this);
    reset->setToolTip(tr("Undo zooming and panning (Escape)"));
    reset->setEnabled(false);
    rangeRow->addWidget(reset);

    m_series = new QListWidget(this);
    m_series->setObjectName(QStringLiteral("lagSeries"));
    m_series->setToolTip(tr("Tick several entries to compare them on one chart"));
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(new QLabel(tr("Show"), side));
    sideLayout->addWidget(m_series, 1);
    sideLayout->addWidget(m_note);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_chart);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 1);
    splitter->setSizes({700, 200});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(rangeRow);
    layout->addWidget(splitter, 1);

    connect(m_ranges, &QButtonGroup::idClicked, this, [this](int id) { setRange(Range(id)); });
    connect(m_metric, &QComboBox::currentIndexChanged, this, &LagChartPanel::reload);
    connect(m_series, &QListWidget::itemChanged, this, &LagChartPanel::reload);
    connect(reset, &QPushButton::clicked, m_chart, &LagChartView::resetZoom);
    connect(m_chart, &LagChartView::zoomChanged, reset, &QPushButton::setEnabled);
    connect(m_monitor, &monitor::GroupMonitor::sampled, this, [this] {
        updateSeriesList();
        // Live while the range ends now; long ranges change slowly, so less often.
        const qint64 every = m_range == Range::FiveMinutes ? 0 : m_range == Range::Hour ? 10000 : 60000;
        if (!m_chart->isZoomed() && (!m_sinceLoad.isValid() || m_sinceLoad.elapsed() >= every)) reload();
    });
    updateSeriesList();
    reload();
}

qint64 LagChartPanel::rangeMs() const {
    switch (m_range) {
    case Range::FiveMinutes:
        return 5 * 60 * 1000LL;
    case Range::Hour:
        return 3600 * 1000LL;
    case Range::Day:
        return 24 * 3600 * 1000LL;
    case Range::Week:
        return 7 * 24 * 3600 * 1000LL;
    }
    return 3600 * 1000LL;
}

void LagChartPanel::setRange(Range range) {
    m_range = range;
    if (auto* button = m_ranges->button(int(range))) button->setChecked(true);
    m_chart->resetZoom();
    reload();
}

void LagChartPanel::setMetric(LagMetric metric) {
    m_metric->setCurrentIndex(m_metric->findData(int(metric)));
}

QListWidgetItem* LagChartPanel::addItem(const QString& key, const QString& text, const QString& toolTip,
                                        bool checked) {
    auto* item = new QListWidgetItem(text);
    item->setData(KeyRole, key);
    item->setToolTip(toolTip);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    m_series->addItem(item);
    return item;
}

void LagChartPanel::updateSeriesList() {
    QStringList wanted{groupKey(m_groupId)};
    QHash<QString, std::pair<QString, QString>> labels;
    labels.insert(groupKey(m_groupId), {tr("%1 (all partitions)").arg(m_groupId), tr("Lag summed over the whole group")});
    const monitor::SnapshotPtr snapshot = m_monitor->latest();
    if (snapshot) {
        if (const monitor::GroupSnapshot* g = snapshot->group(m_groupId)) {
            for (const QString& topic : g->topics) {
                wanted << QStringLiteral("topic:") + topic;
                labels.insert(wanted.back(), {tr("topic %1").arg(topic), tr("Lag summed over topic %1").arg(topic)});
            }
            for (const monitor::PartitionState& p : g->partitions) {
                wanted << QStringLiteral("partition:%1:%2").arg(p.key.topic).arg(p.key.partition);
                labels.insert(wanted.back(), {p.key.toString(), tr("Partition %1 of %2").arg(p.key.partition).arg(p.key.topic)});
            }
        }
        for (const monitor::GroupSnapshot& other : snapshot->groups) {
            if (other.groupId == m_groupId) continue;
            wanted << groupKey(other.groupId);
            //: A series of another group, for comparing groups on one chart.
            labels.insert(wanted.back(), {tr("group %1").arg(other.groupId), tr("Total lag of group %1").arg(other.groupId)});
        }
    }
    QSet<QString> present;
    for (int i = 0; i < m_series->count(); ++i)
        present.insert(m_series->item(i)->data(KeyRole).toString());
    const QSignalBlocker blocker(m_series);
    for (const QString& key : wanted)
        if (!present.contains(key)) addItem(key, labels[key].first, labels[key].second, key == groupKey(m_groupId));
}

QStringList LagChartPanel::shownSeries() const {
    QStringList keys;
    for (int i = 0; i < m_series->count(); ++i)
        if (m_series->item(i)->checkState() == Qt::Checked) keys << m_series->item(i)->data(KeyRole).toString();
    return keys;
}

void LagChartPanel::showSeries(const QStringList& keys) {
    updateSeriesList();
    {
        const QSignalBlocker blocker(m_series);
        for (int i = 0; i < m_series->count(); ++i) {
            QListWidgetItem* item = m_series->item(i);
            item->setCheckState(keys.contains(item->data(KeyRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    reload();
}

void LagChartPanel::reload() {
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 from = now - rangeMs();
    QList<monitor::LagQuery> queries;
    QStringList names;
    for (int i = 0; i < m_series->count(); ++i) {
        QListWidgetItem* item = m_series->item(i);
        if (item->checkState() != Qt::Checked) continue;
        const QString key = item->data(KeyRole).toString();
        monitor::LagQuery q;
        q.fromMs = from;
        q.toMs = now;
        q.groupId = m_groupId;
        if (key.startsWith(QLatin1String("group:"))) {
            q.groupId = key.mid(6);
        } else if (key.startsWith(QLatin1String("topic:"))) {
            q.topic = key.mid(6);
        } else {
            const int split = key.lastIndexOf(QLatin1Char(':'));
            q.topic = key.mid(10, split - 10);
            q.partition = key.mid(split + 1).toInt();
        }
        queries.append(q);
        names << item->text();
    }
    const auto metric = LagMetric(m_metric->currentData().toInt());
    m_loading = true;
    m_sinceLoad.start();
    m_monitor->queryLag(queries, this, [this, names, from, now, metric](const QList<QList<monitor::SeriesPoint>>& results) {
        m_loading = false;
        QList<LagChartView::Series> series;
        bool any = false;
        for (qsizetype i = 0; i < results.size() && i < names.size(); ++i) {
            series.append({names[i], chartPoints(results[i], metric)});
            any = any || !series.back().points.isEmpty();
        }
        QString unit;
        switch (metric) {
        case LagMetric::Lag:
            unit = tr("messages behind");
            break;
        case LagMetric::TimeLag:
            unit = tr("seconds behind");
            break;
        case LagMetric::ConsumeRate:
        case LagMetric::ProduceRate:
            unit = tr("messages per second");
            break;
        }
        m_chart->setSeries(series, from, now, unit);
        if (series.isEmpty())
            m_note->setText(tr("Tick a series to draw it."));
        else if (!any)
            m_note->setText(tr("No history in this range yet: the monitor records a sample of "
                               "every group at each interval."));
        else
            m_note->setText(tr("Per-partition history is kept for two days, group and topic "
                               "totals for two weeks."));
        emit loaded();
        if (std::exchange(m_reloadAgain, false)) reload();
    });
}

} // namespace samsa::ui
