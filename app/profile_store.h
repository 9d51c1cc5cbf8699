#pragma once

#include "cluster_profile.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace samsa::app {

// The app's SQLite database: saved cluster profiles and UI state (window geometry,
// splitter positions...). Opening it upgrades the schema. One instance per thread:
// Qt SQL connections must stay on the thread that opened them.
class ProfileStore {
public:
    explicit ProfileStore(QString databasePath);
    ~ProfileStore();
    ProfileStore(const ProfileStore&) = delete;
    ProfileStore& operator=(const ProfileStore&) = delete;

    // $XDG_DATA_HOME/samsa/samsa.sqlite (or its platform equivalent).
    static QString defaultDatabasePath();

    // Opens (creating if needed) and migrates to the latest schema.
    bool open();
    bool isOpen() const;
    QString databasePath() const { return m_path; }
    QString errorString() const { return m_error; }

    QList<ClusterProfile> profiles() const; // ordered by name
    std::optional<ClusterProfile> profile(qint64 id) const;
    // Returns the new id, or 0 with errorString() set (invalid profile, duplicate name).
    qint64 addProfile(const ClusterProfile& profile);
    bool updateProfile(const ClusterProfile& profile);
    bool removeProfile(qint64 id);

    // Empty when never set.
    QByteArray uiState(const QString& key) const;
    bool setUiState(const QString& key, const QByteArray& value);

private:
    bool fail(const QString& message) const;

    QString m_path;
    QString m_connectionName;
    mutable QString m_error;
};

} // namespace samsa::app
