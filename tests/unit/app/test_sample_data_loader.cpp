// The sample data loader against an embedded broker: topics with the right shape and
// configs, live traffic on each, and a consumer group whose lag grows.
#include "app/sample_data/sample_data_loader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <future>
#include <map>

#include "client/admin_client.h"
#include "common/config/broker_config.h"
#include "server/broker.h"

using namespace samsa;
using samsa::app::SampleDataLoader;

namespace {

constexpr int kTimeoutMs = 30000;

template <typename T>
client::Result<T> get(std::future<client::Result<T>> f) {
    if (f.wait_for(std::chrono::seconds(60)) != std::future_status::ready)
        return client::makeError(ErrorCode::UnknownServerError, "the call never completed");
    return f.get();
}

std::unique_ptr<server::Broker> startBroker(const QString& dir) {
    config::ConfigStrings values{{"log.dirs", dir.toStdString()},
                                 {"listeners", "PLAINTEXT://127.0.0.1:0"},
                                 {"group.initial.rebalance.delay.ms", "0"}};
    auto cfg = config::BrokerConfig::create(values, config::ConfigEnvironment::fromProcess());
    if (!cfg) qFatal("bad config: %s", cfg.error().message.c_str());
    auto broker = std::make_unique<server::Broker>(std::move(*cfg));
    broker->start();
    return broker;
}

} // namespace

#define REQUIRE_OK(result) QVERIFY2((result).ok(), (result) ? "" : (result).error().toString().c_str())

class TestSampleDataLoader : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<server::Broker> m_broker;
    std::unique_ptr<client::AdminClient> m_client;
    QString m_bootstrap;

    // Sum of latest offsets per topic.
    int64_t endOffsets(const std::string& topic, std::map<client::TopicPartition, int64_t>* perPartition = nullptr) {
        auto marks = get(m_client->watermarks({topic}));
        if (!marks) return -1;
        int64_t sum = 0;
        for (const auto& m : *marks) {
            if (m.error) return -1;
            sum += m.latest;
            if (perPartition) (*perPartition)[m.partition] = m.latest;
        }
        return sum;
    }

