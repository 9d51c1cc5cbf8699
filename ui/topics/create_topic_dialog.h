#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace samsa::app {
class ClusterService;
}
namespace samsa::client {
struct NewTopic;
}

namespace samsa::ui {

class InlineMessage;
class TopicConfigEditor;
class TopicConfigFields;

// Creates a topic: name (checked against Kafka's rules as it is typed), partitions,
// replication factor (checked against the cluster's brokers), the common configs as
// fields and any other config in a key/value editor. "Validate only" asks the broker
// without creating anything. A refusal is shown in the dialog, which stays open with
// everything the user typed.
class CreateTopicDialog : public QDialog {
    Q_OBJECT
public:
    explicit CreateTopicDialog(app::ClusterService* service, QWidget* parent = nullptr);

    // For the duplicate and '.'/'_' collision checks.
    void setExistingTopics(const QStringList& names);
    // -1 until the cluster has said how many brokers it has.
    int brokerCount() const { return m_brokerCount; }
    bool isBusy() const { return m_busy; }

    // The request as the fields stand.
    client::NewTopic topic() const;
    // Fills the fields with a plausible topic, for screenshots.
    void fillExample();

    QLineEdit* nameEdit() const { return m_name; }
    QLabel* nameError() const { return m_nameError; }
    QLabel* nameWarning() const { return m_nameWarning; }
    QSpinBox* partitions() const { return m_partitions; }
    QSpinBox* replicationFactor() const { return m_replication; }
    QLabel* replicationError() const { return m_replicationError; }
    TopicConfigFields* configFields() const { return m_fields; }
    TopicConfigEditor* moreConfigs() const { return m_more; }
    InlineMessage* message() const { return m_message; }
    QPushButton* createButton() const { return m_create; }
    QPushButton* validateButton() const { return m_validate; }
    QProgressBar* busyIndicator() const { return m_busyIndicator; }

public slots:
    void validateOnly();
    void create();

signals:
    // The broker created the topic; the dialog then closes.
    void topicCreated(const QString& name);
    // A validate-only or create request has come back (ok or not).
    void requestFinished(bool ok);

private:
    void send(bool validateOnly);
    void setBusy(bool busy);
    void updateValidation();
    void loadBrokerCount();

    app::ClusterService* m_service;
    QStringList m_existing;
    int m_brokerCount = -1;
    bool m_busy = false;
    bool m_nameTouched = false;
    bool m_replicationTouched = false;

    InlineMessage* m_message;
    QFormLayout* m_form;
    QLineEdit* m_name;
    QLabel* m_nameError;
    QLabel* m_nameWarning;
    QSpinBox* m_partitions;
    QSpinBox* m_replication;
    QLabel* m_replicationError;
    TopicConfigFields* m_fields;
    QToolButton* m_moreToggle;
    TopicConfigEditor* m_more;
    QProgressBar* m_busyIndicator;
    QDialogButtonBox* m_buttons;
    QPushButton* m_create;
    QPushButton* m_validate;
};

} // namespace samsa::ui
