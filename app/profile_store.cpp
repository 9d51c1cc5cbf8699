#include "profile_store.h"

#include "schema_migrations.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace samsa::app {

namespace {

// The translation context of these texts; a class, so that lupdate files them under it.
class Text {
    Q_DECLARE_TR_FUNCTIONS(samsa::app::ProfileStore)
};

const QString kColumns = QStringLiteral(
    "id, name, bootstrap_servers, security_protocol, sasl_mechanism, username, ca_file,"
    " client_certificate_file, client_key_file");

ClusterProfile readProfile(const QSqlQuery& q) {
    ClusterProfile p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.bootstrapServers = q.value(2).toString();
    // A value this version does not know (written by a newer one) falls back to the
    // plain default rather than dropping the profile.
    p.securityProtocol =
        parseSecurityProtocol(q.value(3).toString()).value_or(SecurityProtocol::Plaintext);
    p.saslMechanism = parseSaslMechanism(q.value(4).toString()).value_or(SaslMechanism::None);
    p.username = q.value(5).toString();
    p.caFile = q.value(6).toString();
    p.clientCertificateFile = q.value(7).toString();
    p.clientKeyFile = q.value(8).toString();
    return p;
}

// Qt binds a null QString as SQL NULL; the columns hold '' for "not set".
QVariant text(const QString& value) {
    return value.isNull() ? QVariant(QString::fromLatin1("")) : QVariant(value);
}

void bindProfile(QSqlQuery& q, const ClusterProfile& p) {
    q.bindValue(QStringLiteral(":name"), text(p.name.trimmed()));
    q.bindValue(QStringLiteral(":bootstrap"), text(p.bootstrapServers.trimmed()));
    q.bindValue(QStringLiteral(":protocol"), text(securityProtocolName(p.securityProtocol)));
    q.bindValue(QStringLiteral(":mechanism"), text(saslMechanismName(p.saslMechanism)));
    q.bindValue(QStringLiteral(":username"), text(p.username));
    q.bindValue(QStringLiteral(":ca"), text(p.caFile));
    q.bindValue(QStringLiteral(":cert"), text(p.clientCertificateFile));
    q.bindValue(QStringLiteral(":key"), text(p.clientKeyFile));
}

} // namespace

ProfileStore::ProfileStore(QString databasePath)
    : m_path(std::move(databasePath)),
      m_connectionName(QStringLiteral("samsa-store-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces)) {}

ProfileStore::~ProfileStore() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid()) db.close();
    }
    if (QSqlDatabase::contains(m_connectionName)) QSqlDatabase::removeDatabase(m_connectionName);
}

QString ProfileStore::defaultDatabasePath() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/samsa/samsa.sqlite");
}

bool ProfileStore::fail(const QString& message) const {
    m_error = message;
    return false;
}

bool ProfileStore::open() {
    QString error;
    if (!openMigrated(m_connectionName, m_path, {QStringLiteral("PRAGMA foreign_keys = ON")},
                      storeHistory(), latestSchemaVersion(), &error))
        return fail(error);
    m_error.clear();
    return true;
}

bool ProfileStore::isOpen() const {
    return QSqlDatabase::contains(m_connectionName) &&
           QSqlDatabase::database(m_connectionName, false).isOpen();
}

QList<ClusterProfile> ProfileStore::profiles() const {
    QList<ClusterProfile> result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("SELECT %1 FROM cluster_profiles ORDER BY name COLLATE NOCASE")
                    .arg(kColumns))) {
        fail(q.lastError().text());
        return result;
    }
    while (q.next())
        result.append(readProfile(q));
    return result;
}

std::optional<ClusterProfile> ProfileStore::profile(qint64 id) const {
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT %1 FROM cluster_profiles WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (!q.exec()) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next()) return std::nullopt;
    return readProfile(q);
}

qint64 ProfileStore::addProfile(const ClusterProfile& profile) {
    if (const QString invalid = profile.validationError(); !invalid.isEmpty()) {
        fail(invalid);
        return 0;
    }
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral(
        "INSERT INTO cluster_profiles (name, bootstrap_servers, security_protocol, sasl_mechanism, "
        "username,"
        " ca_file, client_certificate_file, client_key_file)"
        " VALUES (:name, :bootstrap, :protocol, :mechanism, :username, :ca, :cert, :key)"));
    bindProfile(q, profile);
    if (!q.exec()) {
        fail(
            Text::tr("Cannot save the cluster \"%1\": %2").arg(profile.name, q.lastError().text()));
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool ProfileStore::updateProfile(const ClusterProfile& profile) {
    if (const QString invalid = profile.validationError(); !invalid.isEmpty()) return fail(invalid);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("UPDATE cluster_profiles SET name = :name, bootstrap_servers = "
                             ":bootstrap, security_protocol = :protocol,"
                             " sasl_mechanism = :mechanism, username = :username, ca_file = :ca, "
                             "client_certificate_file = :cert,"
                             " client_key_file = :key WHERE id = :id"));
    bindProfile(q, profile);
    q.bindValue(QStringLiteral(":id"), profile.id);
    if (!q.exec())
        return fail(
            Text::tr("Cannot save the cluster \"%1\": %2").arg(profile.name, q.lastError().text()));
    if (q.numRowsAffected() != 1)
        return fail(Text::tr("The cluster \"%1\" no longer exists.").arg(profile.name));
    return true;
}

bool ProfileStore::removeProfile(qint64 id) {
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("DELETE FROM cluster_profiles WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) return fail(q.lastError().text());
    return q.numRowsAffected() == 1 || fail(Text::tr("No saved cluster has id %1.").arg(id));
}

QByteArray ProfileStore::uiState(const QString& key) const {
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT value FROM ui_state WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next()) return {};
    return q.value(0).toByteArray();
}

bool ProfileStore::setUiState(const QString& key, const QByteArray& value) {
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT INTO ui_state (key, value) VALUES (?, ?)"
                             " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec() || fail(q.lastError().text());
}

} // namespace samsa::app
