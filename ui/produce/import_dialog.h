#pragma once

#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace samsa::app {
class ClusterService;
class ImportJob;
} // namespace samsa::app

namespace samsa::ui {

class DeliveryOptions;
class FieldMessage;
class InlineMessage;
class TopicPicker;

// Replays an export file (JSON Lines or CSV, see docs/export-format.md) into a topic:
// each record to its original partition or to one the chosen partitioner picks, with
// its original timestamp or the time of sending. The whole file is checked first; bad
// lines are listed with their line numbers and nothing is sent until they are fixed.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(app::ClusterService* service, const QString& topic, QWidget* parent = nullptr);
    ~ImportDialog() override;

    void setFile(const QString& path);
    QString problem() const;
    bool isRunning() const;
    // The last import, or null.
    const app::ImportJob* lastRun() const;

    QLineEdit* fileEdit() const { return m_file; }
    FieldMessage* fileError() const { return m_fileError; }
    QComboBox* formatCombo() const { return m_format; }
    TopicPicker* topicPicker() const { return m_topic; }
    QCheckBox* keepPartitions() const { return m_keepPartitions; }
    QCheckBox* keepTimestamps() const { return m_keepTimestamps; }
    DeliveryOptions* delivery() const { return m_delivery; }
    InlineMessage* message() const { return m_message; }
    QTableWidget* badLines() const { return m_badLines; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* phaseLabel() const { return m_phase; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* cancelButton() const { return m_cancel; }

public slots:
    void startImport();
    void cancel();

signals:
    void importFinished();

protected:
    void reject() override;

private:
    void chooseFile();
    void updateValidation();
    void onFinished();
    void setRunning(bool running);

    app::ClusterService* m_service;
    QLineEdit* m_file;
    FieldMessage* m_fileError;
    QComboBox* m_format;
    TopicPicker* m_topic;
    QCheckBox* m_keepPartitions;
    QCheckBox* m_keepTimestamps;
    DeliveryOptions* m_delivery;
    InlineMessage* m_message;
    QTableWidget* m_badLines;
    QLabel* m_phase;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QPushButton* m_import;
    QPointer<app::ImportJob> m_job;
    QElapsedTimer m_clock;
};

} // namespace samsa::ui
