#include "scripted_cluster.h"

#include "net/connection.h"
#include "protocol/messages/api_versions.h"
#include "protocol/messages/create_topics.h"
#include "protocol/messages/headers.h"
#include "protocol/messages/metadata.h"
#include "protocol/messages/sasl_authenticate.h"
#include "protocol/messages/sasl_handshake.h"
#include "protocol/wire/reader.h"
#include "protocol/wire/writer.h"

using namespace samsa;
namespace msg = protocol::messages;

namespace {

template <typename Response>
protocol::Bytes frame(const msg::DecodedRequestHeader& h, const Response& body) {
    protocol::Writer w;
    const size_t at = w.reserveInt32();
    msg::encodeResponseHeader(w, h.apiKey, h.apiVersion, h.correlationId);
    body.encode(w, h.apiVersion);
    w.patchInt32(at, static_cast<int32_t>(w.size() - 4));
    return w.take();
}

template <typename Request>
Request decode(protocol::Reader& r, int16_t version) {
    Request request;
    request.decode(r, version);
    return request;
}

} // namespace

ScriptedCluster::ScriptedCluster(int nodes) {
    for (int node = 1; node <= nodes; ++node) {
        auto acceptor = std::make_unique<asio::ip::tcp::acceptor>(
            m_io, asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0));
        m_ports.push_back(acceptor->local_endpoint().port());
        asio::co_spawn(
            m_io,
            [this, node, a = acceptor.get()]() -> asio::awaitable<void> {
                for (uint64_t id = 1;; ++id) {
                    asio::error_code ec;
                    auto socket = co_await a->async_accept(asio::redirect_error(asio::use_awaitable, ec));
                    if (ec) co_return;
                    auto conn = std::make_shared<net::Connection>(
                        std::move(socket), net::ConnectionInfo{id, "client", "scripted"}, net::ConnectionLimits{},
                        [this, node](const net::ConnectionInfo&, protocol::Bytes f) { return handle(node, std::move(f)); },
                        nullptr);
                    conn->start();
                }
            },
            asio::detached);
        m_acceptors.push_back(std::move(acceptor));
    }
    m_thread = std::thread([this] { m_io.run(); });
}

ScriptedCluster::~ScriptedCluster() {
    m_io.stop();
    m_thread.join();
}

std::string ScriptedCluster::bootstrap() const { return "127.0.0.1:" + std::to_string(m_ports.front()); }

void ScriptedCluster::failCreateTopics(int16_t error, int count) {
    std::lock_guard lock(m_mutex);
    m_createError = error;
    m_createErrorsLeft = count;
}

int ScriptedCluster::createTopicsRequests(int node) const {
    std::lock_guard lock(m_mutex);
    auto it = m_createTopics.find(node);
    return it == m_createTopics.end() ? 0 : it->second;
}

std::vector<std::string> ScriptedCluster::saslMechanisms() const {
    std::lock_guard lock(m_mutex);
    return m_mechanisms;
}

std::vector<protocol::Bytes> ScriptedCluster::saslTokens() const {
    std::lock_guard lock(m_mutex);
    return m_tokens;
}

asio::awaitable<std::optional<protocol::Bytes>> ScriptedCluster::handle(int node, protocol::Bytes request) {
    protocol::Reader r(request);
    const auto h = msg::decodeRequestHeader(r);
    std::lock_guard lock(m_mutex);
    switch (h.apiKey) {
    case msg::ApiVersionsRequest::kApiKey: {
        msg::ApiVersionsResponse response;
        for (auto [key, max] : {std::pair<int16_t, int16_t>{3, 12}, {17, 1}, {18, 4}, {19, 7}, {36, 2}})
            response.apiKeys.push_back({key, 0, max, {}});
        co_return frame(h, response);
    }
    case msg::SaslHandshakeRequest::kApiKey: {
        auto body = decode<msg::SaslHandshakeRequest>(r, h.apiVersion);
        m_mechanisms.push_back(body.mechanism);
        msg::SaslHandshakeResponse response;
        response.mechanisms = {"PLAIN"};
        if (body.mechanism != "PLAIN") response.errorCode = 33; // UNSUPPORTED_SASL_MECHANISM
        co_return frame(h, response);
    }
    case msg::SaslAuthenticateRequest::kApiKey: {
        auto body = decode<msg::SaslAuthenticateRequest>(r, h.apiVersion);
        m_tokens.push_back(body.authBytes);
        msg::SaslAuthenticateResponse response;
        const std::string good("\0alice\0secret", 13);
        if (body.authBytes != protocol::Bytes(good.begin(), good.end())) {
            response.errorCode = 58; // SASL_AUTHENTICATION_FAILED
            response.errorMessage = "bad credentials";
        }
        co_return frame(h, response);
    }
    case msg::MetadataRequest::kApiKey: {
        msg::MetadataResponse response;
        for (size_t i = 0; i < m_ports.size(); ++i)
            response.brokers.push_back({int32_t(i + 1), "127.0.0.1", m_ports[i], std::nullopt, {}});
        response.clusterId = "scripted";
        response.controllerId = m_controller;
        co_return frame(h, response);
    }
    case msg::CreateTopicsRequest::kApiKey: {
        auto body = decode<msg::CreateTopicsRequest>(r, h.apiVersion);
        ++m_createTopics[node];
        int16_t error = node == m_controller ? 0 : 41; // NOT_CONTROLLER
        if (error == 0 && m_createErrorsLeft > 0) {
            --m_createErrorsLeft;
            error = m_createError;
        }
        msg::CreateTopicsResponse response;
        for (const auto& t : body.topics) {
            msg::CreateTopicsResponse::CreatableTopicResult result;
            result.name = t.name;
            result.errorCode = error;
            result.numPartitions = t.numPartitions;
            result.replicationFactor = t.replicationFactor;
            response.topics.push_back(std::move(result));
        }
        co_return frame(h, response);
    }
    default:
        co_return std::nullopt;
    }
}
