#include "app/profile_store.h"
#include "app/secret_store.h"
#include "support/widget_test.h"
#include "ui/common/inline_message.h"
#include "ui/connections/profile_dialog.h"
#include "ui/connections/secret_prompt.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QPointer>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using samsa::app::ClusterProfile;
using samsa::app::ProfileStore;
using samsa::app::SecretResult;
using samsa::app::SecurityProtocol;
using samsa::ui::ProfileDialog;
using samsa::ui::testing::kTimeoutMs;
using samsa::ui::testing::saveScreenshot;

namespace {

const QString kPassword = QStringLiteral("s3cret-Pa55word!");

// A keychain that lives in memory and answers later, as a real one does.
class MemorySecretStore : public samsa::app::SecretStore {
public:
    bool isAvailable = true;
    bool failWrites = false;
    QMap<QString, QString> secrets;

    bool available() const override { return isAvailable; }
    void read(const QString& key, Callback done) override {
        later(done, secrets.contains(key) ? SecretResult{SecretResult::Status::Ok, secrets.value(key), {}}
                                          : SecretResult{SecretResult::Status::NotFound, {}, {}});
    }
    void write(const QString& key, const QString& secret, Callback done) override {
        if (failWrites) {
            later(done, {SecretResult::Status::Failed, {}, QStringLiteral("the keychain is locked")});
            return;
        }
        secrets.insert(key, secret);
        later(done, {SecretResult::Status::Ok, {}, {}});
    }
    void remove(const QString& key, Callback done) override {
        secrets.remove(key);
        later(done, {SecretResult::Status::Ok, {}, {}});
    }

private:
    void later(Callback done, SecretResult result) {
        QTimer::singleShot(10, this, [done, result] { done(result); });
    }
};

template <typename T> T* field(QWidget* dialog, const char* name) {
    auto* widget = dialog->findChild<T*>(QLatin1String(name));
    if (!widget) qFatal("no widget %s", name);
    return widget;
}

QString errorOf(QWidget* dialog, const char* name) {
    auto* label = field<QLabel>(dialog, name);
    return label->isVisibleTo(dialog) ? label->text() : QString();
}

void type(QWidget* dialog, const char* name, const QString& text) {
    auto* edit = field<QLineEdit>(dialog, name);
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
}

void chooseProtocol(QWidget* dialog, SecurityProtocol protocol) {
    auto* combo = field<QComboBox>(dialog, "security-protocol");
    combo->setCurrentIndex(combo->findData(int(protocol)));
}

} // namespace

class TestProfileDialog : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void validatesAsYouType();
    void missingCaFile();
    void saslFieldsFollowProtocol();
    void saveKeepsPasswordOutOfSqlite();
    void editLoadsSecretFromKeychain();
    void keychainFailureKeepsDialogOpen();
    void noKeychain();
    void secretPrompt();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<MemorySecretStore> m_secrets;
};

void TestProfileDialog::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("samsa.sqlite")));
    QVERIFY(m_store->open());
    m_secrets = std::make_unique<MemorySecretStore>();
}

void TestProfileDialog::cleanup() {
    m_secrets.reset();
    m_store.reset();
    m_dir.reset();
}

