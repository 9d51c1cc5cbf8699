#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace samsa::app {

struct SecretResult {
    enum class Status {
        Ok,
        NotFound,
        // No keychain on this system (no Secret Service on D-Bus, ...): the caller asks the
        // user for the secret each time and keeps it only in memory.
        Unavailable,
        Failed, // the keychain exists but refused (locked, access denied...)
    };
    Status status = Status::Failed;
    QString secret;
    QString error; // for the user when status is Failed or Unavailable
};

// Passwords and key passphrases of cluster profiles, kept outside the SQLite store.
// Keychains answer asynchronously (they may show an unlock prompt), so every call
// completes through its callback, on the thread that made it.
class SecretStore : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const SecretResult&)>;
    using QObject::QObject;

    // False once the store learned it has no backend; callers then skip it and ask.
    virtual bool available() const = 0;
    virtual void read(const QString& key, Callback done) = 0;
    virtual void write(const QString& key, const QString& secret, Callback done) = 0;
    virtual void remove(const QString& key, Callback done) = 0;

signals:
    void availabilityChanged(bool available);
};

// The OS keychain through QtKeychain (Secret Service / KWallet, Keychain, Credential Store).
class KeychainSecretStore : public SecretStore {
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("samsa"),
                                 QObject* parent = nullptr);

    bool available() const override { return m_available; }
    void read(const QString& key, Callback done) override;
    void write(const QString& key, const QString& secret, Callback done) override;
    void remove(const QString& key, Callback done) override;

private:
    template <typename Job> void run(Job* job, Callback done);

    QString m_service;
    bool m_available = true;
};

} // namespace samsa::app
