#pragma once

// Sends group requests to the group's coordinator, found with FindCoordinator and cached
// by the NetworkClient. A coordinator that moved, is loading or cannot be reached is
// looked up again and the request repeated, with backoff, until the deadline.

#include <string>

#include "client/admin_ops.h"

namespace samsa::client::ops {

inline bool isCoordinatorError(ErrorCode code) {
    return code == ErrorCode::NotCoordinator || code == ErrorCode::CoordinatorNotAvailable ||
           code == ErrorCode::CoordinatorLoadInProgress;
}

// `errorOf(body)` returns the response's group-level error code (0 for none); answers
// carrying a coordinator error are retried, anything else is the caller's to read.
template <typename Response, typename Request, typename ErrorOf>
asio::awaitable<Result<Reply<Response>>> sendToCoordinator(NetworkClient& net, const std::string& groupId,
                                                           const Request& request, Clock::time_point deadline,
                                                           ErrorOf errorOf,
                                                           int16_t minVersion = Request::kMinVersion) {
    for (int attempt = 0;; ++attempt) {
        std::optional<ClientError> failure;
        auto node = co_await net.coordinatorFor(groupId, deadline);
        if (!node) {
            failure = node.error();
        } else {
            auto reply = co_await net.send<Response>(Target::node(*node), request, deadline, minVersion);
            if (!reply) {
                failure = reply.error();
            } else {
                const auto code = errorFromWire(errorOf(reply->body));
                if (!isCoordinatorError(code)) co_return reply;
                failure = makeError(code, "group " + groupId + ": " + std::string(errorMessage(code)), *node);
            }
        }
        if (!shouldRetry(*failure) || !co_await net.backoff(attempt, deadline)) co_return *failure;
        // Loading is the one coordinator error where the node stays right.
        if (failure->code != ErrorCode::CoordinatorLoadInProgress) net.forgetCoordinator(groupId);
    }
}

} // namespace samsa::client::ops
