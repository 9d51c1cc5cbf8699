#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include "client/record_types.h"

namespace samsa::app {

// Makes plausible records for the sample topics: JSON orders keyed by customer, user
// profiles keyed by user (updates of a small set of users, now and then a tombstone),
// and page views with tracing headers. Seeded, so a given seed makes the same data.
class SampleRecords {
public:
    explicit SampleRecords(quint32 seed = QRandomGenerator::global()->generate());

    client::ProducerRecord nextOrder();
    // A profile update, or with some probability a tombstone deleting a user.
    client::ProducerRecord nextProfile();
    client::ProducerRecord nextPageView();

    static constexpr int kCustomers = 40;
    static constexpr int kUsers = 25;

private:
    QString customerId(int n) const;
    QString userId(int n) const;
    qint64 nowMs() const;

    QRandomGenerator m_random;
    qint64 m_nextOrder = 100000;
};

} // namespace samsa::app
