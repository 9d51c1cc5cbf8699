// The consumer group history database: lag samples in three tiers (every sample, then
// 30 s and 5 min buckets), retention, per-partition detail, generations, events and
// the __consumer_offsets read positions, all surviving a reopen.
#include "app/monitor/history_schema.h"
#include "app/monitor/history_store.h"
#include "app/monitor/sample_codec.h"
#include "app/schema_migrations.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace samsa::monitor;

namespace {

const QString kCluster = QStringLiteral("cluster-a");
const QString kGroup = QStringLiteral("billing");
constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kNow = 1'700'000'000'000 / kHour * kHour; // on a bucket boundary

// A topic sample of `partitions` partitions whose end grows by `rate` per second and
// whose consumer keeps `lag` behind.
TopicSample sample(const QString& topic, qint64 timeMs, int partitions, qint64 lag) {
    TopicSample s;
    s.groupId = kGroup;
    s.topic = topic;
    for (int p = 0; p < partitions; ++p) {
        const qint64 end = timeMs / 1000 + p * 1000;
        s.partitions.append(PartitionPoint{p, end - lag, end});
        s.committed += end - lag;
        s.logEnd += end;
        s.lag += lag;
    }
    s.timeLagMs = lag * 10;
    return s;
}

} // namespace

class TestHistoryStore : public QObject {
    Q_OBJECT
private slots:
    void init();
    void codecRoundTrips();
    void schemaIsVersionedSeparately();
    void samplesAreQueriedBack();
    void olderDataIsDownsampledAndExpires();
    void partitionDetailAgesOut();
    void historySurvivesReopen();
    void generationsEventsAndCursors();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    // Writes a sample every `stepMs` from `from` to `to` and compacts each minute, as the
    // monitor does.
    void fill(HistoryStore& store, qint64 from, qint64 to, qint64 stepMs);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHistoryStore::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestHistoryStore::fill(HistoryStore& store, qint64 from, qint64 to, qint64 stepMs) {
    qint64 lastCompact = from;
    for (qint64 t = from; t <= to; t += stepMs) {
        QVERIFY2(store.writeSamples(kCluster, t, {sample(QStringLiteral("orders"), t, 3, 7),
                                                  sample(QStringLiteral("refunds"), t, 2, 1)}),
                 qPrintable(store.errorString()));
        if (t - lastCompact >= 60000) {
            QVERIFY2(store.compact(t), qPrintable(store.errorString()));
            lastCompact = t;
        }
    }
    QVERIFY(store.compact(to));
}

void TestHistoryStore::codecRoundTrips() {
    const QList<PartitionPoint> points{{0, 10, 20}, {1, -1, 5}, {7, 1'000'000'000'000, 1'000'000'000'003},
                                       {3, 50, 40} /* committed past a truncated end */};
    QCOMPARE(decodePartitions(encodePartitions(points)), points);
    QCOMPARE(decodePartitions(encodePartitions({})), QList<PartitionPoint>());
    QVERIFY(decodePartitions(QByteArray("\x05\x01", 2)).isEmpty()); // truncated
    // Small distances pack small: 50 partitions of a healthy group stay under 8 bytes each.
    QList<PartitionPoint> many;
    for (int p = 0; p < 50; ++p)
        many.append(PartitionPoint{p, 12'345'000 + p - 3, 12'345'000 + p});
    QVERIFY(encodePartitions(many).size() < 50 * 8);
}

void TestHistoryStore::schemaIsVersionedSeparately() {
    {
        HistoryStore store(path());
        QVERIFY2(store.open(), qPrintable(store.errorString()));
    }
    auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    db.setDatabaseName(path());
    QVERIFY(db.open());
    QCOMPARE(samsa::app::schemaVersion(db), latestHistoryVersion());
    QVERIFY(db.tables().contains(QStringLiteral("lag_samples")));
    QVERIFY(!db.tables().contains(QStringLiteral("cluster_profiles")));
    // A database from a newer program is refused with a clear reason.
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)")
                       .arg(latestHistoryVersion() + 1)));
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    HistoryStore newer(path());
    QVERIFY(!newer.open());
    QVERIFY2(newer.errorString().contains(QStringLiteral("newer")), qPrintable(newer.errorString()));
    QVERIFY2(newer.errorString().contains(QStringLiteral("history")), qPrintable(newer.errorString()));
}

