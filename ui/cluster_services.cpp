#include "cluster_services.h"

#include "app/local_cluster_host.h"
#include "app/secret_store.h"
#include "ui/connections/secret_prompt.h"

namespace samsa::ui {

using samsa::app::ClusterService;
using samsa::app::LocalClusterHost;

ClusterServices::ClusterServices(LocalClusterHost* local, samsa::app::SecretStore* secrets,
                                 QObject* parent)
    : QObject(parent), m_local(local), m_secrets(secrets) {
    if (m_local)
        connect(m_local, &LocalClusterHost::stateChanged, this,
                &ClusterServices::onLocalStateChanged);
    onLocalStateChanged();
}

ClusterServices::~ClusterServices() {
    // The app is closing: nothing may outlive it, so this waits for the client threads.
    for (const QString& key : m_services.keys())
        retire(key, Disposal::Wait);
}

QString ClusterServices::keyOf(const ClusterEntry& entry) {
    if (entry.local) return QStringLiteral("local");
    if (entry.profile.id > 0) return QStringLiteral("profile/%1").arg(entry.profile.id);
    return QStringLiteral("bootstrap/%1").arg(entry.profile.bootstrapServers);
}

ClusterService* ClusterServices::existing(const ClusterEntry& entry) const {
    return m_services.value(keyOf(entry));
}

void ClusterServices::withService(const ClusterEntry& entry, Ready ready) {
    if (ClusterService* service = existing(entry)) return ready(service);
    if (entry.local) return ready(nullptr); // made when the broker runs
    const auto& profile = entry.profile;
    if (!SecretPrompt::needsSecret(profile)) return ready(create(entry, {}));

    QPointer<ClusterServices> self(this);
    auto withSecret = [self, entry, ready](const QString& secret) {
        if (!self) return;
        if (secret.isNull()) return ready(nullptr);
        if (ClusterService* service = self->existing(entry)) return ready(service);
        ready(self->create(entry, secret));
    };
    auto ask = [self, profile, withSecret] {
        if (self && self->m_askSecret)
            self->m_askSecret(profile, withSecret);
        else
            withSecret(QString()); // nobody to ask: behave as cancelled
    };
    if (!m_secrets || !m_secrets->available()) return ask();
    m_secrets->read(profile.secretKey(), [withSecret, ask](const samsa::app::SecretResult& r) {
        if (r.status == samsa::app::SecretResult::Status::Ok)
            withSecret(r.secret);
        else
            ask(); // not stored, locked or refused: the user can still type it
    });
}

ClusterService* ClusterServices::create(const ClusterEntry& entry, const QString& secret) {
    const QString key = keyOf(entry);
    QString bootstrap = entry.profile.bootstrapServers;
    if (entry.local) bootstrap = m_local ? m_local->bootstrapServers() : QString();
    samsa::app::ClusterProfile profile = entry.profile;
    profile.bootstrapServers = bootstrap;
    auto* service =
        new ClusterService(samsa::app::clientConfigFor(profile, secret), entry.profile.name, this);
    m_services.insert(key, service);
    emit serviceCreated(key, service);
    return service;
}

void ClusterServices::drop(const ClusterEntry& entry) {
    retire(keyOf(entry));
}

void ClusterServices::retire(const QString& key, Disposal disposal) {
    ClusterService* service = m_services.take(key);
    if (!service) return;
    emit serviceRetiring(service);
    if (disposal == Disposal::Wait)
        delete service;
    else
        samsa::app::destroyOffThread(service);
}

void ClusterServices::onLocalStateChanged() {
    if (!m_local || m_local->state() != LocalClusterHost::State::Running) return;
    const QString key = QStringLiteral("local");
    ClusterService* current = m_services.value(key);
    // A restart on the same address keeps the service: its connections come back by
    // themselves, and open pages keep working.
    if (current && current->bootstrapServers() == m_local->bootstrapServers()) return;
    retire(key);
    ClusterEntry local;
    local.local = true;
    local.profile.name = tr("Local cluster");
    create(local, {});
}

} // namespace samsa::ui
