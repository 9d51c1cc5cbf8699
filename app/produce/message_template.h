#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>
#include <vector>

namespace samsa::app {

// The values placeholders take for one record. {{uuid}} and {{random}} are drawn once
// per record, so a key and a value can carry the same id.
class TemplateContext {
public:
    explicit TemplateContext(quint32 seed = QRandomGenerator::global()->generate())
        : m_random(seed) {}

    // Starts record number `index` (counting from 0), sent at `nowMs`.
    void startRecord(int64_t index, int64_t nowMs);

    int64_t index() const { return m_index; }
    int64_t nowMs() const { return m_nowMs; }
    QByteArray uuid();
    QByteArray nowIso();
    quint32 random();

private:
    QRandomGenerator m_random;
    int64_t m_index = 0;
    int64_t m_nowMs = 0;
    QByteArray m_uuid;
    QByteArray m_nowIso;
    std::optional<quint32> m_randomValue;
};

// Text (UTF-8 bytes) with placeholders, parsed once and expanded for every record:
//   {{i}}       the record's number, 0 to N-1
//   {{uuid}}    a random UUID
//   {{now}}     the time of sending, milliseconds since the Unix epoch
//   {{nowIso}}  the same as ISO 8601 in UTC
//   {{random}}  a random whole number from 0 to 2147483647
// Spaces inside the braces are allowed ({{ i }}).
class MessageTemplate {
public:
    // Nothing, with `error` set, for an unknown placeholder or a "{{" never closed.
    static std::optional<MessageTemplate> parse(QByteArrayView text, QString* error);
    // Text taken as it is, braces included.
    static MessageTemplate literal(QByteArray text);

    // The names above, for help texts.
    static QStringList placeholders();

    bool hasPlaceholders() const;
    QByteArray expand(TemplateContext& context) const;
    // Appends the expansion, for callers that build bytes of their own type.
    template <typename Out> void expandInto(Out& out, TemplateContext& context) const {
        for (const auto& part : m_parts) {
            const QByteArray text = part.kind == Kind::Text ? part.text : value(part.kind, context);
            out.insert(out.end(), text.begin(), text.end());
        }
    }

private:
    enum class Kind { Text, Index, Uuid, NowMs, NowIso, Random };
    struct Part {
        Kind kind = Kind::Text;
        QByteArray text;
    };
    static QByteArray value(Kind kind, TemplateContext& context);

    std::vector<Part> m_parts;
};

} // namespace samsa::app
