#include "app/profile_store.h"
#include "app/schema_migrations.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace samsa::app;

namespace {

ClusterProfile saslProfile() {
    ClusterProfile p;
    p.name = QStringLiteral("production");
    p.bootstrapServers = QStringLiteral("kafka-1.example.com:9093,kafka-2.example.com:9093");
    p.securityProtocol = SecurityProtocol::SaslSsl;
    p.saslMechanism = SaslMechanism::ScramSha512;
    p.username = QStringLiteral("alice");
    p.caFile = QStringLiteral("/etc/ssl/kafka-ca.pem");
    return p;
}

} // namespace

class TestProfileStore : public QObject {
    Q_OBJECT
private slots:
    void freshDatabaseHasLatestSchema();
    void crudRoundTrip();
    void rejectsInvalidProfiles();
    void duplicateNameFails();
    void upgradesFromVersionOne();
    void refusesNewerSchema();
    void uiStateOverwrites();
    void namesRoundTrip();

private:
    QTemporaryDir m_dir;
};

void TestProfileStore::freshDatabaseHasLatestSchema() {
    const QString path = m_dir.filePath(QStringLiteral("fresh.sqlite"));
    {
        ProfileStore store(path);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        QVERIFY(store.profiles().isEmpty());
    }
    // Reopening must not apply any step twice.
    ProfileStore again(path);
    QVERIFY2(again.open(), qPrintable(again.errorString()));
    auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect-fresh"));
    db.setDatabaseName(path);
    QVERIFY(db.open());
    QCOMPARE(schemaVersion(db), latestSchemaVersion());
    QSqlQuery rows(QStringLiteral("SELECT COUNT(*) FROM schema_version"), db);
    QVERIFY(rows.next());
    QCOMPARE(rows.value(0).toInt(), int(storeMigrations().size()));
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("inspect-fresh"));
}

void TestProfileStore::crudRoundTrip() {
    ProfileStore store(m_dir.filePath(QStringLiteral("crud.sqlite")));
    QVERIFY(store.open());
    ClusterProfile p = saslProfile();
    p.id = store.addProfile(p);
    QVERIFY2(p.id > 0, qPrintable(store.errorString()));

    ClusterProfile plain;
    plain.name = QStringLiteral("dev");
    plain.bootstrapServers = QStringLiteral("localhost:9092");
    plain.id = store.addProfile(plain);
    QVERIFY(plain.id > 0);

    QCOMPARE(store.profile(p.id).value(), p);
    const auto all = store.profiles();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].name, QStringLiteral("dev")); // ordered by name
    QCOMPARE(all[1], p);

    p.securityProtocol = SecurityProtocol::Ssl;
    p.saslMechanism = SaslMechanism::None;
    p.username.clear();
    p.clientCertificateFile = QStringLiteral("client.pem");
    p.clientKeyFile = QStringLiteral("client.key");
    QVERIFY2(store.updateProfile(p), qPrintable(store.errorString()));
    QCOMPARE(store.profile(p.id).value(), p);

    QVERIFY(store.removeProfile(plain.id));
    QVERIFY(!store.profile(plain.id).has_value());
    QVERIFY(!store.removeProfile(plain.id));
    QVERIFY(!store.errorString().isEmpty());
    ClusterProfile gone = plain;
    QVERIFY(!store.updateProfile(gone));
    QCOMPARE(store.profiles().size(), 1);
}

void TestProfileStore::rejectsInvalidProfiles() {
    ProfileStore store(m_dir.filePath(QStringLiteral("invalid.sqlite")));
    QVERIFY(store.open());
    ClusterProfile p = saslProfile();
    p.saslMechanism = SaslMechanism::None;
    QCOMPARE(store.addProfile(p), 0);
    QVERIFY(store.errorString().contains(QStringLiteral("SASL")));

    p = saslProfile();
    p.bootstrapServers = QStringLiteral("kafka-1.example.com");
    QCOMPARE(store.addProfile(p), 0);

    p = saslProfile();
    p.clientCertificateFile = QStringLiteral("client.pem");
    QCOMPARE(store.addProfile(p), 0);
    QVERIFY(store.profiles().isEmpty());
}

