#include "message_round_trip.h"

#include <algorithm>
#include <functional>
#include <string_view>

#include "protocol/messages/all_messages.h"
#include "protocol/wire/writer.h"

namespace samsa::protocol::captures {

namespace {

using namespace messages;

template <typename T>
concept ApiMessage = requires { T::kApiKey; };

template <typename T>
constexpr bool isResponse() {
    return std::string_view(T::kName).ends_with("Response");
}

// Calls f.template operator()<T>() for the request (or response) type of `apiKey`.
// Returns false when the schema has no such message.
template <bool Response, typename F, typename... T>
bool withMessageType(TypeList<T...>, int16_t apiKey, F&& f) {
    bool found = false;
    auto visit = [&]<typename M>() {
        if constexpr (ApiMessage<M>) {
            if constexpr (isResponse<M>() == Response) {
                if (!found && M::kApiKey == apiKey) {
                    found = true;
                    f.template operator()<M>();
                }
            }
        }
    };
    (visit.template operator()<T>(), ...);
    return found;
}

std::string describe(const Exchange& e, std::string_view what) {
    return "connection " + std::to_string(e.connection) + " api " + std::to_string(e.header.apiKey) + " v" +
           std::to_string(e.header.apiVersion) + " correlation " + std::to_string(e.header.correlationId) +
           ": " + std::string(what);
}

std::optional<std::string> compareBytes(const Bytes& encoded, const Bytes& captured) {
    if (encoded == captured) return std::nullopt;
    const auto mismatch = std::mismatch(encoded.begin(), encoded.end(), captured.begin(), captured.end());
    return "re-encoded " + std::to_string(encoded.size()) + " bytes differ from the captured " +
           std::to_string(captured.size()) + " at offset " +
           std::to_string(std::distance(encoded.begin(), mismatch.first));
}

template <typename T>
std::optional<std::string> roundTrip(const Bytes& frame, int16_t version, Reader& r,
                                     const std::function<void(Writer&)>& encodeHeader) {
    if (version < T::kMinVersion || version > T::kMaxVersion)
        return std::string(T::kName) + " has no version " + std::to_string(version) + " in the schema";
    T body;
    try {
        body.decode(r, version);
    } catch (const DecodeError& err) {
        return std::string(T::kName) + " does not decode: " + err.what();
    }
    if (!r.atEnd()) return std::string(T::kName) + " leaves " + std::to_string(r.remaining()) + " bytes";
    Writer w;
    encodeHeader(w);
    body.encode(w, version);
    return compareBytes(w.bytes(), frame);
}

} // namespace

std::optional<std::string> checkRequestRoundTrip(const Exchange& e) {
    Reader r(e.request);
    DecodedRequestHeader header;
    try {
        header = decodeRequestHeader(r);
    } catch (const DecodeError& err) {
        return describe(e, std::string("request header does not decode: ") + err.what());
    }
    std::optional<std::string> problem;
    const bool known = withMessageType<false>(AllMessageTypes{}, header.apiKey, [&]<typename T>() {
        problem = roundTrip<T>(e.request, header.apiVersion, r, [&](Writer& w) {
            encodeRequestHeader(w, header.apiKey, header.apiVersion, header.correlationId, header.clientId);
        });
    });
    if (!known) return describe(e, "no request type for this api key");
    if (problem) return describe(e, "request: " + *problem);
    return std::nullopt;
}

std::optional<std::string> checkResponseRoundTrip(const Exchange& e) {
    if (!e.response) return std::nullopt;
    const int16_t apiKey = e.header.apiKey;
    const int16_t version = e.header.apiVersion;
    Reader r(*e.response);
    ResponseHeader header;
    try {
        header.decode(r, responseHeaderVersion(apiKey, version));
    } catch (const DecodeError& err) {
        return describe(e, std::string("response header does not decode: ") + err.what());
    }
    if (header.correlationId != e.header.correlationId) return describe(e, "response has another correlation id");
    if (!header.unknownTaggedFields.empty()) return describe(e, "response header carries tagged fields");
    std::optional<std::string> problem;
    const bool known = withMessageType<true>(AllMessageTypes{}, apiKey, [&]<typename T>() {
        problem = roundTrip<T>(*e.response, version, r, [&](Writer& w) {
            encodeResponseHeader(w, apiKey, version, header.correlationId);
        });
    });
    if (!known) return describe(e, "no response type for this api key");
    if (problem) return describe(e, "response: " + *problem);
    return std::nullopt;
}

} // namespace samsa::protocol::captures
