#pragma once

#include "Migration.h"

#include <QSqlDatabase>
#include <QString>

namespace partydesk {

// Opens a workspace file: checks that it is a sound PartyDesk database, backs it up before an
// upgrade, migrates it, and leaves the connection with WAL and foreign keys on.
// A file that fails a check is left exactly as it was.
class Database
{
public:
    struct Result
    {
        bool ok = false;
        QString error;      // a message for the user, in the interface language
        QString backupPath; // set when an existing file was copied before migrating
        QSqlDatabase db;
    };

    static constexpr int applicationId = 0x50444b31; // "PDK1"

    static Result open(const QString& path, const QString& connectionName,
                       const QList<Migration>& migrations = builtInMigrations());

    // The default workspace file in the user's application-data folder.
    static QString defaultPath();

    static int schemaVersion(const QSqlDatabase& db);
};

} // namespace partydesk
