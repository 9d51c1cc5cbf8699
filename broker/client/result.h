#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

#include "common/error_code.h"

namespace samsa::client {

// Where on the way to an answer something failed. Connection diagnostics report the
// step so a user can tell a wrong host name from a firewall, a TLS mismatch or a bad
// password.
enum class Step : uint8_t {
    Resolve,
    Connect,
    Tls,
    ApiVersions,
    Authenticate,
    Request,
};

std::string_view stepName(Step step);

inline constexpr int32_t kNoNode = -1;

using Clock = std::chrono::steady_clock;

// One step of opening a connection, for diagnostics.
struct StepReport {
    Step step = Step::Connect;
    bool ok = false;
    std::chrono::milliseconds elapsed{0};
    std::string detail; // the address connected to, the TLS version, the error...
};

// A failed call. Kafka's own error codes are used for local failures too (a timeout is
// REQUEST_TIMED_OUT, a lost connection NETWORK_EXCEPTION) so callers handle one kind of
// error.
struct ClientError {
    ErrorCode code = ErrorCode::UnknownServerError;
    std::string message;
    // The broker that answered or could not be reached; ids below -1 stand for the
    // bootstrap servers (-2 the first) before the cluster told us their node ids.
    int32_t nodeId = kNoNode;
    Step step = Step::Request;

    bool retriable() const { return isRetriable(code); }
    std::string toString() const;
};

ClientError makeError(ErrorCode code, std::string message, int32_t nodeId = kNoNode,
                      Step step = Step::Request);

// The outcome of a call: a value or a ClientError. Nothing the client does throws
// across its public API.
template <typename T>
class Result {
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(ClientError error) : m_state(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_state); }
    const T& value() const& { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    const ClientError& error() const { return std::get<1>(m_state); }

private:
    std::variant<T, ClientError> m_state;
};

// For operations whose success carries no value.
struct Done {};

} // namespace samsa::client
