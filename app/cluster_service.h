#pragma once

#include "app/cluster_profile.h"
#include "client/admin_client.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <memory>

namespace samsa::app {

// Builds the client settings for a profile. `secret` is the SASL password or the TLS
// key passphrase, whichever the profile uses; it never comes from the profile itself.
client::ClientConfig clientConfigFor(const ClusterProfile& profile, const QString& secret = {});

// The UI's door to one cluster. It owns the cluster's AdminClient, whose work runs on
// the client's own thread, and hands every result back on the thread this object lives
// on (the GUI thread), so pages never wait on the network and never touch the client's
// thread. Results for a page that has been closed in the meantime are dropped.
class ClusterService : public QObject {
    Q_OBJECT
public:
    enum class Health { Unknown, Ok, Failing };
    Q_ENUM(Health)

    ClusterService(client::ClientConfig config, QString displayName, QObject* parent = nullptr);
    // Ends calls still running (they fail with NETWORK_EXCEPTION; their results are
    // dropped) and waits for the client thread.
    ~ClusterService() override;

    QString displayName() const { return m_displayName; }
    QString bootstrapServers() const;
    // Empty unless the settings were unusable; then every call fails with this message.
    QString setupError() const { return m_setupError; }
    Health health() const { return m_health; }
    QString healthMessage() const { return m_healthMessage; }

    // Starts `start(client, callback)` and calls `done(result)` on this object's thread,
    // unless `context` was destroyed first. For example:
    //   service->call<std::vector<client::TopicDescription>>(
    //       page, [](client::AdminClient& c, auto cb) { c.listTopics({}, cb); },
    //       [page](const auto& result) { page->apply(result); });
    template <typename T>
    void call(QObject* context,
              std::function<void(client::AdminClient&, client::Callback<T>)> start,
              std::function<void(const client::Result<T>&)> done) {
        QPointer<QObject> guard(context);
        auto deliver = [this, guard, done = std::move(done)](const client::Result<T>& result) {
            // Runs on the client thread: `this` outlives every callback because the
            // destructor joins that thread before anything else goes.
            QMetaObject::invokeMethod(
                this,
                [this, guard, done, result] {
                    noteOutcome(result.ok() ? nullptr : &result.error());
                    if (guard) done(result);
                },
                Qt::QueuedConnection);
        };
        if (!m_client) {
            deliver(client::makeError(ErrorCode::InvalidConfig, m_setupError.toStdString()));
            return;
        }
        start(*m_client, std::move(deliver));
    }

    // For code that runs off the GUI thread anyway (loaders, benchmarks). Null when
    // setupError() is set.
    client::AdminClient* client() const { return m_client.get(); }

signals:
    // The last call succeeded (Ok) or failed because the cluster could not be reached
    // or refused us (Failing); errors about one resource do not count.
    void healthChanged(samsa::app::ClusterService::Health health, const QString& message);

private:
    void noteOutcome(const client::ClientError* error);

    QString m_displayName;
    QString m_setupError;
    std::unique_ptr<client::AdminClient> m_client;
    Health m_health = Health::Unknown;
    QString m_healthMessage;
};

// Deletes `service` on a short-lived thread of its own. Destroying a service joins its
// client thread, which may be stuck in a host name lookup that cannot be interrupted;
// the GUI thread must not wait for that. Results still pending are dropped.
void destroyOffThread(ClusterService* service);

// The user-facing sentence for a failed call: what failed and why, without codes a user
// cannot act on.
QString describeError(const client::ClientError& error);

} // namespace samsa::app
