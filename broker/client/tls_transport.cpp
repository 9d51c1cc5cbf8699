#include "client/tls_transport.h"

#include <openssl/ssl.h>

namespace samsa::client {

namespace {

class TlsTransport final : public Transport {
public:
    explicit TlsTransport(std::unique_ptr<asio::ssl::stream<asio::ip::tcp::socket>> stream)
        : m_stream(std::move(stream)) {}

    asio::awaitable<void> write(std::span<const uint8_t> data) override {
        co_await asio::async_write(*m_stream, asio::buffer(data.data(), data.size()), asio::use_awaitable);
    }
    asio::awaitable<void> read(std::span<uint8_t> data) override {
        co_await asio::async_read(*m_stream, asio::buffer(data.data(), data.size()), asio::use_awaitable);
    }
    void close() override {
        // No close_notify exchange: the connection is being dropped either way, and a
        // peer that stopped reading would stall it.
        asio::error_code ec;
        m_stream->lowest_layer().shutdown(asio::ip::tcp::socket::shutdown_both, ec);
        m_stream->lowest_layer().close(ec);
    }

private:
    std::unique_ptr<asio::ssl::stream<asio::ip::tcp::socket>> m_stream;
};

ClientError tlsError(const std::string& what, const asio::error_code& ec) {
    return makeError(ErrorCode::InvalidRequest, what + ": " + ec.message(), kNoNode, Step::Tls);
}

} // namespace

TlsContext::TlsContext(TlsConfig config)
    : m_context(asio::ssl::context::tls_client), m_config(std::move(config)) {}

Result<std::shared_ptr<TlsContext>> TlsContext::create(const TlsConfig& config) {
    std::shared_ptr<TlsContext> tls(new TlsContext(config));
    auto& ctx = tls->m_context;
    asio::error_code ec;
    ctx.set_options(asio::ssl::context::default_workarounds | asio::ssl::context::no_sslv2 |
                        asio::ssl::context::no_sslv3 | asio::ssl::context::no_tlsv1 |
                        asio::ssl::context::no_tlsv1_1,
                    ec);
    if (config.caFile.empty())
        ctx.set_default_verify_paths(ec);
    else
        ctx.load_verify_file(config.caFile, ec);
    if (ec) return tlsError("cannot load the CA certificates", ec);
    if (!config.keyPassword.empty()) {
        ctx.set_password_callback(
            [password = config.keyPassword](std::size_t, asio::ssl::context::password_purpose) { return password; },
            ec);
    }
    if (!config.certFile.empty()) {
        ctx.use_certificate_chain_file(config.certFile, ec);
        if (ec) return tlsError("cannot load the client certificate " + config.certFile, ec);
        ctx.use_private_key_file(config.keyFile.empty() ? config.certFile : config.keyFile,
                                 asio::ssl::context::pem, ec);
        if (ec) return tlsError("cannot load the client key", ec);
    }
    ctx.set_verify_mode(config.verifyPeer ? asio::ssl::verify_peer : asio::ssl::verify_none, ec);
    return tls;
}

asio::awaitable<Result<std::unique_ptr<Transport>>> tlsHandshake(asio::ip::tcp::socket socket, TlsContext& tls,
                                                                 const HostPort& address, int32_t nodeId,
                                                                 Clock::time_point deadline, StepReport& step) {
    const auto start = Clock::now();
    auto stream = std::make_unique<asio::ssl::stream<asio::ip::tcp::socket>>(std::move(socket), tls.context());
    // Server name indication: brokers behind one address pick their certificate by it.
    SSL_set_tlsext_host_name(stream->native_handle(), address.host.c_str());
    if (tls.config().verifyPeer && tls.config().verifyHostname)
        stream->set_verify_callback(asio::ssl::host_name_verification(address.host));

    asio::error_code ec;
    {
        auto* raw = stream.get();
        DeadlineGuard guard(raw->get_executor(), deadline, [raw] {
            asio::error_code ignored;
            raw->lowest_layer().close(ignored);
        });
        co_await stream->async_handshake(asio::ssl::stream_base::client,
                                         asio::redirect_error(asio::use_awaitable, ec));
        step.elapsed = elapsedSince(start);
        if (guard.expired()) {
            step.detail = "timed out";
            co_return makeError(ErrorCode::RequestTimedOut,
                                "TLS handshake with " + address.toString() + " timed out", nodeId, Step::Tls);
        }
    }
    if (ec) {
        step.detail = ec.message();
        co_return makeError(ErrorCode::NetworkException,
                            "TLS handshake with " + address.toString() + " failed: " + ec.message(), nodeId,
                            Step::Tls);
    }
    step.ok = true;
    step.detail = SSL_get_version(stream->native_handle());
    co_return std::unique_ptr<Transport>(std::make_unique<TlsTransport>(std::move(stream)));
}

} // namespace samsa::client
