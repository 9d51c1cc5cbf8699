#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace samsa::lab {
class RebalanceLab;
}

namespace samsa::ui {

class InlineMessage;
class LabConsumersModel;

// The rebalance lab's controls: start demo consumers in a group (assignor, processing
// time, max.poll.interval.ms, session timeout, static or dynamic membership), stop them
// properly or kill them, and keep their topic busy with a producer.
class LabPanel : public QWidget {
    Q_OBJECT
public:
    explicit LabPanel(lab::RebalanceLab* lab, QWidget* parent = nullptr);

    void setGroup(const QString& groupId);
    QLineEdit* groupEdit() const { return m_group; }
    QLineEdit* topicEdit() const { return m_topic; }
    QComboBox* assignorBox() const { return m_assignor; }
    QSpinBox* delayBox() const { return m_delay; }
    QSpinBox* maxPollBox() const { return m_maxPoll; }
    QSpinBox* sessionBox() const { return m_session; }
    QCheckBox* staticBox() const { return m_static; }
    QPushButton* addButton() const { return m_add; }
    QTableView* consumersView() const { return m_view; }
    LabConsumersModel* model() const { return m_model; }
    InlineMessage* message() const { return m_message; }

public slots:
    // Creates the topic if needed, then starts one consumer with the form's settings.
    void addConsumer();
    void stopSelected();
    void killSelected();

private:
    int selectedId() const;
    void updateButtons();

    lab::RebalanceLab* m_lab;
    QLineEdit* m_group;
    QLineEdit* m_topic;
    QSpinBox* m_partitions;
    QComboBox* m_assignor;
    QSpinBox* m_delay;
    QSpinBox* m_maxPoll;
    QSpinBox* m_session;
    QCheckBox* m_static;
    QSpinBox* m_rate;
    QPushButton* m_produce;
    QPushButton* m_add;
    QPushButton* m_stop;
    QPushButton* m_kill;
    QPushButton* m_clear;
    QTableView* m_view;
    LabConsumersModel* m_model;
    InlineMessage* m_message;
};

} // namespace samsa::ui
