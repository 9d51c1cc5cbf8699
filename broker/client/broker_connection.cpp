#include "client/broker_connection.h"

#include <algorithm>

#include "client/codec.h"
#include "client/sasl.h"
#include "protocol/messages/api_versions.h"
#include "protocol/messages/codec_support.h"
#include "protocol/messages/headers.h"
#include "protocol/messages/sasl_authenticate.h"
#include "protocol/messages/sasl_handshake.h"
#include "protocol/wire/reader.h"
#include "protocol/wire/writer.h"

namespace samsa::client {

namespace msg = protocol::messages;

namespace {

// Far above any admin answer, far below what a non-Kafka peer's first bytes read as a
// size would claim ("HTTP" is 1.2 GB): such a peer is refused instead of allocated for.
constexpr int32_t kMaxResponseBytes = 256 * 1024 * 1024;
constexpr int kMaxSaslRounds = 16;

int32_t readBigEndian32(const uint8_t* p) {
    return static_cast<int32_t>((uint32_t(p[0]) << 24) | (uint32_t(p[1]) << 16) | (uint32_t(p[2]) << 8) | p[3]);
}

} // namespace

std::optional<msg::VersionRange> ApiVersionMap::find(int16_t apiKey) const {
    auto it = m_ranges.find(apiKey);
    if (it == m_ranges.end()) return std::nullopt;
    return it->second;
}

std::optional<int16_t> ApiVersionMap::pick(int16_t apiKey, int16_t ourMin, int16_t ourMax) const {
    auto theirs = find(apiKey);
    if (!theirs) return std::nullopt;
    const int16_t high = std::min(ourMax, theirs->max);
    if (high < std::max(ourMin, theirs->min)) return std::nullopt;
    return high;
}

struct BrokerConnection::Pending {
    Pending(const asio::any_io_executor& ex, int16_t key, int16_t ver) : apiKey(key), version(ver), signal(ex) {}
    int16_t apiKey;
    int16_t version;
    std::optional<Result<Bytes>> result;
    asio::steady_timer signal; // cancelled when `result` is set
};

BrokerConnection::BrokerConnection(asio::any_io_executor ex, std::shared_ptr<const TransportFactory> transports,
                                   const ClientConfig& config, int32_t nodeId, HostPort address)
    : m_executor(std::move(ex)),
      m_transports(std::move(transports)),
      m_config(config),
      m_nodeId(nodeId),
      m_address(std::move(address)),
      m_openSignal(m_executor),
      m_writeSignal(m_executor) {}

BrokerConnection::~BrokerConnection() {
    if (m_transport) m_transport->close();
}

ClientError BrokerConnection::stepFailure(Step step, ErrorCode code, const std::string& message) {
    return makeError(code, message, m_nodeId, step);
}

asio::awaitable<Result<Done>> BrokerConnection::ensureOpen(Clock::time_point deadline) {
    auto self = shared_from_this();
    for (;;) {
        if (m_state == State::Open) co_return Done{};
        if (m_state == State::Closed) {
            auto opened = co_await open(deadline);
            m_openSignal.cancel();
            co_return opened;
        }
        if (Clock::now() >= deadline)
            co_return makeError(ErrorCode::RequestTimedOut,
                                "timed out waiting for the connection to " + m_address.toString(), m_nodeId,
                                Step::Connect);
        DeadlineGuard guard(m_executor, deadline, [this] { m_openSignal.cancel(); });
        asio::error_code ec;
        co_await m_openSignal.async_wait(asio::redirect_error(asio::use_awaitable, ec));
        if (m_state == State::Closed && m_openError) co_return *m_openError;
    }
}

asio::awaitable<Result<Done>> BrokerConnection::open(Clock::time_point deadline) {
    m_state = State::Opening;
    m_openError.reset();
    m_openSignal.expires_at(Clock::time_point::max());
    m_steps.clear();
    m_versions = ApiVersionMap();
    const auto openDeadline = std::min(deadline, Clock::now() + m_config.connectTimeout);

    auto finish = [this](Result<Done> r) {
        if (!r) {
            if (m_state != State::Closed) close(r.error());
            m_state = State::Closed;
            m_openError = r.error();
        } else {
            m_state = State::Open;
        }
        return r;
    };

    auto transport = co_await m_transports->open(m_address, m_nodeId, openDeadline, m_steps);
    if (!transport) co_return finish(transport.error());
    m_transport = std::shared_ptr<Transport>(std::move(*transport));
    const uint64_t generation = ++m_generation;
    auto self = shared_from_this();
    asio::co_spawn(m_executor, [self, t = m_transport, generation] { return self->readLoop(t, generation); },
                   asio::detached);
    asio::co_spawn(m_executor, [self, t = m_transport, generation] { return self->writeLoop(t, generation); },
                   asio::detached);

    auto negotiated = co_await negotiateVersions(openDeadline);
    if (!negotiated) co_return finish(negotiated);
    if (m_config.usesSasl()) {
        auto authenticated = co_await authenticate(openDeadline);
        if (!authenticated) co_return finish(authenticated);
    }
    co_return finish(Done{});
}

asio::awaitable<Result<Done>> BrokerConnection::negotiateVersions(Clock::time_point deadline) {
    const auto start = Clock::now();
    auto report = [&](bool ok, std::string detail) {
        m_steps.push_back(StepReport{Step::ApiVersions, ok, elapsedSince(start), std::move(detail)});
    };
    int16_t version = msg::ApiVersionsRequest::kMaxVersion;
    msg::ApiVersionsRequest request;
    request.clientSoftwareName = "samsa";
    request.clientSoftwareVersion = SAMSA_CLIENT_VERSION;
    // A broker that does not know our version answers UNSUPPORTED_VERSION with its own
    // range in a v0 body; one retry with a version it knows then succeeds.
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto body = co_await send(msg::ApiVersionsRequest::kApiKey, version,
                                  [&](protocol::Writer& w) { request.encode(w, version); }, deadline);
        if (!body) {
            report(false, body.error().message);
            ClientError e = body.error();
            e.step = Step::ApiVersions;
            co_return e;
        }
        if (body->size() >= 2 && errorFromWire(int16_t((body->at(0) << 8) | body->at(1))) == ErrorCode::UnsupportedVersion &&
            attempt == 0) {
            // Kafka answers in v0 layout; some servers (librdkafka's mock) in the layout of
            // the version asked. Whichever decodes and lists ApiVersions gives the retry
            // version; a server that says nothing usable still speaks v0.
            std::optional<int16_t> next;
            for (const int16_t layout : {int16_t(0), version}) {
                auto fallback = decodeResponse<msg::ApiVersionsResponse>(*body, layout, m_nodeId);
                if (!fallback) continue;
                auto it = std::find_if(fallback->apiKeys.begin(), fallback->apiKeys.end(),
                                       [](const auto& k) { return k.apiKey == msg::ApiVersionsRequest::kApiKey; });
                if (it != fallback->apiKeys.end() && it->maxVersion >= 0 && it->maxVersion < version) {
                    next = it->maxVersion;
                    break;
                }
            }
            version = next.value_or(0);
            continue;
        }
        auto response = decodeResponse<msg::ApiVersionsResponse>(*body, version, m_nodeId);
        if (!response) {
            report(false, response.error().message);
            co_return stepFailure(Step::ApiVersions, response.error().code, response.error().message);
        }
        if (response->errorCode != 0) {
            const auto code = errorFromWire(response->errorCode);
            report(false, std::string(errorName(code)));
            co_return stepFailure(Step::ApiVersions, code,
                                  "ApiVersions refused by " + m_address.toString() + ": " +
                                      std::string(errorMessage(code)));
        }
        for (const auto& k : response->apiKeys) m_versions.set(k.apiKey, {k.minVersion, k.maxVersion});
        report(true, "v" + std::to_string(version) + ", " + std::to_string(response->apiKeys.size()) + " APIs");
        co_return Done{};
    }
    report(false, "no usable ApiVersions version");
    co_return stepFailure(Step::ApiVersions, ErrorCode::UnsupportedVersion,
                          "the broker at " + m_address.toString() + " supports no ApiVersions version we know");
}

