#include "client/group_consumer.h"

#include <algorithm>

#include "client/admin_ops.h"
#include "client/group_membership.h"
#include "client/network_client.h"

namespace samsa::client {

namespace {

// How often a poll waiting for the group to form looks again.
constexpr std::chrono::milliseconds kPollStep{50};
// How long the destructor gives the coordinator to hear that the member leaves.
constexpr std::chrono::seconds kCloseWait{5};

asio::awaitable<void> sleepFor(std::chrono::milliseconds delay) {
    asio::steady_timer timer(co_await asio::this_coro::executor, delay);
    asio::error_code ec;
    co_await timer.async_wait(asio::redirect_error(asio::use_awaitable, ec));
}

ClientError closedError() { return makeError(ErrorCode::InvalidRequest, "the consumer is closed"); }

// One fetch round over the assigned partitions, starting where the last one stopped.
asio::awaitable<Result<std::vector<ConsumedRecord>>> fetchRound(NetworkClient& net, MemberState& state,
                                                                size_t maxRecords, Clock::time_point deadline) {
    std::vector<ConsumedRecord> out;
    const auto assignment = state.assignment;
    const size_t n = assignment.size();
    for (size_t k = 0; k < n && out.size() < maxRecords && !state.stopping; ++k) {
        const TopicPartition tp = assignment[(state.nextPartition + k) % n];
        auto pos = state.positions.find(tp);
        if (pos == state.positions.end()) continue;
        FetchOptions options;
        options.maxWait = std::chrono::milliseconds(0);
        options.maxBytes = state.config.maxBytesPerPartition;
        auto fetched = co_await ops::fetch(net, tp, pos->second, options, deadline);
        if (!fetched) {
            if (fetched.error().code == ErrorCode::OffsetOutOfRange) {
                std::vector<TopicPartition> reset{tp}; // GCC 12 rejects a braced list inside co_await
                (void)co_await membership::resetPositions(net, state, reset, true, deadline);
            }
            continue; // other failures: this partition sits this round out
        }
        // The assignment may have changed while the fetch was out.
        pos = state.positions.find(tp);
        if (pos == state.positions.end()) continue;
        int64_t next = pos->second;
        for (auto& batch : fetched->batches) {
            if (batch.isControl || batch.aborted) { // markers and aborted data are not for consumers
                next = std::max(next, batch.lastOffset + 1);
                continue;
            }
            for (auto& r : batch.records) {
                if (out.size() >= maxRecords) break;
                if (r.offset < next) continue;
                next = r.offset + 1;
                out.push_back(ConsumedRecord{tp, std::move(r)});
            }
            if (out.size() >= maxRecords) break;
        }
        pos->second = next;
    }
    if (n > 0) state.nextPartition = (state.nextPartition + 1) % n;
    co_return out;
}

} // namespace

Result<std::unique_ptr<GroupConsumer>> GroupConsumer::create(ClientConfig client, GroupConsumerConfig group) {
    if (client.bootstrapServers.empty()) return makeError(ErrorCode::InvalidRequest, "no bootstrap servers given");
    if (group.groupId.empty()) return makeError(ErrorCode::InvalidGroupId, "a group id is required");
    if (group.topics.empty()) return makeError(ErrorCode::InvalidRequest, "no topics to consume");
    auto transports = TransportFactory::create(client);
    if (!transports) return transports.error();
    auto net = std::make_unique<NetworkClient>(std::move(client), std::move(*transports));
    return std::unique_ptr<GroupConsumer>(new GroupConsumer(std::move(net), std::move(group)));
}

GroupConsumer::GroupConsumer(std::unique_ptr<NetworkClient> net, GroupConsumerConfig group)
    : m_net(std::move(net)), m_state(std::make_shared<MemberState>(std::move(group))) {
    m_state->heartbeatTimer = std::make_shared<asio::steady_timer>(m_net->executor());
    asio::co_spawn(m_net->executor(), membership::run(*m_net, m_state), asio::detached);
}

GroupConsumer::~GroupConsumer() {
    if (!m_closed) {
        auto closed = close(CallOptions{std::chrono::duration_cast<std::chrono::milliseconds>(kCloseWait), {}});
        closed.wait_for(kCloseWait + std::chrono::seconds(1));
    }
    // The timer must go before the io_context it belongs to: drop it on the member's
    // thread, where the heartbeat loop sees `stopping` and ends.
    std::promise<void> dropped;
    asio::post(m_net->executor(), [state = m_state, &dropped] {
        state->stopping = true;
        state->heartbeatTimer.reset();
        dropped.set_value();
    });
    dropped.get_future().wait();
    m_net.reset();
}

std::future<Result<std::vector<ConsumedRecord>>> GroupConsumer::poll(std::chrono::milliseconds maxWait,
                                                                     size_t maxRecords,
                                                                     Callback<std::vector<ConsumedRecord>> done) {
    const auto deadline = Clock::now() + maxWait;
    return m_net->start<std::vector<ConsumedRecord>>(
        [net = m_net.get(), state = m_state, deadline, maxRecords]() -> ops::Op<std::vector<ConsumedRecord>> {
            for (;;) {
                if (state->stopping) co_return closedError();
                if (state->stable && !state->assignment.empty()) {
                    // Fetches themselves get a little time even when the wait is spent.
                    auto records = co_await fetchRound(*net, *state, maxRecords,
                                                       std::max(deadline, Clock::now() + net->config().requestTimeout));
                    if (!records || !records->empty()) co_return records;
                }
                if (Clock::now() + kPollStep >= deadline) co_return std::vector<ConsumedRecord>{};
                co_await sleepFor(kPollStep);
            }
        },
        std::move(done));
}

std::future<Result<Done>> GroupConsumer::commit(CallOptions options, Callback<Done> done) {
    return m_net->start<Done>(
        [net = m_net.get(), state = m_state, deadline = m_net->deadlineFor(options)]() -> ops::Op<Done> {
            if (state->stopping) co_return closedError();
            co_return co_await membership::commitPositions(*net, *state, deadline);
        },
        std::move(done), options.cancellation);
}

std::future<Result<Done>> GroupConsumer::close(CallOptions options, Callback<Done> done) {
    m_closed = true;
    return m_net->start<Done>(
        [net = m_net.get(), state = m_state, deadline = m_net->deadlineFor(options)]() -> ops::Op<Done> {
            if (state->stopping) co_return Done{};
            Result<Done> committed = Done{};
            if (state->stable) committed = co_await membership::commitPositions(*net, *state, deadline);
            state->stopping = true;
            if (state->heartbeatTimer) state->heartbeatTimer->cancel();
            auto left = co_await membership::leave(*net, *state, deadline);
            if (!committed) co_return committed.error();
            co_return left;
        },
        std::move(done), options.cancellation);
}

std::future<Result<MemberStatus>> GroupConsumer::status() {
    return m_net->start<MemberStatus>(
        [state = m_state]() -> ops::Op<MemberStatus> { co_return state->status(); }, {});
}

} // namespace samsa::client
