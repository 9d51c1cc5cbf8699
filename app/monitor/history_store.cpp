#include "app/monitor/history_store.h"

#include "app/monitor/history_schema.h"
#include "app/schema_migrations.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <algorithm>

namespace samsa::monitor {

namespace {

// The translation context of these texts; a class, so that lupdate files them under it.
class Text {
    Q_DECLARE_TR_FUNCTIONS(samsa::monitor::HistoryStore)
};

enum Tier { Raw = 0, Medium = 1, Coarse = 2 };

QString seriesKey(const QString& cluster, const QString& group, const QString& topic) {
    return cluster + QLatin1Char('\n') + group + QLatin1Char('\n') + topic;
}

} // namespace

HistoryStore::HistoryStore(QString databasePath)
    : m_path(std::move(databasePath)),
      m_connectionName(QStringLiteral("samsa-history-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces)) {}

HistoryStore::~HistoryStore() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid()) db.close();
    }
    if (QSqlDatabase::contains(m_connectionName)) QSqlDatabase::removeDatabase(m_connectionName);
}

QString HistoryStore::defaultDatabasePath() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/samsa/history.sqlite");
}

QSqlDatabase HistoryStore::database() const {
    return QSqlDatabase::database(m_connectionName, false);
}

bool HistoryStore::fail(const QString& message) const {
    m_error = message;
    return false;
}

bool HistoryStore::isOpen() const {
    return database().isOpen();
}

bool HistoryStore::open() {
    if (isOpen()) return true;
    // Samples arrive every few seconds: WAL keeps those writes from blocking readers, and
    // a lost last second of history after a power cut is acceptable.
    const QStringList pragmas{QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL")};
    QString error;
    if (!app::openMigrated(m_connectionName, m_path, pragmas, historySchema(), latestHistoryVersion(), &error))
        return fail(error);
    m_rolledMedium = -1;
    m_rolledCoarse = -1;
    return true;
}

std::optional<qint64> HistoryStore::seriesId(const QString& clusterKey, const QString& groupId,
                                             const QString& topic, bool create) {
    const QString key = seriesKey(clusterKey, groupId, topic);
    if (auto it = m_seriesIds.constFind(key); it != m_seriesIds.cend()) return *it;
    QSqlDatabase db = database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM series WHERE cluster = ? AND group_id = ? AND topic = ?"));
    q.addBindValue(clusterKey);
    q.addBindValue(groupId);
    q.addBindValue(topic);
    if (q.exec() && q.next()) {
        const qint64 id = q.value(0).toLongLong();
        m_seriesIds.insert(key, id);
        return id;
    }
    if (!create) return std::nullopt;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO series (cluster, group_id, topic) VALUES (?, ?, ?)"));
    insert.addBindValue(clusterKey);
    insert.addBindValue(groupId);
    insert.addBindValue(topic);
    if (!insert.exec()) {
        fail(insert.lastError().text());
        return std::nullopt;
    }
    const qint64 id = insert.lastInsertId().toLongLong();
    m_seriesIds.insert(key, id);
    return id;
}

bool HistoryStore::writeSamples(const QString& clusterKey, qint64 timeMs,
                                const QList<TopicSample>& samples) {
    QSqlDatabase db = database();
    if (!db.isOpen()) return fail(Text::tr("The history database is not open."));
    if (!db.transaction()) return fail(db.lastError().text());
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO lag_samples (series, tier, ts, committed, log_end, lag, time_lag, "
        "partitions) VALUES (?, 0, ?, ?, ?, ?, ?, ?)"));
    for (const TopicSample& s : samples) {
        const auto id = seriesId(clusterKey, s.groupId, s.topic, true);
        if (!id) {
            db.rollback();
            return false;
        }
        q.addBindValue(*id);
        q.addBindValue(timeMs);
        q.addBindValue(s.committed);
        q.addBindValue(s.logEnd);
        q.addBindValue(s.lag);
        q.addBindValue(s.timeLagMs);
        q.addBindValue(encodePartitions(s.partitions));
        if (!q.exec()) {
            const QString error = q.lastError().text();
            db.rollback();
            return fail(error);
        }
    }
    if (!db.commit()) {
        const QString error = db.lastError().text();
        db.rollback();
        return fail(error);
    }
    return true;
}

