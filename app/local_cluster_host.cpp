#include "local_cluster_host.h"

#include "common/config/broker_config.h"
#include "server/broker.h"

#include <QDir>
#include <QHostAddress>
#include <QStandardPaths>
#include <QTcpServer>
#include <QtConcurrent/QtConcurrentRun>

namespace samsa::app {

namespace {

// Only the port matters to the caller: a listener that cannot bind because the port
// is taken is the one failure worth retrying elsewhere.
bool portIsFree(quint16 port) {
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, port);
}

std::shared_ptr<server::Broker> makeBroker(const QString& dataDirectory, quint16 port) {
    const config::ConfigStrings values{
        {"log.dirs", QDir::toNativeSeparators(dataDirectory).toStdString()},
        // Loopback only: the local cluster is for this user, not the network.
        {"listeners", "PLAINTEXT://127.0.0.1:" + std::to_string(port)},
    };
    auto cfg = config::BrokerConfig::create(values, config::ConfigEnvironment::fromProcess());
    if (!cfg) throw std::runtime_error(cfg.error().message);
    return std::make_shared<server::Broker>(std::move(*cfg));
}

} // namespace

LocalClusterHost::LocalClusterHost(QString dataDirectory, quint16 preferredPort, QObject* parent)
    : QObject(parent), m_dataDirectory(std::move(dataDirectory)), m_preferredPort(preferredPort) {
    connect(&m_startWatcher, &QFutureWatcherBase::finished, this, &LocalClusterHost::onStarted);
    connect(&m_stopWatcher, &QFutureWatcherBase::finished, this, &LocalClusterHost::onStopped);
    connect(&m_wipeWatcher, &QFutureWatcherBase::finished, this, &LocalClusterHost::onWiped);
}

LocalClusterHost::~LocalClusterHost() {
    // Workers hold no pointer to this object, but the broker they start must not outlive
    // the app: wait for them, then stop whatever is running.
    if (m_state == State::Starting) {
        m_startWatcher.waitForFinished();
        if (auto broker = m_startWatcher.result().broker) broker->stop();
    }
    m_stopWatcher.waitForFinished();
    m_wipeWatcher.waitForFinished();
    if (m_broker) m_broker->stop();
}

QString LocalClusterHost::defaultDataDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/samsa/local");
}

QString LocalClusterHost::bootstrapServers() const {
    if (m_state != State::Running) return {};
    return QStringLiteral("127.0.0.1:%1").arg(m_port);
}

QString LocalClusterHost::stateName(State state) {
    switch (state) {
    case State::Stopped:
        return tr("stopped");
    case State::Starting:
        return tr("starting");
    case State::Running:
        return tr("running");
    case State::Stopping:
        return tr("stopping");
    case State::Resetting:
        return tr("resetting");
    case State::Failed:
        return tr("failed");
    }
    return {};
}

void LocalClusterHost::setState(State state) {
    if (state == m_state) return;
    m_state = state;
    emit stateChanged(state);
}

LocalClusterHost::StartOutcome LocalClusterHost::startBroker(const QString& dataDirectory,
                                                             quint16 preferredPort) {
    StartOutcome outcome;
    if (!QDir().mkpath(dataDirectory)) {
        outcome.error = tr("cannot create the data directory %1").arg(dataDirectory);
        return outcome;
    }
    try {
        auto broker = makeBroker(dataDirectory, preferredPort);
        try {
            broker->start();
        } catch (const std::exception&) {
            if (preferredPort == 0 || portIsFree(preferredPort)) throw;
            broker = makeBroker(dataDirectory, 0);
            broker->start();
        }
        outcome.port = broker->port();
        outcome.broker = std::move(broker);
    } catch (const std::exception& e) {
        outcome.error = QString::fromStdString(e.what());
    }
    return outcome;
}

void LocalClusterHost::start() {
    if (m_state != State::Stopped && m_state != State::Failed) return;
    m_error.clear();
    m_stopAfterStart = false;
    setState(State::Starting);
    m_startWatcher.setFuture(
        QtConcurrent::run(&LocalClusterHost::startBroker, m_dataDirectory, m_preferredPort));
}

void LocalClusterHost::onStarted() {
    StartOutcome outcome = m_startWatcher.result();
    if (!outcome.broker) {
        m_error = outcome.error;
        setState(State::Failed);
        return;
    }
    m_broker = std::move(outcome.broker);
    m_port = outcome.port;
    if (m_stopAfterStart) {
        beginStop();
        return;
    }
    setState(State::Running);
    if (usingFallbackPort()) emit portFallback(m_preferredPort, m_port);
}

void LocalClusterHost::stop() {
    if (m_state == State::Starting) {
        // The worker cannot be interrupted mid-start; stop as soon as it is up.
        m_stopAfterStart = true;
        return;
    }
    if (m_state != State::Running) return;
    beginStop();
}

void LocalClusterHost::beginStop() {
    setState(m_wipeAfterStop ? State::Resetting : State::Stopping);
    auto broker = std::move(m_broker);
    m_port = 0;
    m_stopWatcher.setFuture(QtConcurrent::run([broker] { broker->stop(); }));
}

void LocalClusterHost::onStopped() {
    if (m_wipeAfterStop) {
        m_wipeAfterStop = false;
        beginWipe();
        return;
    }
    setState(State::Stopped);
}

void LocalClusterHost::reset() {
    switch (m_state) {
    case State::Running:
        m_wipeAfterStop = true;
        m_startAfterWipe = true;
        beginStop();
        return;
    case State::Stopped:
    case State::Failed:
        m_startAfterWipe = false;
        beginWipe();
        return;
    case State::Starting:
    case State::Stopping:
    case State::Resetting:
        return; // the user can retry once the current operation settles
    }
}

void LocalClusterHost::beginWipe() {
    setState(State::Resetting);
    m_wipeWatcher.setFuture(QtConcurrent::run([dir = m_dataDirectory]() -> QString {
        QDir data(dir);
        if (data.exists() && !data.removeRecursively()) return tr("cannot delete %1").arg(dir);
        if (!QDir().mkpath(dir)) return tr("cannot create the data directory %1").arg(dir);
        return {};
    }));
}

void LocalClusterHost::onWiped() {
    const QString error = m_wipeWatcher.result();
    if (!error.isEmpty()) {
        m_error = error;
        setState(State::Failed);
        return;
    }
    if (m_startAfterWipe) {
        m_startAfterWipe = false;
        m_state = State::Stopped; // start() emits Starting next
        start();
        return;
    }
    setState(State::Stopped);
}

} // namespace samsa::app
