#pragma once

#include <asio.hpp>
#include <optional>

#include "common/error_code.h"
#include "net/connection.h"
#include "protocol/messages/headers.h"
#include "protocol/wire/reader.h"
#include "protocol/wire/writer.h"

namespace samsa::server {

class BrokerCore;

// A complete response frame (size prefix included), or nothing for requests that get no
// answer (Produce with acks=0).
using Response = std::optional<protocol::Bytes>;

// Everything one handler needs for one request: who sent it, its header, a reader over
// its body, and the broker's services.
struct RequestContext {
    const net::ConnectionInfo& connection;
    protocol::messages::DecodedRequestHeader header;
    protocol::Reader body;
    BrokerCore& broker;

    int16_t version() const { return header.apiVersion; }

    // False for versions that are advertised but below what the broker serves; the
    // handler answers those with UNSUPPORTED_VERSION.
    bool versionServed() const;

    template <typename Request>
    Request decode() {
        Request request;
        request.decode(body, header.apiVersion);
        return request;
    }

    template <typename Body>
    Response respond(const Body& response) const {
        protocol::Writer w;
        const size_t sizeAt = w.reserveInt32();
        protocol::messages::encodeResponseHeader(w, header.apiKey, header.apiVersion,
                                                 header.correlationId);
        response.encode(w, header.apiVersion);
        w.patchInt32(sizeAt, static_cast<int32_t>(w.size() - 4));
        return w.take();
    }
};

using Handler = asio::awaitable<Response> (*)(RequestContext&);

} // namespace samsa::server
