#include "ui/groups/lab_panel.h"

#include "app/lab/rebalance_lab.h"
#include "ui/common/inline_message.h"
#include "ui/common/table_setup.h"
#include "ui/groups/lab_consumers_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace samsa::ui {

LabPanel::LabPanel(lab::RebalanceLab* lab, QWidget* parent) : QWidget(parent), m_lab(lab) {
    setObjectName(QStringLiteral("labPanel"));
    m_group = new QLineEdit(QStringLiteral("lab-group"), this);
    m_group->setObjectName(QStringLiteral("labGroup"));
    m_topic = new QLineEdit(QStringLiteral("lab-orders"), this);
    m_topic->setObjectName(QStringLiteral("labTopic"));
    m_partitions = new QSpinBox(this);
    m_partitions->setRange(1, 1000);
    m_partitions->setValue(6);
    m_partitions->setToolTip(tr("Used only when the topic does not exist yet"));
    m_assignor = new QComboBox(this);
    m_assignor->addItem(tr("range"), int(lab::Assignor::Range));
    m_assignor->addItem(tr("roundrobin"), int(lab::Assignor::RoundRobin));
    m_assignor->addItem(tr("cooperative-sticky"), int(lab::Assignor::CooperativeSticky));
    m_assignor->setToolTip(tr("partition.assignment.strategy: range gives each member a block of "
                              "each topic, roundrobin deals partitions out one by one, "
                              "cooperative-sticky moves as few partitions as it can and lets the "
                              "others keep consuming during a rebalance"));
    m_delay = new QSpinBox(this);
    m_delay->setRange(0, 600000);
    m_delay->setSuffix(tr(" ms"));
    m_delay->setToolTip(tr("How long the consumer \"works\" on each message. More than "
                           "max.poll.interval.ms gets it expelled from the group."));
    m_maxPoll = new QSpinBox(this);
    m_maxPoll->setRange(1000, 3600000);
    m_maxPoll->setValue(300000);
    m_maxPoll->setSuffix(tr(" ms"));
    m_maxPoll->setToolTip(tr("max.poll.interval.ms: the longest a consumer may go between polls "
                             "before it is considered stuck and leaves the group"));
    m_session = new QSpinBox(this);
    m_session->setRange(1000, 300000);
    m_session->setValue(10000);
    m_session->setSuffix(tr(" ms"));
    m_session->setToolTip(tr("session.timeout.ms: how long the coordinator waits for heartbeats "
                             "from a consumer that died before it rebalances without it (the "
                             "broker's group.min.session.timeout.ms is the lower limit)"));
    m_static = new QCheckBox(tr("Static membership (group.instance.id)"), this);
    m_static->setToolTip(tr("A static member keeps its partitions when it comes back within its "
                            "session timeout, and does not leave the group when it stops"));
    m_add = new QPushButton(tr("Start a consumer"), this);
    m_add->setObjectName(QStringLiteral("labAdd"));
    m_add->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Group:"), m_group);
    auto* topicRow = new QHBoxLayout;
    topicRow->addWidget(m_topic, 1);
    topicRow->addWidget(m_partitions);
    form->addRow(tr("Topic and partitions:"), topicRow);
    form->addRow(tr("Assignor:"), m_assignor);
    form->addRow(tr("Processing time per message:"), m_delay);
    form->addRow(tr("max.poll.interval.ms:"), m_maxPoll);
    form->addRow(tr("session.timeout.ms:"), m_session);
    form->addRow(QString(), m_static);
    form->addRow(QString(), m_add);
    auto* consumerBox = new QGroupBox(tr("New consumer"), this);
    consumerBox->setLayout(form);

    m_rate = new QSpinBox(this);
    m_rate->setRange(1, 10000);
    m_rate->setValue(20);
    m_rate->setSuffix(tr(" messages/s"));
    m_produce = new QPushButton(tr("Produce"), this);
    m_produce->setCheckable(true);
    m_produce->setToolTip(tr("Keep writing small messages to the topic so there is something to "
                             "consume and lag to watch"));
    auto* produceBox = new QGroupBox(tr("Traffic"), this);
    auto* produceLayout = new QHBoxLayout(produceBox);
    produceLayout->addWidget(m_rate);
    produceLayout->addWidget(m_produce);

    m_model = new LabConsumersModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("labConsumers"));
    m_view->setModel(m_model);
    setUpReadOnlyTable(m_view);
    m_view->setSortingEnabled(false);
    m_stop = new QPushButton(tr("Stop (leaves the group)"), this);
    m_stop->setToolTip(tr("Commit and send LeaveGroup: the group rebalances at once"));
    m_kill = new QPushButton(tr("Kill (no goodbye)"), this);
    m_kill->setToolTip(tr("Stop dead, as a crash would: the group rebalances only when the "
                          "session times out"));
    m_clear = new QPushButton(tr("Clear ended"), this);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_stop);
    actions->addWidget(m_kill);
    actions->addStretch(1);
    actions->addWidget(m_clear);

    m_message = new InlineMessage(this);
    auto* top = new QHBoxLayout;
    top->addWidget(consumerBox, 2);
    top->addWidget(produceBox, 1, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);

    connect(m_add, &QPushButton::clicked, this, &LabPanel::addConsumer);
    connect(m_stop, &QPushButton::clicked, this, &LabPanel::stopSelected);
    connect(m_kill, &QPushButton::clicked, this, &LabPanel::killSelected);
    connect(m_clear, &QPushButton::clicked, m_lab, &lab::RebalanceLab::clearFinished);
    connect(m_produce, &QPushButton::toggled, this, [this](bool on) {
        if (!on) return m_lab->stopProducing();
        const QString topic = m_topic->text().trimmed();
        m_lab->ensureTopic(topic, m_partitions->value(), [this, topic](const QString& error) {
            if (!error.isEmpty()) {
                m_message->showError(tr("Cannot use topic %1: %2").arg(topic, error));
                m_produce->setChecked(false);
                return;
            }
            m_lab->setProducing(topic, m_rate->value());
        });
    });
    connect(m_rate, &QSpinBox::valueChanged, this, [this](int rate) {
        if (m_lab->isProducing()) m_lab->setProducing(m_topic->text().trimmed(), rate);
    });
    connect(m_lab, &lab::RebalanceLab::changed, this, [this] {
        m_model->apply(m_lab->consumers());
        m_view->resizeColumnToContents(LabConsumersModel::Settings);
        updateButtons();
    });
    connect(m_lab, &lab::RebalanceLab::failed, this, [this](const QString& error) {
        m_message->showError(error);
        m_produce->setChecked(false);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LabPanel::updateButtons);
    m_model->apply(m_lab->consumers());
    updateButtons();
    const QSignalBlocker blocker(m_produce);
    m_produce->setChecked(m_lab->isProducing());
}

