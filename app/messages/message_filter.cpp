#include "app/messages/message_filter.h"

#include "app/messages/json_path.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <cstring>
#include <string_view>

namespace samsa::app {

namespace {

// The translation context of these texts; a class, so that lupdate files them under it.
class Text {
    Q_DECLARE_TR_FUNCTIONS(samsa::app::MessageFilter)
};

char foldAscii(char c) {
    return (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
}

bool isAscii(const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// "Contains" or a regular expression on some bytes of a record (its key, its value, a
// header's value), read as UTF-8.
class TextMatcher {
public:
    TextMatcher() = default;
    // False with *problem set when the expression does not compile.
    bool setUp(const TextCondition& condition, QString* problem) {
        m_active = condition.isActive();
        if (!m_active) return true;
        if (condition.mode == TextCondition::Mode::Regex) {
            QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
            if (!condition.caseSensitive) options |= QRegularExpression::CaseInsensitiveOption;
            m_regex = QRegularExpression(condition.text, options);
            if (!m_regex.isValid()) {
                //: %1 is the regular expression engine's own explanation; %2 a position.
                *problem = Text::tr("Not a valid regular expression: %1 (at character %2)")
                               .arg(m_regex.errorString())
                               .arg(m_regex.patternErrorOffset() + 1);
                return false;
            }
            m_regex.optimize();
            m_useRegex = true;
            return true;
        }
        m_needle = condition.text.toStdString();
        m_caseSensitive = condition.caseSensitive;
        m_text = condition.text;
        // Byte comparison folds ASCII letters only; other scripts go through Qt's
        // Unicode-aware comparison.
        m_byteSearch = m_caseSensitive || isAscii(m_needle);
        if (!m_caseSensitive)
            std::transform(m_needle.begin(), m_needle.end(), m_needle.begin(), foldAscii);
        return true;
    }

    bool isActive() const { return m_active; }

    bool matches(const uint8_t* data, size_t size) const {
        const std::string_view hay(reinterpret_cast<const char*>(data), size);
        if (m_useRegex) return m_regex.match(QString::fromUtf8(hay.data(), qsizetype(hay.size()))).hasMatch();
        if (!m_byteSearch)
            return QString::fromUtf8(hay.data(), qsizetype(hay.size())).contains(m_text, Qt::CaseInsensitive);
        if (m_needle.empty()) return true;
        if (m_caseSensitive) return hay.find(m_needle) != std::string_view::npos;
        return containsFolded(hay);
    }

    bool matches(const std::optional<client::Bytes>& bytes) const {
        return bytes && matches(bytes->data(), bytes->size());
    }

private:
    bool containsFolded(std::string_view hay) const {
        const size_t n = m_needle.size();
        if (hay.size() < n) return false;
        const char first = m_needle[0];
        const char firstUpper = (first >= 'a' && first <= 'z') ? char(first - ('a' - 'A')) : first;
        const char* p = hay.data();
        const char* last = hay.data() + hay.size() - n;
        for (; p <= last; ++p) {
            if (*p != first && *p != firstUpper) continue;
            size_t k = 1;
            while (k < n && foldAscii(p[k]) == m_needle[k]) ++k;
            if (k == n) return true;
        }
        return false;
    }

    bool m_active = false;
    bool m_useRegex = false;
    bool m_caseSensitive = false;
    bool m_byteSearch = true;
    std::string m_needle;
    QString m_text;
    QRegularExpression m_regex;
};

std::optional<double> asNumber(std::string_view text) {
    if (text.empty()) return std::nullopt;
    bool ok = false;
    const double v = QByteArray::fromRawData(text.data(), qsizetype(text.size())).toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

// The comparison behind a JSON field condition.
class JsonMatcher {
public:
    void setUp(MessageFilter::JsonMatch match, const QString& value) {
        m_match = match;
        QString v = value.trimmed();
        // "abc" in quotes asks for the string abc, not a number or keyword.
        if (v.size() >= 2 && v.startsWith(QLatin1Char('"')) && v.endsWith(QLatin1Char('"'))) {
            v = v.mid(1, v.size() - 2);
            m_stringOnly = true;
        }
        m_any = v.isEmpty() && !m_stringOnly;
        m_expected = v.toStdString();
        m_number = m_stringOnly ? std::nullopt : asNumber(m_expected);
        TextCondition contains;
        contains.text = v;
        QString ignored;
        m_contains.setUp(contains, &ignored);
    }

    bool accepts(const JsonPath::Value& found) const {
        if (m_any) return true;
        if (m_stringOnly && !found.isString) return false;
        if (m_match == MessageFilter::JsonMatch::Contains)
            return m_contains.matches(reinterpret_cast<const uint8_t*>(found.text.data()), found.text.size());
        if (found.text == m_expected) return true;
        // 42 equals 42.0 and 4.2e1.
        if (m_number && !found.isString)
            if (auto n = asNumber(found.text)) return *n == *m_number;
        return false;
    }

private:
    MessageFilter::JsonMatch m_match = MessageFilter::JsonMatch::Equals;
    bool m_any = false;
    bool m_stringOnly = false;
    std::string m_expected;
    std::optional<double> m_number;
    TextMatcher m_contains;
};

QString conditionSummary(const QString& what, const TextCondition& c) {
    if (c.mode == TextCondition::Mode::Regex)
        //: Filter summary, e.g. value ~ /ord-1[0-9]+/.
        return Text::tr("%1 ~ /%2/").arg(what, c.text);
    //: Filter summary, e.g. key contains “cust-42”.
    return Text::tr("%1 contains “%2”").arg(what, c.text);
}

QJsonObject conditionToJson(const TextCondition& c) {
    return QJsonObject{{QStringLiteral("text"), c.text},
                       {QStringLiteral("regex"), c.mode == TextCondition::Mode::Regex},
                       {QStringLiteral("caseSensitive"), c.caseSensitive}};
}

TextCondition conditionFromJson(const QJsonValue& v) {
    const QJsonObject o = v.toObject();
    TextCondition c;
    c.text = o.value(QStringLiteral("text")).toString();
    c.mode = o.value(QStringLiteral("regex")).toBool() ? TextCondition::Mode::Regex : TextCondition::Mode::Contains;
    c.caseSensitive = o.value(QStringLiteral("caseSensitive")).toBool();
    return c;
}

} // namespace

bool MessageFilter::isEmpty() const {
    return !key.isActive() && !value.isActive() && headerName.isEmpty() && !headerValue.isActive() &&
           jsonPath.trimmed().isEmpty() && partitions.isEmpty() && !fromMs && !toMs;
}

QString MessageFilter::summary() const {
    QStringList parts;
    if (key.isActive()) parts << conditionSummary(Text::tr("key"), key);
    if (value.isActive()) parts << conditionSummary(Text::tr("value"), value);
    if (!headerName.isEmpty() || headerValue.isActive()) {
        const QString name =
            headerName.isEmpty() ? Text::tr("any header") : Text::tr("header %1").arg(headerName);
        parts << (headerValue.isActive() ? conditionSummary(name, headerValue) : name);
    }
    if (!jsonPath.trimmed().isEmpty()) {
        if (jsonValue.trimmed().isEmpty())
            //: Filter summary: the JSON path exists in the value.
            parts << Text::tr("%1 exists").arg(jsonPath.trimmed());
        else if (jsonMatch == JsonMatch::Equals)
            parts << Text::tr("%1 = %2").arg(jsonPath.trimmed(), jsonValue.trimmed());
        else
            parts << Text::tr("%1 contains “%2”").arg(jsonPath.trimmed(), jsonValue.trimmed());
    }
    if (!partitions.isEmpty()) {
        QStringList numbers;
        for (int p : partitions) numbers << QString::number(p);
        parts << Text::tr("partitions %1").arg(numbers.join(QStringLiteral(", ")));
    }
    const QLocale locale;
    auto time = [&](qint64 ms) {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
    };
    if (fromMs && toMs)
        parts << Text::tr("from %1 to %2").arg(time(*fromMs), time(*toMs));
    else if (fromMs)
        parts << Text::tr("from %1").arg(time(*fromMs));
    else if (toMs)
        parts << Text::tr("until %1").arg(time(*toMs));
    return parts.join(QStringLiteral(" · "));
}

QJsonObject MessageFilter::toJson() const {
    QJsonObject o;
    o.insert(QStringLiteral("key"), conditionToJson(key));
    o.insert(QStringLiteral("value"), conditionToJson(value));
    o.insert(QStringLiteral("headerName"), headerName);
    o.insert(QStringLiteral("headerValue"), conditionToJson(headerValue));
    o.insert(QStringLiteral("jsonPath"), jsonPath);
    o.insert(QStringLiteral("jsonMatch"), jsonMatch == JsonMatch::Contains ? QStringLiteral("contains")
                                                                            : QStringLiteral("equals"));
    o.insert(QStringLiteral("jsonValue"), jsonValue);
    QJsonArray list;
    for (int p : partitions) list.append(p);
    o.insert(QStringLiteral("partitions"), list);
    // As strings: JSON numbers lose precision past 2^53 in some readers.
    if (fromMs) o.insert(QStringLiteral("fromMs"), QString::number(*fromMs));
    if (toMs) o.insert(QStringLiteral("toMs"), QString::number(*toMs));
    return o;
}

MessageFilter MessageFilter::fromJson(const QJsonObject& o) {
    MessageFilter f;
    f.key = conditionFromJson(o.value(QStringLiteral("key")));
    f.value = conditionFromJson(o.value(QStringLiteral("value")));
    f.headerName = o.value(QStringLiteral("headerName")).toString();
    f.headerValue = conditionFromJson(o.value(QStringLiteral("headerValue")));
    f.jsonPath = o.value(QStringLiteral("jsonPath")).toString();
    f.jsonMatch = o.value(QStringLiteral("jsonMatch")).toString() == QLatin1String("contains") ? JsonMatch::Contains
                                                                                             : JsonMatch::Equals;
    f.jsonValue = o.value(QStringLiteral("jsonValue")).toString();
    for (const auto& p : o.value(QStringLiteral("partitions")).toArray()) f.partitions.append(p.toInt());
    bool ok = false;
    if (const qint64 from = o.value(QStringLiteral("fromMs")).toString().toLongLong(&ok); ok) f.fromMs = from;
    if (const qint64 to = o.value(QStringLiteral("toMs")).toString().toLongLong(&ok); ok) f.toMs = to;
    return f;
}

struct CompiledFilter::Parts {
    TextMatcher key;
    TextMatcher value;
    std::string headerName;
    bool header = false;
    TextMatcher headerValue;
    std::optional<JsonPath> path;
    JsonMatcher json;
    std::vector<int> partitions; // sorted
    std::optional<qint64> fromMs;
    std::optional<qint64> toMs;
};

CompiledFilter::CompiledFilter(MessageFilter filter, std::unique_ptr<Parts> parts)
    : m_filter(std::move(filter)), m_parts(std::move(parts)), m_acceptsAll(m_filter.isEmpty()) {}

CompiledFilter::~CompiledFilter() = default;

std::shared_ptr<const CompiledFilter> CompiledFilter::compile(const MessageFilter& filter,
                                                              QList<FilterProblem>* problems) {
    auto parts = std::make_unique<Parts>();
    QList<FilterProblem> found;
    QString problem;
    if (!parts->key.setUp(filter.key, &problem)) found.append({FilterField::Key, problem});
    if (!parts->value.setUp(filter.value, &problem)) found.append({FilterField::Value, problem});
    if (!parts->headerValue.setUp(filter.headerValue, &problem)) found.append({FilterField::HeaderValue, problem});
    parts->headerName = filter.headerName.toStdString();
    parts->header = !filter.headerName.isEmpty() || filter.headerValue.isActive();
    const QString path = filter.jsonPath.trimmed();
    if (!path.isEmpty()) {
        parts->path = JsonPath::parse(path, &problem);
        if (!parts->path) found.append({FilterField::JsonPath, problem});
        parts->json.setUp(filter.jsonMatch, filter.jsonValue);
    } else if (!filter.jsonValue.trimmed().isEmpty()) {
        found.append(
            {FilterField::JsonPath,
             Text::tr("Enter the JSON path whose value to compare, such as customer.id.")});
    }
    if (filter.fromMs && filter.toMs && *filter.fromMs > *filter.toMs)
        found.append(
            {FilterField::TimeRange, Text::tr("The start of the time range is after its end.")});
    parts->partitions.assign(filter.partitions.begin(), filter.partitions.end());
    std::sort(parts->partitions.begin(), parts->partitions.end());
    parts->fromMs = filter.fromMs;
    parts->toMs = filter.toMs;
    if (problems) *problems = found;
    if (!found.isEmpty()) return nullptr;
    return std::shared_ptr<const CompiledFilter>(new CompiledFilter(filter, std::move(parts)));
}

bool CompiledFilter::matches(int32_t partition, const client::FetchedRecord& record) const {
    if (m_acceptsAll) return true;
    const Parts& p = *m_parts;
    // Cheapest tests first: a time or partition miss spares reading the bytes.
    if (p.fromMs && record.timestampMs < *p.fromMs) return false;
    if (p.toMs && record.timestampMs > *p.toMs) return false;
    if (!p.partitions.empty() && !std::binary_search(p.partitions.begin(), p.partitions.end(), partition))
        return false;
    if (p.key.isActive() && !p.key.matches(record.key)) return false;
    if (p.value.isActive() && !p.value.matches(record.value)) return false;
    if (p.header) {
        const bool any = std::any_of(record.headers.begin(), record.headers.end(), [&](const auto& h) {
            if (!p.headerName.empty() && h.key != p.headerName) return false;
            return !p.headerValue.isActive() || p.headerValue.matches(h.value);
        });
        if (!any) return false;
    }
    if (p.path) {
        if (!record.value) return false;
        const std::string_view json(reinterpret_cast<const char*>(record.value->data()), record.value->size());
        if (!p.path->anyValue(json, [&](const JsonPath::Value& v) { return p.json.accepts(v); })) return false;
    }
    return true;
}

} // namespace samsa::app
