#pragma once

#include "client/result.h"

#include <QString>

namespace samsa::ui {

// What the user asked for when the test ran; some failures read differently
// depending on it (a TLS listener looks like "not a Kafka broker" to a plain client).
struct ConnectionAttempt {
    bool tls = false;
    bool sasl = false;
};

// A plain-language account of why connecting failed and what to try, for the first
// failed step of a connection test. It tells a wrong host name from a closed port, a
// firewall, a TLS mismatch, a bad password and a server that is not Kafka at all.
QString explainConnectionFailure(const client::ClientError& error, const ConnectionAttempt& attempt = {});

// The name of a connection step as the step list shows it: "Resolve host", "TLS handshake"...
QString connectionStepTitle(client::Step step);

// A short account of a step's outcome for the step list: "connected to 127.0.0.1:9092",
// "ApiVersions answered (v3, 60 APIs)", "3 brokers". Falls back to the client's own
// detail for anything it does not recognise.
QString connectionStepDetail(const client::StepReport& step);

// The broker count the Metadata step reported, or -1.
int brokerCountFromStep(const client::StepReport& step);

} // namespace samsa::ui
