#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace samsa::app {
class ClusterService;
}

namespace samsa::ui {

class ConfigEditDialog;
class ConfigsFilterModel;
class ConfigsModel;
class InlineMessage;
class PlaceholderStack;

// The Configs tab of a topic: every setting with its source and default, a filter, and
// editing through ConfigEditDialog. Changes go out as IncrementalAlterConfigs SET or
// DELETE of the one key, and the tab describes the topic again so the value shown is
// the broker's, not ours.
class ConfigsTab : public QWidget {
    Q_OBJECT
public:
    ConfigsTab(samsa::app::ClusterService* service, const QString& topic, QWidget* parent = nullptr);

    ConfigsModel* model() const { return m_model; }
    ConfigsFilterModel* filterModel() const { return m_filter; }
    QTableView* view() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filterEdit; }
    QCheckBox* onlyOverridesBox() const { return m_onlyOverrides; }
    QPushButton* editButton() const { return m_edit; }
    InlineMessage* message() const { return m_message; }
    // The open editor, if any.
    ConfigEditDialog* editDialog() const;

    // Selects the row of `name` (for keyboard users arriving from elsewhere, and tests).
    bool selectConfig(const QString& name);
    // The topic is gone; the tab says so instead of showing stale settings.
    void setTopicMissing(const QString& text);

public slots:
    void reload();
    // Opens the editor for the selected setting.
    void editSelected();
    void setConfig(const QString& name, const QString& value);
    void resetConfig(const QString& name);

signals:
    // A describe finished, whether it worked or not.
    void reloaded();

private:
    QString selectedName() const;
    void updatePlaceholder();
    void updateButtons();
    void alter(const QString& name, bool reset, const QString& value);

    samsa::app::ClusterService* m_service;
    QString m_topic;
    ConfigsModel* m_model;
    ConfigsFilterModel* m_filter;
    QTableView* m_view;
    PlaceholderStack* m_stack;
    QLineEdit* m_filterEdit;
    QCheckBox* m_onlyOverrides;
    QPushButton* m_edit;
    InlineMessage* m_message;
    QPointer<ConfigEditDialog> m_dialog;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_loadFailed = false;
    bool m_loadErrorShown = false; // the message shows the load failure, not an edit's
    QString m_missing;
};

} // namespace samsa::ui
