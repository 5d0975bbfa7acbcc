#include "Database.h"

#include "ServerAddress.h"
#include "SqliteHandle.h"
#include "StorageErrors.h"
#include "StorageHealth.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <sqlite3.h>

namespace partydesk {

namespace {

bool looksLikeSqlite(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

// Runs one statement; returns the error text, or an empty string.
QString exec(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return query.lastError().text();
    return {};
}

QVariant scalar(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        *error = query.lastError().text();
        return {};
    }
    return query.value(0);
}

// The tables with rows whose foreign keys point to missing rows, each with the table it points
// to ("attendance (→ member)"), or an empty list.
QStringList danglingReferences(QSqlDatabase& db, QString* error)
{
    QSqlQuery query(db);
    QStringList found;
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        *error = query.lastError().text();
        return found;
    }
    while (query.next()) {
        const QString pair =
            QStringLiteral("%1 (→ %2)").arg(query.value(0).toString(), query.value(2).toString());
        if (!found.contains(pair))
            found.append(pair);
    }
    return found;
}

// PRAGMA foreign_keys is a no-op inside a transaction, so it is switched around each step, never
// in it. Returns the error text, or an empty string.
QString setForeignKeys(QSqlDatabase& db, bool on)
{
    const QString error = exec(db, QStringLiteral("PRAGMA foreign_keys = %1").arg(on ? 1 : 0));
    if (!error.isEmpty())
        return error;
    QString readError;
    const bool nowOn = scalar(db, QStringLiteral("PRAGMA foreign_keys"), &readError).toInt() == 1;
    if (!readError.isEmpty())
        return readError;
    if (nowOn != on)
        return QStringLiteral("PRAGMA foreign_keys = %1 had no effect").arg(on ? 1 : 0);
    return {};
}

// Runs one step in one transaction with foreign keys off, so that a table rebuilt the SQLite way
// (create the new table, copy, drop the old one, rename) keeps the rows that refer to it instead
// of cascading deletes; before committing, every reference must still resolve.
QString migrateStep(QSqlDatabase& db, const Migration& migration)
{
    QString error = setForeignKeys(db, false);
    if (!error.isEmpty())
        return error;
    if (!db.transaction())
        return db.lastError().text();
    for (const QString& statement : splitSqlStatements(migration.sql)) {
        error = exec(db, statement);
        if (!error.isEmpty())
            break;
    }
    if (error.isEmpty() && migration.afterSql)
        error = migration.afterSql(db);
    if (error.isEmpty())
        error = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
    if (!error.isEmpty()) {
        db.rollback();
        return QCoreApplication::translate("Database", "Schema step %1 failed: %2")
            .arg(migration.version)
            .arg(error);
    }
    const QStringList dangling = danglingReferences(db, &error);
    if (!error.isEmpty() || !dangling.isEmpty()) {
        db.rollback();
        if (!error.isEmpty())
            return QCoreApplication::translate("Database", "Schema step %1 failed: %2")
                .arg(migration.version)
                .arg(error);
        return QCoreApplication::translate("Database",
                                           "Schema step %1 would leave rows in %2 that refer to rows that "
                                           "no longer exist; the step was undone.")
            .arg(migration.version)
            .arg(dangling.join(QStringLiteral(", ")));
    }
    if (!db.commit()) {
        error = db.lastError().text();
        db.rollback();
        return error;
    }
    return {};
}

QString migrate(QSqlDatabase& db, int fromVersion, const QList<Migration>& migrations)
{
    for (const Migration& migration : migrations) {
        if (migration.version <= fromVersion)
            continue;
        const QString error = migrateStep(db, migration);
        // Foreign keys go back on whatever happened.
        const QString restored = setForeignKeys(db, true);
        if (!error.isEmpty())
            return error;
        if (!restored.isEmpty())
            return restored;
    }
    return {};
}

// The plain cause of an SQLite failure, or its own text when it is none we can name.
QString causeOf(const QString& sqliteText)
{
    const QString cause = sqliteErrorCause(sqliteText);
    return cause.isEmpty() ? sqliteText : cause;
}

// The write-ahead log SQLite removes when the last connection closes cleanly.
QString walLeftOver(const QString& path)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    return wal.exists() && wal.size() > 0 ? wal.filePath() : QString();
}

