#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>

#include "client/result.h"

namespace samsa::client {

// Lets the caller of an operation give up on it. Share one token between the calls a
// user action started (CallOptions::cancellation) and call cancel() from any thread:
// every call still running completes at once with cancelledError(). Cancelling does not
// undo what already reached a broker (records may have been appended); it only stops the
// caller from waiting, and work still on the wire ends by its own deadline.
class Cancellation {
public:
    static std::shared_ptr<Cancellation> create() { return std::make_shared<Cancellation>(); }

    void cancel();
    bool isCancelled() const;

    // `handler` runs once, on the thread that cancels (under the token's lock, so it must
    // only hand work off), or at once if the token is already cancelled; then 0 is
    // returned and nothing is kept.
    uint64_t subscribe(std::function<void()> handler);
    // After this returns the handler neither runs nor is running.
    void unsubscribe(uint64_t id);

private:
    mutable std::mutex m_mutex;
    bool m_cancelled = false;
    uint64_t m_nextId = 1;
    std::map<uint64_t, std::function<void()>> m_handlers;
};

// Cancelled calls end with OPERATION_NOT_ATTEMPTED ("cancelled by the user"): Kafka has
// no code of its own for it, and this one tells the user the outcome was not awaited.
ClientError cancelledError();
bool isCancelled(const ClientError& error);

} // namespace samsa::client