asio::awaitable<Result<Done>> BrokerConnection::authenticate(Clock::time_point deadline) {
    const auto start = Clock::now();
    auto failed = [&](ErrorCode code, std::string message) {
        m_steps.push_back(StepReport{Step::Authenticate, false, elapsedSince(start), message});
        return stepFailure(Step::Authenticate, code, std::move(message));
    };
    const std::string mechanism(saslMechanismName(m_config.sasl.mechanism));

    // Handshake v0 means raw SASL tokens outside Kafka framing; only v1 is spoken here.
    auto handshakeVersion = m_versions.pick(msg::SaslHandshakeRequest::kApiKey, 1, 1);
    auto authVersion = m_versions.pick(msg::SaslAuthenticateRequest::kApiKey, 0,
                                       msg::SaslAuthenticateRequest::kMaxVersion);
    if (!handshakeVersion || !authVersion)
        co_return failed(ErrorCode::UnsupportedVersion, "the broker does not support SaslHandshake v1 and SaslAuthenticate");

    msg::SaslHandshakeRequest handshake;
    handshake.mechanism = mechanism;
    auto body = co_await send(msg::SaslHandshakeRequest::kApiKey, *handshakeVersion,
                              [&](protocol::Writer& w) { handshake.encode(w, *handshakeVersion); }, deadline);
    if (!body) co_return failed(body.error().code, body.error().message);
    auto handshakeResponse = decodeResponse<msg::SaslHandshakeResponse>(*body, *handshakeVersion, m_nodeId);
    if (!handshakeResponse) co_return failed(handshakeResponse.error().code, handshakeResponse.error().message);
    if (handshakeResponse->errorCode != 0) {
        std::string enabled;
        for (const auto& m : handshakeResponse->mechanisms) enabled += (enabled.empty() ? "" : ", ") + m;
        co_return failed(errorFromWire(handshakeResponse->errorCode),
                         "mechanism " + mechanism + " refused; the broker offers: " + enabled);
    }

    auto authenticator = makeSaslAuthenticator(m_config.sasl);
    auto message = authenticator->respond({});
    for (int round = 0; round < kMaxSaslRounds; ++round) {
        if (!message) co_return failed(message.error().code, message.error().message);
        msg::SaslAuthenticateRequest request;
        request.authBytes = std::move(*message);
        auto answer = co_await send(msg::SaslAuthenticateRequest::kApiKey, *authVersion,
                                    [&](protocol::Writer& w) { request.encode(w, *authVersion); }, deadline);
        if (!answer) co_return failed(answer.error().code, answer.error().message);
        auto response = decodeResponse<msg::SaslAuthenticateResponse>(*answer, *authVersion, m_nodeId);
        if (!response) co_return failed(response.error().code, response.error().message);
        if (response->errorCode != 0) {
            const auto code = errorFromWire(response->errorCode);
            co_return failed(code, response->errorMessage.value_or(std::string(errorMessage(code))));
        }
        if (authenticator->complete()) {
            auto verified = authenticator->finish(response->authBytes);
            if (!verified) co_return failed(verified.error().code, verified.error().message);
            m_steps.push_back(StepReport{Step::Authenticate, true, elapsedSince(start),
                                         mechanism + " as " + m_config.sasl.username});
            co_return Done{};
        }
        message = authenticator->respond(response->authBytes);
    }
    co_return failed(ErrorCode::IllegalSaslState, "SASL exchange did not finish");
}

