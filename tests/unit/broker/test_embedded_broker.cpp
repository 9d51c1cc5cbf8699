// The broker as a library: several nodes in one process, raw-socket requests answered
// in order, idle connections closed, clean shutdown, many partitions created and
// recovered.
#include "../support/open_descriptors.h"
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <map>

#include "common/config/broker_config.h"
#include "common/error_code.h"
#include "protocol/messages/api_versions.h"
#include "protocol/messages/create_topics.h"
#include "protocol/messages/headers.h"
#include "protocol/messages/metadata.h"
#include "protocol/wire/reader.h"
#include "protocol/wire/writer.h"
#include "server/broker.h"
#include "server/open_file_limit.h"

using namespace samsa;
namespace msg = protocol::messages;

namespace {

std::unique_ptr<server::Broker> makeBroker(const QString& dir, config::ConfigStrings extra = {}) {
    config::ConfigStrings values{{"log.dirs", dir.toStdString()}, {"listeners", "PLAINTEXT://127.0.0.1:0"}};
    for (auto& [k, v] : extra) values[k] = v;
    auto cfg = config::BrokerConfig::create(values, config::ConfigEnvironment::fromProcess());
    if (!cfg) qFatal("bad config: %s", cfg.error().message.c_str());
    return std::make_unique<server::Broker>(std::move(*cfg));
}

template <typename Request>
QByteArray frame(const Request& request, int16_t version, int32_t correlationId) {
    protocol::Writer w;
    const size_t at = w.reserveInt32();
    msg::encodeRequestHeader(w, Request::kApiKey, version, correlationId, std::string("embedded-test"));
    request.encode(w, version);
    w.patchInt32(at, static_cast<int32_t>(w.size() - 4));
    return QByteArray(reinterpret_cast<const char*>(w.bytes().data()), static_cast<qsizetype>(w.size()));
}

// Reads one size-prefixed response; empty when the connection closed first.
QByteArray readFrame(QTcpSocket& s, int timeoutMs = 10000) {
    QElapsedTimer t;
    t.start();
    while (s.bytesAvailable() < 4) {
        if (s.state() != QAbstractSocket::ConnectedState || t.elapsed() > timeoutMs) return {};
        s.waitForReadyRead(100);
    }
    const QByteArray sizeBytes = s.peek(4);
    const auto size = qFromBigEndian<qint32>(sizeBytes.constData());
    while (s.bytesAvailable() < 4 + size) {
        if (s.state() != QAbstractSocket::ConnectedState || t.elapsed() > timeoutMs) return {};
        s.waitForReadyRead(100);
    }
    s.read(4);
    return s.read(size);
}

// A broker started on a free port with its data in `dir`, and a client socket to it.
struct Session {
    explicit Session(const QString& dir, config::ConfigStrings extra = {}) : broker(makeBroker(dir, std::move(extra))) {
        broker->start();
        socket.connectToHost(QStringLiteral("127.0.0.1"), broker->port());
        socket.waitForConnected(5000);
    }
    std::unique_ptr<server::Broker> broker;
    QTcpSocket socket;
};

int32_t correlationOf(const QByteArray& response) {
    return qFromBigEndian<qint32>(response.constData());
}

// Sends a flexible-version request and decodes its response (header v1).
template <typename Response, typename Request>
Response roundTrip(QTcpSocket& s, const Request& request, int16_t version, int32_t correlationId) {
    s.write(frame(request, version, correlationId));
    const QByteArray bytes = readFrame(s, 60000);
    if (bytes.isEmpty()) qFatal("no response to api key %d", int(Request::kApiKey));
    protocol::Reader r({reinterpret_cast<const uint8_t*>(bytes.constData()), size_t(bytes.size())});
    r.readInt32();
    r.readUnsignedVarint();
    Response response;
    response.decode(r, version);
    return response;
}

// Topic name -> partition count, as Metadata reports every topic.
std::map<std::string, size_t> describeTopics(QTcpSocket& s) {
    msg::MetadataRequest all;
    all.topics = std::nullopt;
    const auto metadata = roundTrip<msg::MetadataResponse>(s, all, 12, 99);
    std::map<std::string, size_t> out;
    for (const auto& t : metadata.topics) {
        if (t.errorCode != 0) qFatal("topic error %d", int(t.errorCode));
        for (const auto& p : t.partitions)
            if (p.errorCode != 0) qFatal("partition error %d", int(p.errorCode));
        out[t.name.value_or("")] = t.partitions.size();
    }
    return out;
}

using samsa::test::openDescriptors;

} // namespace

