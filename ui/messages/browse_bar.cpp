#include "ui/messages/browse_bar.h"

#include "ui/messages/problem_label.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace samsa::ui {

using app::BrowseOrder;
using app::BrowseStart;

namespace {

QFrame* separator(QWidget* parent) {
    auto* line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

} // namespace

BrowseBar::BrowseBar(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("messageBrowseBar"));
    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(4);

    // Where and from where.
    auto* first = new QHBoxLayout;
    m_partition = new QComboBox(this);
    m_partition->setObjectName(QStringLiteral("browsePartition"));
    m_partition->setToolTip(tr("Browse one partition, or all of them"));
    m_partition->addItem(tr("All partitions"), -1);
    first->addWidget(m_partition);

    m_startKind = new QComboBox(this);
    m_startKind->setObjectName(QStringLiteral("browseStart"));
    m_startKind->addItem(tr("Earliest"), int(BrowseStart::Kind::Earliest));
    m_startKind->setItemData(0, tr("The oldest record the log still holds"), Qt::ToolTipRole);
    m_startKind->addItem(tr("Latest"), int(BrowseStart::Kind::Latest));
    m_startKind->setItemData(1, tr("Only records that arrive from now on (turn on Live)"), Qt::ToolTipRole);
    m_startKind->addItem(tr("Offset"), int(BrowseStart::Kind::Offset));
    m_startKind->setItemData(2, tr("From one offset in each partition, or from an offset per partition"),
                             Qt::ToolTipRole);
    m_startKind->addItem(tr("Time"), int(BrowseStart::Kind::Timestamp));
    m_startKind->setItemData(3, tr("From the first record at or after this time (ListOffsets by timestamp)"),
                             Qt::ToolTipRole);
    m_startKind->addItem(tr("Last messages"), int(BrowseStart::Kind::LastMessages));
    m_startKind->setItemData(4, tr("The newest records of each partition"), Qt::ToolTipRole);
    m_startKind->addItem(tr("Consumer group"), int(BrowseStart::Kind::ConsumerGroup));
    m_startKind->setItemData(5, tr("From where a consumer group will read next (its committed offsets)"),
                             Qt::ToolTipRole);
    auto* startLabel = new QLabel(tr("&Start"), this);
    startLabel->setBuddy(m_startKind);
    first->addWidget(startLabel);
    first->addWidget(m_startKind);