void TestProfileDialog::validatesAsYouType() {
    ProfileDialog dialog(m_store.get(), m_secrets.get(), std::nullopt);
    dialog.show();
    QCOMPARE(dialog.objectName(), QStringLiteral("profile-dialog"));
    // A fresh form does not complain before the user did anything.
    QVERIFY(errorOf(&dialog, "name-error").isEmpty());
    QVERIFY(errorOf(&dialog, "bootstrap-servers-error").isEmpty());

    type(&dialog, "bootstrap-servers", QStringLiteral("kafka1"));
    QVERIFY(errorOf(&dialog, "bootstrap-servers-error").contains(QLatin1String("needs a port")));
    QVERIFY(!field<QPushButton>(&dialog, "test-connection")->isEnabled());
    type(&dialog, "bootstrap-servers", QStringLiteral("kafka1:99999"));
    QVERIFY(errorOf(&dialog, "bootstrap-servers-error").contains(QLatin1String("1 to 65535")));
    type(&dialog, "bootstrap-servers", QStringLiteral("kafka1:9092, kafka2:9092"));
    QVERIFY(errorOf(&dialog, "bootstrap-servers-error").isEmpty());
    QVERIFY(field<QPushButton>(&dialog, "test-connection")->isEnabled());

    type(&dialog, "name", QStringLiteral("Prod"));
    type(&dialog, "name", QString());
    QCOMPARE(errorOf(&dialog, "name-error"), QStringLiteral("The cluster needs a name."));

    // Saving an incomplete form names every problem and stores nothing.
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(!errorOf(&dialog, "name-error").isEmpty());
    QVERIFY(m_store->profiles().isEmpty());

    // A name already taken by another profile.
    ClusterProfile other;
    other.name = QStringLiteral("Staging");
    other.bootstrapServers = QStringLiteral("s:9092");
    QVERIFY(m_store->addProfile(other) != 0);
    type(&dialog, "name", QStringLiteral("staging"));
    QVERIFY(errorOf(&dialog, "name-error").contains(QLatin1String("already")));
}

void TestProfileDialog::missingCaFile() {
    ProfileDialog dialog(m_store.get(), m_secrets.get(), std::nullopt);
    dialog.show();
    chooseProtocol(&dialog, SecurityProtocol::Ssl);
    auto* ca = field<QWidget>(&dialog, "ca-file");
    QVERIFY(ca->isEnabled());
    auto* caEdit = ca->findChild<QLineEdit*>();
    caEdit->setFocus();
    QTest::keyClicks(caEdit, m_dir->filePath(QStringLiteral("missing-ca.pem")));
    QCOMPARE(errorOf(&dialog, "ca-file-error"), QStringLiteral("This file does not exist."));

    QFile pem(m_dir->filePath(QStringLiteral("ca.pem")));
    QVERIFY(pem.open(QIODevice::WriteOnly));
    pem.write("-----BEGIN CERTIFICATE-----\n");
    pem.close();
    caEdit->selectAll();
    QTest::keyClicks(caEdit, pem.fileName());
    QVERIFY(errorOf(&dialog, "ca-file-error").isEmpty());

    caEdit->selectAll();
    QTest::keyClicks(caEdit, m_dir->path());
    QVERIFY(errorOf(&dialog, "ca-file-error").contains(QLatin1String("folder")));

    chooseProtocol(&dialog, SecurityProtocol::SaslSsl);
    type(&dialog, "bootstrap-servers", QStringLiteral("kafka1:9093,kafka2"));
    dialog.accept();
    saveScreenshot(&dialog, QStringLiteral("profile_dialog_validation.png"));
}

void TestProfileDialog::saslFieldsFollowProtocol() {
    ProfileDialog dialog(m_store.get(), m_secrets.get(), std::nullopt);
    dialog.show();
    auto* username = field<QLineEdit>(&dialog, "username");
    auto* password = field<QLineEdit>(&dialog, "password");
    auto* mechanism = field<QComboBox>(&dialog, "sasl-mechanism");
    auto* ca = field<QWidget>(&dialog, "ca-file");
    const struct {
        SecurityProtocol protocol;
        bool sasl;
        bool tls;
    } cases[] = {{SecurityProtocol::Plaintext, false, false},
                 {SecurityProtocol::SaslPlaintext, true, false},
                 {SecurityProtocol::Ssl, false, true},
                 {SecurityProtocol::SaslSsl, true, true}};
    for (const auto& c : cases) {
        chooseProtocol(&dialog, c.protocol);
        QCOMPARE(username->isEnabled(), c.sasl);
        QCOMPARE(password->isEnabled(), c.sasl);
        QCOMPARE(mechanism->isEnabled(), c.sasl);
        QCOMPARE(ca->isEnabled(), c.tls);
    }
    // SASL needs a user name.
    chooseProtocol(&dialog, SecurityProtocol::SaslPlaintext);
    type(&dialog, "username", QStringLiteral("a"));
    type(&dialog, "username", QString());
    QVERIFY(errorOf(&dialog, "username-error").contains(QLatin1String("user name")));
}

