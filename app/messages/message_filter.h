#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

#include "client/record_types.h"

namespace samsa::app {

// A condition on some text of a record: contains, or matches a regular expression.
struct TextCondition {
    enum class Mode { Contains, Regex };
    QString text;
    Mode mode = Mode::Contains;
    bool caseSensitive = false;

    bool isActive() const { return !text.isEmpty(); }
    bool operator==(const TextCondition&) const = default;
};

// What the user asks to find in a topic. Every condition that is set must hold.
struct MessageFilter {
    enum class JsonMatch { Equals, Contains };

    TextCondition key;
    TextCondition value;
    // A header whose name is headerName (any header when empty) and whose value meets
    // headerValue (any value when inactive). Unused when both are empty.
    QString headerName;
    TextCondition headerValue;
    // The value at jsonPath in the record's JSON value equals or contains jsonValue; with
    // jsonValue empty, the path merely has to exist.
    QString jsonPath;
    JsonMatch jsonMatch = JsonMatch::Equals;
    QString jsonValue;
    QList<int> partitions; // empty: every partition
    std::optional<qint64> fromMs; // record timestamps at or after
    std::optional<qint64> toMs;   // record timestamps at or before

    bool isEmpty() const;
    // One line for lists and status text: value contains “x” · customer.id = 42.
    QString summary() const;

    QJsonObject toJson() const;
    static MessageFilter fromJson(const QJsonObject& json);
    bool operator==(const MessageFilter&) const = default;
};

// Which input of the filter a problem is about, so it is shown next to that input.
enum class FilterField { Key, Value, HeaderName, HeaderValue, JsonPath, JsonValue, TimeRange };

struct FilterProblem {
    FilterField field;
    QString message;
};

// A filter made ready to run on a worker thread over millions of records: expressions
// compiled, the JSON path parsed, texts turned into bytes. Matching touches only the
// record's bytes; nothing is allocated per record for plain "contains" conditions and
// JSON paths.
class CompiledFilter {
public:
    // Null, with the problems of each input in *problems, when some input is unusable.
    static std::shared_ptr<const CompiledFilter> compile(const MessageFilter& filter, QList<FilterProblem>* problems);
    ~CompiledFilter();

    bool matches(int32_t partition, const client::FetchedRecord& record) const;
    // True when it lets every record through.
    bool acceptsAll() const { return m_acceptsAll; }
    const MessageFilter& filter() const { return m_filter; }

private:
    struct Parts;
    CompiledFilter(MessageFilter filter, std::unique_ptr<Parts> parts);

    MessageFilter m_filter;
    std::unique_ptr<Parts> m_parts;
    bool m_acceptsAll = false;
};

} // namespace samsa::app