    m_startValue = new QStackedWidget(this);
    m_startValue->addWidget(new QWidget(this));
    m_offset = new QLineEdit(QStringLiteral("0"), this);
    m_offset->setObjectName(QStringLiteral("browseOffset"));
    // No validator: a mistyped start is explained next to it rather than refused key by key.
    //: Placeholder of the Offset start; keep the example pairs as they are.
    m_offset->setPlaceholderText(tr("120, or 0:120, 1:80"));
    m_offset->setToolTip(tr("One offset for every partition browsed, or partition:offset pairs such as "
                            "0:120, 1:80; partitions not listed start at their earliest record. An offset "
                            "outside a partition's log starts at its nearest end."));
    m_offset->setMinimumWidth(120);
    m_startValue->addWidget(m_offset);
    m_time = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(-3600), this);
    m_time->setObjectName(QStringLiteral("browseTime"));
    m_time->setCalendarPopup(true);
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_time->setToolTip(tr("Local time; records carry their timestamp in milliseconds since 1970 (UTC)"));
    m_startValue->addWidget(m_time);
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("browseCount"));
    m_count->setRange(1, 1'000'000);
    m_count->setValue(100);
    //: Suffix of the "last N messages" spin box.
    m_count->setSuffix(tr(" per partition"));
    m_startValue->addWidget(m_count);
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("browseGroup"));
    m_group->setEditable(true);
    m_group->setMinimumContentsLength(14);
    m_group->setToolTip(tr("The consumer group whose committed offsets to start from"));
    m_startValue->addWidget(m_group);
    first->addWidget(m_startValue);

    m_go = new QPushButton(tr("&Go"), this);
    m_go->setObjectName(QStringLiteral("browseGo"));
    m_go->setToolTip(tr("Show the records from the chosen start"));
    first->addWidget(m_go);
    first->addWidget(separator(this));

    m_order = new QComboBox(this);
    m_order->setObjectName(QStringLiteral("browseOrder"));
    m_order->addItem(tr("By partition"), int(BrowseOrder::ByPartition));
    m_order->setItemData(0, tr("Each partition's records in offset order, one partition after another"),
                         Qt::ToolTipRole);
    m_order->addItem(tr("By time"), int(BrowseOrder::ByTimestamp));
    m_order->setItemData(1, tr("All partitions merged by record timestamp"), Qt::ToolTipRole);
    m_order->setToolTip(tr("How the records of several partitions are put in one list"));
    first->addWidget(m_order);
    m_newestFirst = new QCheckBox(tr("&Newest first"), this);
    m_newestFirst->setObjectName(QStringLiteral("browseNewestFirst"));
    m_newestFirst->setToolTip(tr("Show the newest record at the top"));
    first->addWidget(m_newestFirst);
    first->addStretch(1);
    rows->addLayout(first);
    // Under the start's input, as the filter bar shows its problems.
    m_startProblem = makeProblemLabel(this);
    m_startProblem->setObjectName(QStringLiteral("browseStartProblem"));
    rows->addWidget(m_startProblem);

    // Moving, live and transactions.
    auto* second = new QHBoxLayout;
    m_live = new QToolButton(this);
    m_live->setObjectName(QStringLiteral("browseLive"));
    m_live->setText(tr("&Live"));
    m_live->setCheckable(true);
    m_live->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_live->setToolTip(tr("Show new records as producers write them (Ctrl+L)"));
    m_live->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_pause = new QToolButton(this);
    m_pause->setObjectName(QStringLiteral("browsePause"));
    m_pause->setText(tr("Pause"));
    m_pause->setCheckable(true);
    m_pause->setEnabled(false);
    m_pause->setToolTip(tr("Stop taking in new records for a moment; they are shown when you resume"));
    m_autoScroll = new QCheckBox(tr("&Auto-scroll"), this);
    m_autoScroll->setObjectName(QStringLiteral("browseAutoScroll"));
    m_autoScroll->setChecked(true);
    m_autoScroll->setToolTip(tr("Keep the newest record in view while live"));
    second->addWidget(m_live);
    second->addWidget(m_pause);
    second->addWidget(m_autoScroll);
    second->addWidget(separator(this));

    m_earlier = new QToolButton(this);
    m_earlier->setObjectName(QStringLiteral("browseEarlier"));
    m_earlier->setText(tr("Earlier"));
    m_earlier->setArrowType(Qt::UpArrow);
    m_earlier->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_earlier->setToolTip(tr("Also show the records before the start"));
    second->addWidget(m_earlier);
    m_jump = new QLineEdit(this);
    m_jump->setObjectName(QStringLiteral("browseJump"));
    m_jump->setPlaceholderText(tr("offset or partition:offset"));
    m_jump->setToolTip(tr("Go to a record: its offset, or partition:offset (Ctrl+G)"));
    m_jump->setMinimumWidth(90);
    m_jump->setMaximumWidth(160);
    m_jumpGo = new QToolButton(this);
    m_jumpGo->setObjectName(QStringLiteral("browseJumpGo"));
    m_jumpGo->setText(tr("Go to"));
    second->addWidget(m_jump);
    second->addWidget(m_jumpGo);
    second->addWidget(separator(this));

    m_isolation = new QComboBox(this);
    m_isolation->setObjectName(QStringLiteral("browseIsolation"));
    m_isolation->addItem(QStringLiteral("read_uncommitted"), false);
    m_isolation->setItemData(0, tr("Every record, records of aborted transactions struck through"),
                             Qt::ToolTipRole);
    m_isolation->addItem(QStringLiteral("read_committed"), true);
    m_isolation->setItemData(1, tr("What a consumer with isolation.level=read_committed sees: no records of "
                                   "aborted transactions"),
                             Qt::ToolTipRole);
    m_isolation->setToolTip(tr("isolation.level: whether records of aborted transactions are shown"));
    second->addWidget(m_isolation);
    m_markers = new QCheckBox(tr("&Markers"), this);
    m_markers->setObjectName(QStringLiteral("browseMarkers"));
    m_markers->setToolTip(tr("Show the COMMIT and ABORT control records that end transactions as rows"));
    second->addWidget(m_markers);
    m_batches = new QCheckBox(tr("&Batches"), this);
    m_batches->setObjectName(QStringLiteral("browseBatches"));
    m_batches->setToolTip(tr("Draw a line where each record batch (one producer request, compressed as "
                             "a whole) starts"));
    second->addWidget(m_batches);
    second->addStretch(1);
    rows->addLayout(second);

    connect(m_startKind, &QComboBox::currentIndexChanged, this, [this] {
        updateStartEditor();
        const auto kind = BrowseStart::Kind(m_startKind->currentData().toInt());
        // Starts without a value to type take effect at once.
        if (kind == BrowseStart::Kind::Earliest || kind == BrowseStart::Kind::Latest) emit browseRequested();
    });
    connect(m_go, &QPushButton::clicked, this, &BrowseBar::browseRequested);
    connect(m_offset, &QLineEdit::returnPressed, this, &BrowseBar::browseRequested);
    connect(m_group->lineEdit(), &QLineEdit::returnPressed, this, &BrowseBar::browseRequested);
    connect(m_partition, &QComboBox::currentIndexChanged, this, &BrowseBar::viewChanged);
    connect(m_order, &QComboBox::currentIndexChanged, this, &BrowseBar::viewChanged);
    connect(m_isolation, &QComboBox::currentIndexChanged, this, &BrowseBar::viewChanged);
    connect(m_markers, &QCheckBox::toggled, this, &BrowseBar::viewChanged);
    connect(m_newestFirst, &QCheckBox::toggled, this, &BrowseBar::newestFirstChanged);
    connect(m_batches, &QCheckBox::toggled, this, &BrowseBar::batchBoundariesToggled);
    connect(m_live, &QToolButton::toggled, this, [this](bool live) {
        m_pause->setEnabled(live);
        if (!live) m_pause->setChecked(false);
        emit liveToggled(live);
    });
    connect(m_pause, &QToolButton::toggled, this, &BrowseBar::pauseToggled);
    connect(m_earlier, &QToolButton::clicked, this, &BrowseBar::earlierRequested);
    connect(m_jumpGo, &QToolButton::clicked, this, [this] { emit jumpRequested(m_jump->text()); });
    connect(m_jump, &QLineEdit::returnPressed, this, [this] { emit jumpRequested(m_jump->text()); });
    updateStartEditor();
}

