#pragma once

#include "ui/groups/reset_plan.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableView;

namespace samsa::app {
class ClusterService;
}
namespace samsa::monitor {
class GroupMonitor;
}

namespace samsa::ui {

class InlineMessage;
class ResetPreviewModel;

// Resets a group's committed offsets: to the earliest or latest offset, the first
// message at a time, a given offset, or shifted by N; for the whole group, one topic or
// chosen partitions. A dry run shows every partition's offset and lag before and after;
// applying needs the group to be empty (Kafka refuses commits from outside an active
// group), and reports each partition's outcome.
class ResetOffsetsDialog : public QDialog {
    Q_OBJECT
public:
    enum class Scope { Group, Topic, Partitions };

    ResetOffsetsDialog(app::ClusterService* service, monitor::GroupMonitor* monitor, QString groupId,
                       QWidget* parent = nullptr);

    void setScope(Scope scope, const QString& topic = {}, const QList<monitor::PartitionKey>& partitions = {});
    void setSpec(const ResetSpec& spec);
    ResetSpec spec() const;

    ResetPreviewModel* previewModel() const { return m_model; }
    QTableView* previewView() const { return m_view; }
    InlineMessage* message() const { return m_message; }
    QPushButton* previewButton() const { return m_previewButton; }
    QPushButton* applyButton() const { return m_applyButton; }
    // Members that keep the reset from being applied, from the last dry run.
    QStringList activeMembers() const { return m_activeMembers; }
    bool isBusy() const { return m_busy; }

public slots:
    // The dry run: reads the group and its partitions afresh and fills the preview.
    void preview();
    // Commits the previewed offsets.
    void apply();

signals:
    void previewed();
    void applied(int failures);

private:
    QList<monitor::PartitionKey> chosenPartitions() const;
    QStringList scopeTopics() const;
    void setBusy(bool busy);
    void invalidate();
    void fail(const QString& what, const QString& error);
    void finishPreview(QList<ResetRow> rows, const QHash<monitor::PartitionKey, qint64>& byTimestamp);

    app::ClusterService* m_service;
    monitor::GroupMonitor* m_monitor;
    QString m_groupId;
    QRadioButton* m_wholeGroup;
    QRadioButton* m_oneTopic;
    QRadioButton* m_somePartitions;
    QComboBox* m_topic;
    QListWidget* m_partitions;
    QRadioButton* m_earliest;
    QRadioButton* m_latest;
    QRadioButton* m_atTime;
    QRadioButton* m_toOffset;
    QRadioButton* m_shift;
    QDateTimeEdit* m_time;
    QLineEdit* m_offset;
    QSpinBox* m_shiftBy;
    InlineMessage* m_message;
    QTableView* m_view;
    ResetPreviewModel* m_model;
    QPushButton* m_previewButton;
    QPushButton* m_applyButton;
    QStringList m_activeMembers;
    bool m_busy = false;
    bool m_previewValid = false;
    quint64 m_request = 0; // answers of an older dry run are ignored
};

} // namespace samsa::ui
