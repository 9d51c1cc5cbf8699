#include "ui/groups/group_detail_page.h"

#include "app/cluster_service.h"
#include "app/monitor/group_monitor.h"
#include "ui/common/format.h"
#include "ui/common/inline_message.h"
#include "ui/common/page_header.h"
#include "ui/common/table_setup.h"
#include "ui/groups/group_format.h"
#include "ui/groups/group_members_model.h"
#include "ui/groups/group_partitions_model.h"
#include "ui/groups/group_tools.h"
#include "ui/groups/lag_chart_panel.h"
#include "ui/groups/rebalances_panel.h"
#include "ui/groups/reset_offsets_dialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace samsa::ui {

namespace client = samsa::client;

namespace {

QTableView* makeTable(QAbstractItemModel* model, int sortRole, const QString& name, QWidget* parent) {
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(sortRole);
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(proxy);
    setUpReadOnlyTable(view);
    view->sortByColumn(0, Qt::AscendingOrder);
    view->horizontalHeader()->setSectionsMovable(true);
    return view;
}

} // namespace

GroupDetailPage::GroupDetailPage(GroupTools* tools, QString groupId, QWidget* parent)
    : QWidget(parent), m_tools(tools), m_groupId(std::move(groupId)) {
    setObjectName(QStringLiteral("group"));
    monitor::GroupMonitor* monitor = tools->monitor();

    auto* layout = new QVBoxLayout(this);
    const PageHeader header = addPageHeader(layout, m_groupId, QStringLiteral("group"), this);
    m_title = header.title;
    header.loading->setText(tr("sampled every %1 s").arg(monitor->intervalMs() / 1000.0));
    connect(monitor, &monitor::GroupMonitor::intervalChanged, header.loading,
            [label = header.loading](int ms) { label->setText(tr("sampled every %1 s").arg(ms / 1000.0)); });
    connect(header.refresh, &QPushButton::clicked, this, &GroupDetailPage::refresh);

    m_status = new QLabel(tr("Waiting for the first sample…"), this);
    m_status->setObjectName(QStringLiteral("groupStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("groupSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addWidget(m_summary);

    auto* toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction* reset = toolbar->addAction(tr("Reset offsets…"), this, &GroupDetailPage::resetOffsets);
    reset->setObjectName(QStringLiteral("actionResetOffsets"));
    reset->setToolTip(tr("Move the group's committed offsets: to the start, the end, a time, an "
                         "offset, or by a number of messages (the group must be empty)"));
    QAction* deleteOffsets =
        toolbar->addAction(tr("Delete offsets of a topic…"), this, &GroupDetailPage::chooseTopicOffsetsToDelete);
    deleteOffsets->setToolTip(tr("Forget what the group committed for one topic (OffsetDelete); "
                                 "refused for topics the group still consumes"));
    QAction* deleteGroup = toolbar->addAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("Delete group…"),
                                              this, &GroupDetailPage::deleteGroup);
    deleteGroup->setObjectName(QStringLiteral("actionDeleteGroup"));
    deleteGroup->setToolTip(tr("Delete the group and all its committed offsets (it must be empty)"));
    toolbar->addSeparator();
    toolbar->addAction(tr("Rebalance lab…"), this, &GroupDetailPage::openLab)
        ->setToolTip(tr("Start demo consumers in this group and watch it rebalance"));
    layout->addWidget(toolbar);

    m_message = new InlineMessage(this);
    layout->addWidget(m_message);

    m_partitions = new GroupPartitionsModel(this);
    m_members = new GroupMembersModel(this);
    m_partitionsView = makeTable(m_partitions, GroupPartitionsModel::SortRole, QStringLiteral("groupPartitions"), this);
    m_membersView = makeTable(m_members, GroupMembersModel::SortRole, QStringLiteral("groupMembers"), this);
    m_lag = new LagChartPanel(monitor, m_groupId, this);
    m_rebalances = new RebalancesPanel(monitor, m_groupId, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->insertTab(PartitionsTab, m_partitionsView, tr("Partitions"));
    m_tabs->insertTab(MembersTab, m_membersView, tr("Members"));
    m_tabs->insertTab(LagTab, m_lag, tr("Lag"));
    m_tabs->insertTab(RebalancesTab, m_rebalances, tr("Rebalances"));
    m_tabs->setTabToolTip(LagTab, tr("Lag, time lag and consume and produce rates over time"));
    m_tabs->setTabToolTip(RebalancesTab, tr("Every generation of the group: who joined and left, "
                                            "which partitions moved, and how long consumption stopped"));
    layout->addWidget(m_tabs, 1);

    connect(monitor, &monitor::GroupMonitor::sampled, this, &GroupDetailPage::apply);
    if (monitor->latest()) apply(monitor->latest());
}

void GroupDetailPage::refresh() {
    m_tools->monitor()->sampleNow();
}

void GroupDetailPage::apply(const monitor::SnapshotPtr& snapshot) {
    if (!snapshot) return;
    if (!snapshot->error.isEmpty()) {
        m_message->showError(tr("Could not read the group: %1").arg(snapshot->error));
        emit refreshed();
        return;
    }
    const monitor::GroupSnapshot* g = snapshot->group(m_groupId);
    if (!g) {
        m_found = false;
        m_status->setText(tr("The group %1 does not exist (any more) on this cluster.").arg(m_groupId.toHtmlEscaped()));
        m_summary->clear();
        m_partitions->apply({});
        m_members->apply({});
        emit refreshed();
        return;
    }
    if (m_message->kind() == InlineMessage::Kind::Error && m_message->text().startsWith(tr("Could not read the group")))
        m_message->clear();
    m_found = true;
    showGroup(*g);
    emit refreshed();
}

void GroupDetailPage::showGroup(const monitor::GroupSnapshot& g) {
    m_group = g;
    const QColor color = lagStatusColor(g.verdict.status);
    m_status->setText(QStringLiteral("<span style='color:%1; font-weight:bold'>● %2</span> %3")
                          .arg(color.name(), monitor::lagStatusName(g.verdict.status).toHtmlEscaped(),
                               g.verdict.explanation.toHtmlEscaped()));
    m_status->setToolTip(lagStatusMeaning(g.verdict.status));
    QStringList parts;
    parts << tr("State: %1").arg(g.state.isEmpty() ? QStringLiteral("—") : g.state);
    if (!g.assignor.isEmpty()) parts << tr("assignor %1").arg(g.assignor);
    parts << tr("%n member(s)", nullptr, int(g.members.size()));
    parts << tr("lag %1").arg(formatLag(g.totalLag));
    parts << tr("time lag %1").arg(formatTimeLag(g.maxTimeLagMs));
    parts << tr("consuming %1, produced %2").arg(formatRate(g.consumeRate), formatRate(g.produceRate));
    if (g.coordinator >= 0) parts << tr("coordinator: broker %1").arg(g.coordinator);
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_summary->setToolTip(groupStateMeaning(g.state));
    if (!g.error.isEmpty()) m_message->showMessage(InlineMessage::Kind::Warning, g.error);
    m_partitions->apply(g);
    m_members->apply(g);
    if (!m_sized && !g.partitions.isEmpty()) {
        m_sized = true;
        m_partitionsView->resizeColumnsToContents();
        m_membersView->resizeColumnsToContents();
        m_partitionsView->setColumnWidth(GroupPartitionsModel::Status,
                                         m_partitionsView->columnWidth(GroupPartitionsModel::Status) + 16);
    }
}

ResetOffsetsDialog* GroupDetailPage::resetDialog() const {
    return m_resetDialog;
}

ResetOffsetsDialog* GroupDetailPage::resetOffsets() {
    if (!m_resetDialog) {
        m_resetDialog = new ResetOffsetsDialog(m_tools->service(), m_tools->monitor(), m_groupId, this);
        m_resetDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_resetDialog->open();
    return m_resetDialog;
}

void GroupDetailPage::confirm(const QString& title, const QString& text, std::function<void()> proceed) {
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* yes = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [box, yes, proceed](QAbstractButton* clicked) {
        if (clicked == yes) proceed();
    });
    box->open();
}

void GroupDetailPage::deleteGroup() {
    if (m_found && !m_group.members.isEmpty()) {
        QStringList members;
        for (const auto& m : m_group.members)
            members << tr("%1 on %2").arg(m.clientId, m.host);
        m_message->showError(tr("The group has %n active member(s) and can only be deleted once it is "
                                "empty. Stop them first: %1.",
                                nullptr, int(members.size()))
                                 .arg(members.join(QStringLiteral(", "))));
        return;
    }
    confirm(tr("Delete group?"),
            tr("Delete the consumer group “%1” and all its committed offsets? Consumers that join it "
               "later start from their auto.offset.reset position.")
                .arg(m_groupId),
            [this] {
                const std::string group = m_groupId.toStdString();
                using Results = std::vector<client::GroupResult>;
                m_tools->service()->call<Results>(
                    this, [group](client::AdminClient& c, client::Callback<Results> cb) { c.deleteGroups({group}, {}, cb); },
                    [this](const client::Result<Results>& r) {
                        const std::optional<client::ClientError> error =
                            !r ? std::optional(r.error()) : r->empty() ? std::nullopt : r->front().error;
                        if (error) {
                            m_message->showError(tr("Could not delete the group: %1").arg(app::describeError(*error)));
                            return;
                        }
                        m_message->showInfo(tr("Deleted the group %1.").arg(m_groupId));
                        m_tools->monitor()->sampleNow();
                        emit groupDeleted(m_groupId);
                    });
            });
}

void GroupDetailPage::chooseTopicOffsetsToDelete() {
    if (m_group.topics.isEmpty()) {
        m_message->showMessage(InlineMessage::Kind::Warning, tr("The group has no committed offsets to delete."));
        return;
    }
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Delete offsets of a topic"));
    auto* topic = new QComboBox(dialog);
    topic->addItems(m_group.topics);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    buttons->addButton(tr("Delete offsets"), QDialogButtonBox::AcceptRole);
    auto* form = new QFormLayout(dialog);
    form->addRow(new QLabel(tr("The group forgets where it was in the topic; its consumers would "
                               "start from auto.offset.reset. Topics the group still consumes are "
                               "refused."),
                            dialog));
    form->addRow(tr("Topic:"), topic);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, topic] { deleteTopicOffsets(topic->currentText()); });
    dialog->open();
}

