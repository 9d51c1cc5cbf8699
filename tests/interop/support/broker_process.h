#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

// A samsa-broker started as its own process on a free loopback port with its data in
// a temporary directory: what a real client sees. Survives kill -9 and restarts on the
// same data, for the crash tests.
class BrokerProcess {
public:
    explicit BrokerProcess(QStringList extraOverrides = {});
    ~BrokerProcess();

    // Starts and waits for the "ready" line. Returns false (with the log in errorText)
    // if it did not come up within the timeout.
    bool start(int timeoutMs = 15000);
    void stop();  // SIGTERM, then wait for a clean exit
    void kill9(); // SIGKILL: an unclean stop
    bool isRunning() const;
    // The overrides the next start() passes: a restart on the same data may run with
    // other broker settings.
    void setOverrides(QStringList overrides) { m_overrides = std::move(overrides); }
    // An environment variable the next start() sets for the broker (on top of the test's
    // own environment); an empty value removes it again.
    void setEnvironmentVariable(const QString& name, const QString& value);

    QString bootstrap() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }
    quint16 port() const { return m_port; }
    QString dataDir() const { return m_dir.path() + QStringLiteral("/data"); }
    QString log() const { return m_log; }
    QString errorText() const { return m_error; }
    int exitCode() const;

    static QString brokerExecutable();

private:
    QTemporaryDir m_dir;
    QStringList m_overrides;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_log;
    QString m_error;
};

// Runs a program to completion; returns its exit code (-1 if it could not start or
// timed out) and fills stdout/stderr.
int runProgram(const QString& program, const QStringList& args, QByteArray* out = nullptr,
               QByteArray* err = nullptr, int timeoutMs = 120000, const QByteArray& input = {});

// Debian's client libraries (kafka-python, confluent-kafka) are importable only by
// the system interpreter, not by other pythons that may come first on PATH.
inline QString systemPython() { return QStringLiteral("/usr/bin/python3"); }
