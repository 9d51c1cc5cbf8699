#include "app/produce/json_check.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace samsa::app {

namespace {
// The translation context of these texts; a class, so that lupdate files them under it.
class Text {
    Q_DECLARE_TR_FUNCTIONS(samsa::app::JsonCheck)
};
} // namespace

std::optional<JsonProblem> checkJson(QByteArrayView utf8) {
    if (utf8.trimmed().isEmpty())
        return JsonProblem{0, 0, Text::tr("The value is empty, which is not JSON.")};
    // QJsonDocument only takes an object or an array at the top; inside an array any
    // value is allowed, so the text is checked as the single element of one.
    QByteArray wrapped;
    wrapped.reserve(utf8.size() + 2);
    wrapped += '[';
    wrapped += utf8;
    wrapped += ']';
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt reports the offset just past the character it stumbled on; one more is the
        // opening bracket added above.
        const qsizetype offset = std::clamp<qsizetype>(error.offset - 2, 0, utf8.size());
        const QByteArrayView before = utf8.first(offset);
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        JsonProblem problem;
        problem.line = int(before.count('\n')) + 1;
        problem.column = int(QString::fromUtf8(before.sliced(lineStart)).size()) + 1;
        problem.message = error.errorString();
        return problem;
    }
    if (doc.array().size() != 1)
        return JsonProblem{
            0, 0, Text::tr("The value holds more than one JSON value; wrap them in an array.")};
    return std::nullopt;
}

} // namespace samsa::app
