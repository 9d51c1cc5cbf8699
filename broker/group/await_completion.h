#pragma once

#include <asio.hpp>
#include <memory>
#include <optional>

namespace samsa::group {

// Runs `start(done)` and suspends the calling coroutine until `done(result)` is called,
// now or later. The coordinator parks JoinGroup and SyncGroup this way until the
// rebalance answers them. If the coroutine is destroyed first (the broker shutting
// down), a late `done` finds nobody waiting and does nothing.
template <typename Result, typename Start>
asio::awaitable<Result> awaitCompletion(asio::any_io_executor executor, Start&& start) {
    struct State {
        explicit State(asio::any_io_executor ex) : wake(ex, asio::steady_timer::time_point::max()) {}
        std::optional<Result> result;
        asio::steady_timer wake;
    };
    auto state = std::make_shared<State>(executor);
    start([weak = std::weak_ptr<State>(state)](Result r) {
        if (auto s = weak.lock()) {
            s->result = std::move(r);
            s->wake.cancel();
        }
    });
    while (!state->result) {
        asio::error_code ec;
        co_await state->wake.async_wait(asio::redirect_error(asio::use_awaitable, ec));
    }
    co_return std::move(*state->result);
}

} // namespace samsa::group
