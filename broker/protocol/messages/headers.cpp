#include "protocol/messages/headers.h"

#include "protocol/messages/api_schemas.h"
#include "protocol/messages/api_versions.h"
#include "protocol/messages/request_header.h"
#include "protocol/messages/response_header.h"
#include "protocol/wire/reader.h"
#include "protocol/wire/writer.h"

namespace samsa::protocol::messages {

int16_t requestHeaderVersion(int16_t apiKey, int16_t apiVersion) {
    const ApiSchema* api = findApiSchema(apiKey);
    // A version above the newest known is still judged by where flexibility starts, so
    // a newer client's ApiVersions request parses and can be answered.
    return api && apiVersion >= api->firstFlexibleRequestVersion ? 2 : 1;
}

int16_t responseHeaderVersion(int16_t apiKey, int16_t apiVersion) {
    if (apiKey == ApiVersionsResponse::kApiKey) return 0;
    const ApiSchema* api = findApiSchema(apiKey);
    return api && apiVersion >= api->firstFlexibleResponseVersion ? 1 : 0;
}

DecodedRequestHeader decodeRequestHeader(Reader& r) {
    Reader peek = r;
    int16_t apiKey = peek.readInt16();
    int16_t apiVersion = peek.readInt16();
    int16_t headerVersion = requestHeaderVersion(apiKey, apiVersion);
    RequestHeader header;
    header.decode(r, headerVersion);
    return DecodedRequestHeader{header.requestApiKey, header.requestApiVersion, header.correlationId,
                                std::move(header.clientId), headerVersion};
}

void encodeRequestHeader(Writer& w, int16_t apiKey, int16_t apiVersion, int32_t correlationId,
                         const std::optional<std::string>& clientId) {
    RequestHeader header;
    header.requestApiKey = apiKey;
    header.requestApiVersion = apiVersion;
    header.correlationId = correlationId;
    header.clientId = clientId;
    header.encode(w, requestHeaderVersion(apiKey, apiVersion));
}

void encodeResponseHeader(Writer& w, int16_t apiKey, int16_t apiVersion, int32_t correlationId) {
    ResponseHeader header;
    header.correlationId = correlationId;
    header.encode(w, responseHeaderVersion(apiKey, apiVersion));
}

} // namespace samsa::protocol::messages
