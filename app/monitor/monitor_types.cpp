#include "app/monitor/monitor_types.h"

#include <QCoreApplication>
#include <QSet>

namespace samsa::monitor {

QString lagStatusName(LagStatus status) {
    // Burrow's status words, kept short and untranslated in spirit: they are codes users
    // search for; the explanation next to them is the translated text.
    switch (status) {
    case LagStatus::Ok:
        return QCoreApplication::translate("samsa::monitor::LagStatus", "OK");
    case LagStatus::Warn:
        return QCoreApplication::translate("samsa::monitor::LagStatus", "WARN");
    case LagStatus::Stall:
        return QCoreApplication::translate("samsa::monitor::LagStatus", "STALL");
    case LagStatus::Err:
        return QCoreApplication::translate("samsa::monitor::LagStatus", "ERR");
    case LagStatus::Stop:
        return QCoreApplication::translate("samsa::monitor::LagStatus", "STOP");
    case LagStatus::Unknown:
        break;
    }
    return QStringLiteral("—");
}

QString GenerationMember::displayName() const {
    if (!instanceId.isEmpty()) return instanceId;
    return clientId.isEmpty() ? memberId : clientId;
}

QString GenerationMember::identity() const {
    return instanceId.isEmpty() ? QStringLiteral("member:") + memberId : QStringLiteral("instance:") + instanceId;
}

QHash<QString, QString> memberNames(const QList<GenerationMember>& members) {
    QHash<QString, QSet<QString>> identitiesByName;
    for (const GenerationMember& m : members)
        identitiesByName[m.displayName()].insert(m.identity());
    QHash<QString, QString> names;
    for (const GenerationMember& m : members) {
        QString name = m.displayName();
        if (identitiesByName.value(name).size() > 1) name += QLatin1Char('#') + m.memberId.right(4);
        names.insert(m.identity(), name);
    }
    return names;
}

QStringList Generation::memberIds() const {
    QStringList ids;
    for (const GenerationMember& m : members)
        ids << m.memberId;
    ids.sort();
    return ids;
}

} // namespace samsa::monitor