const char* const checkedOnKey = "integrity_checked_on";

// True when no whole-file check has passed in the last week.
bool checkStale(QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(QLatin1String(checkedOnKey));
    if (!q.exec() || !q.next())
        return true;
    const QDate last = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    const QDate today = QDate::currentDate();
    return !last.isValid() || last > today || last.daysTo(today) >= Database::integrityCheckDays;
}

} // namespace

Database::Result Database::failure(QSqlDatabase& db, const QString& connectionName, const QString& message)
{
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(connectionName);
    Result result;
    result.error = message;
    return result;
}

void Database::recordIntegrityPassed(QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(QLatin1String(checkedOnKey));
    q.addBindValue(QDate::currentDate().toString(Qt::ISODate));
    q.exec(); // a read-only file or folder: the check is simply due again next time
}

QString Database::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("partydesk.sqlite"));
}

int Database::schemaVersion(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    const QString sql = onServer(db) ? QStringLiteral("SELECT max(version) FROM partydesk_schema")
                                     : QStringLiteral("PRAGMA user_version");
    if (query.exec(sql) && query.next())
        return query.value(0).toInt();
    return -1;
}

Database::Result Database::open(const QString& path, const QString& connectionName,
                                const QList<Migration>& migrations, IntegrityCheck check)
{
    if (ServerAddress::isServerUrl(path))
        return openServer(path, connectionName);
    return openFile(path, connectionName, migrations, check, true);
}

QString Database::locationOf(const QSqlDatabase& db)
{
    if (!onServer(db))
        return db.databaseName();
    ServerAddress address;
    address.host = db.hostName();
    address.port = db.port() > 0 ? db.port() : 5432;
    address.user = db.userName();
    address.database = db.databaseName();
    return address.url();
}

QSqlDatabase Database::addReader(const QString& workspaceConnection, const QString& readerName)
{
    // The overload taking a name is the one safe to call from another thread.
    QSqlDatabase reader = QSqlDatabase::cloneDatabase(workspaceConnection, readerName);
    if (!onServer(reader))
        reader.setConnectOptions(readerConnectOptions(reader.databaseName()));
    return reader;
}

Database::Result Database::openExisting(const QString& path, const QString& connectionName,
                                        IntegrityCheck check)
{
    if (ServerAddress::isServerUrl(path))
        return openServer(path, connectionName);
    const QFileInfo info(path);
    QSqlDatabase none;
    if (!info.exists())
        return failure(none, connectionName,
                       QCoreApplication::translate("Database", "The workspace \"%1\" does not exist.")
                           .arg(QDir::toNativeSeparators(path)));
    if (info.size() == 0)
        return failure(none, connectionName,
                       QCoreApplication::translate(
                           "Database", "\"%1\" is empty (0 bytes), not a PartyDesk workspace. Nothing was "
                                       "changed. A new workspace is made by opening it in PartyDesk or with "
                                       "`partydesk demo`.")
                           .arg(QDir::toNativeSeparators(path)));
    return openFile(path, connectionName, builtInMigrations(), check, false);
}

QString Database::readerConnectOptions(const QString& databaseName)
{
    QString options = QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000");
    if (databaseName.startsWith(QLatin1String("file:")))
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    return options;
}

QString Database::readOnlyReason(const QSqlDatabase& db)
{
    sqlite3* connection = sqliteHandle(db);
    if (!connection || sqlite3_db_readonly(connection, "main") != 1)
        return {};
    return QCoreApplication::translate(
        "Database", "This workspace is open read-only: its file, folder or drive cannot be written. You can "
                    "view, print and export; to make changes, copy the file to a folder where you may write "
                    "(e.g. Documents) and open the copy.");
}

