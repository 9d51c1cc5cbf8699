#include "ui/common/local_cluster_status.h"

#include "app/local_cluster_host.h"

#include <QCoreApplication>

namespace samsa::ui {

QString localClusterStatusText(const samsa::app::LocalClusterHost& host) {
    using State = samsa::app::LocalClusterHost::State;
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("samsa::ui::LocalClusterStatus", text);
    };
    switch (host.state()) {
    case State::Stopped:
        return tr("stopped");
    case State::Starting:
        return tr("starting…");
    case State::Running:
        if (host.usingFallbackPort())
            return tr("running on %1 (port %2 was taken)")
                .arg(host.bootstrapServers())
                .arg(host.preferredPort());
        return tr("running on %1").arg(host.bootstrapServers());
    case State::Stopping:
        return tr("stopping…");
    case State::Resetting:
        return tr("deleting its data…");
    case State::Failed:
        return tr("failed: %1").arg(host.errorString());
    }
    return {};
}

} // namespace samsa::ui
