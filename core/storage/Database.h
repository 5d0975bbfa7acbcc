#pragma once

#include "Migration.h"
#include "SqlDialect.h"

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
        // The file's quick_check was left to the caller (see IntegrityCheck::InBackground).
        bool integrityCheckDeferred = false;
        // Opened read-only: the file, its folder or its drive cannot be written. Viewing and
        // exporting work; the Workspace refuses writes (readOnlyReason).
        bool readOnly = false;
        // The workspace was made just now (a new file, or an empty server database).
        bool created = false;
    };

    // A whole-file check costs time in proportion to the file (2 s for a district's 180 MB), so
    // a command does not pay it every time. SQLite reports damage on the statement that meets it
    // (StorageHealth), and from then on nothing is written; the whole-file check finds damage in
    // pages no command happens to read.
    enum class IntegrityCheck
    {
        WhenDue,       // PRAGMA quick_check first when due (see integrityCheckDays), else not at all
        BeforeOpening, // PRAGMA quick_check before anything else
        InBackground   // skipped for an up-to-date file: the caller runs integrityProblem() in a
                       // thread and allows no write until it passes
    };

    static constexpr int applicationId = 0x50444b31; // "PDK1"

    // Opens `path`, creating a new workspace when it is missing or empty: only the window and
    // `demo` create workspaces. A server URL (postgresql://…, see ServerAddress) opens that server's
    // database instead (openServer).
    static Result open(const QString& path, const QString& connectionName,
                       const QList<Migration>& migrations = builtInMigrations(),
                       IntegrityCheck check = IntegrityCheck::WhenDue);
    // Opens a workspace that must already be one: a missing, empty (0-byte) or blank SQLite file is
    // refused and left as it was. For commands that read or add to a workspace.
    static Result openExisting(const QString& path, const QString& connectionName,
                               IntegrityCheck check = IntegrityCheck::WhenDue);

    // Opens the workspace in the PostgreSQL database at `url`, creating its tables when the database
    // is empty and upgrading them in place (each step one transaction, under a lock, so several PCs
    // may start at once). `password` is used for this connection only; without one libpq's own
    // PGPASSWORD or ~/.pgpass applies. Whole-file checks and backups are the server's business.
    static Result openServer(const QString& url, const QString& connectionName, const QString& password = {},
                             const QList<Migration>& migrations = builtInMigrations(SqlDialect::Postgres));
    static void configureServerConnection(QSqlDatabase& db, const struct ServerAddress& address,
                                          const QString& password);

    // Where the workspace of `db` is, as the user names it: a file path or a server URL (never with a
    // password).
    static QString locationOf(const QSqlDatabase& db);

    // A new, not yet opened connection `readerName` to the workspace of the connection named
    // `workspaceConnection`, for reading in another thread: read-only on a file, the same server and
    // sign-in on a server. The caller opens, uses and removes it in that thread.
    static QSqlDatabase addReader(const QString& workspaceConnection, const QString& readerName);

    // Connect options for another, read-only connection to the workspace named `databaseName`
    // (the first connection's databaseName(): a URI when the workspace was opened read-only in a
    // read-only folder).
    static QString readerConnectOptions(const QString& databaseName);

    // Why the open connection `db` may not write (it was opened read-only), or an empty string.
    static QString readOnlyReason(const QSqlDatabase& db);

    // How long a passing whole-file check counts. A check is also due when the previous session
    // did not close cleanly: its write-ahead log is still there (a crash, a kill, a power cut, or
    // another PartyDesk that has the file open).
    static constexpr int integrityCheckDays = 7;
    // Notes in the workspace that its whole-file check passed today (best effort: a read-only
    // file simply stays due).
    static void recordIntegrityPassed(QSqlDatabase& db);

    // Runs PRAGMA quick_check on its own read-only connection (any thread); returns the problem
    // for the user, or an empty string when the file is sound.
    static QString integrityProblem(const QString& path);

    // The default workspace file in the user's application-data folder.
    static QString defaultPath();

    static int schemaVersion(const QSqlDatabase& db);

private:
    // Closes and forgets the connection; a result that says `message`.
    static Result failure(QSqlDatabase& db, const QString& connectionName, const QString& message);
    static Result openFile(const QString& path, const QString& connectionName,
                           const QList<Migration>& migrations, IntegrityCheck check, bool mayCreate);
};

} // namespace partydesk
