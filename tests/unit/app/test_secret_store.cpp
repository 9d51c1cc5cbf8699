#include "app/secret_store.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using samsa::app::KeychainSecretStore;
using samsa::app::SecretResult;
using Status = SecretResult::Status;

// The build machine may or may not run a keychain daemon. Either way every call must
// complete, and a missing keychain must be reported as Unavailable, never as success.
class TestSecretStore : public QObject {
    Q_OBJECT
private slots:
    void roundTripOrUnavailable();
};

void TestSecretStore::roundTripOrUnavailable() {
    KeychainSecretStore store(QStringLiteral("samsa-test"));
    QSignalSpy availability(&store, &KeychainSecretStore::availabilityChanged);
    const QString key =
        QStringLiteral("test/") + QUuid::createUuid().toString(QUuid::WithoutBraces);

    if (!store.available()) {
        // Known from the start (no session bus): every call answers at once.
        for (int i = 0; i < 3; ++i) {
            std::optional<SecretResult> r;
            auto done = [&](const SecretResult& result) { r = result; };
            if (i == 0) store.write(key, QStringLiteral("s3cret"), done);
            if (i == 1) store.read(key, done);
            if (i == 2) store.remove(key, done);
            QVERIFY(r.has_value());
            QCOMPARE(r->status, Status::Unavailable);
            QVERIFY(r->secret.isEmpty());
            QVERIFY(!r->error.isEmpty());
        }
        return;
    }

    std::optional<SecretResult> written;
    store.write(key, QStringLiteral("s3cret"), [&](const SecretResult& r) { written = r; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 30000);

    if (written->status == Status::Unavailable) {
        // Learned from the first job (e.g. a bus without a keychain service).
        QVERIFY(!store.available());
        QCOMPARE(availability.count(), 1);
        QVERIFY(!written->error.isEmpty());
        // Later calls answer at once without trying again.
        std::optional<SecretResult> read;
        store.read(key, [&](const SecretResult& r) { read = r; });
        QVERIFY(read.has_value());
        QCOMPARE(read->status, Status::Unavailable);
        return;
    }
    if (written->status == Status::Failed)
        QSKIP(qPrintable(QStringLiteral("keychain refused: ") + written->error));

    QCOMPARE(written->status, Status::Ok);
    std::optional<SecretResult> read;
    store.read(key, [&](const SecretResult& r) { read = r; });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 30000);
    QCOMPARE(read->status, Status::Ok);
    QCOMPARE(read->secret, QStringLiteral("s3cret"));

    std::optional<SecretResult> removed;
    store.remove(key, [&](const SecretResult& r) { removed = r; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 30000);
    QCOMPARE(removed->status, Status::Ok);
    read.reset();
    store.read(key, [&](const SecretResult& r) { read = r; });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 30000);
    QCOMPARE(read->status, Status::NotFound);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "test_secret_store.moc"