asio::awaitable<Result<Bytes>> BrokerConnection::roundTrip(int16_t apiKey, int16_t version,
                                                           const std::function<void(protocol::Writer&)>& encodeBody,
                                                           Clock::time_point deadline) {
    auto self = shared_from_this();
    auto opened = co_await ensureOpen(deadline);
    if (!opened) co_return opened.error();
    co_return co_await send(apiKey, version, encodeBody, deadline);
}

asio::awaitable<Result<Bytes>> BrokerConnection::send(int16_t apiKey, int16_t version,
                                                      const std::function<void(protocol::Writer&)>& encodeBody,
                                                      Clock::time_point deadline) {
    auto self = shared_from_this();
    if (m_state == State::Closed)
        co_return makeError(ErrorCode::NetworkException, "connection to " + m_address.toString() + " is closed",
                            m_nodeId);
    auto pending = std::make_shared<Pending>(m_executor, apiKey, version);
    const int32_t correlationId = enqueue(apiKey, version, encodeBody);
    m_pending.emplace(correlationId, pending);

    const auto requestDeadline = Clock::now() + m_config.requestTimeout;
    pending->signal.expires_at(std::min(deadline, requestDeadline));
    while (!pending->result) {
        asio::error_code ec;
        co_await pending->signal.async_wait(asio::redirect_error(asio::use_awaitable, ec));
        if (!ec) break; // expired
    }
    if (pending->result) co_return std::move(*pending->result);

    // No answer in time. The answer may still come; the reader drops it as unknown.
    m_pending.erase(correlationId);
    if (Clock::now() >= requestDeadline) {
        // The pipeline behind an unanswered request is stuck too: start over, as Kafka's
        // clients do.
        auto error = makeError(ErrorCode::RequestTimedOut,
                               "no answer from " + m_address.toString() + " within " +
                                   std::to_string(m_config.requestTimeout.count()) + " ms",
                               m_nodeId);
        fail(m_generation, error);
        co_return error;
    }
    co_return makeError(ErrorCode::RequestTimedOut, "operation timed out waiting for " + m_address.toString(),
                        m_nodeId);
}

