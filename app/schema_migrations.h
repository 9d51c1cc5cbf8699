#pragma once

#include <QString>
#include <QStringList>
#include <span>

class QSqlDatabase;

namespace samsa::app {

// One step of a database's schema history. Steps are append-only: a released step is
// never edited, a change is a new step, so every older database upgrades the same way.
struct Migration {
    int version; // the schema version after this step
    const char* description;
    QStringList statements;
};

// The settings database's steps (profiles, UI state).
std::span<const Migration> storeMigrations();
int latestSchemaVersion();

// Which database a list of steps belongs to, for the messages a failed upgrade shows.
struct SchemaHistory {
    std::span<const Migration> steps; // ascending versions
    QString databaseName;             // "settings database", translated
};

// 0 for a database that has never been migrated.
int schemaVersion(const QSqlDatabase& db);

// Applies every step above the current version up to targetVersion, each in its own
// transaction together with its schema_version row. Refuses a database newer than
// this program knows. On failure returns false with the reason in *error.
bool migrate(QSqlDatabase& db, const SchemaHistory& history, int targetVersion, QString* error);
// The settings database.
bool migrate(QSqlDatabase& db, int targetVersion, QString* error);
SchemaHistory storeHistory();

// Opens the SQLite file at `path` as connection `connectionName` (creating its folder),
// runs `pragmas`, then migrates it to `targetVersion` of `history`. Every store of the
// app opens its file this way. On failure closes it and returns false with the reason
// in *error.
bool openMigrated(const QString& connectionName, const QString& path, const QStringList& pragmas,
                  const SchemaHistory& history, int targetVersion, QString* error);

} // namespace samsa::app
