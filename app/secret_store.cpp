#include "secret_store.h"

#include <QtGlobal>
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
#include <QDBusConnection>
#endif

#include <qt6keychain/keychain.h>

namespace samsa::app {

KeychainSecretStore::KeychainSecretStore(QString service, QObject* parent)
    : SecretStore(parent), m_service(std::move(service)) {
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // Secret Service and KWallet are both reached over the session bus; without one
    // QtKeychain only fails each job with a generic error, which would read as "the
    // keychain refused" instead of "there is no keychain".
    m_available = QDBusConnection::sessionBus().isConnected();
#endif
}

template <typename Job> void KeychainSecretStore::run(Job* job, Callback done) {
    job->setAutoDelete(true);
    // Never let QtKeychain fall back to a plain-text file: that is exactly what the
    // keychain is for avoiding.
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this,
            [this, done = std::move(done)](QKeychain::Job* finished) {
                SecretResult result;
                switch (finished->error()) {
                case QKeychain::NoError:
                    result.status = SecretResult::Status::Ok;
                    if (auto* reader = qobject_cast<QKeychain::ReadPasswordJob*>(finished))
                        result.secret = reader->textData();
                    break;
                case QKeychain::EntryNotFound:
                    result.status = SecretResult::Status::NotFound;
                    break;
                case QKeychain::NoBackendAvailable:
                case QKeychain::NotImplemented:
                    result.status = SecretResult::Status::Unavailable;
                    result.error = finished->errorString();
                    if (m_available) {
                        m_available = false;
                        emit availabilityChanged(false);
                    }
                    break;
                default:
                    result.status = SecretResult::Status::Failed;
                    result.error = finished->errorString();
                    break;
                }
                if (done) done(result);
            });
    job->start();
}

void KeychainSecretStore::read(const QString& key, Callback done) {
    if (!m_available) {
        if (done) done({SecretResult::Status::Unavailable, {}, tr("No keychain is available.")});
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    run(job, std::move(done));
}

void KeychainSecretStore::write(const QString& key, const QString& secret, Callback done) {
    if (!m_available) {
        if (done) done({SecretResult::Status::Unavailable, {}, tr("No keychain is available.")});
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setTextData(secret);
    run(job, std::move(done));
}

void KeychainSecretStore::remove(const QString& key, Callback done) {
    if (!m_available) {
        if (done) done({SecretResult::Status::Unavailable, {}, tr("No keychain is available.")});
        return;
    }
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    run(job, std::move(done));
}

} // namespace samsa::app
