#pragma once

#include <asio.hpp>
#include <exception>
#include <memory>
#include <optional>
#include <vector>

namespace samsa::client {

// Runs coroutines concurrently on the current executor and returns their results in
// order once all have finished. Used to ask several brokers at once.
template <typename T>
asio::awaitable<std::vector<T>> gather(std::vector<asio::awaitable<T>> tasks) {
    struct State {
        explicit State(const asio::any_io_executor& ex, size_t n) : results(n), remaining(n), signal(ex) {}
        std::vector<std::optional<T>> results;
        size_t remaining;
        std::exception_ptr error;
        asio::steady_timer signal;
    };
    auto ex = co_await asio::this_coro::executor;
    auto state = std::make_shared<State>(ex, tasks.size());
    state->signal.expires_at(asio::steady_timer::time_point::max());
    for (size_t i = 0; i < tasks.size(); ++i) {
        // Wrapped so T needs no default constructor (co_spawn's value path wants one).
        asio::co_spawn(
            ex,
            [state, i, task = std::move(tasks[i])]() mutable -> asio::awaitable<void> {
                state->results[i].emplace(co_await std::move(task));
            },
            [state](std::exception_ptr e) {
                if (e && !state->error) state->error = e;
                if (--state->remaining == 0) state->signal.cancel();
            });
    }
    while (state->remaining > 0) {
        asio::error_code ec;
        co_await state->signal.async_wait(asio::redirect_error(asio::use_awaitable, ec));
    }
    if (state->error) std::rethrow_exception(state->error);
    std::vector<T> out;
    out.reserve(tasks.size());
    for (auto& r : state->results) out.push_back(std::move(*r));
    co_return out;
}

} // namespace samsa::client
