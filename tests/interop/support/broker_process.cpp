#include "support/broker_process.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QThread>
#include <csignal>

namespace {
// A port the OS just handed out and released; the broker binds it right after.
quint16 freePort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}
} // namespace

// SAMSA_BROKER_EXECUTABLE runs the suite against another build or an installed broker.
QString BrokerProcess::brokerExecutable() {
    return qEnvironmentVariable("SAMSA_BROKER_EXECUTABLE", QStringLiteral(SAMSA_BINARY_DIR "/broker/samsa-broker"));
}

BrokerProcess::BrokerProcess(QStringList extraOverrides) : m_overrides(std::move(extraOverrides)) {
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

BrokerProcess::~BrokerProcess() {
    if (isRunning()) kill9();
}

void BrokerProcess::setEnvironmentVariable(const QString& name, const QString& value) {
    auto env = m_process.processEnvironment();
    if (env.isEmpty()) env = QProcessEnvironment::systemEnvironment();
    if (value.isEmpty()) env.remove(name);
    else env.insert(name, value);
    m_process.setProcessEnvironment(env);
}

bool BrokerProcess::start(int timeoutMs) {
    if (m_port == 0) m_port = freePort();
    QStringList args{QStringLiteral("--override"), QStringLiteral("log.dirs=%1").arg(dataDir()),
                     QStringLiteral("--override"),
                     QStringLiteral("listeners=PLAINTEXT://127.0.0.1:%1").arg(m_port)};
    for (const auto& o : m_overrides) args << QStringLiteral("--override") << o;
    m_log.clear();
    m_process.start(brokerExecutable(), args);
    if (!m_process.waitForStarted(5000)) {
        m_error = QStringLiteral("could not start %1: %2").arg(brokerExecutable(), m_process.errorString());
        return false;
    }
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        m_process.waitForReadyRead(100);
        m_log += QString::fromUtf8(m_process.readAll());
        if (m_log.contains(QStringLiteral("started, ready on"))) return true;
        if (m_process.state() == QProcess::NotRunning) break;
    }
    m_error = QStringLiteral("broker did not become ready:\n") + m_log;
    return false;
}

void BrokerProcess::stop() {
    if (!isRunning()) return;
    m_process.terminate();
    m_process.waitForFinished(30000);
    m_log += QString::fromUtf8(m_process.readAll());
}

void BrokerProcess::kill9() {
    if (!isRunning()) return;
    ::kill(static_cast<pid_t>(m_process.processId()), SIGKILL);
    m_process.waitForFinished(10000);
    m_log += QString::fromUtf8(m_process.readAll());
}

bool BrokerProcess::isRunning() const { return m_process.state() != QProcess::NotRunning; }

int BrokerProcess::exitCode() const { return m_process.exitCode(); }

int runProgram(const QString& program, const QStringList& args, QByteArray* out, QByteArray* err, int timeoutMs,
               const QByteArray& input) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000)) return -1;
    if (!input.isEmpty()) p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        return -1;
    }
    if (out) *out = p.readAllStandardOutput();
    if (err) *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}