void BrowseBar::updateStartEditor() {
    const auto kind = BrowseStart::Kind(m_startKind->currentData().toInt());
    // Starts without a value leave no gap before Go.
    m_startValue->setVisible(kind != BrowseStart::Kind::Earliest && kind != BrowseStart::Kind::Latest);
    if (kind != BrowseStart::Kind::Offset) {
        m_startProblem->clear(); // it was about the offset, no longer asked for
        m_startProblem->hide();
    }
    switch (kind) {
    case BrowseStart::Kind::Earliest:
    case BrowseStart::Kind::Latest: m_startValue->setCurrentIndex(0); break;
    case BrowseStart::Kind::Offset: m_startValue->setCurrentWidget(m_offset); break;
    case BrowseStart::Kind::Timestamp: m_startValue->setCurrentWidget(m_time); break;
    case BrowseStart::Kind::LastMessages: m_startValue->setCurrentWidget(m_count); break;
    case BrowseStart::Kind::ConsumerGroup: m_startValue->setCurrentWidget(m_group); break;
    }
}

void BrowseBar::setPartitions(const QList<int>& partitions) {
    const int current = m_partition->currentData().toInt();
    const QSignalBlocker blocker(m_partition);
    m_partition->clear();
    m_partition->addItem(tr("All partitions"), -1);
    for (int p : partitions) m_partition->addItem(QString::number(p), p);
    const int index = m_partition->findData(current);
    m_partition->setCurrentIndex(index >= 0 ? index : 0);
}

QList<int> BrowseBar::selectedPartitions() const {
    const int p = m_partition->currentData().toInt();
    return p < 0 ? QList<int>() : QList<int>{p};
}

void BrowseBar::selectPartition(int partition) {
    const int index = m_partition->findData(partition);
    if (index >= 0) m_partition->setCurrentIndex(index);
}

BrowseStart BrowseBar::start() const {
    BrowseStart s;
    s.kind = BrowseStart::Kind(m_startKind->currentData().toInt());
    app::parseOffsetStart(m_offset->text(), topicPartitions(), &s);
    s.timestampMs = m_time->dateTime().toMSecsSinceEpoch();
    s.count = m_count->value();
    s.group = m_group->currentText();
    return s;
}

void BrowseBar::setStart(const BrowseStart& s) {
    const QSignalBlocker blocker(m_startKind);
    m_startKind->setCurrentIndex(m_startKind->findData(int(s.kind)));
    m_offset->setText(app::offsetStartText(s));
    if (s.kind == BrowseStart::Kind::Timestamp) m_time->setDateTime(QDateTime::fromMSecsSinceEpoch(s.timestampMs));
    m_count->setValue(int(std::clamp<int64_t>(s.count, 1, 1'000'000)));
    if (!s.group.isEmpty()) m_group->setCurrentText(s.group);
    updateStartEditor();
}

bool BrowseBar::validateStart() {
    QString problem;
    if (BrowseStart::Kind(m_startKind->currentData().toInt()) == BrowseStart::Kind::Offset) {
        BrowseStart ignored;
        problem = app::parseOffsetStart(m_offset->text(), topicPartitions(), &ignored);
    }
    m_startProblem->setText(problem);
    m_startProblem->setVisible(!problem.isEmpty());
    return problem.isEmpty();
}

QString BrowseBar::startProblem() const {
    return m_startProblem->text();
}

QList<int> BrowseBar::topicPartitions() const {
    QList<int> partitions;
    for (int i = 0; i < m_partition->count(); ++i)
        if (const int p = m_partition->itemData(i).toInt(); p >= 0) partitions.append(p);
    return partitions;
}

void BrowseBar::setGroups(const QStringList& groups) {
    const QString current = m_group->currentText();
    m_group->clear();
    m_group->addItems(groups);
    m_group->setCurrentText(current);
}

BrowseOrder BrowseBar::order() const {
    return BrowseOrder(m_order->currentData().toInt());
}

void BrowseBar::setOrder(BrowseOrder order) {
    m_order->setCurrentIndex(m_order->findData(int(order)));
}

bool BrowseBar::newestFirst() const {
    return m_newestFirst->isChecked();
}

void BrowseBar::setNewestFirst(bool newestFirst) {
    m_newestFirst->setChecked(newestFirst);
}

app::RecordVisibility BrowseBar::visibility() const {
    app::RecordVisibility v;
    v.readCommitted = m_isolation->currentData().toBool();
    v.showControlRecords = m_markers->isChecked();
    return v;
}

} // namespace samsa::ui
