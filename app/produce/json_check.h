#pragma once

#include <QByteArrayView>
#include <QString>
#include <optional>

namespace samsa::app {

// Where and why text is not JSON. line and column count from 1; 0 when the problem has
// no single place.
struct JsonProblem {
    int line = 0;
    int column = 0;
    QString message;
};

// Nothing when `utf8` is exactly one JSON value of any kind (object, array, string,
// number, true, false, null), whitespace around it allowed.
std::optional<JsonProblem> checkJson(QByteArrayView utf8);

} // namespace samsa::app
