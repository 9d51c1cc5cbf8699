// Saved message filters in the settings database (schema step 3).
#include "app/messages/saved_filter_store.h"
#include "app/profile_store.h"
#include "app/schema_migrations.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace samsa::app;

namespace {

MessageFilter customerFilter() {
    MessageFilter f;
    f.jsonPath = QStringLiteral("customer_id");
    f.jsonValue = QStringLiteral("cust-0042");
    f.value = {QStringLiteral("paid|shipped"), TextCondition::Mode::Regex, false};
    f.fromMs = 1700000000000;
    return f;
}

} // namespace

class TestMessageSavedFilters : public QObject {
    Q_OBJECT
private slots:
    void savesListsAndReplacesByName() {
        SavedFilterStore store(m_dir.filePath(QStringLiteral("filters.sqlite")));
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        QVERIFY(store.filters().isEmpty());
        const qint64 id = store.save(QStringLiteral("  Customer 42  "), customerFilter());
        QVERIFY2(id > 0, qPrintable(store.errorString()));
        MessageFilter other;
        other.key.text = QStringLiteral("user-");
        QVERIFY(store.save(QStringLiteral("alpha users"), other) > 0);

        auto all = store.filters();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].name, QStringLiteral("alpha users")); // by name
        QCOMPARE(all[1].name, QStringLiteral("Customer 42")); // trimmed
        QCOMPARE(all[1].filter, customerFilter());
        QVERIFY(all[1].updatedAt.isValid());

        // Saving under a taken name replaces that filter, keeping its id.
        MessageFilter changed = customerFilter();
        changed.jsonValue = QStringLiteral("cust-0043");
        QCOMPARE(store.save(QStringLiteral("Customer 42"), changed), id);
        QCOMPARE(store.filters().size(), 2);
        QCOMPARE(store.filter(QStringLiteral("Customer 42"))->filter.jsonValue, QStringLiteral("cust-0043"));

        QVERIFY(store.remove(id));
        QCOMPARE(store.filters().size(), 1);
        QVERIFY(!store.remove(id));
        QVERIFY(!store.errorString().isEmpty());
        QCOMPARE(store.save(QStringLiteral("   "), other), qint64(0));
        QVERIFY(!store.errorString().isEmpty());
    }

    void sharesTheSettingsDatabase() {
        const QString path = m_dir.filePath(QStringLiteral("settings.sqlite"));
        ProfileStore profiles(path);
        QVERIFY2(profiles.open(), qPrintable(profiles.errorString()));
        SavedFilterStore filters(path);
        QVERIFY2(filters.open(), qPrintable(filters.errorString()));
        QVERIFY(filters.save(QStringLiteral("f"), customerFilter()) > 0);
        // Still there for a later session.
        SavedFilterStore again(path);
        QVERIFY(again.open());
        QCOMPARE(again.filters().size(), 1);
    }

    void upgradesAnOlderDatabase() {
        const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QString error;
            QVERIFY2(migrate(db, 2, &error), qPrintable(error));
            QCOMPARE(schemaVersion(db), 2);
            QVERIFY(!db.tables().contains(QStringLiteral("saved_filters")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        SavedFilterStore store(path);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        QVERIFY(store.save(QStringLiteral("after upgrade"), customerFilter()) > 0);
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(schemaVersion(db) >= 3);
        QVERIFY(db.tables().contains(QStringLiteral("saved_filters")));
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestMessageSavedFilters)
#include "test_message_saved_filters.moc"
