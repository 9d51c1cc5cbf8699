#include "client/result.h"

namespace samsa::client {

std::string_view stepName(Step step) {
    switch (step) {
    case Step::Resolve: return "resolve";
    case Step::Connect: return "connect";
    case Step::Tls: return "TLS handshake";
    case Step::ApiVersions: return "ApiVersions";
    case Step::Authenticate: return "authentication";
    case Step::Request: return "request";
    }
    return "unknown";
}

std::string ClientError::toString() const {
    std::string out(errorName(code));
    if (!message.empty()) out += ": " + message;
    if (nodeId != kNoNode) out += " (node " + std::to_string(nodeId) + ")";
    if (step != Step::Request) out += " [" + std::string(stepName(step)) + "]";
    return out;
}

ClientError makeError(ErrorCode code, std::string message, int32_t nodeId, Step step) {
    if (message.empty()) message = std::string(errorMessage(code));
    return ClientError{code, std::move(message), nodeId, step};
}

} // namespace samsa::client
