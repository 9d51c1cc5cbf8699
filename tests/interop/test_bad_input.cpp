// Malformed and hostile input on raw sockets: each bad connection gets a Kafka error or is
// closed, while a well-behaved librdkafka producer keeps being served throughout and the
// broker process stays up.
#include <QRandomGenerator>
#include <QThread>
#include <QtEndian>
#include <QtTest>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

#include "common/error_code.h"
#include "protocol/messages/api_versions.h"
#include "protocol/messages/metadata.h"
#include "protocol/messages/produce.h"
#include "protocol/records/record_batch.h"
#include "support/broker_process.h"
#include "support/rdkafka_client.h"
#include "support/wire_connection.h"

using namespace interop;
namespace msg = samsa::protocol::messages;
namespace rec = samsa::protocol::records;
using samsa::ErrorCode;
using samsa::toWire;

namespace {

using Clock = std::chrono::steady_clock;
constexpr qint64 kMaxRequestBytes = 104857600; // socket.request.max.bytes default
constexpr int kMinFrameBytes = 8;             // api key, version and correlation id

QByteArray randomBytes(quint32 seed, int size) {
    QRandomGenerator random(seed);
    QByteArray out(size, '\0');
    for (auto& c : out) c = char(random.bounded(256));
    return out;
}

QByteArray bigEndian32(quint32 v) {
    QByteArray out(4, '\0');
    qToBigEndian<quint32>(v, out.data());
    return out;
}

int64_t nowMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

samsa::protocol::Bytes buildBatch(int records) {
    rec::BatchBuilder builder(rec::BatchSpec{});
    for (int i = 0; i < records; ++i) {
        const std::string value = "record " + std::to_string(i);
        const auto bytes = std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(value.data()), value.size());
        builder.append(nowMs(), std::nullopt, bytes);
    }
    return builder.build();
}

// A librdkafka producer on its own thread, sending one message every few milliseconds
// for the whole test: the client that must keep working while others misbehave.
class SteadyClient {
public:
    SteadyClient(const std::string& bootstrap, std::string topic) : m_topic(std::move(topic)) {
        m_thread = std::thread([this, bootstrap] { run(bootstrap); });
    }
    ~SteadyClient() { finish(); }

    // Stops sending and waits for every delivery report.
    void finish() {
        m_stop = true;
        if (m_thread.joinable()) m_thread.join();
    }
    int64_t acked() const { return m_acked; }
    int64_t failed() const { return m_failed; }
    int64_t sent() const { return m_sent; }
    const std::string& topic() const { return m_topic; }
    std::string error() const { return m_error; }

    // Waits until at least one more message has been acknowledged; false at the deadline.
    bool waitForProgress(int timeoutMs = 30000) const {
        const int64_t start = m_acked;
        const auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
        while (m_acked <= start + 2 && Clock::now() < deadline) std::this_thread::sleep_for(std::chrono::milliseconds(10));
        return m_acked > start + 2;
    }

private:
    void run(const std::string& bootstrap) {
        Producer producer(bootstrap, {{"acks", "all"}, {"linger.ms", "0"}});
        if (!producer.valid()) {
            m_error = producer.error();
            return;
        }
        auto account = [&] {
            for (const auto& r : producer.takeReports()) (r.error == RD_KAFKA_RESP_ERR_NO_ERROR ? m_acked : m_failed)++;
        };
        while (!m_stop) {
            OutMessage m;
            m.topic = m_topic;
            m.partition = 0;
            m.value = "steady-" + std::to_string(m_sent.load());
            if (producer.produce(m, uint64_t(m_sent)) == RD_KAFKA_RESP_ERR_NO_ERROR) ++m_sent;
            producer.poll(5);
            account();
        }
        if (producer.flush(60000) != 0) m_error = "messages left unsent";
        account();
    }

    std::string m_topic;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<int64_t> m_sent{0}, m_acked{0}, m_failed{0};
    std::string m_error;
};

} // namespace

class TestBadInput : public QObject {
    Q_OBJECT

    std::unique_ptr<BrokerProcess> m_broker;
    std::unique_ptr<SteadyClient> m_steady;

    void connect(WireConnection& c) { QVERIFY2(c.connectTo(m_broker->port()), "cannot connect"); }

    // After each hostile connection: the broker is up and still serves the good client.
    void checkBrokerHealthy() {
        QVERIFY2(m_broker->isRunning(), qPrintable(m_broker->log()));
        QVERIFY2(m_steady->waitForProgress(), "the well-behaved client stopped making progress");
        QCOMPARE(m_steady->failed(), int64_t(0));
    }