void TestHistoryStore::samplesAreQueriedBack() {
    HistoryStore store(path());
    QVERIFY(store.open());
    fill(store, kNow - 5 * 60 * 1000, kNow, 2000);
    QCOMPARE(store.groups(kCluster), QStringList{kGroup});
    QCOMPARE(store.topics(kCluster, kGroup), (QStringList{QStringLiteral("orders"), QStringLiteral("refunds")}));

    // The whole group: both topics summed at each sample.
    LagQuery q{kCluster, kGroup, {}, -1, kNow - 5 * 60 * 1000, kNow};
    const QList<SeriesPoint> group = store.query(q, kNow);
    QCOMPARE(group.size(), 151);
    QCOMPARE(group.back().timeMs, kNow);
    QCOMPARE(group.back().lag, qint64(3 * 7 + 2 * 1));
    QCOMPARE(group.back().timeLagMs, qint64(70));
    for (int i = 1; i < group.size(); ++i)
        QVERIFY(group[i].timeMs > group[i - 1].timeMs);

    // One topic, and one partition of it.
    q.topic = QStringLiteral("orders");
    QCOMPARE(store.query(q, kNow).back().lag, qint64(21));
    q.partition = 2;
    const QList<SeriesPoint> partition = store.query(q, kNow);
    QCOMPARE(partition.size(), 151);
    QCOMPARE(partition.back().logEnd, kNow / 1000 + 2000);
    QCOMPARE(partition.back().committed, kNow / 1000 + 2000 - 7);
    QCOMPARE(partition.back().lag, qint64(7));
    q.partition = 9; // not a partition of the topic
    QVERIFY(store.query(q, kNow).isEmpty());
    q.groupId = QStringLiteral("nobody");
    QVERIFY(store.query(q, kNow).isEmpty());
}

void TestHistoryStore::olderDataIsDownsampledAndExpires() {
    HistoryStore store(path());
    HistoryRetention retention;
    retention.coarseKeepMs = 20 * kHour;
    store.setRetention(retention);
    QVERIFY(store.open());
    // A day of samples every 10 s.
    fill(store, kNow - 24 * kHour, kNow, 10000);
    const LagQuery all{kCluster, kGroup, {}, -1, 0, kNow};

    // 5 minutes: every sample.
    LagQuery q = all;
    q.fromMs = kNow - 5 * 60 * 1000;
    QCOMPARE(store.query(q, kNow).size(), 31);
    // 1 hour: 30 s buckets, then the raw samples after the last bucket.
    q.fromMs = kNow - kHour;
    const QList<SeriesPoint> hour = store.query(q, kNow);
    QVERIFY2(hour.size() >= 120 && hour.size() <= 125, qPrintable(QString::number(hour.size())));
    QCOMPARE(hour.back().timeMs, kNow);
    // 24 hours: 5 min buckets back to the retention limit (20 h), then finer ones.
    q.fromMs = kNow - 24 * kHour;
    const QList<SeriesPoint> day = store.query(q, kNow);
    QVERIFY2(day.front().timeMs >= kNow - 20 * kHour - 5 * 60 * 1000, "older than the retention");
    QVERIFY2(day.size() >= 240 && day.size() <= 270, qPrintable(QString::number(day.size())));
    QCOMPARE(day.back().timeMs, kNow);
    for (int i = 1; i < day.size(); ++i)
        QVERIFY(day[i].timeMs > day[i - 1].timeMs);
    // A bucket keeps its last sample: counters stay exact.
    QCOMPARE(day.back().lag, qint64(23));

    // Raw rows cover the recent past at full resolution.
    const QList<SeriesPoint> raw = [&] {
        LagQuery r = all;
        r.fromMs = kNow - 9 * 60 * 1000;
        return store.query(r, kNow);
    }();
    QCOMPARE(raw.size(), 9 * 6 + 1);
    QVERIFY(store.sizeBytes() > 0);
}

void TestHistoryStore::partitionDetailAgesOut() {
    HistoryStore store(path());
    HistoryRetention retention;
    retention.coarseDetailKeepMs = 2 * kHour;
    store.setRetention(retention);
    QVERIFY(store.open());
    fill(store, kNow - 8 * kHour, kNow, 30000);
    LagQuery q{kCluster, kGroup, QStringLiteral("orders"), 1, kNow - 8 * kHour, kNow};
    const QList<SeriesPoint> partition = store.query(q, kNow);
    QVERIFY(!partition.isEmpty());
    QVERIFY2(partition.front().timeMs >= kNow - 2 * kHour - 5 * 60 * 1000,
             "per-partition detail older than its limit is gone");
    // The topic's sums stay for the whole range.
    q.partition = -1;
    QVERIFY(store.query(q, kNow).front().timeMs <= kNow - 7 * kHour);
}

