// compression.type on the broker side: librdkafka sends gzip batches; where the topic
// asks for another codec the segment files must hold batches in that codec (checked by
// parsing the .log files), and consumers still read every record unchanged.
#include <QDir>
#include <QFile>
#include <QtTest>

#include <memory>

#include "protocol/records/batch_header.h"
#include "protocol/records/record_batch.h"
#include "protocol/wire/reader.h"
#include "support/broker_process.h"
#include "support/rdkafka_client.h"

using namespace interop;
namespace rec = samsa::protocol::records;

Q_DECLARE_METATYPE(rec::Compression)

namespace {

constexpr int kMessages = 5000;

std::string keyOf(int i) { return "key-" + std::to_string(i % 101); }
std::string valueOf(int i) { return "value " + std::to_string(i) + " " + std::string(size_t(40 + i % 60), char('a' + i % 26)); }
Headers headersOf(int i) { return {{"n", std::to_string(i)}, {"kind", "recompression"}}; }

std::string toString(const std::optional<samsa::protocol::Bytes>& b) {
    return b ? std::string(b->begin(), b->end()) : std::string("<null>");
}

// Every batch of a partition's segment files, oldest first, decoded (CRC checked).
std::vector<rec::RecordBatch> readPartitionLog(const QDir& dir, std::string* error) {
    std::vector<rec::RecordBatch> out;
    for (const QFileInfo& info : dir.entryInfoList({QStringLiteral("*.log")}, QDir::Files, QDir::Name)) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            *error = "cannot open " + info.filePath().toStdString();
            return {};
        }
        const QByteArray data = file.readAll();
        const std::span<const uint8_t> bytes(reinterpret_cast<const uint8_t*>(data.constData()), size_t(data.size()));
        size_t consumed = 0;
        try {
            for (const auto& span : rec::splitBatches(bytes, &consumed)) {
                const auto batch = bytes.subspan(span.position, span.size);
                const rec::BatchHeader header = rec::parseBatchHeader(batch);
                if (!rec::verifyCrc(batch)) {
                    *error = "bad CRC in batch at offset " + std::to_string(header.baseOffset);
                    return {};
                }
                out.push_back(rec::decodeBatch(batch));
            }
        } catch (const std::exception& e) {
            *error = info.fileName().toStdString() + ": " + e.what();
            return {};
        }
        if (consumed != bytes.size()) {
            *error = info.fileName().toStdString() + " has " + std::to_string(bytes.size() - consumed) +
                     " trailing bytes that are not a batch";
            return {};
        }
    }
    return out;
}

} // namespace

class TestRecompression : public QObject {
    Q_OBJECT

private slots:
    void storesTheTopicsCodec_data() {
        QTest::addColumn<QStringList>("brokerOverrides");
        QTest::addColumn<QString>("topicCompression"); // empty: auto-created, broker default
        QTest::addColumn<QString>("producerCodec");
        QTest::addColumn<rec::Compression>("expected");
        QTest::newRow("topic zstd, producer gzip")
            << QStringList{} << QStringLiteral("zstd") << QStringLiteral("gzip") << rec::Compression::Zstd;
        QTest::newRow("broker zstd, producer gzip")
            << QStringList{QStringLiteral("compression.type=zstd")} << QString() << QStringLiteral("gzip")
            << rec::Compression::Zstd;
        QTest::newRow("topic lz4, producer snappy")
            << QStringList{} << QStringLiteral("lz4") << QStringLiteral("snappy") << rec::Compression::Lz4;
        QTest::newRow("topic uncompressed, producer gzip")
            << QStringList{} << QStringLiteral("uncompressed") << QStringLiteral("gzip") << rec::Compression::None;
        // compression.type=producer keeps what the producer sent.
        QTest::newRow("producer, producer gzip")
            << QStringList{} << QString() << QStringLiteral("gzip") << rec::Compression::Gzip;
    }

    void storesTheTopicsCodec() {
        QFETCH(QStringList, brokerOverrides);
        QFETCH(QString, topicCompression);
        QFETCH(QString, producerCodec);
        QFETCH(rec::Compression, expected);

        BrokerProcess broker(brokerOverrides);
        QVERIFY2(broker.start(), qPrintable(broker.errorText()));
        const std::string bootstrap = broker.bootstrap().toStdString();
        const std::string topic = "recompression";
        if (!topicCompression.isEmpty()) {
            Admin admin(bootstrap);
            const auto error = admin.createTopic(topic, 1, {{"compression.type", topicCompression.toStdString()}});
            QVERIFY2(error.empty(), error.c_str());
        }

        Producer producer(bootstrap, {{"acks", "all"}, {"compression.codec", producerCodec.toStdString()},
                                      {"linger.ms", "20"}, {"batch.num.messages", "500"}});
        QVERIFY2(producer.valid(), producer.error().c_str());
        for (int i = 0; i < kMessages; ++i) {
            OutMessage m{topic, 0, keyOf(i), valueOf(i), headersOf(i), 0};
            QCOMPARE(producer.produce(m, uint64_t(i)), RD_KAFKA_RESP_ERR_NO_ERROR);
        }
        QCOMPARE(producer.flush(60000), 0);
        for (const auto& r : producer.takeReports()) {
            QVERIFY2(r.error == RD_KAFKA_RESP_ERR_NO_ERROR, rd_kafka_err2str(r.error));
            QCOMPARE(r.offset, int64_t(r.id));
        }

        // Consumers decompress whatever the broker stored and see the records unchanged.
        std::string error;
        const auto messages = readPartitions(bootstrap, topic, {0}, &error);
        QVERIFY2(error.empty(), error.c_str());
        QCOMPARE(int(messages.size()), kMessages);
        for (const auto& m : messages) {
            const int i = int(m.offset);
            QCOMPARE(m.key, std::optional<std::string>(keyOf(i)));
            QCOMPARE(m.value, std::optional<std::string>(valueOf(i)));
            QCOMPARE(m.headers, headersOf(i));
        }

        // A clean stop, then the segment files themselves.
        broker.stop();
        const auto batches = readPartitionLog(QDir(broker.dataDir() + QStringLiteral("/recompression-0")), &error);
        QVERIFY2(error.empty(), error.c_str());
        QVERIFY2(batches.size() > 1, "expected several batches");
        int64_t next = 0;
        for (const auto& batch : batches) {
            QVERIFY2(batch.header.compression() == expected,
                     qPrintable(QStringLiteral("batch at %1 has codec %2")
                                    .arg(batch.header.baseOffset)
                                    .arg(int(batch.header.compression()))));
            QCOMPARE(batch.header.baseOffset, next);
            for (const auto& r : batch.records) {
                const int i = int(batch.offsetOf(r));
                QCOMPARE(i, int(next));
                ++next;
                QCOMPARE(toString(r.key), keyOf(i));
                QCOMPARE(toString(r.value), valueOf(i));
                QCOMPARE(int(r.headers.size()), 2);
                QCOMPARE(r.headers[0].key, std::string("n"));
                QCOMPARE(toString(r.headers[0].value), std::to_string(i));
            }
        }
        QCOMPARE(next, int64_t(kMessages));
    }
};

QTEST_GUILESS_MAIN(TestRecompression)
#include "test_recompression.moc"
