#include "ui/connections/profile_dialog.h"

#include "app/cluster_service.h"
#include "app/profile_store.h"
#include "app/secret_store.h"
#include "ui/common/inline_message.h"
#include "ui/connections/connection_test_panel.h"
#include "ui/connections/file_path_edit.h"
#include "ui/connections/profile_validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace samsa::ui {

using samsa::app::ClusterProfile;
using samsa::app::SaslMechanism;
using samsa::app::SecretResult;
using samsa::app::SecurityProtocol;

namespace {

// A test should answer quickly; a broker that takes longer is worth reporting as slow.
constexpr std::chrono::milliseconds kTestConnectTimeout{5000};
constexpr std::chrono::milliseconds kTestApiTimeout{10000};

const char* const kErrorStyle = "color: #c62828;";

} // namespace

ProfileDialog::ProfileDialog(samsa::app::ProfileStore* store, samsa::app::SecretStore* secrets,
                             std::optional<ClusterProfile> existing, QWidget* parent)
    : QDialog(parent), m_store(store), m_secrets(secrets) {
    setObjectName(QStringLiteral("profile-dialog"));
    setWindowTitle(existing ? tr("Edit cluster “%1”").arg(existing->name) : tr("Add cluster"));
    buildForm();
    if (existing) {
        m_saved = *existing;
        loadProfile(*existing);
    }
    updateSecurityFields();
    updateRemember();
    if (existing) loadSecret();
    validate();
    if (m_secrets)
        connect(m_secrets, &samsa::app::SecretStore::availabilityChanged, this, &ProfileDialog::updateRemember);
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::buildForm() {
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. Production"));
    m_bootstrap = new QLineEdit(this);
    m_bootstrap->setObjectName(QStringLiteral("bootstrap-servers"));
    m_bootstrap->setPlaceholderText(tr("kafka1.example.com:9092, kafka2.example.com:9092"));
    m_bootstrap->setToolTip(tr("One or more brokers to start from, as host:port separated by commas. "
                               "The client learns the rest of the cluster from them."));
    m_protocol = new QComboBox(this);
    m_protocol->setObjectName(QStringLiteral("security-protocol"));
    const struct {
        SecurityProtocol protocol;
        const char* tip;
    } protocols[] = {
        {SecurityProtocol::Plaintext, QT_TR_NOOP("No encryption, no authentication.")},
        {SecurityProtocol::Ssl, QT_TR_NOOP("Encrypted with TLS; optionally a client certificate (mutual TLS).")},
        {SecurityProtocol::SaslPlaintext, QT_TR_NOOP("User name and password, without encryption.")},
        {SecurityProtocol::SaslSsl, QT_TR_NOOP("User name and password over a TLS-encrypted connection.")},
    };
    for (const auto& p : protocols) {
        m_protocol->addItem(samsa::app::securityProtocolName(p.protocol), int(p.protocol));
        m_protocol->setItemData(m_protocol->count() - 1, tr(p.tip), Qt::ToolTipRole);
    }
    m_protocol->setToolTip(tr("Kafka's security.protocol: how the connection is encrypted and "
                              "authenticated. It must match the broker's listener."));

    auto* connection = new QGroupBox(tr("Cluster"), this);
    auto* connectionForm = new QFormLayout(connection);
    connectionForm->addRow(tr("&Name:"), m_name);
    addErrorRow(connectionForm, m_name, QStringLiteral("name-error"));
    connectionForm->addRow(tr("&Bootstrap servers:"), m_bootstrap);
    addErrorRow(connectionForm, m_bootstrap, QStringLiteral("bootstrap-servers-error"));
    connectionForm->addRow(tr("&Security protocol:"), m_protocol);

    m_saslGroup = new QGroupBox(tr("SASL authentication"), this);
    m_mechanism = new QComboBox(m_saslGroup);
    m_mechanism->setObjectName(QStringLiteral("sasl-mechanism"));
    for (const auto mechanism : {SaslMechanism::Plain, SaslMechanism::ScramSha256, SaslMechanism::ScramSha512})
        m_mechanism->addItem(samsa::app::saslMechanismName(mechanism), int(mechanism));
    m_mechanism->setToolTip(tr("Kafka's sasl.mechanism; the broker must have it enabled. PLAIN "
                               "sends the password as is, so use it only with SASL_SSL."));
    m_username = new QLineEdit(m_saslGroup);
    m_username->setObjectName(QStringLiteral("username"));
    m_password = new QLineEdit(m_saslGroup);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    auto* saslForm = new QFormLayout(m_saslGroup);
    saslForm->addRow(tr("&Mechanism:"), m_mechanism);
    saslForm->addRow(tr("&User name:"), m_username);
    addErrorRow(saslForm, m_username, QStringLiteral("username-error"));
    saslForm->addRow(tr("&Password:"), m_password);

    m_tlsGroup = new QGroupBox(tr("TLS"), this);
    const QString pem = tr("PEM files (*.pem *.crt *.cer *.key)");
    m_caFile = new FilePathEdit(tr("Choose the CA certificate"), pem, m_tlsGroup);
    m_caFile->setObjectName(QStringLiteral("ca-file"));
    m_caFile->lineEdit()->setPlaceholderText(tr("the system's trusted authorities"));
    m_caFile->setToolTip(tr("The certificate authority that signed the brokers' certificates "
                            "(ssl.truststore). Leave empty to trust the system's authorities."));
    m_certFile = new FilePathEdit(tr("Choose the client certificate"), pem, m_tlsGroup);
    m_certFile->setObjectName(QStringLiteral("client-certificate"));
    m_certFile->lineEdit()->setPlaceholderText(tr("none (only for mutual TLS)"));
    m_keyFile = new FilePathEdit(tr("Choose the client key"), pem, m_tlsGroup);
    m_keyFile->setObjectName(QStringLiteral("client-key"));
    m_keyFile->lineEdit()->setPlaceholderText(tr("none (only for mutual TLS)"));
    m_keyPassphrase = new QLineEdit(m_tlsGroup);
    m_keyPassphrase->setObjectName(QStringLiteral("key-passphrase"));
    m_keyPassphrase->setEchoMode(QLineEdit::Password);
    m_keyPassphrase->setPlaceholderText(tr("none"));
    auto* tlsForm = new QFormLayout(m_tlsGroup);
    tlsForm->addRow(tr("&CA file:"), m_caFile);
    addErrorRow(tlsForm, m_caFile, QStringLiteral("ca-file-error"));
    tlsForm->addRow(tr("Client &certificate:"), m_certFile);
    addErrorRow(tlsForm, m_certFile, QStringLiteral("client-certificate-error"));
    tlsForm->addRow(tr("Client &key:"), m_keyFile);
    addErrorRow(tlsForm, m_keyFile, QStringLiteral("client-key-error"));
    tlsForm->addRow(tr("Key pass&phrase:"), m_keyPassphrase);

    m_remember = new QCheckBox(this);
    m_remember->setObjectName(QStringLiteral("remember-secret"));
    m_remember->setChecked(true);
    m_rememberNote = new QLabel(this);
    m_rememberNote->setObjectName(QStringLiteral("remember-note"));
    m_rememberNote->setWordWrap(true);
    m_rememberNote->setForegroundRole(QPalette::PlaceholderText);

    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(QStringLiteral("test-connection"));
    m_test->setToolTip(tr("Connect with these settings, without saving them, and show each step."));
    m_testPanel = new ConnectionTestPanel(this);
    connect(m_test, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_testPanel, &ConnectionTestPanel::runningChanged, this, [this](bool running) {
        m_test->setEnabled(!running);
    });
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch();

    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("profile-message"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(connection);
    layout->addWidget(m_saslGroup);
    layout->addWidget(m_tlsGroup);
    layout->addWidget(m_remember);
    layout->addWidget(m_rememberNote);
    layout->addLayout(testRow);
    layout->addWidget(m_testPanel, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    for (QLineEdit* edit : {m_name, m_bootstrap, m_username}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] { markTouched(edit); });
        connect(edit, &QLineEdit::textChanged, this, &ProfileDialog::validate);
    }
    for (FilePathEdit* file : {m_caFile, m_certFile, m_keyFile}) {
        connect(file, &FilePathEdit::pathEdited, this, [this, file] { markTouched(file); });
        connect(file->lineEdit(), &QLineEdit::textChanged, this, &ProfileDialog::validate);
    }
    for (QLineEdit* secret : {m_password, m_keyPassphrase})
        connect(secret, &QLineEdit::textEdited, this, [this] { m_secretEdited = true; });
    connect(m_protocol, &QComboBox::currentIndexChanged, this, [this] {
        updateSecurityFields();
        updateRemember();
        validate();
    });
}

QLabel* ProfileDialog::addErrorRow(QFormLayout* form, QWidget* field, const QString& name) {
    auto* label = new QLabel(form->parentWidget());
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(QLatin1String(kErrorStyle));
    form->addRow(QString(), label);
    form->setRowVisible(label, false);
    m_errors.insert(field, {form, label});
    return label;
}

void ProfileDialog::loadProfile(const ClusterProfile& profile) {
    m_name->setText(profile.name);
    m_bootstrap->setText(profile.bootstrapServers);
    m_protocol->setCurrentIndex(m_protocol->findData(int(profile.securityProtocol)));
    if (profile.saslMechanism != SaslMechanism::None)
        m_mechanism->setCurrentIndex(m_mechanism->findData(int(profile.saslMechanism)));
    m_username->setText(profile.username);
    m_caFile->setPath(profile.caFile);
    m_certFile->setPath(profile.clientCertificateFile);
    m_keyFile->setPath(profile.clientKeyFile);
}

bool ProfileDialog::saslSelected() const {
    return samsa::app::usesSasl(SecurityProtocol(m_protocol->currentData().toInt()));
}

bool ProfileDialog::tlsSelected() const {
    return samsa::app::usesTls(SecurityProtocol(m_protocol->currentData().toInt()));
}

// One secret per profile (see clientConfigFor): the SASL password when the protocol
// uses SASL, otherwise the passphrase of the TLS client key.
QLineEdit* ProfileDialog::secretField() const {
    if (saslSelected()) return m_password;
    if (tlsSelected()) return m_keyPassphrase;
    return nullptr;
}

QString ProfileDialog::secret() const {
    const QLineEdit* field = secretField();
    return field ? field->text() : QString();
}

ClusterProfile ProfileDialog::currentProfile() const {
    ClusterProfile profile;
    profile.id = m_saved.id;
    profile.name = m_name->text().trimmed();
    profile.bootstrapServers = m_bootstrap->text().trimmed();
    profile.securityProtocol = SecurityProtocol(m_protocol->currentData().toInt());
    if (saslSelected()) {
        profile.saslMechanism = SaslMechanism(m_mechanism->currentData().toInt());
        profile.username = m_username->text().trimmed();
    }
    if (tlsSelected()) {
        profile.caFile = m_caFile->path();
        profile.clientCertificateFile = m_certFile->path();
        profile.clientKeyFile = m_keyFile->path();
    }
    return profile;
}

void ProfileDialog::updateSecurityFields() {
    const bool sasl = saslSelected();
    const bool tls = tlsSelected();
    m_saslGroup->setEnabled(sasl);
    m_saslGroup->setToolTip(sasl ? QString() : tr("Only for SASL_PLAINTEXT and SASL_SSL."));
    m_tlsGroup->setEnabled(tls);
    m_tlsGroup->setToolTip(tls ? QString() : tr("Only for SSL and SASL_SSL."));
    // The keychain keeps one secret per profile; with SASL that is the password.
    m_keyPassphrase->setEnabled(tls && !sasl);
    m_keyPassphrase->setToolTip(sasl ? tr("With SASL_SSL the client key must not be encrypted.")
                                     : tr("Only if the client key is encrypted."));
}

void ProfileDialog::updateRemember() {
    const bool available = m_secrets && m_secrets->available();
    const bool needed = secretField() != nullptr;
    m_remember->setText(saslSelected() || !tlsSelected()
                            ? tr("Remember password in the system keychain")
                            : tr("Remember key passphrase in the system keychain"));
    m_remember->setEnabled(available && needed && !m_saving);
    if (!available) {
        m_remember->setChecked(false);
        m_rememberNote->setText(tr("No system keychain is available, so Samsa asks for the "
                                   "password each time it connects and never writes it to disk."));
    } else {
        m_rememberNote->setText(tr("Passwords are kept in the system keychain, never in Samsa's "
                                   "own files."));
    }
    m_rememberNote->setVisible(needed);
}

void ProfileDialog::markTouched(QWidget* field) {
    m_touched.insert(field);
    validate();
}

void ProfileDialog::validate() {
    QList<ClusterProfile> others = m_store ? m_store->profiles() : QList<ClusterProfile>();
    const ClusterProfile profile = currentProfile();
    QHash<QWidget*, QString> errors;
    errors[m_name] = profileNameError(profile.name, others, m_saved.id);
    errors[m_bootstrap] = bootstrapServersError(m_bootstrap->text());
    if (saslSelected() && profile.username.isEmpty()) errors[m_username] = tr("SASL needs a user name.");
    if (tlsSelected()) {
        errors[m_caFile] = readableFileError(profile.caFile);
        errors[m_certFile] = readableFileError(profile.clientCertificateFile);
        errors[m_keyFile] = readableFileError(profile.clientKeyFile);
        if (errors[m_keyFile].isEmpty() && !profile.clientCertificateFile.isEmpty() && profile.clientKeyFile.isEmpty())
            errors[m_keyFile] = tr("A client certificate needs its private key.");
        if (errors[m_certFile].isEmpty() && profile.clientCertificateFile.isEmpty() && !profile.clientKeyFile.isEmpty())
            errors[m_certFile] = tr("A client key needs its certificate.");
    }
    // The profile's own rule is the last word; anything it finds that no field check
    // named goes under the form.
    QString general;
    const bool fieldsOk = std::all_of(errors.begin(), errors.end(), [](const QString& e) { return e.isEmpty(); });
    if (fieldsOk) general = profile.validationError();

    for (auto it = m_errors.begin(); it != m_errors.end(); ++it) {
        const QString text = errors.value(it.key());
        const bool show = !text.isEmpty() && (m_showAllErrors || m_touched.contains(it.key()));
        it->label->setText(show ? text : QString());
        it->form->setRowVisible(it->label, show);
    }
    m_test->setEnabled(errors[m_bootstrap].isEmpty() && !m_testPanel->isRunning());
    m_test->setToolTip(errors[m_bootstrap].isEmpty() ? tr("Connect with these settings, without saving "
                                                          "them, and show each step.")
                                                     : errors[m_bootstrap]);
    if (m_showAllErrors && !general.isEmpty())
        m_message->showError(general);
    else if (m_message->kind() == InlineMessage::Kind::Error && !m_saving && fieldsOk)
        m_message->clear();
}

void ProfileDialog::loadSecret() {
    QLineEdit* field = secretField();
    if (!field || !m_secrets || !m_secrets->available() || m_saved.id == 0) return;
    m_secretLoading = true;
    field->setPlaceholderText(tr("stored in keychain"));
    QPointer<ProfileDialog> self(this);
    m_secrets->read(m_saved.secretKey(), [self, field](const SecretResult& result) {
        if (!self) return;
        self->m_secretLoading = false;
        field->setPlaceholderText(field == self->m_keyPassphrase ? tr("none") : QString());
        switch (result.status) {
        case SecretResult::Status::Ok:
            self->m_secretWasStored = true;
            // Typing wins over a late answer from the keychain.
            if (!self->m_secretEdited) field->setText(result.secret);
            self->m_remember->setChecked(true);
            break;
        case SecretResult::Status::NotFound:
            self->m_remember->setChecked(false);
            break;
        case SecretResult::Status::Unavailable:
            self->updateRemember();
            break;
        case SecretResult::Status::Failed:
            self->m_message->showMessage(InlineMessage::Kind::Warning,
                                         tr("The keychain did not give the stored password: %1").arg(result.error));
            break;
        }
    });
}

void ProfileDialog::testConnection() {
    const ClusterProfile profile = currentProfile();
    client::ClientConfig config = samsa::app::clientConfigFor(profile, secret());
    config.connectTimeout = kTestConnectTimeout;
    config.requestTimeout = kTestApiTimeout;
    config.defaultApiTimeout = kTestApiTimeout;
    m_testPanel->start(std::move(config), ConnectionAttempt{tlsSelected(), saslSelected()});
}

void ProfileDialog::accept() {
    if (m_saving) return;
    m_showAllErrors = true;
    validate();
    for (QWidget* field : {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_bootstrap),
                           static_cast<QWidget*>(m_username), static_cast<QWidget*>(m_caFile),
                           static_cast<QWidget*>(m_certFile), static_cast<QWidget*>(m_keyFile)}) {
        if (!m_errors.value(field).label->text().isEmpty()) {
            field->setFocus();
            return;
        }
    }
    ClusterProfile profile = currentProfile();
    if (!profile.validationError().isEmpty()) return; // shown by validate()
    if (!m_store) {
        m_message->showError(tr("The profile store is not open."));
        return;
    }
    if (profile.id == 0) {
        profile.id = m_store->addProfile(profile);
        if (profile.id == 0) {
            m_message->showError(tr("The cluster could not be saved: %1").arg(m_store->errorString()));
            return;
        }
    } else if (!m_store->updateProfile(profile)) {
        m_message->showError(tr("The cluster could not be saved: %1").arg(m_store->errorString()));
        return;
    }
    m_saved = profile;
    emit profileSaved(profile);
    storeSecret();
}

