#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

#include "app/messages/message_filter.h"

namespace samsa::app {

struct SavedFilter {
    qint64 id = 0;
    QString name;
    MessageFilter filter;
    QDateTime updatedAt; // UTC
};

// Message filters the user saved by name, in the app's settings database (the one the
// profile store opens; its schema step 3). Opens a connection of its own, on the thread
// that creates it, and upgrades the schema if it is the first to open the file.
class SavedFilterStore {
public:
    explicit SavedFilterStore(QString databasePath);
    ~SavedFilterStore();
    SavedFilterStore(const SavedFilterStore&) = delete;
    SavedFilterStore& operator=(const SavedFilterStore&) = delete;

    bool open();
    QString errorString() const { return m_error; }

    // Ordered by name.
    QList<SavedFilter> filters() const;
    std::optional<SavedFilter> filter(const QString& name) const;
    // Saves under `name`, replacing a filter of that name. Returns its id, 0 on failure.
    qint64 save(const QString& name, const MessageFilter& filter);
    bool remove(qint64 id);

private:
    bool fail(const QString& message) const;

    QString m_path;
    QString m_connectionName;
    mutable QString m_error;
};

} // namespace samsa::app
