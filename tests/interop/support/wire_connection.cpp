#include "support/wire_connection.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QtEndian>

bool WireConnection::connectTo(quint16 port, int timeoutMs) {
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    return m_socket.waitForConnected(timeoutMs);
}

bool WireConnection::sendRaw(const QByteArray& bytes) {
    if (m_socket.write(bytes) != bytes.size()) return false;
    while (m_socket.bytesToWrite() > 0)
        if (!m_socket.waitForBytesWritten(10000)) return false;
    return true;
}

bool WireConnection::sendFrame(const QByteArray& payload) {
    QByteArray frame(4, '\0');
    qToBigEndian<qint32>(qint32(payload.size()), frame.data());
    return sendRaw(frame + payload);
}

std::optional<QByteArray> WireConnection::readFrame(int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        m_pending += m_socket.readAll();
        if (m_pending.size() >= 4) {
            const qint32 size = qFromBigEndian<qint32>(m_pending.constData());
            if (size < 0) return std::nullopt;
            if (m_pending.size() >= 4 + size) {
                QByteArray frame = m_pending.mid(4, size);
                m_pending.remove(0, 4 + size);
                return frame;
            }
        }
        if (m_socket.state() != QAbstractSocket::ConnectedState || deadline.hasExpired()) return std::nullopt;
        m_socket.waitForReadyRead(int(std::min<qint64>(deadline.remainingTime(), 200)));
    }
}

bool WireConnection::waitForClosed(int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    while (m_socket.state() == QAbstractSocket::ConnectedState) {
        if (deadline.hasExpired()) return false;
        m_socket.waitForReadyRead(int(std::min<qint64>(deadline.remainingTime(), 200)));
        m_pending += m_socket.readAll();
    }
    return true;
}
