#include "ui/overview/broker_reads.h"

#include "app/cluster_service.h"

#include <memory>

namespace samsa::ui {

namespace {

using Handlers = std::shared_ptr<const BrokerReadHandlers>;

// Starts one read and routes its answer to the handler `onOk` names, or to `failed`.
template <typename T>
void readOne(samsa::app::ClusterService& service, QObject* context,
             const std::function<bool()>& current, const Handlers& handlers, BrokerRead which,
             std::function<void(client::AdminClient&, client::Callback<T>)> start,
             std::function<void(const T&)> BrokerReadHandlers::*onOk) {
    service.call<T>(context, std::move(start),
                    [current, handlers, which, onOk](const client::Result<T>& r) {
                        if (!current()) return;
                        if (r)
                            ((*handlers).*onOk)(*r);
                        else
                            handlers->failed(which, r.error());
                        handlers->answered();
                    });
}

} // namespace

void readBrokers(samsa::app::ClusterService& service, QObject* context,
                 std::function<bool()> current, BrokerReadHandlers handlers) {
    const auto shared = std::make_shared<const BrokerReadHandlers>(std::move(handlers));
    readOne<client::ClusterDescription>(
        service, context, current, shared, BrokerRead::Cluster,
        [](client::AdminClient& c, auto cb) { c.describeCluster({}, cb); },
        &BrokerReadHandlers::cluster);
    readOne<std::vector<client::TopicDescription>>(
        service, context, current, shared, BrokerRead::Topics,
        [](client::AdminClient& c, auto cb) { c.listTopics({}, cb); },
        &BrokerReadHandlers::topics);
    readOne<std::vector<client::LogDirInfo>>(
        service, context, current, shared, BrokerRead::LogDirs,
        [](client::AdminClient& c, auto cb) { c.describeLogDirs({}, {}, cb); },
        &BrokerReadHandlers::logDirs);
}

} // namespace samsa::ui
