#pragma once

#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace samsa::app {
class ClusterService;
class ProduceJob;
} // namespace samsa::app

namespace samsa::ui {

class DeliveryOptions;
class FieldMessage;
class HeadersEditor;
class InlineMessage;
class PlaceholderStack;
class ProduceResultsModel;
class TopicPicker;
class ValueEditor;

// Sends records to a topic: key, value (text, JSON, a file or null), headers, the
// partitioner, compression and acks, sent once or N times from a template whose
// placeholders ({{i}}, {{uuid}}, {{now}}, {{nowIso}}, {{random}}) are filled in per
// record. Each record's partition and offset, or the broker's reason for refusing it,
// appear in the results below. Wrong input is explained next to its field and nothing
// is sent until it is fixed. The dialog stays open for the next send.
class ProduceDialog : public QDialog {
    Q_OBJECT
public:
    ProduceDialog(app::ClusterService* service, const QString& topic, QWidget* parent = nullptr);
    ~ProduceDialog() override;

    // Why nothing can be sent as the fields stand; empty when it can.
    QString problem() const;
    bool isRunning() const;
    // The last run, or null.
    const app::ProduceJob* lastRun() const;
    // A plausible order for the sample data's `orders` topic, for screenshots.
    void fillExample();

    TopicPicker* topicPicker() const { return m_topic; }
    QLineEdit* keyEdit() const { return m_key; }
    FieldMessage* keyError() const { return m_keyError; }
    ValueEditor* valueEditor() const { return m_value; }
    HeadersEditor* headersEditor() const { return m_headers; }
    DeliveryOptions* delivery() const { return m_delivery; }
    QSpinBox* countSpin() const { return m_count; }
    QCheckBox* expandCheck() const { return m_expand; }
    FieldMessage* headersError() const { return m_headersError; }
    InlineMessage* message() const { return m_message; }
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* produceButton() const { return m_produce; }
    QPushButton* cancelButton() const { return m_cancel; }
    QLabel* summaryLabel() const { return m_summary; }
    QTableView* resultsView() const { return m_resultsView; }
    ProduceResultsModel* resultsModel() const { return m_results; }

public slots:
    void produce();
    void cancel();

signals:
    // A run has ended (completed, failed or cancelled); lastRun() tells how.
    void runFinished();

protected:
    void reject() override;

private:
    QWidget* createEditors();
    QWidget* createResults();
    void updateValidation();
    void onRunFinished();
    void setRunning(bool running);

    app::ClusterService* m_service;
    TopicPicker* m_topic;
    QLineEdit* m_key;
    FieldMessage* m_keyError;
    ValueEditor* m_value;
    HeadersEditor* m_headers;
    FieldMessage* m_headersError;
    DeliveryOptions* m_delivery;
    QSpinBox* m_count;
    QCheckBox* m_expand;
    InlineMessage* m_message;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_summary;
    PlaceholderStack* m_resultsStack;
    QTableView* m_resultsView;
    ProduceResultsModel* m_results;
    QDialogButtonBox* m_buttons;
    QPushButton* m_produce;
    QPointer<app::ProduceJob> m_job;
    QElapsedTimer m_clock;
};

} // namespace samsa::ui
