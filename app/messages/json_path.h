#pragma once

#include <QString>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace samsa::app {

// A path into JSON as people write one in a filter: `customer.id`, `items[0].sku`,
// `items[*].sku` (any element), `["odd key"].x`, optionally starting with `$`. A name
// applied to an array looks in every element, so `items.sku` works too.
//
// Values are found by scanning the raw bytes, without building a document: a filter
// runs this on every record of a topic, and most of each record is skipped unread.
class JsonPath {
public:
    struct Step {
        enum class Kind { Field, Index, AnyIndex } kind = Kind::Field;
        std::string name; // UTF-8, for Field
        int64_t index = 0; // for Index
    };

    // Nullopt with *error set (saying where) when the text is not a path.
    static std::optional<JsonPath> parse(const QString& text, QString* error);

    const std::vector<Step>& steps() const { return m_steps; }

    // What the path reaches: a string's text (unescaped), or the raw JSON text of any
    // other value (number, true, false, null, an object or array as written).
    struct Value {
        std::string_view text;
        bool isString = false;
    };
    using Visitor = std::function<bool(const Value&)>;

    // Calls `visit` for each value the path reaches in `json` until it returns true;
    // returns whether one did. Only the document up to the value is read: JSON that
    // breaks before it reaches nothing, what comes after it is not checked.
    bool anyValue(std::string_view json, const Visitor& visit) const;

private:
    std::vector<Step> m_steps;
};

} // namespace samsa::app
