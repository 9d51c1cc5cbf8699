#include "ui/groups/reset_offsets_dialog.h"

#include "app/cluster_service.h"
#include "app/monitor/group_monitor.h"
#include "ui/common/inline_message.h"
#include "ui/common/table_setup.h"
#include "ui/groups/reset_preview_model.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>
#include <QValidator>

namespace samsa::ui {

namespace client = samsa::client;
using monitor::PartitionKey;

namespace {

constexpr int KeyTopicRole = Qt::UserRole;
constexpr int KeyPartitionRole = Qt::UserRole + 1;

bool isActive(const std::string& state) {
    return state != "Empty" && state != "Dead" && !state.empty();
}

} // namespace

ResetOffsetsDialog::ResetOffsetsDialog(app::ClusterService* service, monitor::GroupMonitor* monitor, QString groupId,
                                       QWidget* parent)
    : QDialog(parent), m_service(service), m_monitor(monitor), m_groupId(std::move(groupId)) {
    setObjectName(QStringLiteral("resetOffsetsDialog"));
    setWindowTitle(tr("Reset offsets of %1").arg(m_groupId));

    // Scope.
    auto* scopeBox = new QGroupBox(tr("Which partitions"), this);
    m_wholeGroup = new QRadioButton(tr("Every partition the group has committed or is assigned"), scopeBox);
    m_oneTopic = new QRadioButton(tr("Every partition of topic"), scopeBox);
    m_somePartitions = new QRadioButton(tr("These partitions:"), scopeBox);
    m_wholeGroup->setChecked(true);
    m_topic = new QComboBox(scopeBox);
    m_partitions = new QListWidget(scopeBox);
    m_partitions->setMaximumHeight(fontMetrics().height() * 6);
    if (const monitor::SnapshotPtr snapshot = monitor->latest())
        if (const monitor::GroupSnapshot* g = snapshot->group(m_groupId)) {
            m_topic->addItems(g->topics);
            for (const monitor::PartitionState& p : g->partitions) {
                auto* item = new QListWidgetItem(p.key.toString(), m_partitions);
                item->setData(KeyTopicRole, p.key.topic);
                item->setData(KeyPartitionRole, p.key.partition);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
        }
    auto* scopeLayout = new QGridLayout(scopeBox);
    scopeLayout->addWidget(m_wholeGroup, 0, 0, 1, 2);
    scopeLayout->addWidget(m_oneTopic, 1, 0);
    scopeLayout->addWidget(m_topic, 1, 1);
    scopeLayout->addWidget(m_somePartitions, 2, 0, Qt::AlignTop);
    scopeLayout->addWidget(m_partitions, 2, 1);

    // Target.
    auto* targetBox = new QGroupBox(tr("Move the committed offsets to"), this);
    m_earliest = new QRadioButton(tr("The earliest offset (read everything still stored again)"), targetBox);
    m_latest = new QRadioButton(tr("The latest offset (skip everything not yet read)"), targetBox);
    m_atTime = new QRadioButton(tr("The first message at or after"), targetBox);
    m_toOffset = new QRadioButton(tr("A specific offset"), targetBox);
    m_shift = new QRadioButton(tr("Shift by"), targetBox);
    m_earliest->setChecked(true);
    m_time = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(-3600), targetBox);
    m_time->setCalendarPopup(true);
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_time->setToolTip(tr("Local time; the message timestamps of each partition decide where it lands"));
    m_offset = new QLineEdit(QStringLiteral("0"), targetBox);
    m_offset->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{1,18}")), m_offset));
    m_shiftBy = new QSpinBox(targetBox);
    m_shiftBy->setRange(-1000000000, 1000000000);
    m_shiftBy->setValue(-100);
    m_shiftBy->setToolTip(tr("Negative to read messages again, positive to skip messages"));
    auto* targetLayout = new QGridLayout(targetBox);
    targetLayout->addWidget(m_earliest, 0, 0, 1, 2);
    targetLayout->addWidget(m_latest, 1, 0, 1, 2);
    targetLayout->addWidget(m_atTime, 2, 0);
    targetLayout->addWidget(m_time, 2, 1);
    targetLayout->addWidget(m_toOffset, 3, 0);
    targetLayout->addWidget(m_offset, 3, 1);
    targetLayout->addWidget(m_shift, 4, 0);
    targetLayout->addWidget(m_shiftBy, 4, 1);

    m_message = new InlineMessage(this);
    m_model = new ResetPreviewModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("resetPreview"));
    m_view->setModel(m_model);
    setUpReadOnlyTable(m_view);
    m_view->setSortingEnabled(false);

