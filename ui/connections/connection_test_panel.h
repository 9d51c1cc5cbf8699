#pragma once

// admin_client.h before anything else: moc cannot parse the headers in another order.
#include "client/admin_client.h"
#include "ui/connections/connection_explanations.h"

#include <QPointer>
#include <QWidget>
#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace samsa::app {
class ClusterService;
}

namespace samsa::ui {

class InlineMessage;

// Runs a connection test with settings that need not be saved yet, and shows what each
// step did on every bootstrap server, with a plain-language reason for the first
// failure. The test runs on the client's thread; the panel only waits for its answer.
class ConnectionTestPanel : public QWidget {
    Q_OBJECT
public:
    explicit ConnectionTestPanel(QWidget* parent = nullptr);
    ~ConnectionTestPanel() override;

    // Replaces any test still running. The timeouts of `config` bound how long it takes.
    void start(client::ClientConfig config, ConnectionAttempt attempt);
    bool isRunning() const { return m_running; }
    // The outcome of the last finished test: every server passed every step.
    bool lastTestPassed() const { return m_passed; }

    // Hides the previous outcome (the settings it was for have changed).
    void clearResults();

public slots:
    void cancel();

signals:
    void runningChanged(bool running);
    void finished(bool passed);

private:
    using Reports = std::vector<client::ConnectionTestReport>;
    void show(const client::Result<Reports>& result);
    QTreeWidgetItem* addServer(const client::ConnectionTestReport& report);
    void addMissingSteps(QTreeWidgetItem* server, const client::ConnectionTestReport& report);
    void summarize(const Reports& reports);
    void setRunning(bool running);
    void retireService();

    QProgressBar* m_busy;
    QLabel* m_status;
    QPushButton* m_cancel;
    QTreeWidget* m_steps;
    InlineMessage* m_message;

    samsa::app::ClusterService* m_service = nullptr;
    // Owns the pending callback: deleting it drops the answer of a cancelled test.
    QPointer<QObject> m_run;
    ConnectionAttempt m_attempt;
    bool m_running = false;
    bool m_passed = false;
};

} // namespace samsa::ui
