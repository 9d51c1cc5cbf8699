#include "ui/connections/secret_prompt.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace samsa::ui {

using samsa::app::ClusterProfile;

SecretPrompt::SecretPrompt(const ClusterProfile& profile, QWidget* parent)
    : QDialog(parent), m_profile(profile), m_secret(new QLineEdit(this)) {
    setObjectName(QStringLiteral("secret-prompt"));
    const bool sasl = samsa::app::usesSasl(profile.securityProtocol);
    setWindowTitle(sasl ? tr("Password for %1").arg(profile.name)
                        : tr("Key passphrase for %1").arg(profile.name));

    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(sasl ? tr("Enter the password of <b>%1</b> for the cluster <b>%2</b>.")
                              .arg(profile.username.toHtmlEscaped(), profile.name.toHtmlEscaped())
                        : tr("Enter the passphrase of the client key for the cluster <b>%1</b>.")
                              .arg(profile.name.toHtmlEscaped()));
    auto* why = new QLabel(tr("No system keychain is available, so it is kept only until the "
                              "app quits."),
                           this);
    why->setWordWrap(true);
    why->setForegroundRole(QPalette::PlaceholderText);

    m_secret->setObjectName(QStringLiteral("secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setMinimumWidth(260);

    auto* form = new QFormLayout;
    form->addRow(sasl ? tr("&Password:") : tr("&Passphrase:"), m_secret);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SecretPrompt::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SecretPrompt::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(why);
    layout->addWidget(buttons);
    m_secret->setFocus();
}

SecretPrompt* SecretPrompt::ask(const ClusterProfile& profile, QWidget* parent) {
    auto* prompt = new SecretPrompt(profile, parent);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    prompt->open();
    return prompt;
}

bool SecretPrompt::needsSecret(const ClusterProfile& profile) {
    if (samsa::app::usesSasl(profile.securityProtocol)) return true;
    return samsa::app::usesTls(profile.securityProtocol) && !profile.clientKeyFile.isEmpty() &&
           keyFileIsEncrypted(profile.clientKeyFile);
}

bool SecretPrompt::keyFileIsEncrypted(const QString& path) {
    // Both PKCS#8 ("BEGIN ENCRYPTED PRIVATE KEY") and the older "Proc-Type: 4,ENCRYPTED"
    // header say so in the first lines; a key file is a few kilobytes at most.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return true; // let the connection report the problem
    return file.read(64 * 1024).contains("ENCRYPTED");
}

QString SecretPrompt::secret() const {
    return m_secret->text();
}

void SecretPrompt::accept() {
    emit secretEntered(m_profile.id, m_secret->text());
    QDialog::accept();
}

void SecretPrompt::reject() {
    emit cancelled(m_profile.id);
    QDialog::reject();
}

} // namespace samsa::ui
