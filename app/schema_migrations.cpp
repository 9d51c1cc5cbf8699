#include "schema_migrations.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <vector>

namespace samsa::app {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("samsa::app::ProfileStore", text);
}

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> steps{
        {1,
         "cluster profiles",
         {QStringLiteral("CREATE TABLE cluster_profiles ("
                         " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                         " name TEXT NOT NULL UNIQUE,"
                         " bootstrap_servers TEXT NOT NULL,"
                         " security_protocol TEXT NOT NULL DEFAULT 'PLAINTEXT',"
                         " sasl_mechanism TEXT NOT NULL DEFAULT '',"
                         " username TEXT NOT NULL DEFAULT '')")}},
        {2,
         "TLS files and UI state",
         {QStringLiteral(
              "ALTER TABLE cluster_profiles ADD COLUMN ca_file TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("ALTER TABLE cluster_profiles ADD COLUMN client_certificate_file TEXT NOT "
                         "NULL DEFAULT ''"),
          QStringLiteral(
              "ALTER TABLE cluster_profiles ADD COLUMN client_key_file TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("CREATE TABLE ui_state (key TEXT PRIMARY KEY, value BLOB NOT NULL)")}},
    };
    return steps;
}

bool exec(QSqlDatabase& db, const QString& statement, QString* error) {
    QSqlQuery query(db);
    if (query.exec(statement)) return true;
    *error = query.lastError().text();
    return false;
}

} // namespace

std::span<const Migration> storeMigrations() {
    return migrations();
}

int latestSchemaVersion() {
    return migrations().back().version;
}

int schemaVersion(const QSqlDatabase& db) {
    if (!db.tables().contains(QStringLiteral("schema_version"))) return 0;
    QSqlQuery query(QStringLiteral("SELECT MAX(version) FROM schema_version"), db);
    return query.next() ? query.value(0).toInt() : 0;
}

bool migrate(QSqlDatabase& db, int targetVersion, QString* error) {
    if (!exec(db,
              QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                             " version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT "
                             "CURRENT_TIMESTAMP)"),
              error))
        return false;
    const int current = schemaVersion(db);
    if (current > latestSchemaVersion()) {
        *error = tr("The settings database was written by a newer version of Samsa (schema %1; "
                    "this version knows %2).")
                     .arg(current)
                     .arg(latestSchemaVersion());
        return false;
    }
    for (const Migration& step : migrations()) {
        if (step.version <= current || step.version > targetVersion) continue;
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        bool ok = true;
        for (const QString& statement : step.statements) {
            if (!(ok = exec(db, statement, error))) break;
        }
        if (ok) {
            QSqlQuery record(db);
            record.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
            record.addBindValue(step.version);
            ok = record.exec();
            if (!ok) *error = record.lastError().text();
        }
        if (!ok || !db.commit()) {
            if (ok) *error = db.lastError().text();
            db.rollback();
            *error = tr("Upgrading the settings database to schema %1 (%2) failed: %3")
                         .arg(step.version)
                         .arg(QString::fromLatin1(step.description), *error);
            return false;
        }
    }
    return true;
}

} // namespace samsa::app