private slots:
    void initTestCase() {
        m_broker = startBroker(m_dir.path());
        m_bootstrap = QStringLiteral("127.0.0.1:%1").arg(m_broker->port());
        client::ClientConfig config;
        config.bootstrapServers = {{"127.0.0.1", m_broker->port()}};
        config.defaultApiTimeout = std::chrono::seconds(20);
        auto client = client::AdminClient::create(config);
        REQUIRE_OK(client);
        m_client = std::move(*client);
    }

    void cleanupTestCase() {
        m_client.reset();
        m_broker->stop();
    }

    void fillsTheClusterAndKeepsItMoving() {
        SampleDataLoader loader;
        QSignalSpy started(&loader, &SampleDataLoader::started);
        QSignalSpy stopped(&loader, &SampleDataLoader::stopped);
        QSignalSpy errors(&loader, &SampleDataLoader::error);
        QSignalSpy progress(&loader, &SampleDataLoader::progress);
        loader.start(m_bootstrap);
        QVERIFY(!loader.isRunning()); // start() returns before any network work
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, kTimeoutMs);
        QVERIFY(loader.isRunning());

        // Let traffic flow, and the consumer join and fall behind.
        QTRY_VERIFY_WITH_TIMEOUT(loader.ordersConsumed() > 0, kTimeoutMs);
        QTest::qWait(4000);
        QVERIFY(progress.count() > 0);
        QVERIFY(loader.ordersProduced() > loader.ordersConsumed());
        QVERIFY(loader.profilesProduced() > 0);
        QVERIFY(loader.pageViewsProduced() > 0);

        // Topics: partitions and configs as promised.
        auto topics = get(m_client->describeTopics({"orders", "user-profiles", "page-views"}));
        REQUIRE_OK(topics);
        std::map<std::string, size_t> partitions;
        for (const auto& t : *topics) {
            QCOMPARE(t.error, ErrorCode::None);
            partitions[t.name] = t.partitions.size();
        }
        QCOMPARE(partitions["orders"], size_t(6));
        QCOMPARE(partitions["user-profiles"], size_t(3));
        QCOMPARE(partitions["page-views"], size_t(3));
        auto configs = get(m_client->describeConfigs({client::ConfigResource{client::ConfigResourceType::Topic, "user-profiles"}}));
        REQUIRE_OK(configs);
        bool compact = false;
        for (const auto& e : configs->front().entries)
            if (e.name == "cleanup.policy") compact = e.value == std::optional<std::string>("compact");
        QVERIFY(compact);

        // Messages: orders are JSON keyed by customer, page views carry their headers.
        QVERIFY(endOffsets("orders") > 0);
        QVERIFY(endOffsets("user-profiles") > 0);
        QVERIFY(endOffsets("page-views") > 0);
        bool sawOrder = false;
        for (int32_t p = 0; p < 6 && !sawOrder; ++p) {
            auto fetched = get(m_client->fetch(client::TopicPartition{"orders", p}, 0));
            REQUIRE_OK(fetched);
            for (const auto& b : fetched->batches)
                for (const auto& r : b.records) {
                    const std::string key(r.key->begin(), r.key->end());
                    const std::string value(r.value->begin(), r.value->end());
                    QVERIFY(key.rfind("cust-", 0) == 0);
                    QVERIFY(value.find("\"order_id\"") != std::string::npos);
                    QVERIFY(value.find("\"sku\"") != std::string::npos);
                    QVERIFY(value.find("\"currency\"") != std::string::npos);
                    sawOrder = true;
                }
        }
        QVERIFY(sawOrder);
        bool sawHeaders = false;
        for (int32_t p = 0; p < 3 && !sawHeaders; ++p) {
            auto fetched = get(m_client->fetch(client::TopicPartition{"page-views", p}, 0));
            REQUIRE_OK(fetched);
            for (const auto& b : fetched->batches)
                for (const auto& r : b.records) {
                    std::vector<std::string> names;
                    for (const auto& h : r.headers) names.push_back(h.key);
                    QCOMPARE(names, (std::vector<std::string>{"trace-id", "content-type", "source"}));
                    sawHeaders = true;
                }
        }
        QVERIFY(sawHeaders);

        // The group: a real member, committed offsets that trail the end of the log.
        auto group = get(m_client->describeGroups({"order-processor"}));
        REQUIRE_OK(group);
        QCOMPARE(group->front().protocolType, std::string("consumer"));
        QCOMPARE(group->front().members.size(), size_t(1));
        std::map<client::TopicPartition, int64_t> ends;
        const int64_t produced = endOffsets("orders", &ends);
        auto committed = get(m_client->listConsumerGroupOffsets("order-processor"));
        REQUIRE_OK(committed);
        QVERIFY(!committed->empty());
        int64_t committedSum = 0;
        for (const auto& c : *committed) {
            QVERIFY(!c.error);
            QVERIFY(c.offset <= ends[c.partition]);
            committedSum += c.offset;
        }
        QVERIFY(committedSum > 0);
        QVERIFY2(produced - committedSum > 4, qPrintable(QStringLiteral("lag %1").arg(produced - committedSum)));

        loader.stop();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, kTimeoutMs);
        QVERIFY(!loader.isRunning());
        QCOMPARE(errors.count(), 0);
        auto left = get(m_client->describeGroups({"order-processor"}));
        REQUIRE_OK(left);
        QCOMPARE(left->front().state, std::string("Empty"));
    }

    void reusesExistingTopics() {
        const int64_t before = endOffsets("orders");
        QVERIFY(before > 0);
        SampleDataLoader loader;
        QSignalSpy started(&loader, &SampleDataLoader::started);
        QSignalSpy errors(&loader, &SampleDataLoader::error);
        loader.start(m_bootstrap);
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(endOffsets("orders") > before, kTimeoutMs);
        QCOMPARE(errors.count(), 0);
        // Destroyed while running: the consumer leaves, nothing hangs.
    }

    void recordsLookReal() {
        app::SampleRecords records(42);
        auto json = [](const client::ProducerRecord& r) {
            return QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char*>(r.value->data()),
                                                      qsizetype(r.value->size())))
                .object();
        };
        auto text = [](const client::Bytes& b) { return QString::fromUtf8(reinterpret_cast<const char*>(b.data()), qsizetype(b.size())); };
        for (int i = 0; i < 50; ++i) {
            const auto order = records.nextOrder();
            const QJsonObject o = json(order);
            QCOMPARE(o.value("customer_id").toString(), text(*order.key)); // keyed by customer
            QVERIFY(o.value("order_id").toString().startsWith("ord-"));
            double sum = 0;
            for (const auto& item : o.value("items").toArray()) {
                const auto line = item.toObject();
                QVERIFY(line.value("sku").toString().startsWith("SKU-"));
                QVERIFY(line.value("qty").toInt() >= 1);
                sum += line.value("qty").toInt() * line.value("price").toDouble();
            }
            QVERIFY(qAbs(o.value("total").toDouble() - sum) < 0.01);
            QVERIFY(!o.value("currency").toString().isEmpty());
            QVERIFY(!o.value("status").toString().isEmpty());
            QVERIFY(QDateTime::fromString(o.value("created_at").toString(), Qt::ISODateWithMs).isValid());
        }
        int tombstones = 0;
        QSet<QString> users;
        for (int i = 0; i < 300; ++i) {
            const auto profile = records.nextProfile();
            users.insert(text(*profile.key));
            if (!profile.value) {
                ++tombstones;
                continue;
            }
            QCOMPARE(json(profile).value("user_id").toString(), text(*profile.key));
        }
        // A small set of users updated again and again, now and then deleted: what
        // compaction is for.
        QVERIFY(users.size() <= app::SampleRecords::kUsers);
        QVERIFY(tombstones > 0 && tombstones < 100);
        const auto view = records.nextPageView();
        QCOMPARE(view.headers.size(), size_t(3));
        QCOMPARE(text(*view.headers[1].value), QStringLiteral("application/json"));
    }

    void reportsABadAddress() {
        SampleDataLoader loader;
        QSignalSpy errors(&loader, &SampleDataLoader::error);
        loader.start(QStringLiteral("not an address"));
        QCOMPARE(errors.count(), 1);
        QVERIFY(!loader.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestSampleDataLoader)
#include "test_sample_data_loader.moc"