void TestProfileDialog::saveKeepsPasswordOutOfSqlite() {
    ProfileDialog dialog(m_store.get(), m_secrets.get(), std::nullopt);
    dialog.show();
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QSignalSpy saved(&dialog, &ProfileDialog::profileSaved);
    type(&dialog, "name", QStringLiteral("Production"));
    type(&dialog, "bootstrap-servers", QStringLiteral("kafka1:9093,kafka2:9093"));
    chooseProtocol(&dialog, SecurityProtocol::SaslSsl);
    auto* mechanism = field<QComboBox>(&dialog, "sasl-mechanism");
    mechanism->setCurrentIndex(mechanism->findText(QStringLiteral("SCRAM-SHA-512")));
    type(&dialog, "username", QStringLiteral("alice"));
    type(&dialog, "password", kPassword);
    QVERIFY(field<QCheckBox>(&dialog, "remember-secret")->isChecked());

    dialog.accept();
    QCOMPARE(saved.count(), 1);
    // The keychain has not answered yet: the dialog waits for it.
    QVERIFY(dialog.isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, kTimeoutMs);

    const ClusterProfile profile = dialog.profile();
    QVERIFY(profile.id != 0);
    const auto stored = m_store->profile(profile.id);
    QVERIFY(stored);
    QCOMPARE(*stored, profile);
    QCOMPARE(stored->username, QStringLiteral("alice"));
    QCOMPARE(stored->securityProtocol, SecurityProtocol::SaslSsl);
    QCOMPARE(stored->saslMechanism, samsa::app::SaslMechanism::ScramSha512);
    QCOMPARE(m_secrets->secrets.value(profile.secretKey()), kPassword);
    QCOMPARE(dialog.secret(), kPassword);

    // Neither the database nor its journal holds the password.
    m_store.reset();
    for (const QString& name : QDir(m_dir->path()).entryList(QDir::Files)) {
        QFile file(m_dir->filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(kPassword.toUtf8()), qPrintable(name));
        QVERIFY2(!bytes.contains(kPassword.toUtf8().toBase64()), qPrintable(name));
    }
}

void TestProfileDialog::editLoadsSecretFromKeychain() {
    ClusterProfile profile;
    profile.name = QStringLiteral("Prod");
    profile.bootstrapServers = QStringLiteral("k:9092");
    profile.securityProtocol = SecurityProtocol::SaslPlaintext;
    profile.saslMechanism = samsa::app::SaslMechanism::Plain;
    profile.username = QStringLiteral("bob");
    profile.id = m_store->addProfile(profile);
    QVERIFY(profile.id != 0);
    m_secrets->secrets.insert(profile.secretKey(), kPassword);

    ProfileDialog dialog(m_store.get(), m_secrets.get(), profile);
    dialog.show();
    auto* password = field<QLineEdit>(&dialog, "password");
    QCOMPARE(password->placeholderText(), QStringLiteral("stored in keychain"));
    QVERIFY(password->text().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(password->text(), kPassword, kTimeoutMs);
    QVERIFY(password->placeholderText().isEmpty());
    QCOMPARE(field<QLineEdit>(&dialog, "username")->text(), QStringLiteral("bob"));

    // Unticking "remember" forgets the stored password.
    field<QCheckBox>(&dialog, "remember-secret")->setChecked(false);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.accept();
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, kTimeoutMs);
    QVERIFY(!m_secrets->secrets.contains(profile.secretKey()));
    QCOMPARE(m_store->profiles().size(), 1);
}

