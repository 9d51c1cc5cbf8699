#include "app/messages/saved_filter_store.h"

#include "app/schema_migrations.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace samsa::app {

namespace {

// The translation context of these texts; a class, so that lupdate files them under it.
class Text {
    Q_DECLARE_TR_FUNCTIONS(samsa::app::SavedFilterStore)
};

SavedFilter readFilter(const QSqlQuery& q) {
    SavedFilter f;
    f.id = q.value(0).toLongLong();
    f.name = q.value(1).toString();
    f.filter = MessageFilter::fromJson(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object());
    f.updatedAt = QDateTime::fromString(q.value(3).toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    f.updatedAt.setTimeSpec(Qt::UTC);
    return f;
}

const QString kColumns = QStringLiteral("id, name, definition, updated_at");

} // namespace

SavedFilterStore::SavedFilterStore(QString databasePath)
    : m_path(std::move(databasePath)),
      m_connectionName(QStringLiteral("samsa-filters-") + QUuid::createUuid().toString(QUuid::WithoutBraces)) {}

SavedFilterStore::~SavedFilterStore() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid()) db.close();
    }
    if (QSqlDatabase::contains(m_connectionName)) QSqlDatabase::removeDatabase(m_connectionName);
}

bool SavedFilterStore::fail(const QString& message) const {
    m_error = message;
    return false;
}

bool SavedFilterStore::open() {
    QString error;
    if (!openMigrated(m_connectionName, m_path, {}, storeHistory(), latestSchemaVersion(), &error))
        return fail(error);
    m_error.clear();
    return true;
}

QList<SavedFilter> SavedFilterStore::filters() const {
    QList<SavedFilter> out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("SELECT %1 FROM saved_filters ORDER BY name COLLATE NOCASE").arg(kColumns))) {
        fail(q.lastError().text());
        return out;
    }
    while (q.next()) out.append(readFilter(q));
    return out;
}

std::optional<SavedFilter> SavedFilterStore::filter(const QString& name) const {
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT %1 FROM saved_filters WHERE name = ?").arg(kColumns));
    q.addBindValue(name);
    if (!q.exec()) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next()) return std::nullopt;
    return readFilter(q);
}

qint64 SavedFilterStore::save(const QString& name, const MessageFilter& filter) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        fail(Text::tr("Give the filter a name."));
        return 0;
    }
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT INTO saved_filters (name, definition) VALUES (?, ?)"
                             " ON CONFLICT(name) DO UPDATE SET definition = excluded.definition,"
                             " updated_at = CURRENT_TIMESTAMP"));
    q.addBindValue(trimmed);
    q.addBindValue(QString::fromUtf8(QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        fail(Text::tr("Cannot save the filter “%1”: %2").arg(trimmed, q.lastError().text()));
        return 0;
    }
    // An update reports no insert id; read it back.
    const auto saved = this->filter(trimmed);
    return saved ? saved->id : 0;
}

bool SavedFilterStore::remove(qint64 id) {
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("DELETE FROM saved_filters WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) return fail(q.lastError().text());
    return q.numRowsAffected() == 1 || fail(Text::tr("No saved filter has id %1.").arg(id));
}

} // namespace samsa::app
