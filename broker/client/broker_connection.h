#pragma once

#include <asio.hpp>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

#include "client/client_config.h"
#include "client/result.h"
#include "client/transport.h"
#include "protocol/messages/api_table.h"
#include "protocol/wire/types.h"
#include "protocol/wire/writer.h"

namespace samsa::client {

using protocol::Bytes;

// What a broker said it supports, from its ApiVersions answer.
class ApiVersionMap {
public:
    void set(int16_t apiKey, protocol::messages::VersionRange range) { m_ranges[apiKey] = range; }
    std::optional<protocol::messages::VersionRange> find(int16_t apiKey) const;
    // The highest version both sides support, or nothing if the ranges do not meet.
    std::optional<int16_t> pick(int16_t apiKey, int16_t ourMin, int16_t ourMax) const;
    const std::map<int16_t, protocol::messages::VersionRange>& all() const { return m_ranges; }

private:
    std::map<int16_t, protocol::messages::VersionRange> m_ranges;
};

// One connection to one broker. Opening runs every step (resolve, connect, TLS,
// ApiVersions, SASL) and remembers how each went. Requests are pipelined: any number
// can be in flight, matched to their answers by correlation id; a writer coroutine
// sends frames in order and a reader coroutine hands each answer to its waiter.
// Lives on the client's single io_context thread: no locking.
class BrokerConnection : public std::enable_shared_from_this<BrokerConnection> {
public:
    BrokerConnection(asio::any_io_executor ex, std::shared_ptr<const TransportFactory> transports,
                     const ClientConfig& config, int32_t nodeId, HostPort address);
    ~BrokerConnection();

    int32_t nodeId() const { return m_nodeId; }
    const HostPort& address() const { return m_address; }
    bool isOpen() const { return m_state == State::Open; }
    size_t inFlight() const { return m_pending.size(); }
    const ApiVersionMap& apiVersions() const { return m_versions; }
    // How the last opening attempt went, step by step.
    const std::vector<StepReport>& lastSteps() const { return m_steps; }

    // Opens the connection unless it is open; callers arriving during an attempt share it.
    asio::awaitable<Result<Done>> ensureOpen(Clock::time_point deadline);

    // Sends one request and returns the response body (after the response header).
    // `encodeBody` writes the request body for `version`. Fails with REQUEST_TIMED_OUT
    // if no answer comes within the request timeout or before `deadline`.
    asio::awaitable<Result<Bytes>> roundTrip(int16_t apiKey, int16_t version,
                                             const std::function<void(protocol::Writer&)>& encodeBody,
                                             Clock::time_point deadline);

    // Queues a request the broker will not answer (Produce with acks=0). The connection
    // must be open; a write failure later closes it like any other.
    Result<Done> sendWithoutResponse(int16_t apiKey, int16_t version,
                                     const std::function<void(protocol::Writer&)>& encodeBody);

    // Drops the connection; requests in flight fail with `reason`.
    void close(const ClientError& reason);

private:
    enum class State { Closed, Opening, Open };
    struct Pending;

    asio::awaitable<Result<Done>> open(Clock::time_point deadline);
    asio::awaitable<Result<Done>> negotiateVersions(Clock::time_point deadline);
    asio::awaitable<Result<Done>> authenticate(Clock::time_point deadline);
    asio::awaitable<Result<Bytes>> send(int16_t apiKey, int16_t version,
                                        const std::function<void(protocol::Writer&)>& encodeBody,
                                        Clock::time_point deadline);
    asio::awaitable<void> readLoop(std::shared_ptr<Transport> transport, uint64_t generation);
    asio::awaitable<void> writeLoop(std::shared_ptr<Transport> transport, uint64_t generation);
    // Frames a request with the next correlation id and queues it for the writer.
    int32_t enqueue(int16_t apiKey, int16_t version, const std::function<void(protocol::Writer&)>& encodeBody);
    void fail(uint64_t generation, const ClientError& reason);
    ClientError stepFailure(Step step, ErrorCode code, const std::string& message);

    asio::any_io_executor m_executor;
    std::shared_ptr<const TransportFactory> m_transports;
    const ClientConfig& m_config;
    int32_t m_nodeId;
    HostPort m_address;

    State m_state = State::Closed;
    uint64_t m_generation = 0; // bumped per transport, so stale coroutines stand down
    std::shared_ptr<Transport> m_transport;
    std::optional<ClientError> m_openError;
    asio::steady_timer m_openSignal; // wakes callers waiting for an attempt to finish
    std::vector<StepReport> m_steps;
    ApiVersionMap m_versions;

    int32_t m_nextCorrelationId = 1;
    std::map<int32_t, std::shared_ptr<Pending>> m_pending;
    std::deque<Bytes> m_outbox;
    asio::steady_timer m_writeSignal;
};

} // namespace samsa::client