Database::Result Database::openFile(const QString& path, const QString& connectionName,
                                    const QList<Migration>& migrations, IntegrityCheck check, bool mayCreate)
{
    const QFileInfo info(path);
    const bool existing = info.exists() && info.size() > 0;
    if (existing && !looksLikeSqlite(path)) {
        QSqlDatabase none;
        const QString message =
            QFileInfo(path).isReadable()
                ? QCoreApplication::translate("Database", "\"%1\" is not a PartyDesk database (it is not an "
                                                          "SQLite file). Nothing was changed.")
                : QCoreApplication::translate("Database", "\"%1\" cannot be read: you have no permission to "
                                                          "read it.");
        return failure(none, connectionName, message.arg(QDir::toNativeSeparators(path)));
    }
    if (!existing && !info.dir().exists() && !QDir().mkpath(info.absolutePath())) {
        QSqlDatabase none;
        return failure(none, connectionName,
                       QCoreApplication::translate("Database", "The folder \"%1\" cannot be created.")
                           .arg(info.absolutePath()));
    }
    // SQLite needs to write beside the file (its log) as well as the file itself. A workspace that
    // cannot be written is opened read-only rather than refused: viewing and exporting still work.
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    const bool readOnly = existing && (!info.isWritable() || !folderWritable);
    if (!existing && !folderWritable) {
        QSqlDatabase none;
        return failure(none, connectionName,
                       QCoreApplication::translate("Database",
                                                   "A workspace cannot be created in \"%1\": the folder "
                                                   "is read-only. Choose a folder of your own.")
                           .arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    // Looked at before SQLite opens the file: its first read replays and removes a stale log.
    const QString uncleanClose = existing ? walLeftOver(path) : QString();
    bool checkedNow = false;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    if (readOnly && !folderWritable && uncleanClose.isEmpty()) {
        // A log's shared-memory file cannot be made in a read-only folder; nobody can write the
        // file there either, so SQLite may read it without locks.
        db.setDatabaseName(QUrl::fromLocalFile(info.absoluteFilePath()).toString() +
                           QStringLiteral("?immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else {
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!db.open())
        return failure(db, connectionName,
                       QCoreApplication::translate("Database", "\"%1\" cannot be opened. %2")
                           .arg(QDir::toNativeSeparators(path), causeOf(db.lastError().text())));

    QString error;
    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    int version = 0;
    bool deferred = false;
    int tables = 0;
    if (existing) {
        // open() succeeds even on a damaged file; the first query tells. Only damage is called
        // damage: a read-only folder or a full disk is said as such.
        const auto unusable = [&](const QString& detail) {
            if (!sqliteSaysDamaged(detail) && !sqliteErrorCause(detail).isEmpty())
                return failure(db, connectionName,
                               QCoreApplication::translate("Database", "\"%1\" cannot be used. %2")
                                   .arg(QDir::toNativeSeparators(path), sqliteErrorCause(detail)));
            return failure(db, connectionName,
                           QCoreApplication::translate("Database",
                                                       "\"%1\" is damaged (integrity check: %2). Nothing "
                                                       "was changed; restore it from a backup.")
                               .arg(QDir::toNativeSeparators(path), detail));
        };
        const int appId = scalar(db, QStringLiteral("PRAGMA application_id"), &error).toInt();
        if (error.isEmpty())
            version = scalar(db, QStringLiteral("PRAGMA user_version"), &error).toInt();
        if (error.isEmpty())
            tables = scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema"), &error).toInt();
        if (!error.isEmpty())
            return unusable(error);
        // Our files carry our application_id from their first moment; a file without it that has
        // tables or a version is another program's, whatever its version number says.
        if (appId != applicationId && (tables > 0 || version > 0))
            return failure(db, connectionName,
                           QCoreApplication::translate(
                               "Database", "\"%1\" is an SQLite database of another program, not a PartyDesk "
                                           "workspace. Nothing was changed.")
                               .arg(QDir::toNativeSeparators(path)));
        if (tables == 0 && !mayCreate)
            return failure(db, connectionName,
                           QCoreApplication::translate(
                               "Database",
                               "\"%1\" is an empty SQLite file, not a PartyDesk workspace. Nothing "
                               "was changed.")
                               .arg(QDir::toNativeSeparators(path)));
        if (version > latest)
            return failure(db, connectionName,
                           QCoreApplication::translate(
                               "Database",
                               "\"%1\" was written by a newer version of PartyDesk (schema %2; this "
                               "version knows up to %3). Nothing was changed; please upgrade.")
                               .arg(QDir::toNativeSeparators(path))
                               .arg(version)
                               .arg(latest));
        if (readOnly && version < latest)
            return failure(db, connectionName,
                           QCoreApplication::translate(
                               "Database",
                               "\"%1\" was made by an older PartyDesk and must be upgraded before "
                               "use, but it is read-only. Copy it to a folder where you may write "
                               "and open the copy. Nothing was changed.")
                               .arg(QDir::toNativeSeparators(path)));
        // A file about to be migrated is always checked first; otherwise the window checks it in
        // the background while nothing writes, and a command only when a check is due.
        const bool due = !uncleanClose.isEmpty() || checkStale(db);
        // Without SQLite's own damage reports (StorageHealth not hooked) a command checks every time.
        const bool checkNow = check == IntegrityCheck::BeforeOpening || version < latest ||
                              (check == IntegrityCheck::WhenDue && (due || !StorageHealth::installed()));
        if (checkNow) {
            const QString result = scalar(db, QStringLiteral("PRAGMA quick_check"), &error).toString();
            if (!error.isEmpty() || result != QLatin1String("ok"))
                return unusable(error.isEmpty() ? result : error);
            checkedNow = true;
        } else if (check == IntegrityCheck::InBackground) {
            deferred = true;
        }
    }

    if (readOnly) {
        // Nothing is set on the file: no log mode, no migration, no record of the check.
        error = exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
        Result result;
        result.ok = true;
        result.db = db;
        result.readOnly = true;
        result.integrityCheckDeferred = deferred;
        return result;
    }

    Result result;
    if (existing && version > 0 && version < latest) {
        const QString backup =
            QStringLiteral("%1.v%2-%3.bak")
                .arg(path)
                .arg(version)
                .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        QSqlQuery vacuum(db);
        vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
        vacuum.addBindValue(backup);
        if (!vacuum.exec())
            return failure(db, connectionName,
                           QCoreApplication::translate(
                               "Database",
                               "Before upgrading, a backup copy could not be written to \"%1\": %2. "
                               "Nothing was changed.")
                               .arg(QDir::toNativeSeparators(backup), causeOf(vacuum.lastError().text())));
        result.backupPath = backup;
    }

    for (const char* pragma :
         {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON"}) {
        error = exec(db, QString::fromLatin1(pragma));
        if (!error.isEmpty())
            return failure(db, connectionName,
                           QCoreApplication::translate("Database", "\"%1\" cannot be used. %2")
                               .arg(QDir::toNativeSeparators(path), causeOf(error)));
    }
    if (version == 0)
        exec(db, QStringLiteral("PRAGMA application_id = %1").arg(applicationId));

    error = migrate(db, version, migrations);
    if (!error.isEmpty())
        return failure(db, connectionName,
                       QCoreApplication::translate("Database", "\"%1\" could not be upgraded: %2")
                           .arg(QDir::toNativeSeparators(path), causeOf(error)));

    if (checkedNow || version == 0)
        recordIntegrityPassed(db);
    result.ok = true;
    result.db = db;
    result.integrityCheckDeferred = deferred;
    return result;
}

} // namespace partydesk

namespace partydesk {

QString Database::integrityProblem(const QString& path)
{
    const QString connection = QStringLiteral("integrity-check-%1").arg(quintptr(QThread::currentThreadId()));
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(readerConnectOptions(path));
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            QString error;
            const QString result = scalar(db, QStringLiteral("PRAGMA quick_check"), &error).toString();
            if (!error.isEmpty() || result != QLatin1String("ok"))
                problem = QCoreApplication::translate("Database",
                                                      "\"%1\" is damaged (integrity check: %2). Nothing "
                                                      "was changed; restore it from a backup.")
                              .arg(QDir::toNativeSeparators(path), error.isEmpty() ? result : error);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return problem;
}

} // namespace partydesk
