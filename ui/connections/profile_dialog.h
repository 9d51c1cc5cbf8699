#pragma once

#include "app/cluster_profile.h"

#include <QDialog>
#include <QHash>
#include <QSet>
#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace samsa::app {
class ProfileStore;
class SecretStore;
} // namespace samsa::app

namespace samsa::ui {

class ConnectionTestPanel;
class FilePathEdit;
class InlineMessage;

// Creates or edits a cluster profile: where the brokers are, how to secure and
// authenticate the connection, and whether the keychain remembers the password. The
// settings can be tried with "Test connection" before they are saved. Open it with
// open() and read profile() once accepted() was emitted.
class ProfileDialog : public QDialog {
    Q_OBJECT
public:
    ProfileDialog(samsa::app::ProfileStore* store, samsa::app::SecretStore* secrets,
                  std::optional<samsa::app::ClusterProfile> existing, QWidget* parent = nullptr);
    ~ProfileDialog() override;

    // The saved profile, with its id, once saved; until then the profile being edited.
    samsa::app::ClusterProfile profile() const { return m_saved; }
    // The password (or key passphrase) as entered, so the caller can connect at once
    // without asking again, also when the keychain does not keep it.
    QString secret() const;
    // The profile as the fields describe it now (id of the edited profile, if any).
    samsa::app::ClusterProfile currentProfile() const;

public slots:
    void accept() override; // validates, saves; closes when the keychain has answered
    void reject() override;

signals:
    // The store has the profile (the keychain may not have answered yet).
    void profileSaved(const samsa::app::ClusterProfile& profile);

private:
    void buildForm();
    QLabel* addErrorRow(QFormLayout* form, QWidget* field, const QString& name);
    void loadProfile(const samsa::app::ClusterProfile& profile);
    void loadSecret();
    void updateSecurityFields();
    void updateRemember();
    void validate();
    void markTouched(QWidget* field);
    bool saslSelected() const;
    bool tlsSelected() const;
    QLineEdit* secretField() const;
    void testConnection();
    void storeSecret();
    void finishSecret(bool ok, const QString& error);
    void setSaving(bool saving);

    samsa::app::ProfileStore* m_store;
    samsa::app::SecretStore* m_secrets;
    samsa::app::ClusterProfile m_saved;

    QLineEdit* m_name = nullptr;
    QLineEdit* m_bootstrap = nullptr;
    QComboBox* m_protocol = nullptr;
    QGroupBox* m_saslGroup = nullptr;
    QComboBox* m_mechanism = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QGroupBox* m_tlsGroup = nullptr;
    FilePathEdit* m_caFile = nullptr;
    FilePathEdit* m_certFile = nullptr;
    FilePathEdit* m_keyFile = nullptr;
    QLineEdit* m_keyPassphrase = nullptr;
    QCheckBox* m_remember = nullptr;
    QLabel* m_rememberNote = nullptr;
    QPushButton* m_test = nullptr;
    ConnectionTestPanel* m_testPanel = nullptr;
    InlineMessage* m_message = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_cancel = nullptr;

    // Each field's error label and the form row it sits in.
    struct ErrorRow {
        QFormLayout* form;
        QLabel* label;
    };
    QHash<QWidget*, ErrorRow> m_errors;
    // Errors show once a field was edited, or for all fields after a save attempt, so a
    // new profile does not open covered in complaints.
    QSet<QWidget*> m_touched;
    bool m_showAllErrors = false;

    bool m_secretLoading = false;
    bool m_secretEdited = false;
    bool m_secretWasStored = false;
    bool m_saving = false;
};

} // namespace samsa::ui