    auto* buttons = new QDialogButtonBox(this);
    m_previewButton = buttons->addButton(tr("Preview (dry run)"), QDialogButtonBox::ActionRole);
    m_previewButton->setToolTip(tr("Show what would change, without changing anything"));
    m_applyButton = buttons->addButton(tr("Apply reset"), QDialogButtonBox::AcceptRole);
    m_applyButton->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Close);

    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    top->addWidget(scopeBox, 1);
    top->addWidget(targetBox, 1);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(860, 560);

    connect(m_previewButton, &QPushButton::clicked, this, &ResetOffsetsDialog::preview);
    connect(m_applyButton, &QPushButton::clicked, this, &ResetOffsetsDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Any change makes the preview stale: it must be run again before applying.
    for (QRadioButton* b : {m_wholeGroup, m_oneTopic, m_somePartitions, m_earliest, m_latest, m_atTime, m_toOffset, m_shift})
        connect(b, &QRadioButton::toggled, this, &ResetOffsetsDialog::invalidate);
    connect(m_topic, &QComboBox::currentIndexChanged, this, &ResetOffsetsDialog::invalidate);
    connect(m_partitions, &QListWidget::itemChanged, this, &ResetOffsetsDialog::invalidate);
    connect(m_time, &QDateTimeEdit::dateTimeChanged, this, &ResetOffsetsDialog::invalidate);
    connect(m_offset, &QLineEdit::textChanged, this, &ResetOffsetsDialog::invalidate);
    connect(m_shiftBy, &QSpinBox::valueChanged, this, &ResetOffsetsDialog::invalidate);
}

void ResetOffsetsDialog::setScope(Scope scope, const QString& topic, const QList<PartitionKey>& partitions) {
    switch (scope) {
    case Scope::Group:
        m_wholeGroup->setChecked(true);
        break;
    case Scope::Topic:
        m_oneTopic->setChecked(true);
        if (m_topic->findText(topic) < 0) m_topic->addItem(topic);
        m_topic->setCurrentText(topic);
        break;
    case Scope::Partitions:
        m_somePartitions->setChecked(true);
        for (int i = 0; i < m_partitions->count(); ++i) {
            QListWidgetItem* item = m_partitions->item(i);
            const PartitionKey key{item->data(KeyTopicRole).toString(), item->data(KeyPartitionRole).toInt()};
            item->setCheckState(partitions.contains(key) ? Qt::Checked : Qt::Unchecked);
        }
        break;
    }
}

void ResetOffsetsDialog::setSpec(const ResetSpec& spec) {
    switch (spec.target) {
    case ResetTarget::Earliest:
        m_earliest->setChecked(true);
        break;
    case ResetTarget::Latest:
        m_latest->setChecked(true);
        break;
    case ResetTarget::Timestamp:
        m_atTime->setChecked(true);
        m_time->setDateTime(QDateTime::fromMSecsSinceEpoch(spec.value));
        break;
    case ResetTarget::Offset:
        m_toOffset->setChecked(true);
        m_offset->setText(QString::number(spec.value));
        break;
    case ResetTarget::Shift:
        m_shift->setChecked(true);
        m_shiftBy->setValue(int(spec.value));
        break;
    }
}

ResetSpec ResetOffsetsDialog::spec() const {
    if (m_latest->isChecked()) return {ResetTarget::Latest, 0};
    if (m_atTime->isChecked()) return {ResetTarget::Timestamp, m_time->dateTime().toMSecsSinceEpoch()};
    if (m_toOffset->isChecked()) return {ResetTarget::Offset, m_offset->text().toLongLong()};
    if (m_shift->isChecked()) return {ResetTarget::Shift, m_shiftBy->value()};
    return {ResetTarget::Earliest, 0};
}

QList<PartitionKey> ResetOffsetsDialog::chosenPartitions() const {
    QList<PartitionKey> out;
    for (int i = 0; i < m_partitions->count(); ++i) {
        const QListWidgetItem* item = m_partitions->item(i);
        if (item->checkState() == Qt::Checked)
            out.append({item->data(KeyTopicRole).toString(), item->data(KeyPartitionRole).toInt()});
    }
    return out;
}

