#include "schema_migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <vector>

namespace samsa::app {

namespace {

// The translation context of these texts; a class, so that lupdate files them under it.
class Text {
    Q_DECLARE_TR_FUNCTIONS(samsa::app::ProfileStore)
};

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
        {3,
         "saved filters",
         // definition: the message browser's filter as JSON (MessageFilter::toJson), so
         // new filter inputs need no schema change.
         {QStringLiteral("CREATE TABLE saved_filters ("
                         " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                         " name TEXT NOT NULL UNIQUE,"
                         " definition TEXT NOT NULL,"
                         " updated_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)")}},
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

bool migrate(QSqlDatabase& db, const SchemaHistory& history, int targetVersion, QString* error) {
    if (!exec(db,
              QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                             " version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT "
                             "CURRENT_TIMESTAMP)"),
              error))
        return false;
    const int current = schemaVersion(db);
    const int latest = history.steps.empty() ? 0 : history.steps.back().version;
    if (current > latest) {
        //: %1 names the database, such as "settings database".
        *error = Text::tr("The %1 was written by a newer version of Samsa (schema %2; this version "
                          "knows %3).")
                     .arg(history.databaseName)
                     .arg(current)
                     .arg(latest);
        return false;
    }
    for (const Migration& step : history.steps) {
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
            //: %1 names the database, such as "settings database"; %3 describes the step.
            *error = Text::tr("Upgrading the %1 to schema %2 (%3) failed: %4")
                         .arg(history.databaseName)
                         .arg(step.version)
                         .arg(QString::fromLatin1(step.description), *error);
            return false;
        }
    }
    return true;
}

SchemaHistory storeHistory() {
    return SchemaHistory{storeMigrations(), Text::tr("settings database")};
}

bool migrate(QSqlDatabase& db, int targetVersion, QString* error) {
    return migrate(db, storeHistory(), targetVersion, error);
}

bool openMigrated(const QString& connectionName, const QString& path, const QStringList& pragmas,
                  const SchemaHistory& history, int targetVersion, QString* error) {
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = Text::tr("Cannot create the folder for %1.").arg(path);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::contains(connectionName)
                          ? QSqlDatabase::database(connectionName, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = Text::tr("Cannot open %1: %2").arg(path, db.lastError().text());
        return false;
    }
    QSqlQuery pragma(db);
    for (const QString& statement : pragmas) pragma.exec(statement);
    if (!migrate(db, history, targetVersion, error)) {
        db.close();
        return false;
    }
    return true;
}

} // namespace samsa::app