class TestEmbeddedBroker : public QObject {
    Q_OBJECT
private slots:
    void twoNodesInOneProcess() {
        QTemporaryDir a, b;
        auto first = makeBroker(a.path(), {{"node.id", "1"}});
        auto second = makeBroker(b.path(), {{"node.id", "2"}});
        first->start();
        second->start();
        QVERIFY(first->port() != 0);
        QVERIFY(second->port() != 0);
        QVERIFY(first->port() != second->port());

        for (auto* broker : {first.get(), second.get()}) {
            QTcpSocket s;
            s.connectToHost(QStringLiteral("127.0.0.1"), broker->port());
            QVERIFY(s.waitForConnected(5000));
            s.write(frame(msg::MetadataRequest{}, 12, 7));
            const QByteArray response = readFrame(s);
            QVERIFY(!response.isEmpty());
            QCOMPARE(correlationOf(response), 7);
            protocol::Reader r({reinterpret_cast<const uint8_t*>(response.constData()), size_t(response.size())});
            r.readInt32();
            r.readUnsignedVarint(); // response header v1 tagged fields
            msg::MetadataResponse metadata;
            metadata.decode(r, 12);
            QCOMPARE(metadata.brokers.size(), size_t(1));
            QCOMPARE(metadata.brokers[0].nodeId, broker->config().nodeId());
            QCOMPARE(metadata.brokers[0].port, int32_t(broker->port()));
        }
        first->stop();
        second->stop();
        QVERIFY(std::filesystem::exists(a.path().toStdString() + "/.kafka_cleanshutdown"));
        QVERIFY(std::filesystem::exists(b.path().toStdString() + "/.kafka_cleanshutdown"));
    }

    void pipelinedRequestsAreAnsweredInOrder() {
        QTemporaryDir dir;
        Session session(dir.path());
        QTcpSocket& s = session.socket;
        QCOMPARE(s.state(), QAbstractSocket::ConnectedState);
        QByteArray burst;
        for (int32_t id = 100; id < 150; ++id)
            burst += (id % 2) ? frame(msg::ApiVersionsRequest{}, 3, id) : frame(msg::MetadataRequest{}, 9, id);
        s.write(burst);
        for (int32_t id = 100; id < 150; ++id) {
            const QByteArray response = readFrame(s);
            QVERIFY2(!response.isEmpty(), "connection closed before every answer arrived");
            QCOMPARE(correlationOf(response), id);
        }
    }

    void unsupportedApiVersionsVersionGetsV0Answer() {
        QTemporaryDir dir;
        Session session(dir.path());
        QTcpSocket& s = session.socket;
        QCOMPARE(s.state(), QAbstractSocket::ConnectedState);
        s.write(frame(msg::ApiVersionsRequest{}, 3, 1).replace(6, 2, QByteArray("\x00\x63", 2))); // version 99
        const QByteArray response = readFrame(s);
        QVERIFY(!response.isEmpty());
        protocol::Reader r({reinterpret_cast<const uint8_t*>(response.constData()), size_t(response.size())});
        QCOMPARE(r.readInt32(), 1);
        msg::ApiVersionsResponse decoded;
        decoded.decode(r, 0);
        QCOMPARE(decoded.errorCode, toWire(ErrorCode::UnsupportedVersion));
        QVERIFY(!decoded.apiKeys.empty());
    }

    void idleConnectionsAreClosed() {
        QTemporaryDir dir;
        Session session(dir.path(), {{"connections.max.idle.ms", "300"}});
        QTcpSocket& idle = session.socket;
        QCOMPARE(idle.state(), QAbstractSocket::ConnectedState);
        // The broker closes it on its own; the deadline only bounds the wait.
        QTRY_VERIFY_WITH_TIMEOUT(idle.state() == QAbstractSocket::UnconnectedState ||
                                     (idle.waitForDisconnected(50), idle.state() == QAbstractSocket::UnconnectedState),
                                 20000);
    }