void GroupDetailPage::deleteTopicOffsets(const QString& topic) {
    std::vector<client::TopicPartition> partitions;
    for (const monitor::PartitionState& p : m_group.partitions)
        if (p.key.topic == topic && p.committed >= 0) partitions.push_back({topic.toStdString(), p.key.partition});
    if (partitions.empty()) {
        m_message->showMessage(InlineMessage::Kind::Warning, tr("The group has no committed offset in %1.").arg(topic));
        return;
    }
    const std::string group = m_groupId.toStdString();
    using Results = std::vector<client::PartitionResult>;
    m_tools->service()->call<Results>(
        this,
        [group, partitions](client::AdminClient& c, client::Callback<Results> cb) {
            c.deleteCommittedOffsets(group, partitions, {}, cb);
        },
        [this, topic](const client::Result<Results>& r) {
            if (!r) {
                m_message->showError(tr("Could not delete the offsets of %1: %2").arg(topic, app::describeError(r.error())));
                return;
            }
            QStringList failures;
            for (const auto& p : *r) {
                if (!p.error) continue;
                const QString where = QString::fromStdString(p.partition.toString());
                failures << (p.error->code == ErrorCode::GroupSubscribedToTopic
                                 ? tr("%1: the group still consumes this topic").arg(where)
                                 : tr("%1: %2").arg(where, app::describeError(*p.error)));
            }
            if (failures.isEmpty())
                m_message->showInfo(tr("Deleted the committed offsets of %n partition(s) of %1.", nullptr, int(r->size())).arg(topic));
            else
                m_message->showError(tr("%n partition(s) kept their offsets:", nullptr, int(failures.size())) +
                                     QLatin1Char('\n') + failures.join(QLatin1Char('\n')));
            m_tools->monitor()->sampleNow();
        });
}

void GroupDetailPage::openLab() {
    m_tools->showLab(window(), m_groupId);
}

QStringList GroupDetailPage::screenshotViews() const {
    return m_screenshotViews;
}

QWidget* GroupDetailPage::showScreenshotView(const QString& name) {
    if (name == QLatin1String("group-lag")) {
        m_tabs->setCurrentIndex(LagTab);
        m_lag->setRange(LagChartPanel::Range::Hour);
    } else if (name == QLatin1String("rebalance-timeline")) {
        m_tabs->setCurrentIndex(RebalancesTab);
        m_rebalances->reload();
    } else {
        m_tabs->setCurrentIndex(PartitionsTab);
    }
    return nullptr;
}

} // namespace samsa::ui
