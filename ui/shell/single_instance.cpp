#include "ui/shell/single_instance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace samsa::ui {

namespace {
const QByteArray kActivate = QByteArrayLiteral("activate");
// A request is one short line; anything longer is not from Samsa.
constexpr qsizetype kMaxRequest = 4096;
} // namespace

SingleInstance::SingleInstance(QString serverName, QObject* parent)
    : QObject(parent), m_serverName(std::move(serverName)) {}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultServerName() {
    // The runtime directory is private to the user (0700) and emptied at logout.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty()) return QDir(runtime).filePath(QStringLiteral("samsa.instance"));
    const QByteArray user = qgetenv("USER") + qgetenv("USERNAME");
    return QStringLiteral("samsa-") +
           QString::fromLatin1(
               QCryptographicHash::hash(user, QCryptographicHash::Sha1).toHex().left(12));
}

bool SingleInstance::askRunningInstance(const QByteArray& activationToken) {
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    // A local socket connects (or is refused) within connectToServer; still connecting
    // means the running instance is too busy to accept, which still means it runs.
    if (socket.state() == QLocalSocket::UnconnectedState) return false;
    QByteArray request = kActivate;
    if (!activationToken.isEmpty()) request += ' ' + activationToken.left(kMaxRequest / 2);
    socket.write(request + '\n');
    socket.flush();
    socket.disconnectFromServer();
    return true;
}

bool SingleInstance::listen() {
    if (m_server) return true;
    auto* server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_serverName)) {
        // Nobody answered askRunningInstance(), so the socket is a crashed one's.
        QLocalServer::removeServer(m_serverName);
        if (!server->listen(m_serverName)) {
            m_error = server->errorString();
            delete server;
            return false;
        }
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    return true;
}

void SingleInstance::onNewConnection() {
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        auto handle = [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > kMaxRequest) socket->abort();
                return;
            }
            const QByteArray line = socket->readLine(kMaxRequest).trimmed();
            socket->disconnectFromServer();
            if (line != kActivate && !line.startsWith(kActivate + ' ')) return;
            emit activationRequested(line.mid(kActivate.size()).trimmed());
        };
        connect(socket, &QLocalSocket::readyRead, this, handle);
        handle(); // the request may have arrived with the connection
    }
}

} // namespace samsa::ui
