#include "ui/connections/profile_validation.h"

#include "client/client_config.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>

namespace samsa::ui {

namespace {

// The translation context of these texts; a class, so that lupdate files them under it.
class Validation {
    Q_DECLARE_TR_FUNCTIONS(samsa::ui::ProfileValidation)
};

// Why one entry is not host:port. The client's parser decides what is valid; this
// only words the reason for the user.
QString entryError(const QString& entry) {
    if (entry.startsWith(QLatin1Char('[')) && !entry.contains(QLatin1Char(']')))
        //: %1 is an IPv6 bootstrap server such as "[::1:9092".
        return Validation::tr("“%1”: an IPv6 address needs its closing “]”, as in [::1]:9092.")
            .arg(entry);
    const qsizetype colon = entry.lastIndexOf(QLatin1Char(':'));
    const qsizetype bracket = entry.lastIndexOf(QLatin1Char(']'));
    if (colon < 0 || colon < bracket)
        //: %1 is a bootstrap server without a port, such as "kafka1".
        return Validation::tr("“%1” needs a port, as in %1:9092.").arg(entry);
    if (colon == 0 || entry.left(colon) == QLatin1String("[]"))
        return Validation::tr("“%1” needs a host name before the port.").arg(entry);
    return Validation::tr("“%1”: the port must be a number from 1 to 65535.").arg(entry);
}

} // namespace

QString profileNameError(const QString& name, const QList<samsa::app::ClusterProfile>& others,
                         qint64 ownId) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) return Validation::tr("The cluster needs a name.");
    for (const auto& other : others)
        if (other.id != ownId && other.name.trimmed().compare(trimmed, Qt::CaseInsensitive) == 0)
            return Validation::tr("Another cluster already has this name.");
    return {};
}

QString bootstrapServersError(const QString& servers) {
    if (servers.trimmed().isEmpty())
        return Validation::tr("Enter at least one bootstrap server, as host:port.");
    if (client::parseBootstrapServers(servers.toStdString())) return {};
    for (const QString& raw : servers.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString entry = raw.trimmed();
        if (!entry.isEmpty() && !client::parseBootstrapServers(entry.toStdString()))
            return entryError(entry);
    }
    return Validation::tr("Enter at least one bootstrap server, as host:port.");
}

QString readableFileError(const QString& path) {
    if (path.isEmpty()) return {};
    const QFileInfo info(path);
    if (!info.exists()) return Validation::tr("This file does not exist.");
    if (!info.isFile()) return Validation::tr("This is a folder, not a file.");
    if (!info.isReadable())
        return Validation::tr("This file cannot be read (check its permissions).");
    return {};
}

} // namespace samsa::ui
