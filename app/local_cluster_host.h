#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <memory>

namespace samsa::server {
class Broker;
}

namespace samsa::app {

// Runs the bundled broker inside the app as the "Local cluster". Starting, stopping
// and wiping block on disk and sockets, so each runs on a worker thread and reports
// back through stateChanged(); the calling (GUI) thread never waits.
class LocalClusterHost : public QObject {
    Q_OBJECT
public:
    enum class State { Stopped, Starting, Running, Stopping, Resetting, Failed };
    Q_ENUM(State)

    static constexpr quint16 kDefaultPort = 9092;

    // preferredPort 0 lets the system choose (tests, screenshots).
    explicit LocalClusterHost(QString dataDirectory, quint16 preferredPort = kDefaultPort,
                              QObject* parent = nullptr);
    ~LocalClusterHost() override; // stops the broker, waiting for it

    // $XDG_DATA_HOME/samsa/local (or its platform equivalent).
    static QString defaultDataDirectory();

    State state() const { return m_state; }
    quint16 preferredPort() const { return m_preferredPort; }
    quint16 port() const { return m_port; } // 0 unless Running
    QString bootstrapServers() const;       // empty unless Running
    QString dataDirectory() const { return m_dataDirectory; }
    QString errorString() const { return m_error; } // why the last operation failed
    // True when the preferred port was taken and the broker listens elsewhere.
    bool usingFallbackPort() const {
        return m_state == State::Running && m_preferredPort != 0 && m_port != m_preferredPort;
    }

    static QString stateName(State state);

public slots:
    void start();
    void stop();
    // Stops the broker if it runs, deletes every topic and offset it stored, and
    // starts it again if it was running.
    void reset();

signals:
    void stateChanged(samsa::app::LocalClusterHost::State state);
    // The preferred port was in use; the broker took another one.
    void portFallback(quint16 preferred, quint16 actual);

private:
    struct StartOutcome {
        std::shared_ptr<server::Broker> broker;
        quint16 port = 0;
        QString error;
    };
    static StartOutcome startBroker(const QString& dataDirectory, quint16 preferredPort);

    void setState(State state);
    void onStarted();
    void onStopped();
    void onWiped();
    void beginStop();
    void beginWipe();

    QString m_dataDirectory;
    quint16 m_preferredPort;
    quint16 m_port = 0;
    State m_state = State::Stopped;
    QString m_error;
    // shared_ptr because ownership passes to the worker that stops the broker.
    std::shared_ptr<server::Broker> m_broker;
    bool m_stopAfterStart = false;
    bool m_wipeAfterStop = false;
    bool m_startAfterWipe = false;

    QFutureWatcher<StartOutcome> m_startWatcher;
    QFutureWatcher<void> m_stopWatcher;
    QFutureWatcher<QString> m_wipeWatcher;
};

} // namespace samsa::app
