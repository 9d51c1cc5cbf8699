#pragma once

#include "app/cluster_service.h"
#include "cluster_entry.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>

namespace samsa::app {
class LocalClusterHost;
class SecretStore;
} // namespace samsa::app

namespace samsa::ui {

// One ClusterService per cluster in the navigator, made on first use. For a saved
// profile that needs a password, the password comes from the keychain (or, without one,
// from the user) before the service exists, so opening a page can take a moment: pages
// are made in the `ready` callback. The local cluster's service follows the bundled
// broker: it appears when the broker runs and is replaced if its address changes.
class ClusterServices : public QObject {
    Q_OBJECT
public:
    using Ready = std::function<void(samsa::app::ClusterService*)>;
    // Asks the user for a profile's secret when the keychain cannot give it; calls
    // `answer` with the secret, or with a null QString when the user cancelled.
    using SecretAsker =
        std::function<void(const samsa::app::ClusterProfile&, std::function<void(QString)> answer)>;

    ClusterServices(samsa::app::LocalClusterHost* local, samsa::app::SecretStore* secrets,
                    QObject* parent = nullptr);
    ~ClusterServices() override;

    void setSecretAsker(SecretAsker asker) { m_askSecret = std::move(asker); }

    // Calls `ready` with the cluster's service, now or once it exists; with nullptr when
    // it cannot exist (the local cluster is not running, the user cancelled the
    // password prompt).
    void withService(const ClusterEntry& entry, Ready ready);
    samsa::app::ClusterService* existing(const ClusterEntry& entry) const;
    // Forgets a profile's service (after the profile was edited or removed).
    void drop(const ClusterEntry& entry);

    static QString keyOf(const ClusterEntry& entry);

signals:
    // `old` is about to be deleted: pages that use it must go first.
    void serviceRetiring(samsa::app::ClusterService* old);
    void serviceCreated(const QString& key, samsa::app::ClusterService* service);

private:
    samsa::app::ClusterService* create(const ClusterEntry& entry, const QString& secret);
    void onLocalStateChanged();
    // In the background by default: a client thread may be stuck in a host name lookup.
    enum class Disposal { Background, Wait };
    void retire(const QString& key, Disposal disposal = Disposal::Background);

    samsa::app::LocalClusterHost* m_local;
    QPointer<samsa::app::SecretStore> m_secrets;
    SecretAsker m_askSecret;
    QHash<QString, samsa::app::ClusterService*> m_services;
};

} // namespace samsa::ui
