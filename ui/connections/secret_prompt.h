#pragma once

#include "app/cluster_profile.h"

#include <QDialog>

class QLineEdit;
class QLabel;

namespace samsa::ui {

// Asks for a profile's password (or TLS key passphrase) when there is no keychain to
// remember it, each time the app connects. Open it with open() or SecretPrompt::ask();
// the answer arrives through secretEntered(). The secret is never stored.
class SecretPrompt : public QDialog {
    Q_OBJECT
public:
    explicit SecretPrompt(const samsa::app::ClusterProfile& profile, QWidget* parent = nullptr);

    // Creates a prompt that deletes itself when closed, opens it (window-modal, not a
    // nested event loop) and returns it so the caller can connect to its signals.
    static SecretPrompt* ask(const samsa::app::ClusterProfile& profile, QWidget* parent);

    // Which secret the profile needs: the SASL password, else the TLS key passphrase.
    // False for protocols without SASL whose client key (if any) is not encrypted.
    static bool needsSecret(const samsa::app::ClusterProfile& profile);
    static bool keyFileIsEncrypted(const QString& path);

    samsa::app::ClusterProfile profile() const { return m_profile; }
    QString secret() const;

signals:
    void secretEntered(qint64 profileId, const QString& secret);
    void cancelled(qint64 profileId);

public slots:
    void accept() override;
    void reject() override;

private:
    samsa::app::ClusterProfile m_profile;
    QLineEdit* m_secret;
};

} // namespace samsa::ui
