// The rebalance timeline's half of the history store: generations, events and the
// __consumer_offsets read positions.
#include "app/monitor/history_store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace samsa::monitor {

namespace {

enum Source { FromPolling = 1, FromOffsetsTopic = 2 };

// Qt binds a null QString as SQL NULL; the text columns hold '' for "not known".
QVariant text(const QString& value) {
    return value.isNull() ? QVariant(QString::fromLatin1("")) : QVariant(value);
}

QString membersToJson(const QList<GenerationMember>& members) {
    QJsonArray list;
    for (const GenerationMember& m : members) {
        QJsonObject o;
        o[QStringLiteral("id")] = m.memberId;
        if (!m.instanceId.isEmpty()) o[QStringLiteral("instance")] = m.instanceId;
        o[QStringLiteral("client")] = m.clientId;
        o[QStringLiteral("host")] = m.host;
        if (m.sessionTimeoutMs >= 0) o[QStringLiteral("session")] = m.sessionTimeoutMs;
        if (m.rebalanceTimeoutMs >= 0) o[QStringLiteral("rebalance")] = m.rebalanceTimeoutMs;
        QJsonObject assignment;
        for (const PartitionKey& p : m.assignment) {
            QJsonArray partitions = assignment[p.topic].toArray();
            partitions.append(p.partition);
            assignment[p.topic] = partitions;
        }
        o[QStringLiteral("assignment")] = assignment;
        list.append(o);
    }
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

QList<GenerationMember> membersFromJson(const QString& text) {
    QList<GenerationMember> members;
    const QJsonArray list = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& v : list) {
        const QJsonObject o = v.toObject();
        GenerationMember m;
        m.memberId = o[QStringLiteral("id")].toString();
        m.instanceId = o[QStringLiteral("instance")].toString();
        m.clientId = o[QStringLiteral("client")].toString();
        m.host = o[QStringLiteral("host")].toString();
        m.sessionTimeoutMs = o[QStringLiteral("session")].toInt(-1);
        m.rebalanceTimeoutMs = o[QStringLiteral("rebalance")].toInt(-1);
        const QJsonObject assignment = o[QStringLiteral("assignment")].toObject();
        for (auto it = assignment.begin(); it != assignment.end(); ++it)
            for (const QJsonValue& p : it.value().toArray())
                m.assignment.append(PartitionKey{it.key(), p.toInt()});
        std::sort(m.assignment.begin(), m.assignment.end());
        members.append(m);
    }
    return members;
}

const QString kGenerationColumns = QStringLiteral(
    "id, group_id, generation, rebalance_start, not_before, stable, protocol_type, assignor, "
    "leader, members, sources");

Generation readGeneration(const QSqlQuery& q) {
    Generation g;
    g.id = q.value(0).toLongLong();
    g.groupId = q.value(1).toString();
    g.generation = q.value(2).toInt();
    g.rebalanceStartMs = q.value(3).toLongLong();
    g.notBeforeMs = q.value(4).toLongLong();
    g.stableMs = q.value(5).toLongLong();
    g.protocolType = q.value(6).toString();
    g.assignor = q.value(7).toString();
    g.leader = q.value(8).toString();
    g.members = membersFromJson(q.value(9).toString());
    const int sources = q.value(10).toInt();
    g.fromPolling = sources & FromPolling;
    g.fromOffsetsTopic = sources & FromOffsetsTopic;
    return g;
}

} // namespace

bool HistoryStore::saveGeneration(const QString& clusterKey, Generation& g) {
    QSqlQuery q(database());
    const QString columns = QStringLiteral(
        "cluster, group_id, generation, rebalance_start, not_before, stable, protocol_type, "
        "assignor, leader, members, sources");
    if (g.id > 0)
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO generations (id, %1) VALUES "
                                 "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(columns));
    else
        q.prepare(QStringLiteral("INSERT INTO generations (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                 "?, ?)")
                      .arg(columns));
    if (g.id > 0) q.addBindValue(g.id);
    q.addBindValue(text(clusterKey));
    q.addBindValue(text(g.groupId));
    q.addBindValue(g.generation);
    q.addBindValue(g.rebalanceStartMs);
    q.addBindValue(g.notBeforeMs);
    q.addBindValue(g.stableMs);
    q.addBindValue(text(g.protocolType));
    q.addBindValue(text(g.assignor));
    q.addBindValue(text(g.leader));
    q.addBindValue(membersToJson(g.members));
    q.addBindValue((g.fromPolling ? FromPolling : 0) | (g.fromOffsetsTopic ? FromOffsetsTopic : 0));
    if (!q.exec()) return fail(q.lastError().text());
    if (g.id <= 0) g.id = q.lastInsertId().toLongLong();
    return true;
}

