#include "ui/topic_detail/topic_detail_page.h"

#include "app/cluster_service.h"
#include "ui/common/format.h"
#include "ui/common/inline_message.h"
#include "ui/common/page_header.h"
#include "ui/common/table_setup.h"
#include "ui/topic_detail/add_partitions_dialog.h"
#include "ui/topic_detail/configs_tab.h"
#include "ui/topic_detail/partitions_model.h"
#include "ui/topic_detail/placeholder_stack.h"
#include "ui/topic_detail/replica_list_delegate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace samsa::ui {

namespace client = samsa::client;

// The answers of one refresh, applied together so the header, the table and the totals
// never mix two moments.
struct TopicDetailPage::Snapshot {
    std::optional<client::Result<std::vector<client::TopicDescription>>> topics;
    std::optional<client::Result<std::vector<client::PartitionWatermarks>>> watermarks;
    std::optional<client::Result<std::vector<client::LogDirInfo>>> logDirs;
    bool configsDone = false;
};

namespace {

QPushButton* toolbarButton(const QString& text, const QString& name, QWidget* parent) {
    auto* button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setAutoDefault(false);
    return button;
}

} // namespace

TopicDetailPage::TopicDetailPage(samsa::app::ClusterService* service, const QString& topic,
                                 QWidget* parent)
    : QWidget(parent), m_service(service), m_topic(topic) {
    setObjectName(QStringLiteral("topic"));
    auto* layout = new QVBoxLayout(this);

    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    auto* titleRow = new QHBoxLayout;
    m_title = new QLabel(m_topic, this);
    m_title->setObjectName(QStringLiteral("topicTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    stylePageTitle(m_title);
    titleRow->addWidget(m_title);
    //: Badge next to the name of a topic Kafka keeps for itself, like __consumer_offsets.
    m_internal = new QLabel(tr("internal"), this);
    m_internal->setObjectName(QStringLiteral("topicInternal"));
    m_internal->setToolTip(tr("Kafka uses this topic for its own bookkeeping; change it only "
                              "if you know why."));
    m_internal->setStyleSheet(QStringLiteral(
        "QLabel { border: 1px solid palette(mid); border-radius: 3px; padding: 1px 5px; }"));
    m_internal->hide();
    titleRow->addWidget(m_internal);
    titleRow->addStretch();
    titles->addLayout(titleRow);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("topicSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    titles->addWidget(m_summary);
    header->addLayout(titles, 1);

    m_refresh = toolbarButton(tr("Refresh"), QStringLiteral("refreshTopic"), this);
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_refresh->setToolTip(tr("Read the topic again from the cluster (F5)"));
    m_addPartitions = toolbarButton(tr("Add partitions…"), QStringLiteral("addPartitions"), this);
    m_addPartitions->setToolTip(tr("Give the topic more partitions, so more consumers of a group "
                                   "can share the work"));
    m_purge = toolbarButton(tr("Purge messages…"), QStringLiteral("purgeTopic"), this);
    m_purge->setToolTip(tr("Delete every message stored in the topic, keeping the topic and "
                           "its settings"));
    m_browse = toolbarButton(tr("Browse messages"), QStringLiteral("browseMessages"), this);
    m_browse->setToolTip(tr("Read the topic's messages: from any offset or time, live, filtered"));
    header->addWidget(m_browse, 0, Qt::AlignTop);
    header->addWidget(m_refresh, 0, Qt::AlignTop);
    header->addWidget(m_addPartitions, 0, Qt::AlignTop);
    header->addWidget(m_purge, 0, Qt::AlignTop);
    layout->addLayout(header);

    m_pageMessage = new InlineMessage(this);
    m_pageMessage->setObjectName(QStringLiteral("topicMessage"));
    layout->addWidget(m_pageMessage);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("topicTabs"));
    layout->addWidget(m_tabs, 1);

    auto* partitionsPage = new QWidget(m_tabs);
    auto* partitionsLayout = new QVBoxLayout(partitionsPage);
    m_partitionsMessage = new InlineMessage(partitionsPage);
    m_partitionsMessage->setObjectName(QStringLiteral("partitionsMessage"));
    partitionsLayout->addWidget(m_partitionsMessage);
    m_partitions = new PartitionsModel(this);
    m_partitionsSort = new QSortFilterProxyModel(this);
    m_partitionsSort->setSourceModel(m_partitions);
    m_partitionsSort->setSortRole(PartitionsModel::SortRole);
    m_partitionsView = new QTableView(partitionsPage);
    m_partitionsView->setObjectName(QStringLiteral("partitionsView"));
    m_partitionsView->setModel(m_partitionsSort);
    setUpReadOnlyTable(m_partitionsView);
    m_partitionsView->sortByColumn(PartitionsModel::Partition, Qt::AscendingOrder);
    const int widths[] = {70, 70, 100, 100, 100, 120, 100, 90};
    for (int c = 0; c < PartitionsModel::ColumnCount; ++c)
        m_partitionsView->setColumnWidth(c, widths[c]);
    m_partitionsView->setItemDelegateForColumn(PartitionsModel::Replicas,
                                               new ReplicaListDelegate(m_partitionsView));
    m_partitionsStack = new PlaceholderStack(m_partitionsView, partitionsPage);
    partitionsLayout->addWidget(m_partitionsStack, 1);
    m_tabs->addTab(partitionsPage, tr("Partitions"));

    m_configs = new ConfigsTab(m_service, m_topic, m_tabs);
    m_tabs->addTab(m_configs, tr("Configs"));

    connect(m_browse, &QPushButton::clicked, this, [this] { emit browseMessagesRequested(m_topic); });
    connect(m_refresh, &QPushButton::clicked, this, &TopicDetailPage::refresh);
    connect(m_addPartitions, &QPushButton::clicked, this, &TopicDetailPage::showAddPartitions);
    connect(m_purge, &QPushButton::clicked, this, &TopicDetailPage::purge);
    connect(m_configs, &ConfigsTab::reloaded, this, [this] {
        if (!m_snapshot || m_snapshot->configsDone) return;
        m_snapshot->configsDone = true;
        callDone(m_generation);
    });
    refresh();
}

TopicDetailPage::~TopicDetailPage() = default;

void TopicDetailPage::refresh() {
    const quint64 generation = ++m_generation;
    m_snapshot = std::make_unique<Snapshot>();
    m_pendingCalls = 4;
    const std::vector<std::string> topics{m_topic.toStdString()};
    using Topics = std::vector<client::TopicDescription>;
    using Marks = std::vector<client::PartitionWatermarks>;
    using Dirs = std::vector<client::LogDirInfo>;
    m_service->call<Topics>(
        this,
        [topics](client::AdminClient& c, client::Callback<Topics> cb) {
            c.describeTopics(topics, {}, cb);
        },
        [this, generation](const client::Result<Topics>& r) {
            if (generation != m_generation) return;
            m_snapshot->topics = r;
            callDone(generation);
        });
    m_service->call<Marks>(
        this,
        [topics](client::AdminClient& c, client::Callback<Marks> cb) { c.watermarks(topics, {}, cb); },
        [this, generation](const client::Result<Marks>& r) {
            if (generation != m_generation) return;
            m_snapshot->watermarks = r;
            callDone(generation);
        });
    m_service->call<Dirs>(
        this, [](client::AdminClient& c, client::Callback<Dirs> cb) { c.describeLogDirs({}, {}, cb); },
        [this, generation](const client::Result<Dirs>& r) {
            if (generation != m_generation) return;
            m_snapshot->logDirs = r;
            callDone(generation);
        });
    m_configs->reload();
    updateHeader();
    updateActions();
}

void TopicDetailPage::callDone(quint64 generation) {
    if (generation != m_generation || --m_pendingCalls > 0) return;
    apply();
    m_snapshot.reset();
    updateHeader();
    updateActions();
    emit refreshed();
}

void TopicDetailPage::apply() {
    const Snapshot& s = *m_snapshot;
    QStringList problems;
    bool failed = false;
    const QString missingText =
        tr("The topic %1 does not exist. It may have been deleted; refresh the topic list.")
            .arg(m_topic);
    const client::TopicDescription* topic = nullptr;
    if (!s.topics->ok()) {
        failed = true;
        problems << tr("Could not describe the topic: %1")
                        .arg(samsa::app::describeError(s.topics->error()));
    } else {
        for (const auto& t : s.topics->value())
            if (t.name == m_topic.toStdString()) topic = &t;
        if (!topic || topic->error == ErrorCode::UnknownTopicOrPartition) {
            m_missing = true;
            m_description.reset();
            m_partitions->clear();
            m_pageMessage->showError(missingText);
            m_partitionsMessage->clear();
            m_partitionsStack->showPlaceholder(tr("This topic no longer exists."));
            m_configs->setTopicMissing(tr("This topic no longer exists."));
            return;
        }
        if (topic->error != ErrorCode::None) {
            failed = true;
            const auto name = errorName(topic->error);
            problems << tr("Could not describe the topic: %1")
                            .arg(QString::fromUtf8(name.data(), qsizetype(name.size())));
            topic = nullptr;
        }
    }
    if (m_missing && m_pageMessage->text() == missingText) m_pageMessage->clear();
    m_missing = false;

    std::vector<client::PartitionWatermarks> marks;
    if (s.watermarks->ok()) {
        marks = s.watermarks->value();
        int unreadable = 0;
        for (const auto& w : marks)
            if (w.error) ++unreadable;
        if (unreadable > 0)
            problems << (unreadable == 1
                             ? tr("The offsets of one partition could not be read.")
                             : tr("The offsets of %1 partitions could not be read.").arg(unreadable));
    } else {
        problems << tr("Could not read the offsets: %1")
                        .arg(samsa::app::describeError(s.watermarks->error()));
    }
    std::vector<client::LogDirInfo> dirs;
    if (s.logDirs->ok()) dirs = s.logDirs->value();
    else
        problems << tr("Could not read partition sizes: %1")
                        .arg(samsa::app::describeError(s.logDirs->error()));

    if (topic) {
        m_description = *topic;
        m_partitions->setRows(PartitionsModel::buildRows(*topic, marks, dirs));
    }
    if (problems.isEmpty()) m_partitionsMessage->clear();
    else
        m_partitionsMessage->showMessage(failed ? InlineMessage::Kind::Error
                                                : InlineMessage::Kind::Warning,
                                         problems.join(QLatin1Char('\n')));
    if (m_partitions->rowCount() > 0) m_partitionsStack->showContent();
    else
        m_partitionsStack->showPlaceholder(failed ? tr("The partitions could not be loaded. "
                                                       "Press F5 to try again.")
                                                  : tr("This topic has no partitions."));
}

void TopicDetailPage::updateHeader() {
    m_internal->setVisible(m_description && m_description->internal);
    if (m_missing) {
        m_summary->setText(tr("Not found on the cluster"));
        return;
    }
    if (!m_description) {
        m_summary->setText(isLoading() ? tr("Loading…") : QString());
        if (isLoading()) m_partitionsStack->showPlaceholder(tr("Loading partitions…"));
        return;
    }
    int replication = 0;
    for (const auto& p : m_description->partitions)
        replication = std::max(replication, int(p.replicas.size()));
    QStringList parts;
    const int partitions = int(m_description->partitions.size());
    parts << (partitions == 1 ? tr("1 partition") : tr("%1 partitions").arg(partitions));
    parts << tr("replication factor %1").arg(replication);
    const qint64 messages = m_partitions->totalMessages();
    if (messages >= 0) parts << tr("%1 messages").arg(formatCount(messages));
    const qint64 bytes = m_partitions->totalBytes();
    if (bytes >= 0) parts << formatBytes(bytes);
    QString text = parts.join(QStringLiteral("  ·  "));
    if (isLoading()) text += QStringLiteral("  ·  ") + tr("refreshing…");
    m_summary->setText(text);
}

void TopicDetailPage::updateActions() {
    const bool usable = m_description && !m_missing && !m_busy;
    m_addPartitions->setEnabled(usable);
    m_purge->setEnabled(usable);
    m_refresh->setEnabled(!m_busy);
}

QStringList TopicDetailPage::screenshotViews() const {
    return {QStringLiteral("topic-partitions"), QStringLiteral("topic-configs")};
}

QWidget* TopicDetailPage::showScreenshotView(const QString& name) {
    m_tabs->setCurrentIndex(name == QLatin1String("topic-configs") ? ConfigsTabIndex
                                                                   : PartitionsTab);
    return nullptr;
}

} // namespace samsa::ui