void TestProfileDialog::keychainFailureKeepsDialogOpen() {
    m_secrets->failWrites = true;
    ProfileDialog dialog(m_store.get(), m_secrets.get(), std::nullopt);
    dialog.show();
    type(&dialog, "name", QStringLiteral("Prod"));
    type(&dialog, "bootstrap-servers", QStringLiteral("k:9092"));
    chooseProtocol(&dialog, SecurityProtocol::SaslPlaintext);
    type(&dialog, "username", QStringLiteral("alice"));
    type(&dialog, "password", kPassword);
    dialog.accept();
    auto* message = field<samsa::ui::InlineMessage>(&dialog, "profile-message");
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QLatin1String("locked")), kTimeoutMs);
    QCOMPARE(message->kind(), samsa::ui::InlineMessage::Kind::Error);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.result() != QDialog::Accepted);

    // Saving again updates the same profile instead of adding a second one.
    m_secrets->failWrites = false;
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.accept();
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, kTimeoutMs);
    QCOMPARE(m_store->profiles().size(), 1);
}

void TestProfileDialog::noKeychain() {
    m_secrets->isAvailable = false;
    ProfileDialog dialog(m_store.get(), m_secrets.get(), std::nullopt);
    dialog.show();
    chooseProtocol(&dialog, SecurityProtocol::SaslPlaintext);
    auto* remember = field<QCheckBox>(&dialog, "remember-secret");
    QVERIFY(!remember->isEnabled());
    QVERIFY(!remember->isChecked());
    QVERIFY(field<QLabel>(&dialog, "remember-note")->text().contains(QLatin1String("asks for the password")));

    type(&dialog, "name", QStringLiteral("Prod"));
    type(&dialog, "bootstrap-servers", QStringLiteral("k:9092"));
    type(&dialog, "username", QStringLiteral("alice"));
    type(&dialog, "password", kPassword);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.accept();
    QCOMPARE(accepted.count(), 1);
    QVERIFY(m_secrets->secrets.isEmpty());
    QCOMPARE(dialog.secret(), kPassword);
}

void TestProfileDialog::secretPrompt() {
    ClusterProfile profile;
    profile.id = 7;
    profile.name = QStringLiteral("Prod");
    profile.securityProtocol = SecurityProtocol::SaslSsl;
    profile.username = QStringLiteral("alice");
    QVERIFY(samsa::ui::SecretPrompt::needsSecret(profile));
    profile.securityProtocol = SecurityProtocol::Plaintext;
    QVERIFY(!samsa::ui::SecretPrompt::needsSecret(profile));
    profile.securityProtocol = SecurityProtocol::SaslSsl;

    QWidget parent;
    parent.show();
    auto* prompt = samsa::ui::SecretPrompt::ask(profile, &parent);
    QCOMPARE(prompt->objectName(), QStringLiteral("secret-prompt"));
    QVERIFY(prompt->isVisible());
    saveScreenshot(prompt, QStringLiteral("secret_prompt.png"));
    QSignalSpy entered(prompt, &samsa::ui::SecretPrompt::secretEntered);
    QPointer<samsa::ui::SecretPrompt> guard(prompt);
    QTest::keyClicks(prompt->findChild<QLineEdit*>(QStringLiteral("secret")), kPassword);
    QTest::keyClick(prompt->findChild<QLineEdit*>(QStringLiteral("secret")), Qt::Key_Return);
    QCOMPARE(entered.count(), 1);
    QCOMPARE(entered.at(0).at(0).toLongLong(), qint64(7));
    QCOMPARE(entered.at(0).at(1).toString(), kPassword);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), kTimeoutMs); // deletes itself when closed
}

QTEST_MAIN(TestProfileDialog)
#include "test_profile_dialog.moc"