QList<Generation> HistoryStore::generations(const QString& clusterKey, const QString& groupId,
                                            qint64 fromMs, qint64 toMs) const {
    QList<Generation> out;
    QSqlQuery before(database());
    before.prepare(QStringLiteral("SELECT %1 FROM generations WHERE cluster = ? AND group_id = ? "
                                  "AND stable < ? ORDER BY stable DESC LIMIT 1")
                       .arg(kGenerationColumns));
    before.addBindValue(clusterKey);
    before.addBindValue(groupId);
    before.addBindValue(fromMs);
    if (before.exec() && before.next()) out.append(readGeneration(before));
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM generations WHERE cluster = ? AND group_id = ? AND "
                             "stable >= ? AND stable <= ? ORDER BY stable")
                  .arg(kGenerationColumns));
    q.addBindValue(clusterKey);
    q.addBindValue(groupId);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (q.exec())
        while (q.next())
            out.append(readGeneration(q));
    return out;
}

QList<Generation> HistoryStore::latestGenerations(const QString& clusterKey, int perGroup) const {
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY group_id "
                             "ORDER BY stable DESC) AS n FROM generations WHERE cluster = ?) "
                             "WHERE n <= ? ORDER BY group_id, stable")
                  .arg(kGenerationColumns));
    q.addBindValue(clusterKey);
    q.addBindValue(perGroup);
    QList<Generation> out;
    if (q.exec())
        while (q.next())
            out.append(readGeneration(q));
    else
        fail(q.lastError().text());
    return out;
}

bool HistoryStore::addEvent(const QString& clusterKey, const GroupEvent& event) {
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO group_events (cluster, group_id, ts, kind, from_state, "
                             "to_state, text) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(clusterKey);
    q.addBindValue(event.groupId);
    q.addBindValue(event.timeMs);
    q.addBindValue(int(event.kind));
    q.addBindValue(text(event.fromState));
    q.addBindValue(text(event.toState));
    q.addBindValue(text(event.text));
    return q.exec() || fail(q.lastError().text());
}

QList<GroupEvent> HistoryStore::events(const QString& clusterKey, const QString& groupId,
                                       qint64 fromMs, qint64 toMs) const {
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT ts, kind, from_state, to_state, text FROM group_events WHERE "
                             "cluster = ? AND group_id = ? AND ts >= ? AND ts <= ? ORDER BY ts"));
    q.addBindValue(clusterKey);
    q.addBindValue(groupId);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    QList<GroupEvent> out;
    if (q.exec())
        while (q.next()) {
            GroupEvent e;
            e.groupId = groupId;
            e.timeMs = q.value(0).toLongLong();
            e.kind = GroupEvent::Kind(q.value(1).toInt());
            e.fromState = q.value(2).toString();
            e.toState = q.value(3).toString();
            e.text = q.value(4).toString();
            out.append(e);
        }
    return out;
}

QHash<int, qint64> HistoryStore::offsetsTopicCursors(const QString& clusterKey) const {
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT partition, next_offset FROM offsets_topic_cursor WHERE cluster = ?"));
    q.addBindValue(clusterKey);
    QHash<int, qint64> out;
    if (q.exec())
        while (q.next())
            out.insert(q.value(0).toInt(), q.value(1).toLongLong());
    return out;
}

bool HistoryStore::setOffsetsTopicCursors(const QString& clusterKey, const QHash<int, qint64>& cursors) {
    QSqlDatabase db = database();
    if (!db.transaction()) return fail(db.lastError().text());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO offsets_topic_cursor (cluster, partition, "
                             "next_offset) VALUES (?, ?, ?)"));
    for (auto it = cursors.begin(); it != cursors.end(); ++it) {
        q.addBindValue(clusterKey);
        q.addBindValue(it.key());
        q.addBindValue(it.value());
        if (!q.exec()) {
            const QString error = q.lastError().text();
            db.rollback();
            return fail(error);
        }
    }
    return db.commit() || fail(db.lastError().text());
}

} // namespace samsa::monitor
