#include "app/sample_data/sample_records.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <array>
#include <cmath>

namespace samsa::app {

namespace {

struct Product {
    const char* sku;
    const char* name;
    double price;
};

constexpr std::array kProducts{
    Product{"SKU-1001", "Espresso beans 1kg", 24.90}, Product{"SKU-1002", "Pour-over kettle", 39.50},
    Product{"SKU-1003", "Ceramic mug", 12.00},        Product{"SKU-1004", "Burr grinder", 129.00},
    Product{"SKU-1005", "Paper filters (100)", 5.25}, Product{"SKU-1006", "Milk frother", 45.00},
    Product{"SKU-1007", "Travel tumbler", 22.75},     Product{"SKU-1008", "Decaf blend 500g", 14.40},
};
constexpr std::array kStatuses{"created", "created", "created", "paid", "paid", "shipped", "cancelled"};
constexpr std::array kCurrencies{"EUR", "USD", "GBP"};
constexpr std::array kCities{"Berlin", "Lisbon", "Toronto", "Osaka", "Austin", "Lyon", "Melbourne", "Hangzhou"};
constexpr std::array kFirstNames{"Ada", "Linus", "Grace", "Ken", "Margaret", "Wei", "Ines", "Tomas", "Yuki", "Omar"};
constexpr std::array kPlans{"free", "free", "pro", "team"};
constexpr std::array kPages{"/", "/products", "/products/grinder", "/cart", "/checkout", "/account", "/blog/brewing"};
constexpr std::array kSources{"web", "ios", "android"};

template <typename Array>
const auto& pick(QRandomGenerator& random, const Array& items) {
    return items[random.bounded(static_cast<quint32>(items.size()))];
}

client::Bytes toBytes(const QByteArray& data) { return client::Bytes(data.begin(), data.end()); }
client::Bytes toBytes(const QString& text) { return toBytes(text.toUtf8()); }

client::ProducerRecord jsonRecord(const QString& key, const QJsonObject& value, qint64 timestampMs) {
    client::ProducerRecord r;
    r.key = toBytes(key);
    r.value = toBytes(QJsonDocument(value).toJson(QJsonDocument::Compact));
    r.timestampMs = timestampMs;
    return r;
}

} // namespace

SampleRecords::SampleRecords(quint32 seed) : m_random(seed) {}

QString SampleRecords::customerId(int n) const { return QStringLiteral("cust-%1").arg(n, 4, 10, QLatin1Char('0')); }
QString SampleRecords::userId(int n) const { return QStringLiteral("user-%1").arg(n, 3, 10, QLatin1Char('0')); }
qint64 SampleRecords::nowMs() const { return QDateTime::currentMSecsSinceEpoch(); }

client::ProducerRecord SampleRecords::nextOrder() {
    const qint64 now = nowMs();
    const QString customer = customerId(m_random.bounded(kCustomers));
    QJsonArray items;
    double total = 0;
    const int lines = 1 + m_random.bounded(3);
    for (int i = 0; i < lines; ++i) {
        const auto& product = pick(m_random, kProducts);
        const int qty = 1 + m_random.bounded(3);
        total += product.price * qty;
        items.append(QJsonObject{{"sku", product.sku}, {"name", product.name}, {"qty", qty}, {"price", product.price}});
    }
    QJsonObject order{
        {"order_id", QStringLiteral("ord-%1").arg(m_nextOrder++)},
        {"customer_id", customer},
        {"items", items},
        {"total", std::round(total * 100) / 100},
        {"currency", pick(m_random, kCurrencies)},
        {"status", pick(m_random, kStatuses)},
        {"created_at", QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODateWithMs)},
    };
    return jsonRecord(customer, order, now);
}

client::ProducerRecord SampleRecords::nextProfile() {
    const qint64 now = nowMs();
    const int n = m_random.bounded(kUsers);
    const QString user = userId(n);
    // One in ten changes is an account deletion: a null value that compaction keeps
    // only until delete.retention.ms, then drops with the user's earlier updates.
    if (m_random.bounded(10) == 0) {
        client::ProducerRecord tombstone;
        tombstone.key = toBytes(user);
        tombstone.timestampMs = now;
        return tombstone;
    }
    const QString first = pick(m_random, kFirstNames);
    QJsonObject profile{
        {"user_id", user},
        {"name", first},
        {"email", QStringLiteral("%1.%2@example.com").arg(first.toLower()).arg(n)},
        {"city", pick(m_random, kCities)},
        {"plan", pick(m_random, kPlans)},
        {"newsletter", m_random.bounded(2) == 1},
        {"updated_at", QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODateWithMs)},
    };
    return jsonRecord(user, profile, now);
}

client::ProducerRecord SampleRecords::nextPageView() {
    const qint64 now = nowMs();
    const QString user = userId(m_random.bounded(kUsers));
    QJsonObject view{
        {"user_id", user},
        {"page", pick(m_random, kPages)},
        {"duration_ms", 200 + m_random.bounded(15000)},
        {"referrer", m_random.bounded(3) == 0 ? QJsonValue("https://search.example.com") : QJsonValue()},
    };
    auto record = jsonRecord(user, view, now);
    const QString traceId = QUuid::createUuid().toString(QUuid::Id128);
    record.headers = {
        {"trace-id", toBytes(traceId)},
        {"content-type", toBytes(QStringLiteral("application/json"))},
        {"source", toBytes(QString::fromLatin1(pick(m_random, kSources)))},
    };
    return record;
}

} // namespace samsa::app
