#pragma once

#include "app/cluster_profile.h"

#include <QList>
#include <QString>

namespace samsa::ui {

// Checks of single profile fields, so the dialog can show each problem next to its
// field while the user types. Each returns an empty string when the value is fine.

QString profileNameError(const QString& name, const QList<samsa::app::ClusterProfile>& others,
                         qint64 ownId);
// Kafka's bootstrap.servers syntax, as the client itself will parse it.
QString bootstrapServersError(const QString& servers);
// An optional file: empty is fine, otherwise it must be a readable file.
QString readableFileError(const QString& path);

} // namespace samsa::ui