void ResetOffsetsDialog::invalidate() {
    m_previewValid = false;
    m_applyButton->setEnabled(false);
}

void ResetOffsetsDialog::setBusy(bool busy) {
    m_busy = busy;
    m_previewButton->setEnabled(!busy);
    m_applyButton->setEnabled(!busy && m_previewValid && m_activeMembers.isEmpty());
}

void ResetOffsetsDialog::fail(const QString& what, const QString& error) {
    //: %1 is what could not be read ("the group's offsets"), %2 the reason.
    m_message->showError(tr("Could not read %1: %2").arg(what, error));
    setBusy(false);
    emit previewed();
}

void ResetOffsetsDialog::preview() {
    if (m_somePartitions->isChecked() && chosenPartitions().isEmpty()) {
        m_message->showError(tr("Tick at least one partition."));
        return;
    }
    const quint64 request = ++m_request;
    m_previewValid = false;
    setBusy(true);
    m_message->showInfo(tr("Reading the group and its partitions…"));
    const std::string group = m_groupId.toStdString();
    using Described = std::vector<client::GroupDescription>;
    m_service->call<Described>(
        this, [group](client::AdminClient& c, client::Callback<Described> cb) { c.describeGroups({group}, {}, cb); },
        [this, request, group](const client::Result<Described>& described) {
            if (request != m_request) return;
            if (!described || described->empty()) return fail(tr("the group"), described ? QString() : app::describeError(described.error()));
            const client::GroupDescription& d = described->front();
            if (d.error) return fail(tr("the group"), app::describeError(*d.error));
            m_activeMembers.clear();
            QSet<QString> topics;
            for (const auto& m : d.members) {
                if (isActive(d.state))
                    m_activeMembers << tr("%1 on %2").arg(QString::fromStdString(m.clientId), QString::fromStdString(m.host));
                for (const auto& a : m.assignment)
                    topics.insert(QString::fromStdString(a.topic));
            }
            using Offsets = std::vector<client::CommittedOffset>;
            m_service->call<Offsets>(
                this, [group](client::AdminClient& c, client::Callback<Offsets> cb) { c.listConsumerGroupOffsets(group, std::nullopt, {}, cb); },
                [this, request, topics](const client::Result<Offsets>& offsets) mutable {
                    if (request != m_request) return;
                    if (!offsets) return fail(tr("the group's committed offsets"), app::describeError(offsets.error()));
                    QHash<PartitionKey, qint64> committed;
                    for (const auto& o : *offsets)
                        if (!o.error && o.offset >= 0) {
                            committed.insert({QString::fromStdString(o.partition.topic), o.partition.partition}, o.offset);
                            topics.insert(QString::fromStdString(o.partition.topic));
                        }
                    const QStringList wanted = m_oneTopic->isChecked() ? QStringList{m_topic->currentText()} : scopeTopics();
                    std::vector<std::string> names;
                    for (const QString& t : m_wholeGroup->isChecked() ? QStringList(topics.begin(), topics.end()) : wanted)
                        names.push_back(t.toStdString());
                    using Marks = std::vector<client::PartitionWatermarks>;
                    m_service->call<Marks>(
                        this, [names](client::AdminClient& c, client::Callback<Marks> cb) { c.watermarks(names, {}, cb); },
                        [this, request, committed](const client::Result<Marks>& marks) {
                            if (request != m_request) return;
                            if (!marks) return fail(tr("the partitions' offsets"), app::describeError(marks.error()));
                            const QList<PartitionKey> chosen = chosenPartitions();
                            QList<ResetRow> rows;
                            for (const auto& w : *marks) {
                                if (w.partition.partition < 0) continue; // a topic that is gone
                                ResetRow r;
                                r.partition = {QString::fromStdString(w.partition.topic), w.partition.partition};
                                if (m_somePartitions->isChecked() && !chosen.contains(r.partition)) continue;
                                r.current = committed.value(r.partition, -1);
                                // The whole group: what it committed (Kafka's --all-topics).
                                if (m_wholeGroup->isChecked() && r.current < 0) continue;
                                if (!w.error) {
                                    r.logStart = w.earliest;
                                    r.logEnd = w.latest;
                                }
                                rows.append(r);
                            }
                            std::sort(rows.begin(), rows.end(), [](const ResetRow& a, const ResetRow& b) { return a.partition < b.partition; });
                            const ResetSpec s = spec();
                            if (s.target != ResetTarget::Timestamp) return finishPreview(rows, {});
                            std::map<client::TopicPartition, int64_t> times;
                            for (const ResetRow& r : rows)
                                times[{r.partition.topic.toStdString(), r.partition.partition}] = s.value;
                            using Found = std::vector<client::OffsetForTimestamp>;
                            m_service->call<Found>(
                                this, [times](client::AdminClient& c, client::Callback<Found> cb) { c.offsetsForTimes(times, client::IsolationLevel::ReadUncommitted, {}, cb); },
                                [this, request, rows](const client::Result<Found>& found) {
                                    if (request != m_request) return;
                                    if (!found) return fail(tr("the offsets at that time"), app::describeError(found.error()));
                                    QHash<PartitionKey, qint64> byTime;
                                    for (const auto& f : *found)
                                        if (!f.error) byTime.insert({QString::fromStdString(f.partition.topic), f.partition.partition}, f.offset);
                                    finishPreview(rows, byTime);
                                });
                        });
                });
        });
}