    // The broker's answer to a complete frame it cannot serve: a closed connection, or a
    // response carrying the frame's correlation id. Returns true if it answered.
    bool expectClosedOrAnswered(WireConnection& c, int32_t correlationId) {
        if (auto frame = c.readFrame(5000)) {
            [&] {
                QVERIFY(frame->size() >= 4);
                QCOMPARE(qFromBigEndian<qint32>(frame->constData()), correlationId);
            }();
            return true;
        }
        [&] { QVERIFY2(c.waitForClosed(), "connection neither answered nor closed"); }();
        return false;
    }

private slots:
    void initTestCase() {
        m_broker = std::make_unique<BrokerProcess>();
        QVERIFY2(m_broker->start(), qPrintable(m_broker->errorText()));
        m_steady = std::make_unique<SteadyClient>(m_broker->bootstrap().toStdString(), "steady");
        QVERIFY2(m_steady->waitForProgress(), "the steady client never got going");
    }

    void randomFrames() {
        int closed = 0, answered = 0;
        for (quint32 seed = 1; seed <= 40; ++seed) {
            const QByteArray payload = randomBytes(seed, 16 + int(seed * 37 % 500));
            WireConnection c;
            connect(c);
            QVERIFY(c.sendFrame(payload));
            const int32_t correlationId = qFromBigEndian<qint32>(payload.constData() + 4);
            expectClosedOrAnswered(c, correlationId) ? ++answered : ++closed;
            if (QTest::currentTestFailed()) return;
        }
        qInfo("random frames: %d closed, %d answered", closed, answered);
        checkBrokerHealthy();
    }

    void unframedRandomBytes() {
        int refused = 0, framed = 0, waiting = 0;
        for (quint32 seed = 100; seed < 120; ++seed) {
            QByteArray bytes = randomBytes(seed, 64 * 1024);
            // Fully random prefixes are nearly always out of range; with the top bits
            // cleared some announce sizes the broker must wait for or can read whole.
            if (seed % 2) bytes[0] = 0;
            if (seed % 4 == 1) bytes[1] = 0;
            const qint32 size = qFromBigEndian<qint32>(bytes.constData());
            WireConnection c;
            connect(c);
            c.sendRaw(bytes); // may fail midway once the broker has closed
            if (size < kMinFrameBytes || size > kMaxRequestBytes) {
                QVERIFY2(c.waitForClosed(), qPrintable(QStringLiteral("size prefix %1 not refused").arg(size)));
                ++refused;
            } else if (size <= bytes.size() - 4) {
                expectClosedOrAnswered(c, qFromBigEndian<qint32>(bytes.constData() + 8));
                ++framed;
            } else {
                ++waiting; // the broker rightly waits for the rest of a frame it may accept
            }
            c.close();
        }
        qInfo("unframed bytes: %d refused by size, %d complete frames, %d awaiting more", refused, framed, waiting);
        checkBrokerHealthy();
    }

    void truncatedFrame() {
        {
            // 10 of 100 announced bytes, then the client goes away.
            WireConnection c;
            connect(c);
            QVERIFY(c.sendRaw(bigEndian32(100) + randomBytes(7, 10)));
            c.close();
        }
        {
            // The same, left hanging: a stalled client must not stall anyone else.
            WireConnection c;
            connect(c);
            QVERIFY(c.sendRaw(bigEndian32(100) + randomBytes(8, 10)));
            checkBrokerHealthy();
            QVERIFY(c.isOpen());
            c.close();
        }
        checkBrokerHealthy();
    }

    void oversizedOrNegativeSizePrefix_data() {
        QTest::addColumn<quint32>("prefix");
        QTest::newRow("2 GiB") << quint32(0x80000000u);
        QTest::newRow("2 GiB - 1") << quint32(0x7fffffffu);
        QTest::newRow("-1") << quint32(0xffffffffu);
        QTest::newRow("socket.request.max.bytes + 1") << quint32(kMaxRequestBytes + 1);
        QTest::newRow("0") << quint32(0);
        QTest::newRow("shorter than a header") << quint32(kMinFrameBytes - 1);
    }

    void oversizedOrNegativeSizePrefix() {
        QFETCH(quint32, prefix);
        WireConnection c;
        connect(c);
        QVERIFY(c.sendRaw(bigEndian32(prefix) + QByteArray(64, 'x')));
        QVERIFY2(c.waitForClosed(), "the broker kept a connection with an impossible frame size");
        checkBrokerHealthy();
    }

    void unknownApiKey() {
        samsa::protocol::Writer w;
        msg::encodeRequestHeader(w, 9999, 0, 77, std::string("bad-client"));
        WireConnection c;
        connect(c);
        QVERIFY(c.sendFrame(QByteArray(reinterpret_cast<const char*>(w.bytes().data()), qsizetype(w.size()))));
        // Kafka cannot answer a request whose response layout it does not know: it closes.
        QVERIFY2(!c.readFrame(5000), "answered an unknown api key");
        QVERIFY(c.waitForClosed());
        checkBrokerHealthy();
    }