void TestHistoryStore::historySurvivesReopen() {
    {
        HistoryStore store(path());
        QVERIFY(store.open());
        fill(store, kNow - 10 * 60 * 1000, kNow, 5000);
    }
    HistoryStore store(path());
    QVERIFY(store.open());
    LagQuery q{kCluster, kGroup, {}, -1, kNow - 10 * 60 * 1000, kNow};
    QCOMPARE(store.query(q, kNow).size(), 121);
    // Writing and compacting go on where they stopped.
    fill(store, kNow + 5000, kNow + 2 * 60 * 1000, 5000);
    q.toMs = kNow + 2 * 60 * 1000;
    QCOMPARE(store.query(q, q.toMs).back().timeMs, q.toMs);
}

void TestHistoryStore::generationsEventsAndCursors() {
    Generation g;
    g.groupId = kGroup;
    g.generation = 4;
    g.rebalanceStartMs = kNow - 9000;
    g.stableMs = kNow - 2000;
    g.protocolType = QStringLiteral("consumer");
    g.assignor = QStringLiteral("range");
    g.leader = QStringLiteral("m-1");
    g.fromPolling = true;
    g.fromOffsetsTopic = true;
    GenerationMember m;
    m.memberId = QStringLiteral("m-1");
    m.instanceId = QStringLiteral("billing-a");
    m.clientId = QStringLiteral("billing");
    m.host = QStringLiteral("/10.0.0.7");
    m.sessionTimeoutMs = 10000;
    m.assignment = {{QStringLiteral("orders"), 0}, {QStringLiteral("orders"), 2}};
    g.members = {m};
    {
        HistoryStore store(path());
        QVERIFY(store.open());
        QVERIFY(store.saveGeneration(kCluster, g));
        QVERIFY(g.id > 0);
        Generation earlier = g;
        earlier.id = 0;
        earlier.generation = 3;
        earlier.stableMs = kNow - 60000;
        earlier.members.clear();
        QVERIFY(store.saveGeneration(kCluster, earlier));
        g.rebalanceStartMs = kNow - 8000; // an update keeps the id
        const qint64 id = g.id;
        QVERIFY(store.saveGeneration(kCluster, g));
        QCOMPARE(g.id, id);
        GroupEvent e;
        e.timeMs = kNow - 9000;
        e.groupId = kGroup;
        e.fromState = QStringLiteral("Stable");
        e.toState = QStringLiteral("PreparingRebalance");
        QVERIFY(store.addEvent(kCluster, e));
        QVERIFY(store.setOffsetsTopicCursors(kCluster, {{0, 17}, {49, 3}}));
    }
    HistoryStore store(path());
    QVERIFY(store.open());
    const QList<Generation> found = store.generations(kCluster, kGroup, kNow - 30000, kNow);
    QCOMPARE(found.size(), 2); // the one before the range, and the one in it
    QCOMPARE(found[0].generation, 3);
    const Generation& back = found[1];
    QCOMPARE(back.generation, 4);
    QCOMPARE(back.rebalanceStartMs, kNow - 8000);
    QCOMPARE(back.pauseMs(), qint64(6000));
    QVERIFY(back.fromPolling && back.fromOffsetsTopic);
    QCOMPARE(back.members.size(), 1);
    QCOMPARE(back.members[0].instanceId, QStringLiteral("billing-a"));
    QCOMPARE(back.members[0].sessionTimeoutMs, 10000);
    QCOMPARE(back.members[0].assignment, m.assignment);
    QCOMPARE(store.latestGenerations(kCluster, 1).size(), 1);
    QCOMPARE(store.latestGenerations(kCluster, 1).front().generation, 4);
    const QList<GroupEvent> events = store.events(kCluster, kGroup, kNow - kHour, kNow);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].toState, QStringLiteral("PreparingRebalance"));
    QVERIFY(store.events(QStringLiteral("other"), kGroup, 0, kNow).isEmpty());
    const auto cursors = store.offsetsTopicCursors(kCluster);
    QCOMPARE(cursors.value(0), qint64(17));
    QCOMPARE(cursors.value(49), qint64(3));
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "test_history_store.moc"
