#pragma once

#include <QPointer>
#include <QWidget>

// After the Qt headers: moc cannot parse the standard headers this pulls in first.
#include "client/admin_types.h"
#include "ui/common/screenshot_views.h"
#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QSortFilterProxyModel;

namespace samsa::app {
class ClusterService;
}

namespace samsa::ui {

class AddPartitionsDialog;
class ConfigsTab;
class InlineMessage;
class PartitionsModel;
class PlaceholderStack;

// Everything about one topic: a header with its shape and size, the partitions with
// their replicas and offsets, the topic's configuration (editable), and the actions that
// change the topic as a whole (add partitions, purge).
class TopicDetailPage : public QWidget, public ScreenshotViews {
    Q_OBJECT
public:
    enum Tab { PartitionsTab, ConfigsTabIndex };

    TopicDetailPage(samsa::app::ClusterService* service, const QString& topic,
                    QWidget* parent = nullptr);
    ~TopicDetailPage() override;

    QString topic() const { return m_topic; }
    bool isLoading() const { return m_pendingCalls > 0; }
    // The last refresh found no such topic (deleted, or never created).
    bool topicMissing() const { return m_missing; }

    QTabWidget* tabs() const { return m_tabs; }
    PartitionsModel* partitionsModel() const { return m_partitions; }
    QTableView* partitionsView() const { return m_partitionsView; }
    ConfigsTab* configsTab() const { return m_configs; }
    InlineMessage* pageMessage() const { return m_pageMessage; }
    InlineMessage* partitionsMessage() const { return m_partitionsMessage; }
    QPushButton* refreshButton() const { return m_refresh; }
    QPushButton* browseMessagesButton() const { return m_browse; }
    QPushButton* addPartitionsButton() const { return m_addPartitions; }
    QPushButton* purgeButton() const { return m_purge; }
    AddPartitionsDialog* addPartitionsDialog() const;
    QLabel* summaryLabel() const { return m_summary; }

    QStringList screenshotViews() const override;
    QWidget* showScreenshotView(const QString& name) override;

public slots:
    void refresh();
    void showAddPartitions();
    void purge();

signals:
    // A full refresh (partitions, offsets, sizes and configuration) has been applied.
    void refreshed();
    // The user asked to read the topic's messages.
    void browseMessagesRequested(const QString& topic);

protected:
    // Asks before deleting every message of the topic; tests answer for the user.
    virtual bool confirmPurge(const QString& topic, qint64 messages);

private:
    struct Snapshot;
    void callDone(quint64 generation);
    void apply();
    void updateHeader();
    void updateActions();
    void addPartitions(int totalCount);

    samsa::app::ClusterService* m_service;
    QString m_topic;
    QLabel* m_title;
    QLabel* m_internal;
    QLabel* m_summary;
    QPushButton* m_refresh;
    QPushButton* m_browse;
    QPushButton* m_addPartitions;
    QPushButton* m_purge;
    InlineMessage* m_pageMessage;
    QTabWidget* m_tabs;
    InlineMessage* m_partitionsMessage;
    PartitionsModel* m_partitions;
    QSortFilterProxyModel* m_partitionsSort;
    QTableView* m_partitionsView;
    PlaceholderStack* m_partitionsStack;
    ConfigsTab* m_configs;
    QPointer<AddPartitionsDialog> m_addDialog;

    std::unique_ptr<Snapshot> m_snapshot; // answers of the refresh in flight
    quint64 m_generation = 0;
    int m_pendingCalls = 0;
    bool m_missing = false;
    bool m_busy = false; // an add or purge is on its way
    std::optional<client::TopicDescription> m_description;
};

} // namespace samsa::ui