    void unsupportedVersion() {
        // Metadata v99: a header the broker can read, a body layout it cannot know.
        samsa::protocol::Writer w;
        msg::encodeRequestHeader(w, msg::MetadataRequest::kApiKey, 99, 78, std::string("bad-client"));
        msg::MetadataRequest{}.encode(w, msg::MetadataRequest::kMaxVersion);
        WireConnection c;
        connect(c);
        QVERIFY(c.sendFrame(QByteArray(reinterpret_cast<const char*>(w.bytes().data()), qsizetype(w.size()))));
        QVERIFY2(!c.readFrame(5000), "answered Metadata v99");
        QVERIFY(c.waitForClosed());

        // ApiVersions is the exception: a v0 answer saying UNSUPPORTED_VERSION and listing
        // what the broker speaks, so the client can retry.
        WireConnection a;
        connect(a);
        QVERIFY(a.sendFrame(WireConnection::encode(msg::ApiVersionsRequest{}, 99, 79)));
        const auto frame = a.readFrame();
        QVERIFY2(frame, "no ApiVersions answer");
        std::string error;
        const auto response = WireConnection::decode<msg::ApiVersionsResponse>(*frame, 0, 79, &error);
        QVERIFY2(response, error.c_str());
        QCOMPARE(response->errorCode, toWire(ErrorCode::UnsupportedVersion));
        QVERIFY(!response->apiKeys.empty());
        checkBrokerHealthy();
    }

    void produceWithBadCrc_data() {
        QTest::addColumn<int>("version");
        QTest::newRow("v3") << 3;
        QTest::newRow("v7") << 7;
        QTest::newRow("v9 (flexible)") << 9;
    }

    void produceWithBadCrc() {
        QFETCH(int, version);
        const std::string topic = "bad-crc-v" + std::to_string(version);
        WireConnection c;
        connect(c);

        // Auto-create the topic and wait until it has a leader.
        msg::MetadataRequest metadata;
        metadata.topics = std::vector<msg::MetadataRequest::MetadataRequestTopic>(1);
        metadata.topics->front().name = topic;
        metadata.allowAutoTopicCreation = true;
        std::string error;
        const auto deadline = Clock::now() + std::chrono::seconds(30);
        for (;;) {
            const auto md = c.roundTrip<msg::MetadataResponse>(metadata, 12, &error);
            QVERIFY2(md, error.c_str());
            QCOMPARE(int(md->topics.size()), 1);
            if (md->topics[0].errorCode == 0 && !md->topics[0].partitions.empty()) break;
            QVERIFY2(Clock::now() < deadline, "topic never became available");
            QThread::msleep(50);
        }

        auto produce = [&](const samsa::protocol::Bytes& records) {
            msg::ProduceRequest request;
            request.acks = -1;
            request.timeoutMs = 10000;
            auto& t = request.topicData.emplace_back();
            t.name = topic;
            auto& p = t.partitionData.emplace_back();
            p.index = 0;
            p.records = records;
            return c.roundTrip<msg::ProduceResponse>(request, int16_t(version), &error);
        };

        auto corrupt = buildBatch(3);
        corrupt.back() ^= 0x5a; // last byte of the last record: covered by the CRC
        QVERIFY(!rec::verifyCrc(corrupt));
        auto response = produce(corrupt);
        QVERIFY2(response, error.c_str());
        QCOMPARE(int(response->responses.size()), 1);
        QCOMPARE(int(response->responses[0].partitionResponses.size()), 1);
        QCOMPARE(response->responses[0].partitionResponses[0].errorCode, toWire(ErrorCode::CorruptMessage));

        // The connection stays usable, and nothing of the corrupt batch was stored: the
        // next good batch starts at offset 0.
        response = produce(buildBatch(2));
        QVERIFY2(response, error.c_str());
        QCOMPARE(response->responses[0].partitionResponses[0].errorCode, int16_t(0));
        QCOMPARE(response->responses[0].partitionResponses[0].baseOffset, int64_t(0));
        checkBrokerHealthy();
    }

    void cleanupTestCase() {
        QVERIFY(m_broker->isRunning());
        // A final request on a fresh connection.
        WireConnection c;
        connect(c);
        std::string error;
        const auto md = c.roundTrip<msg::MetadataResponse>(msg::MetadataRequest{}, 12, &error);
        QVERIFY2(md, error.c_str());
        QCOMPARE(int(md->brokers.size()), 1);
        QCOMPARE(md->brokers[0].port, int32_t(m_broker->port()));

        // Everything the steady client sent was acknowledged and can be read back.
        m_steady->finish();
        QVERIFY2(m_steady->error().empty(), m_steady->error().c_str());
        QCOMPARE(m_steady->failed(), int64_t(0));
        QCOMPARE(m_steady->acked(), m_steady->sent());
        const auto messages = readPartitions(m_broker->bootstrap().toStdString(), m_steady->topic(), {0}, &error);
        QVERIFY2(error.empty(), error.c_str());
        QCOMPARE(int64_t(messages.size()), m_steady->sent());
        for (const auto& m : messages) QCOMPARE(*m.value, "steady-" + std::to_string(m.offset));
        qInfo("steady client: %lld messages acknowledged during the test", static_cast<long long>(m_steady->acked()));
        m_broker->stop();
        QCOMPARE(m_broker->exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "test_bad_input.moc"
