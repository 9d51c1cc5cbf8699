#include "client/cancellation.h"

namespace samsa::client {

namespace {
constexpr const char* kCancelledMessage = "cancelled by the user";
}

void Cancellation::cancel() {
    std::lock_guard lock(m_mutex);
    if (m_cancelled) return;
    m_cancelled = true;
    for (auto& [id, handler] : m_handlers) handler();
    m_handlers.clear();
}

bool Cancellation::isCancelled() const {
    std::lock_guard lock(m_mutex);
    return m_cancelled;
}

uint64_t Cancellation::subscribe(std::function<void()> handler) {
    std::lock_guard lock(m_mutex);
    if (m_cancelled) {
        handler();
        return 0;
    }
    const uint64_t id = m_nextId++;
    m_handlers.emplace(id, std::move(handler));
    return id;
}

void Cancellation::unsubscribe(uint64_t id) {
    if (id == 0) return;
    std::lock_guard lock(m_mutex);
    m_handlers.erase(id);
}

ClientError cancelledError() { return makeError(ErrorCode::OperationNotAttempted, kCancelledMessage); }

bool isCancelled(const ClientError& error) {
    return error.code == ErrorCode::OperationNotAttempted && error.message == kCancelledMessage;
}

} // namespace samsa::client