void LabPanel::setGroup(const QString& groupId) {
    if (!groupId.isEmpty()) m_group->setText(groupId);
}

void LabPanel::addConsumer() {
    const QString group = m_group->text().trimmed();
    const QString topic = m_topic->text().trimmed();
    if (group.isEmpty() || topic.isEmpty()) {
        m_message->showError(tr("Name a group and a topic."));
        return;
    }
    lab::LabConsumerOptions options;
    options.groupId = group;
    options.topic = topic;
    options.assignor = lab::Assignor(m_assignor->currentData().toInt());
    options.processingDelayMs = m_delay->value();
    options.maxPollIntervalMs = m_maxPoll->value();
    options.sessionTimeoutMs = m_session->value();
    options.staticMembership = m_static->isChecked();
    m_add->setEnabled(false);
    m_lab->ensureTopic(topic, m_partitions->value(), [this, options](const QString& error) {
        m_add->setEnabled(true);
        if (!error.isEmpty()) {
            m_message->showError(tr("Cannot use topic %1: %2").arg(options.topic, error));
            return;
        }
        m_message->clear();
        m_lab->addConsumer(options);
        if (options.processingDelayMs > options.maxPollIntervalMs)
            m_message->showMessage(InlineMessage::Kind::Warning,
                                   tr("This consumer spends longer on a message than "
                                      "max.poll.interval.ms allows: expect it to be expelled and "
                                      "to rejoin, again and again."));
    });
}

int LabPanel::selectedId() const {
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(LabConsumersModel::IdRole).toInt() : 0;
}

void LabPanel::stopSelected() {
    if (const int id = selectedId()) m_lab->stopConsumer(id);
}

void LabPanel::killSelected() {
    if (const int id = selectedId()) m_lab->killConsumer(id);
}

void LabPanel::updateButtons() {
    const int id = selectedId();
    bool running = false;
    for (const auto& e : m_lab->consumers())
        if (e.id == id)
            running = e.status.state == lab::ConsumerStatus::State::Running ||
                      e.status.state == lab::ConsumerStatus::State::Starting;
    m_stop->setEnabled(running);
    m_kill->setEnabled(running);
}

} // namespace samsa::ui
