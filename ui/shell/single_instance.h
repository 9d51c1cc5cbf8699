#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QLocalServer;

namespace samsa::ui {

// One Samsa per user: a second launch asks the running one to come forward and quits,
// instead of starting a second local cluster on the same data directory. The two talk
// over a local socket in the user's runtime directory, so other users' Samsas are
// neither seen nor reachable.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    // `serverName` is a local socket name or path; the default is per user.
    explicit SingleInstance(QString serverName = defaultServerName(), QObject* parent = nullptr);
    ~SingleInstance() override;

    static QString defaultServerName();

    // True when another instance answered: it was asked to raise its window (passing on
    // `activationToken`, which lets a Wayland compositor focus it) and this one should
    // quit. Does not wait: a local socket connects or fails at once.
    bool askRunningInstance(const QByteArray& activationToken = {});
    // Starts answering later launches. Takes over a socket a crashed instance left behind.
    bool listen();
    QString errorString() const { return m_error; }

signals:
    // A later launch asked this instance to show itself.
    void activationRequested(const QByteArray& activationToken);

private:
    void onNewConnection();

    QString m_serverName;
    QLocalServer* m_server = nullptr;
    QString m_error;
};

} // namespace samsa::ui