Result<Done> BrokerConnection::sendWithoutResponse(int16_t apiKey, int16_t version,
                                                   const std::function<void(protocol::Writer&)>& encodeBody) {
    if (m_state != State::Open)
        return makeError(ErrorCode::NetworkException, "connection to " + m_address.toString() + " is not open",
                         m_nodeId);
    enqueue(apiKey, version, encodeBody);
    return Done{};
}

int32_t BrokerConnection::enqueue(int16_t apiKey, int16_t version,
                                  const std::function<void(protocol::Writer&)>& encodeBody) {
    const int32_t correlationId = m_nextCorrelationId;
    m_nextCorrelationId = m_nextCorrelationId == INT32_MAX ? 1 : m_nextCorrelationId + 1;
    protocol::Writer w;
    const size_t sizeAt = w.reserveInt32();
    msg::encodeRequestHeader(w, apiKey, version, correlationId, m_config.clientId);
    encodeBody(w);
    w.patchInt32(sizeAt, static_cast<int32_t>(w.size() - 4));
    m_outbox.push_back(w.take());
    m_writeSignal.cancel();
    return correlationId;
}

asio::awaitable<void> BrokerConnection::readLoop(std::shared_ptr<Transport> transport, uint64_t generation) {
    try {
        for (;;) {
            uint8_t sizeBytes[4];
            co_await transport->read(sizeBytes);
            const int32_t size = readBigEndian32(sizeBytes);
            if (size < 4 || size > kMaxResponseBytes) {
                fail(generation, makeError(ErrorCode::CorruptMessage,
                                           "invalid response size " + std::to_string(size) + " from " +
                                               m_address.toString() + " (is it a Kafka listener?)",
                                           m_nodeId));
                co_return;
            }
            Bytes frame(static_cast<size_t>(size));
            co_await transport->read(frame);
            if (generation != m_generation) co_return;
            protocol::Reader r(frame);
            const int32_t correlationId = r.readInt32();
            auto it = m_pending.find(correlationId);
            if (it == m_pending.end()) continue; // its waiter gave up
            auto pending = it->second;
            m_pending.erase(it);
            if (msg::responseHeaderVersion(pending->apiKey, pending->version) >= 1) {
                std::vector<protocol::RawTaggedField> ignored;
                msg::detail::readTaggedFields(r, ignored);
            }
            pending->result = Bytes(frame.begin() + static_cast<std::ptrdiff_t>(r.position()), frame.end());
            pending->signal.cancel();
        }
    } catch (const asio::system_error& e) {
        fail(generation, makeError(ErrorCode::NetworkException,
                                   "connection to " + m_address.toString() + " lost: " + e.code().message(),
                                   m_nodeId));
    } catch (const protocol::DecodeError& e) {
        fail(generation, makeError(ErrorCode::CorruptMessage,
                                   "malformed response header from " + m_address.toString() + ": " + e.what(),
                                   m_nodeId));
    }
}

asio::awaitable<void> BrokerConnection::writeLoop(std::shared_ptr<Transport> transport, uint64_t generation) {
    try {
        while (generation == m_generation) {
            if (m_outbox.empty()) {
                m_writeSignal.expires_at(Clock::time_point::max());
                asio::error_code ec;
                co_await m_writeSignal.async_wait(asio::redirect_error(asio::use_awaitable, ec));
                continue;
            }
            Bytes frame = std::move(m_outbox.front());
            m_outbox.pop_front();
            co_await transport->write(frame);
        }
    } catch (const asio::system_error& e) {
        fail(generation, makeError(ErrorCode::NetworkException,
                                   "cannot write to " + m_address.toString() + ": " + e.code().message(), m_nodeId));
    }
}

void BrokerConnection::fail(uint64_t generation, const ClientError& reason) {
    if (generation != m_generation) return;
    close(reason);
}

void BrokerConnection::close(const ClientError& reason) {
    ++m_generation;
    if (m_transport) m_transport->close();
    m_transport.reset();
    m_outbox.clear();
    m_writeSignal.cancel();
    auto pending = std::move(m_pending);
    m_pending.clear();
    for (auto& [id, p] : pending) {
        p->result = reason;
        p->signal.cancel();
    }
    if (m_state == State::Open) m_state = State::Closed;
    // An attempt still opening finds out through the failed request it is waiting for.
}

} // namespace samsa::client