// Writes (or forgets) the secret, then closes the dialog once the keychain answered.
void ProfileDialog::storeSecret() {
    if (!m_secrets || !m_secrets->available()) {
        QDialog::accept();
        return;
    }
    const bool remember = m_remember->isChecked() && secretField() != nullptr;
    if (remember && m_secretLoading && !m_secretEdited) {
        QDialog::accept(); // the stored secret was never shown, so it did not change
        return;
    }
    QPointer<ProfileDialog> self(this);
    auto done = [self](const SecretResult& result) {
        if (!self) return;
        const bool ok = result.status == SecretResult::Status::Ok ||
                        result.status == SecretResult::Status::NotFound;
        self->finishSecret(ok, result.error);
    };
    const QString value = secret();
    if (remember && !value.isEmpty()) {
        setSaving(true);
        m_secrets->write(m_saved.secretKey(), value, done);
    } else if (m_secretWasStored || (remember && value.isEmpty())) {
        setSaving(true);
        m_secrets->remove(m_saved.secretKey(), done);
    } else {
        QDialog::accept();
    }
}

void ProfileDialog::finishSecret(bool ok, const QString& error) {
    setSaving(false);
    if (ok) {
        m_secretWasStored = m_remember->isChecked() && !secret().isEmpty();
        QDialog::accept();
        return;
    }
    m_message->showError(tr("The cluster was saved, but the keychain did not store the password: "
                            "%1\nSave again to retry, or untick “Remember password” to be asked "
                            "each time.")
                             .arg(error));
}

void ProfileDialog::setSaving(bool saving) {
    m_saving = saving;
    m_save->setEnabled(!saving);
    m_cancel->setEnabled(!saving);
    m_remember->setEnabled(!saving && m_secrets && m_secrets->available() && secretField());
    if (saving) m_message->showInfo(tr("Saving the password in the keychain…"));
}

void ProfileDialog::reject() {
    // The profile is in the store already; closing now would leave the keychain
    // write unreported.
    if (m_saving) return;
    m_testPanel->cancel();
    QDialog::reject();
}

} // namespace samsa::ui
