#include "ui/shell/library_versions.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <librdkafka/rdkafka.h>
#include <lz4.h>
#include <openssl/crypto.h>
#include <snappy-stubs-public.h>
#include <zlib.h>
#include <zstd.h>

namespace samsa::ui {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(samsa::ui::LibraryVersions)
};

// SQLite comes through Qt's SQL driver, so the driver is asked.
QString sqliteVersion() {
    const QString name =
        QStringLiteral("samsa-about-") + QUuid::createUuid().toString(QUuid::Id128);
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(QStringLiteral("SELECT sqlite_version()"), db);
            if (query.next()) version = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

} // namespace

QList<LibraryVersion> linkedLibraries() {
    QList<LibraryVersion> libraries{
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), Text::tr("user interface")},
        {QStringLiteral("OpenSSL"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING)),
         Text::tr("TLS connections to clusters")},
        {QStringLiteral("librdkafka"), QString::fromLatin1(rd_kafka_version_str()),
         Text::tr("the demo consumers of the rebalance lab")},
        {QStringLiteral("zlib"), QString::fromLatin1(zlibVersion()), Text::tr("gzip compression")},
        {QStringLiteral("Zstandard"), QString::fromLatin1(ZSTD_versionString()),
         Text::tr("zstd compression")},
        {QStringLiteral("LZ4"), QString::fromLatin1(LZ4_versionString()),
         Text::tr("lz4 compression")},
        {QStringLiteral("Snappy"),
         QStringLiteral("%1.%2.%3").arg(SNAPPY_MAJOR).arg(SNAPPY_MINOR).arg(SNAPPY_PATCHLEVEL),
         Text::tr("snappy compression")},
    };
    if (const QString sqlite = sqliteVersion(); !sqlite.isEmpty())
        libraries.append({QStringLiteral("SQLite"), sqlite,
                          Text::tr("saved clusters, settings and consumer group history")});
    return libraries;
}

} // namespace samsa::ui
