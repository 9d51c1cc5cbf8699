#pragma once

#include "ui/common/screenshot_views.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace samsa::app {
class ClusterService;
}

namespace samsa::ui {

class CreateTopicDialog;
class InlineMessage;
class TopicFilterProxy;
class TopicListLoader;
class TopicListModel;

// The topics of one cluster: a sortable, filterable table with message counts, sizes,
// retention and cleanup policy, plus creating and deleting topics.
class TopicsPage : public QWidget, public ScreenshotViews {
    Q_OBJECT
public:
    explicit TopicsPage(app::ClusterService* service, QWidget* parent = nullptr);
    ~TopicsPage() override;

    QTreeView* tableView() const { return m_view; }
    TopicListModel* model() const { return m_model; }
    TopicFilterProxy* proxy() const { return m_proxy; }
    QLineEdit* filterEdit() const { return m_filter; }
    QCheckBox* showInternalCheckBox() const { return m_showInternal; }
    InlineMessage* message() const { return m_message; }
    QAction* deleteAction() const { return m_deleteAction; }
    QAction* refreshAction() const { return m_refreshAction; }
    // The empty state's "Create topic…" button.
    QPushButton* emptyCreateButton() const { return m_emptyCreate; }
    // The open create-topic dialog, if any.
    CreateTopicDialog* createDialog() const;
    // Topic names of the selected rows, in view order.
    QStringList selectedTopics() const;
    // Selects one topic (clearing the filter if it hides it); false when unknown.
    bool selectTopic(const QString& name);
    // The table is showing; false while loading, empty or failed.
    bool isShowingTable() const;
    bool isLoading() const;

    QStringList screenshotViews() const override;
    QWidget* showScreenshotView(const QString& name) override;
    void hideScreenshotView(const QString& name) override;

public slots:
    void refresh();
    void createTopic();
    void deleteSelected();

signals:
    void topicActivated(const QString& topic);
    // The topic list has been applied (or has failed); details may still arrive.
    void refreshed();
    // Every stage of a listing has ended: topics, counts, sizes and configs.
    void fullyLoaded();

protected:
    // Asks before deleting; tests answer for the user.
    virtual bool confirmDelete(const QStringList& topics);
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    CreateTopicDialog* openDialog();
    void onListed(const QString& error);
    void onDeleted(const QStringList& asked, const QStringList& failures);
    void updateState();
    void updateActions();
    void sizeColumns();

    app::ClusterService* m_service;
    TopicListModel* m_model;
    TopicFilterProxy* m_proxy;
    TopicListLoader* m_loader;
    QTreeView* m_view;
    QLineEdit* m_filter;
    QCheckBox* m_showInternal;
    InlineMessage* m_message;
    QPushButton* m_retry;
    QStackedWidget* m_stack;
    QWidget* m_statusPage;
    QLabel* m_statusText;
    QWidget* m_spinner;
    QWidget* m_emptyPage;
    QPushButton* m_emptyCreate;
    QLabel* m_count;
    QAction* m_refreshAction;
    QAction* m_deleteAction;
    QAction* m_createAction;
    QPointer<CreateTopicDialog> m_dialog;
    bool m_listedOnce = false;
    bool m_deleting = false;
    QString m_selectAfterRefresh;
};

// Builds the confirmation text for deleting these topics: every name for a few, the
// first ones and "and N more" for many.
QString deleteConfirmationText(const QStringList& topics);

} // namespace samsa::ui
