#include "ui/common/local_cluster_status.h"

#include "app/local_cluster_host.h"

#include <QCoreApplication>

namespace samsa::ui {

namespace {
// The translation context of these texts; a class, so that lupdate files them under it.
class Status {
    Q_DECLARE_TR_FUNCTIONS(samsa::ui::LocalClusterStatus)
};
} // namespace

QString localClusterStatusText(const samsa::app::LocalClusterHost& host) {
    using State = samsa::app::LocalClusterHost::State;
    switch (host.state()) {
    case State::Stopped:
        return Status::tr("stopped");
    case State::Starting:
        return Status::tr("starting…");
    case State::Running:
        if (host.usingFallbackPort())
            return Status::tr("running on %1 (port %2 was taken)")
                .arg(host.bootstrapServers())
                .arg(host.preferredPort());
        return Status::tr("running on %1").arg(host.bootstrapServers());
    case State::Stopping:
        return Status::tr("stopping…");
    case State::Resetting:
        return Status::tr("deleting its data…");
    case State::Failed:
        return Status::tr("failed: %1").arg(host.errorString());
    }
    return {};
}

} // namespace samsa::ui
