#pragma once

#include <QString>
#include <QStringList>

namespace samsa::ui {

// What is wrong with a topic name under Kafka's rules. `error` makes the broker refuse
// the name; `warning` is advice the user may ignore.
struct TopicNameCheck {
    QString error;
    QString warning;
    bool ok() const { return error.isEmpty(); }
};

inline constexpr int kMaxTopicNameLength = 249;

// `existing` are the cluster's topic names, for the duplicate and the '.'/'_' collision
// checks (Kafka's metric names replace '.' by '_', so "a.b" and "a_b" cannot coexist).
TopicNameCheck checkTopicName(const QString& name, const QStringList& existing);

} // namespace samsa::ui
