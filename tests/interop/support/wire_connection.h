#pragma once

#include <QByteArray>
#include <QTcpSocket>

#include <cstdint>
#include <optional>
#include <string>

#include "protocol/messages/headers.h"
#include "protocol/messages/response_header.h"
#include "protocol/wire/reader.h"
#include "protocol/wire/writer.h"

// One raw Kafka protocol connection (blocking QTcpSocket), for tests that choose every
// byte the broker receives, malformed ones included, and read exactly what comes back.
class WireConnection {
public:
    bool connectTo(quint16 port, int timeoutMs = 5000);
    void close() { m_socket.abort(); }

    // Writes the bytes as they are, and waits until the socket has handed them over.
    bool sendRaw(const QByteArray& bytes);
    // Writes a 4-byte big-endian size prefix, then `payload`.
    bool sendFrame(const QByteArray& payload);

    // Request header followed by the body, both encoded at `version`: a frame's payload.
    template <typename Request>
    static QByteArray encode(const Request& request, int16_t version, int32_t correlationId) {
        samsa::protocol::Writer w;
        samsa::protocol::messages::encodeRequestHeader(w, Request::kApiKey, version, correlationId,
                                                        std::string("samsa-interop"));
        request.encode(w, version);
        const auto& bytes = w.bytes();
        return QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
    }

    // One response frame's payload (size prefix removed); nullopt if the connection
    // closed or nothing complete arrived before the deadline.
    std::optional<QByteArray> readFrame(int timeoutMs = 10000);

    // Decodes a response frame: header (checked against `correlationId`) and body.
    template <typename Response>
    static std::optional<Response> decode(const QByteArray& frame, int16_t version, int32_t correlationId,
                                          std::string* error) {
        try {
            samsa::protocol::Reader r(std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(frame.constData()),
                                                               size_t(frame.size())));
            samsa::protocol::messages::ResponseHeader header;
            header.decode(r, samsa::protocol::messages::responseHeaderVersion(Response::kApiKey, version));
            if (header.correlationId != correlationId) {
                if (error) *error = "correlation id " + std::to_string(header.correlationId) + ", expected " +
                                    std::to_string(correlationId);
                return std::nullopt;
            }
            Response response;
            response.decode(r, version);
            return response;
        } catch (const std::exception& e) {
            if (error) *error = e.what();
            return std::nullopt;
        }
    }

    // Sends `request` and decodes the answer; nullopt (with `error`) if none came.
    template <typename Response, typename Request>
    std::optional<Response> roundTrip(const Request& request, int16_t version, std::string* error = nullptr,
                                      int timeoutMs = 10000) {
        const int32_t correlationId = m_nextCorrelationId++;
        if (!sendFrame(encode(request, version, correlationId))) {
            if (error) *error = "send failed: " + m_socket.errorString().toStdString();
            return std::nullopt;
        }
        auto frame = readFrame(timeoutMs);
        if (!frame) {
            if (error) *error = "no response: " + m_socket.errorString().toStdString();
            return std::nullopt;
        }
        return decode<Response>(*frame, version, correlationId, error);
    }

    // True once the broker has closed the connection (reading and discarding anything it
    // still sends); false if it is still open at the deadline.
    bool waitForClosed(int timeoutMs = 10000);
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

private:
    QTcpSocket m_socket;
    QByteArray m_pending; // bytes read but not yet returned as a frame
    int32_t m_nextCorrelationId = 1;
};