void TestProfileStore::duplicateNameFails() {
    ProfileStore store(m_dir.filePath(QStringLiteral("dup.sqlite")));
    QVERIFY(store.open());
    QVERIFY(store.addProfile(saslProfile()) > 0);
    QCOMPARE(store.addProfile(saslProfile()), 0);
    QVERIFY(store.errorString().contains(QStringLiteral("production")));
    QCOMPARE(store.profiles().size(), 1);
}

void TestProfileStore::upgradesFromVersionOne() {
    const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
    {
        // A database as the first release left it, with a profile in it.
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QString error;
        QVERIFY2(migrate(db, 1, &error), qPrintable(error));
        QCOMPARE(schemaVersion(db), 1);
        QVERIFY(!db.tables().contains(QStringLiteral("ui_state")));
        QSqlQuery insert(db);
        QVERIFY(insert.exec(QStringLiteral(
            "INSERT INTO cluster_profiles (name, bootstrap_servers, security_protocol, "
            "sasl_mechanism, username)"
            " VALUES ('legacy', 'old-host:9092', 'SASL_PLAINTEXT', 'PLAIN', 'bob')")));
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    }
    ProfileStore store(path);
    QVERIFY2(store.open(), qPrintable(store.errorString()));
    const auto all = store.profiles();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all[0].name, QStringLiteral("legacy"));
    QCOMPARE(all[0].securityProtocol, SecurityProtocol::SaslPlaintext);
    QCOMPARE(all[0].saslMechanism, SaslMechanism::Plain);
    QCOMPARE(all[0].username, QStringLiteral("bob"));
    QVERIFY(all[0].caFile.isEmpty()); // the column added in step 2 got its default
    QVERIFY(store.setUiState(QStringLiteral("k"), QByteArray("v")));
}

void TestProfileStore::refusesNewerSchema() {
    const QString path = m_dir.filePath(QStringLiteral("future.sqlite"));
    {
        ProfileStore store(path);
        QVERIFY(store.open());
    }
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)")
                           .arg(latestSchemaVersion() + 1)));
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
    }
    ProfileStore store(path);
    QVERIFY(!store.open());
    QVERIFY(store.errorString().contains(QStringLiteral("newer")));
}

void TestProfileStore::uiStateOverwrites() {
    ProfileStore store(m_dir.filePath(QStringLiteral("ui.sqlite")));
    QVERIFY(store.open());
    QVERIFY(store.uiState(QStringLiteral("mainWindow/geometry")).isEmpty());
    const QByteArray binary("\x00\x01\xff geometry", 12);
    QVERIFY(store.setUiState(QStringLiteral("mainWindow/geometry"), binary));
    QCOMPARE(store.uiState(QStringLiteral("mainWindow/geometry")), binary);
    QVERIFY(store.setUiState(QStringLiteral("mainWindow/geometry"), QByteArray("second")));
    QCOMPARE(store.uiState(QStringLiteral("mainWindow/geometry")), QByteArray("second"));
}

void TestProfileStore::namesRoundTrip() {
    for (auto protocol : {SecurityProtocol::Plaintext, SecurityProtocol::Ssl,
                          SecurityProtocol::SaslPlaintext, SecurityProtocol::SaslSsl})
        QCOMPARE(parseSecurityProtocol(securityProtocolName(protocol)), protocol);
    for (auto mechanism : {SaslMechanism::None, SaslMechanism::Plain, SaslMechanism::ScramSha256,
                           SaslMechanism::ScramSha512})
        QCOMPARE(parseSaslMechanism(saslMechanismName(mechanism)), mechanism);
    QCOMPARE(securityProtocolName(SecurityProtocol::SaslSsl), QStringLiteral("SASL_SSL"));
    QCOMPARE(saslMechanismName(SaslMechanism::ScramSha256), QStringLiteral("SCRAM-SHA-256"));
    QVERIFY(!parseSecurityProtocol(QStringLiteral("KERBEROS")).has_value());
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "test_profile_store.moc"