qint64 HistoryStore::lastTime(int tier) const {
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT MAX(ts) FROM lag_samples WHERE tier = ?"));
    q.addBindValue(tier);
    if (q.exec() && q.next() && !q.value(0).isNull()) return q.value(0).toLongLong();
    return -1;
}

bool HistoryStore::rollUp(int fromTier, int toTier, qint64 bucketMs, qint64 untilMs) {
    qint64& rolled = toTier == Medium ? m_rolledMedium : m_rolledCoarse;
    if (rolled < 0) {
        // After a restart: the bucket of the newest rolled row is complete.
        const qint64 last = lastTime(toTier);
        rolled = last >= 0 ? (last / bucketMs + 1) * bucketMs : 0;
    }
    const qint64 closed = (untilMs / bucketMs) * bucketMs; // buckets before this are complete
    if (closed <= rolled) return true;
    // SQLite takes the bare columns of a MAX() query from the row holding the maximum:
    // each bucket keeps its last sample, whose counters carry everything before it.
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO lag_samples (series, tier, ts, committed, log_end, lag, time_lag, "
        "partitions) SELECT series, ?, MAX(ts), committed, log_end, lag, time_lag, partitions "
        "FROM lag_samples WHERE tier = ? AND ts >= ? AND ts < ? GROUP BY series, ts / ?"));
    q.addBindValue(toTier);
    q.addBindValue(fromTier);
    q.addBindValue(rolled);
    q.addBindValue(closed);
    q.addBindValue(bucketMs);
    if (!q.exec()) return fail(q.lastError().text());
    rolled = closed;
    return true;
}

bool HistoryStore::compact(qint64 nowMs) {
    QSqlDatabase db = database();
    if (!db.isOpen()) return fail(Text::tr("The history database is not open."));
    if (!db.transaction()) return fail(db.lastError().text());
    bool ok = rollUp(Raw, Medium, m_retention.mediumBucketMs, nowMs) &&
              rollUp(Medium, Coarse, m_retention.coarseBucketMs, nowMs);
    const auto drop = [&](int tier, qint64 keepMs) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM lag_samples WHERE tier = ? AND ts < ?"));
        q.addBindValue(tier);
        q.addBindValue(nowMs - keepMs);
        return q.exec() || fail(q.lastError().text());
    };
    ok = ok && drop(Raw, m_retention.rawKeepMs) && drop(Medium, m_retention.mediumKeepMs) &&
         drop(Coarse, m_retention.coarseKeepMs);
    // Per-partition detail is what takes the room; older rows keep only the sums.
    const auto strip = [&](int tier, qint64 keepMs, qint64& strippedUntil) {
        const qint64 before = nowMs - keepMs;
        if (before <= strippedUntil) return true;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE lag_samples SET partitions = NULL WHERE tier = ? AND "
                                 "ts >= ? AND ts < ? AND partitions IS NOT NULL"));
        q.addBindValue(tier);
        q.addBindValue(strippedUntil);
        q.addBindValue(before);
        if (!q.exec()) return fail(q.lastError().text());
        strippedUntil = before;
        return true;
    };
    ok = ok && strip(Medium, m_retention.mediumDetailKeepMs, m_mediumStrippedUntil) &&
         strip(Coarse, m_retention.coarseDetailKeepMs, m_strippedUntil);
    if (!ok) {
        db.rollback();
        m_rolledMedium = m_rolledCoarse = -1; // re-derived from the table next time
        return false;
    }
    if (!db.commit()) return fail(db.lastError().text());
    return true;
}

void HistoryStore::backfilled(qint64 fromMs) {
    const auto rewind = [fromMs](qint64& rolled, qint64 bucketMs) {
        const qint64 start = (fromMs / bucketMs) * bucketMs;
        if (rolled < 0 || start < rolled) rolled = start;
    };
    rewind(m_rolledMedium, m_retention.mediumBucketMs);
    rewind(m_rolledCoarse, m_retention.coarseBucketMs);
}

