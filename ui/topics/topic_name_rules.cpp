#include "ui/topics/topic_name_rules.h"

#include <QCoreApplication>

namespace samsa::ui {

namespace {

// The translation context of these texts; a class, so that lupdate files them under it.
class Rules {
    Q_DECLARE_TR_FUNCTIONS(samsa::ui::TopicNameRules)
};

bool isLegalChar(QChar c) {
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') ||
           c == QLatin1Char('_') || c == QLatin1Char('-');
}

QString folded(QString name) {
    return name.replace(QLatin1Char('.'), QLatin1Char('_'));
}

} // namespace

TopicNameCheck checkTopicName(const QString& name, const QStringList& existing) {
    TopicNameCheck check;
    if (name.isEmpty()) {
        check.error = Rules::tr("Enter a name for the topic.");
        return check;
    }
    if (name == QLatin1String(".") || name == QLatin1String("..")) {
        check.error = Rules::tr("\".\" and \"..\" cannot be used as topic names.");
        return check;
    }
    if (name.size() > kMaxTopicNameLength) {
        check.error = Rules::tr("A topic name can have at most %1 characters; this one has %2.")
                          .arg(kMaxTopicNameLength)
                          .arg(name.size());
        return check;
    }
    QString illegal;
    for (QChar c : name)
        if (!isLegalChar(c) && !illegal.contains(c)) illegal += c;
    if (!illegal.isEmpty()) {
        QStringList quoted;
        for (QChar c : illegal)
            quoted << (c.isSpace() ? Rules::tr("space") : QStringLiteral("\"%1\"").arg(c));
        //: %1 lists the characters that are not allowed, e.g. "space, "/"".
        check.error =
            Rules::tr("Not allowed in a topic name: %1. Use letters, digits, \".\", \"_\" "
                      "and \"-\".")
                .arg(quoted.join(QStringLiteral(", ")));
        return check;
    }
    const QString key = folded(name);
    for (const QString& other : existing) {
        if (other == name) {
            check.error = Rules::tr("A topic named \"%1\" already exists.").arg(name);
            return check;
        }
        if (folded(other) == key) {
            check.error = Rules::tr("Collides with the existing topic \"%1\": Kafka's metric names "
                                    "treat \".\" and \"_\" alike, so only one of them can exist.")
                              .arg(other);
            return check;
        }
    }
    if (name.contains(QLatin1Char('.')) && name.contains(QLatin1Char('_')))
        check.warning =
            Rules::tr("Kafka's metric names treat \".\" and \"_\" alike; using only one "
                      "of them in topic names avoids collisions.");
    return check;
}

} // namespace samsa::ui
