#include "app/produce/message_template.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUuid>
#include <algorithm>
#include <array>
#include <utility>

namespace samsa::app {

namespace {

// The translation context of these texts; a class, so that lupdate files them under it.
class Text {
    Q_DECLARE_TR_FUNCTIONS(samsa::app::MessageTemplate)
};

constexpr QByteArrayView kOpen("{{");
constexpr QByteArrayView kClose("}}");

} // namespace

void TemplateContext::startRecord(int64_t index, int64_t nowMs) {
    m_index = index;
    if (nowMs != m_nowMs) m_nowIso.clear();
    m_nowMs = nowMs;
    m_uuid.clear();
    m_randomValue.reset();
}

QByteArray TemplateContext::uuid() {
    if (m_uuid.isEmpty()) m_uuid = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    return m_uuid;
}

QByteArray TemplateContext::nowIso() {
    if (m_nowIso.isEmpty())
        m_nowIso =
            QDateTime::fromMSecsSinceEpoch(m_nowMs, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
    return m_nowIso;
}

quint32 TemplateContext::random() {
    if (!m_randomValue) m_randomValue = m_random.generate() & 0x7fffffffu;
    return *m_randomValue;
}

QStringList MessageTemplate::placeholders() {
    return {QStringLiteral("{{i}}"), QStringLiteral("{{uuid}}"), QStringLiteral("{{now}}"),
            QStringLiteral("{{nowIso}}"), QStringLiteral("{{random}}")};
}

std::optional<MessageTemplate> MessageTemplate::parse(QByteArrayView text, QString* error) {
    static constexpr std::array<std::pair<QByteArrayView, Kind>, 5> kNames{{
        {"i", Kind::Index},
        {"uuid", Kind::Uuid},
        {"now", Kind::NowMs},
        {"nowIso", Kind::NowIso},
        {"random", Kind::Random},
    }};
    MessageTemplate out;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype open = text.indexOf(kOpen, pos);
        if (open < 0) break;
        const qsizetype close = text.indexOf(kClose, open + kOpen.size());
        if (close < 0) {
            //: %1 is the text that starts the unfinished placeholder
            *error = Text::tr("\"%1\" starts a placeholder that is never closed with }}.")
                         .arg(QString::fromUtf8(
                             text.sliced(open, std::min<qsizetype>(16, text.size() - open))));
            return std::nullopt;
        }
        const QByteArrayView name =
            text.sliced(open + kOpen.size(), close - open - kOpen.size()).trimmed();
        const auto known = std::find_if(kNames.begin(), kNames.end(),
                                        [&](const auto& n) { return n.first == name; });
        if (known == kNames.end()) {
            //: %1 is what the user wrote, %2 the list of placeholders that exist
            *error = Text::tr("Unknown placeholder {{%1}}. Use %2.")
                         .arg(QString::fromUtf8(name), placeholders().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        if (open > pos)
            out.m_parts.push_back({Kind::Text, text.sliced(pos, open - pos).toByteArray()});
        out.m_parts.push_back({known->second, {}});
        pos = close + kClose.size();
    }
    if (pos < text.size()) out.m_parts.push_back({Kind::Text, text.sliced(pos).toByteArray()});
    return out;
}

MessageTemplate MessageTemplate::literal(QByteArray text) {
    MessageTemplate out;
    if (!text.isEmpty()) out.m_parts.push_back({Kind::Text, std::move(text)});
    return out;
}

bool MessageTemplate::hasPlaceholders() const {
    return std::any_of(m_parts.begin(), m_parts.end(),
                       [](const Part& p) { return p.kind != Kind::Text; });
}

QByteArray MessageTemplate::expand(TemplateContext& context) const {
    QByteArray out;
    for (const auto& part : m_parts)
        out += part.kind == Kind::Text ? part.text : value(part.kind, context);
    return out;
}

QByteArray MessageTemplate::value(Kind kind, TemplateContext& context) {
    switch (kind) {
    case Kind::Index:
        return QByteArray::number(static_cast<qint64>(context.index()));
    case Kind::Uuid:
        return context.uuid();
    case Kind::NowMs:
        return QByteArray::number(static_cast<qint64>(context.nowMs()));
    case Kind::NowIso:
        return context.nowIso();
    case Kind::Random:
        return QByteArray::number(context.random());
    case Kind::Text:
        break;
    }
    return {};
}

} // namespace samsa::app