QList<qint64> HistoryStore::seriesOf(const LagQuery& query) const {
    QSqlQuery q(database());
    if (query.topic.isEmpty()) {
        q.prepare(QStringLiteral("SELECT id FROM series WHERE cluster = ? AND group_id = ?"));
    } else {
        q.prepare(QStringLiteral(
            "SELECT id FROM series WHERE cluster = ? AND group_id = ? AND topic = ?"));
    }
    q.addBindValue(query.clusterKey);
    q.addBindValue(query.groupId);
    if (!query.topic.isEmpty()) q.addBindValue(query.topic);
    QList<qint64> ids;
    if (q.exec())
        while (q.next())
            ids << q.value(0).toLongLong();
    return ids;
}

QList<SeriesPoint> HistoryStore::query(const LagQuery& query, qint64 nowMs) const {
    QList<SeriesPoint> points;
    const QList<qint64> series = seriesOf(query);
    if (series.isEmpty() || !isOpen()) return points;
    QStringList ids;
    for (qint64 id : series)
        ids << QString::number(id);
    const QString in = ids.join(QLatin1Char(','));

    // The coarsest tier the range needs; finer tiers continue after its last point.
    int tier = Raw;
    if (query.fromMs < nowMs - m_retention.mediumKeepMs)
        tier = Coarse;
    else if (query.fromMs < nowMs - m_retention.rawKeepMs)
        tier = Medium;
    const bool onePartition = query.partition >= 0;
    qint64 after = query.fromMs - 1;
    for (; tier >= Raw; --tier) {
        QSqlQuery q(database());
        q.setForwardOnly(true);
        if (onePartition) {
            q.prepare(QStringLiteral("SELECT ts, partitions FROM lag_samples WHERE series IN (%1) "
                                     "AND tier = ? AND ts > ? AND ts <= ? ORDER BY ts")
                          .arg(in));
        } else {
            q.prepare(QStringLiteral("SELECT ts, SUM(committed), SUM(log_end), SUM(lag), "
                                     "MAX(time_lag) FROM lag_samples WHERE series IN (%1) AND "
                                     "tier = ? AND ts > ? AND ts <= ? GROUP BY ts ORDER BY ts")
                          .arg(in));
        }
        q.addBindValue(tier);
        q.addBindValue(after);
        q.addBindValue(query.toMs);
        if (!q.exec()) {
            fail(q.lastError().text());
            return points;
        }
        while (q.next()) {
            SeriesPoint p;
            p.timeMs = q.value(0).toLongLong();
            if (onePartition) {
                if (q.value(1).isNull()) continue; // detail aged out
                const QList<PartitionPoint> parts = decodePartitions(q.value(1).toByteArray());
                auto it = std::find_if(parts.begin(), parts.end(), [&](const PartitionPoint& pp) {
                    return pp.partition == query.partition;
                });
                if (it == parts.end() || it->committed < 0 || it->logEnd < 0) continue;
                p.committed = it->committed;
                p.logEnd = it->logEnd;
                p.lag = std::max<qint64>(0, it->logEnd - it->committed);
            } else {
                p.committed = q.value(1).toLongLong();
                p.logEnd = q.value(2).toLongLong();
                p.lag = q.value(3).toLongLong();
                p.timeLagMs = q.value(4).toLongLong();
            }
            points.append(p);
        }
        if (!points.isEmpty()) after = std::max(after, points.back().timeMs);
    }
    return points;
}

QStringList HistoryStore::topics(const QString& clusterKey, const QString& groupId) const {
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT topic FROM series WHERE cluster = ? AND group_id = ? ORDER BY topic"));
    q.addBindValue(clusterKey);
    q.addBindValue(groupId);
    QStringList out;
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}

QStringList HistoryStore::groups(const QString& clusterKey) const {
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT DISTINCT group_id FROM series WHERE cluster = ? ORDER BY group_id"));
    q.addBindValue(clusterKey);
    QStringList out;
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}

qint64 HistoryStore::sizeBytes() const {
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT page_count * page_size FROM pragma_page_count(), "
                              "pragma_page_size()")) &&
        q.next())
        return q.value(0).toLongLong();
    return -1;
}

} // namespace samsa::monitor