QStringList ResetOffsetsDialog::scopeTopics() const {
    QStringList topics;
    for (const PartitionKey& p : chosenPartitions())
        if (!topics.contains(p.topic)) topics << p.topic;
    return topics;
}

void ResetOffsetsDialog::finishPreview(QList<ResetRow> rows, const QHash<PartitionKey, qint64>& byTimestamp) {
    m_model->setRows(planReset(std::move(rows), spec(), byTimestamp));
    m_view->resizeColumnsToContents();
    m_previewValid = !m_model->rows().isEmpty();
    if (m_model->rows().isEmpty()) {
        m_message->showMessage(InlineMessage::Kind::Warning, tr("Nothing to reset: the group has no committed offset in this scope."));
    } else if (!m_activeMembers.isEmpty()) {
        m_message->showError(tr("The group has %n active member(s), so the reset cannot be applied: "
                                "Kafka only accepts offsets from outside the group while it is empty. "
                                "Stop these consumers first: %1.",
                                nullptr, int(m_activeMembers.size()))
                                 .arg(m_activeMembers.join(QStringLiteral(", "))));
    } else {
        qint64 before = 0, after = 0;
        for (const ResetRow& r : m_model->rows()) {
            before += std::max<qint64>(0, r.lagBefore());
            after += std::max<qint64>(0, r.lagAfter());
        }
        m_message->showInfo(tr("Dry run: %n partition(s) would move; total lag %1 → %2. Nothing "
                               "has changed yet.",
                               nullptr, int(m_model->rows().size()))
                                .arg(before)
                                .arg(after));
    }
    setBusy(false);
    emit previewed();
}

void ResetOffsetsDialog::apply() {
    if (!m_previewValid || !m_activeMembers.isEmpty()) return;
    std::vector<client::OffsetToCommit> offsets;
    for (const ResetRow& r : m_model->rows())
        if (r.target >= 0) offsets.push_back({{r.partition.topic.toStdString(), r.partition.partition}, r.target, -1, std::nullopt});
    if (offsets.empty()) return;
    setBusy(true);
    m_applyButton->setEnabled(false);
    const std::string group = m_groupId.toStdString();
    using Results = std::vector<client::PartitionResult>;
    m_service->call<Results>(
        this, [group, offsets](client::AdminClient& c, client::Callback<Results> cb) { c.commitOffsets(group, offsets, {}, cb); },
        [this](const client::Result<Results>& result) {
            m_previewValid = false;
            QHash<PartitionKey, QString> outcome;
            int failures = 0;
            if (!result) {
                for (const ResetRow& r : m_model->rows())
                    outcome.insert(r.partition, app::describeError(result.error()));
                failures = int(m_model->rows().size());
            } else {
                for (const auto& p : *result) {
                    const PartitionKey key{QString::fromStdString(p.partition.topic), p.partition.partition};
                    outcome.insert(key, p.error ? app::describeError(*p.error) : QString());
                    failures += p.error ? 1 : 0;
                }
            }
            m_model->setResults(outcome);
            if (failures == 0)
                m_message->showInfo(tr("Reset %n partition(s). The group resumes from the new offsets when it "
                                       "next starts.",
                                       nullptr, int(outcome.size())));
            else
                m_message->showError(tr("%n partition(s) could not be reset; see the Result column.", nullptr, failures));
            m_monitor->sampleNow();
            setBusy(false);
            emit applied(failures);
        });
}

} // namespace samsa::ui