    void oversizedFrameClosesOnlyThatConnection() {
        QTemporaryDir dir;
        auto broker = makeBroker(dir.path());
        broker->start();
        QTcpSocket bad, good;
        bad.connectToHost(QStringLiteral("127.0.0.1"), broker->port());
        good.connectToHost(QStringLiteral("127.0.0.1"), broker->port());
        QVERIFY(bad.waitForConnected(5000));
        QVERIFY(good.waitForConnected(5000));
        bad.write(QByteArray("\x7f\xff\xff\xff", 4));
        QVERIFY(readFrame(bad, 5000).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(bad.state() == QAbstractSocket::UnconnectedState ||
                                     (bad.waitForDisconnected(50), bad.state() == QAbstractSocket::UnconnectedState),
                                 10000);
        good.write(frame(msg::ApiVersionsRequest{}, 3, 42));
        const QByteArray response = readFrame(good);
        QVERIFY(!response.isEmpty());
        QCOMPARE(correlationOf(response), 42);
    }

    void startRaisesTheOpenFileLimit() {
        QTemporaryDir dir;
        Session session(dir.path());
        const auto limit = server::currentOpenFileLimit();
        QVERIFY(limit.has_value());
        // Unlimited is refused for open files; the ceiling is then fs.nr_open.
        if (limit->hard != UINT64_MAX) QCOMPARE(limit->soft, limit->hard);
    }

    void manyPartitionsAreCreatedAndRecovered() {
        QTemporaryDir dir;
        constexpr int kTopics = 20;
        constexpr int kPartitions = 30;
        std::map<std::string, size_t> expected;
        {
            Session session(dir.path());
            const size_t before = openDescriptors();
            // One request with many topics, then one topic per request.
            msg::CreateTopicsRequest batch;
            for (int t = 0; t < kTopics; ++t) {
                auto& topic = batch.topics.emplace_back();
                topic.name = "many-" + std::to_string(t);
                topic.numPartitions = kPartitions;
                topic.replicationFactor = 1;
                expected[topic.name] = kPartitions;
            }
            auto created = roundTrip<msg::CreateTopicsResponse>(session.socket, batch, 5, 1);
            QCOMPARE(created.topics.size(), size_t{kTopics});
            for (const auto& t : created.topics) {
                QCOMPARE(t.errorCode, int16_t{0});
                QCOMPARE(t.numPartitions, kPartitions);
            }
            for (int t = 0; t < 3; ++t) {
                msg::CreateTopicsRequest one;
                auto& topic = one.topics.emplace_back();
                topic.name = "single-" + std::to_string(t);
                topic.numPartitions = 7;
                topic.replicationFactor = 1;
                expected[topic.name] = 7;
                created = roundTrip<msg::CreateTopicsResponse>(session.socket, one, 5, 2 + t);
                QCOMPARE(created.topics.front().errorCode, int16_t{0});
            }
            // A name already taken, alone and next to a new one: only the new one is made.
            msg::CreateTopicsRequest mixed;
            mixed.topics.push_back({"many-0", 2, 1, {}, {}, {}});
            mixed.topics.push_back({"late", 2, 1, {}, {}, {}});
            expected["late"] = 2;
            created = roundTrip<msg::CreateTopicsResponse>(session.socket, mixed, 5, 9);
            QCOMPARE(created.topics[0].errorCode, toWire(ErrorCode::TopicAlreadyExists));
            QCOMPARE(created.topics[1].errorCode, int16_t{0});

            QCOMPARE(describeTopics(session.socket), expected);
            const size_t partitions = kTopics * kPartitions + 3 * 7 + 2;
            // One descriptor per partition (its active .log); index files keep none.
            const size_t opened = openDescriptors() - before;
            QVERIFY2(opened >= partitions && opened < partitions + 16,
                     qPrintable(QString("%1 descriptors for %2 partitions").arg(opened).arg(partitions)));
            session.broker->stop();
        }
        Session restarted(dir.path());
        QCOMPARE(describeTopics(restarted.socket), expected);
        for (const auto& [name, count] : expected)
            for (size_t p = 0; p < count; ++p)
                QVERIFY(std::filesystem::exists(dir.path().toStdString() + "/" + name + "-" + std::to_string(p) +
                                                "/00000000000000000000.log"));
    }
};

QTEST_GUILESS_MAIN(TestEmbeddedBroker)
#include "test_embedded_broker.moc"
