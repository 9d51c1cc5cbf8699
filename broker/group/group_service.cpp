#include "group/group_service.h"

#include <chrono>

#include "common/log.h"

namespace samsa::group {

int64_t GroupService::wallClockMs() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

GroupService::GroupService(asio::any_io_executor executor, const config::BrokerConfig& config,
                           cluster::Controller& controller, cluster::MetadataStore& metadata,
                           cluster::PartitionManager& partitions)
    : m_timer(executor),
      m_log(std::make_unique<PartitionGroupLog>(config, controller, metadata, partitions, &wallClockMs)),
      m_coordinator(std::make_unique<GroupCoordinator>(GroupConfig::fromBroker(config), *m_log, &wallClockMs)) {}

GroupService::~GroupService() { stop(); }

void GroupService::start() {
    if (m_running) return;
    m_running = true;
    m_coordinator->load();
    m_coordinator->setDeadlineListener([this](int64_t deadline) { arm(deadline); });
    if (auto next = m_coordinator->nextDeadlineMs()) arm(*next);
}

void GroupService::stop() {
    if (!m_running) return;
    m_running = false;
    m_timer.cancel();
    m_coordinator->setDeadlineListener(nullptr);
    m_coordinator->shutdown();
}

void GroupService::arm(int64_t deadlineMs) {
    // Only an earlier deadline moves the timer; a later one is found again after the
    // current one fires.
    if (!m_running || (m_armedFor && *m_armedFor <= deadlineMs)) return;
    m_armedFor = deadlineMs;
    m_timer.expires_after(std::chrono::milliseconds(std::max<int64_t>(deadlineMs - wallClockMs(), 0)));
    m_timer.async_wait([this](const asio::error_code& ec) {
        if (ec || !m_running) return;
        onTimer();
    });
}

void GroupService::onTimer() {
    m_armedFor.reset();
    try {
        m_coordinator->poll();
    } catch (const std::exception& e) {
        log::error("group coordinator timeout handling failed: {}", e.what());
    }
    if (auto next = m_coordinator->nextDeadlineMs()) arm(*next);
}

} // namespace samsa::group
