#include "BackupWriter.h"

#include "Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

namespace partydesk {

namespace {

// One raw SQLite connection, closed on every way out.
class Connection
{
public:
    Connection(const QString& path, int flags)
    {
        m_rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
        if (m_db)
            sqlite3_busy_timeout(m_db, 5000);
    }
    ~Connection() { sqlite3_close_v2(m_db); }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    bool ok() const { return m_rc == SQLITE_OK; }
    sqlite3* handle() const { return m_db; }
    QString error() const
    {
        return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
    }

    // The first column of the first row, or an empty string; `*error` is set on failure.
    QString scalar(const char* sql, QString* error) const
    {
        sqlite3_stmt* statement = nullptr;
        QString value;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK) {
            *error = this->error();
            return value;
        }
        const int rc = sqlite3_step(statement);
        if (rc == SQLITE_ROW)
            value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
        else if (rc != SQLITE_DONE)
            *error = this->error();
        sqlite3_finalize(statement);
        return value;
    }

private:
    sqlite3* m_db = nullptr;
    int m_rc = SQLITE_ERROR;
};

// What a failed SQLite step means for the user, in words that say what to do.
QString stepFailure(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return QCoreApplication::translate(
            "BackupWriter", "the disk is full; free some space or choose another backup folder");
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return QCoreApplication::translate("BackupWriter",
                                           "the backup folder cannot be written; choose another one");
    case SQLITE_IOERR:
        return QCoreApplication::translate(
            "BackupWriter",
            "the disk reported a read or write error; check the drive or choose another backup folder");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return QCoreApplication::translate("BackupWriter", "the workspace file is damaged");
    default:
        return QString::fromUtf8(sqlite3_errstr(rc));
    }
}

int latestSchema()
{
    const QList<Migration> migrations = builtInMigrations();
    return migrations.isEmpty() ? 0 : migrations.constLast().version;
}

// SQLite calls this during a long statement; returning non-zero interrupts it.
int cancelCheck(void* context)
{
    const auto* progress = static_cast<const BackupProgress*>(context);
    return (*progress)(-1, -1) ? 0 : 1;
}

} // namespace

QString BackupWriter::copyDatabase(const QString& sourcePath, const QString& destination,
                                   const BackupProgress& progress, bool* cancelled)
{
    *cancelled = false;
    Connection source(sourcePath, SQLITE_OPEN_READONLY);
    if (!source.ok())
        return QCoreApplication::translate("BackupWriter", "\"%1\" cannot be read: %2")
            .arg(QDir::toNativeSeparators(sourcePath), source.error());
    // The copy holds personal data: readable by its owner only, from its first byte.
    {
        QFile create(destination);
        if (!create.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QCoreApplication::translate("BackupWriter", "\"%1\" cannot be written: %2")
                .arg(QDir::toNativeSeparators(destination), create.errorString());
        create.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    Connection target(destination, SQLITE_OPEN_READWRITE);
    if (!target.ok())
        return QCoreApplication::translate("BackupWriter", "\"%1\" cannot be written: %2")
            .arg(QDir::toNativeSeparators(destination), target.error());
    sqlite3_backup* backup = sqlite3_backup_init(target.handle(), "main", source.handle(), "main");
    if (!backup)
        return QCoreApplication::translate("BackupWriter", "The backup could not start: %1")
            .arg(target.error());
    int rc = SQLITE_OK;
    const int pagesPerStep = 2048; // 8 MiB of 4 KiB pages: progress a few times a second
    while (true) {
        rc = sqlite3_backup_step(backup, pagesPerStep);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            sqlite3_sleep(50); // another connection writes; the copy resumes or restarts
            continue;
        }
        if (rc != SQLITE_OK)
            break;
        const int total = sqlite3_backup_pagecount(backup);
        if (progress && !progress(total - sqlite3_backup_remaining(backup), total)) {
            *cancelled = true;
            break;
        }
    }
    sqlite3_backup_finish(backup);
    if (*cancelled)
        return {};
    if (rc != SQLITE_DONE)
        return QCoreApplication::translate("BackupWriter", "The backup copy could not be written: %1.")
            .arg(stepFailure(rc));
    // A single file, not a write-ahead log beside it: the copy can travel on its own.
    QString error;
    const QString mode = target.scalar("PRAGMA journal_mode = DELETE", &error);
    if (!error.isEmpty())
        return QCoreApplication::translate("BackupWriter", "The backup copy could not be written: %1.")
            .arg(error);
    return {};
}

BackupCheck BackupWriter::verify(const QString& path, const BackupProgress& progress)
{
    BackupCheck check;
    const QString native = QDir::toNativeSeparators(path);
    Connection db(path, SQLITE_OPEN_READONLY);
    if (!db.ok()) {
        check.problem =
            QCoreApplication::translate("BackupWriter", "\"%1\" cannot be read: %2").arg(native, db.error());
        return check;
    }
    QString error;
    const qint64 appId = db.scalar("PRAGMA application_id", &error).toLongLong();
    if (!error.isEmpty()) {
        check.problem =
            QCoreApplication::translate("BackupWriter", "\"%1\" is not a readable PartyDesk backup: %2")
                .arg(native, error);
        return check;
    }
    if (appId != Database::applicationId) {
        check.problem =
            QCoreApplication::translate("BackupWriter", "\"%1\" is not a PartyDesk workspace or backup.")
                .arg(native);
        return check;
    }
    check.schemaVersion = db.scalar("PRAGMA user_version", &error).toInt();
    if (check.schemaVersion > latestSchema()) {
        check.problem =
            QCoreApplication::translate(
                "BackupWriter",
                "\"%1\" was written by a newer version of PartyDesk (schema %2; this version knows "
                "up to %3); please upgrade PartyDesk first.")
                .arg(native)
                .arg(check.schemaVersion)
                .arg(latestSchema());
        return check;
    }
    if (progress)
        sqlite3_progress_handler(db.handle(), 20000, &cancelCheck, const_cast<BackupProgress*>(&progress));
    const QString result = db.scalar("PRAGMA integrity_check", &error);
    sqlite3_progress_handler(db.handle(), 0, nullptr, nullptr);
    if (progress && !progress(-1, -1)) {
        check.cancelled = true;
        return check;
    }
    if (!error.isEmpty() || result != QLatin1String("ok")) {
        check.problem = QCoreApplication::translate("BackupWriter", "\"%1\" failed its integrity check (%2).")
                            .arg(native, error.isEmpty() ? result : error);
        return check;
    }
    check.memberCount = db.scalar("SELECT count(*) FROM member WHERE left_on IS NULL", &error).toInt();
    if (!error.isEmpty())
        check.memberCount = -1;
    return check;
}

bool BackupWriter::isPartyDeskWorkspace(const QString& path)
{
    Connection db(path, SQLITE_OPEN_READONLY);
    QString error;
    const qint64 appId = db.ok() ? db.scalar("PRAGMA application_id", &error).toLongLong() : 0;
    if (db.ok() && error.isEmpty())
        return appId == Database::applicationId;
    return BackupFileSystem::isPartyDeskDatabase(path); // a damaged file: its header tells
}

int BackupWriter::memberCount(const QString& path)
{
    Connection db(path, SQLITE_OPEN_READONLY);
    if (!db.ok())
        return -1;
    QString error;
    const int count = db.scalar("SELECT count(*) FROM member WHERE left_on IS NULL", &error).toInt();
    return error.isEmpty() ? count : -1;
}

BackupOutcome BackupWriter::write(const QString& sourcePath, const QString& destination,
                                  const BackupProgress& progress)
{
    BackupOutcome outcome;
    if (QFileInfo::exists(destination)) {
        outcome.error = QCoreApplication::translate("BackupWriter", "\"%1\" already exists.")
                            .arg(QDir::toNativeSeparators(destination));
        return outcome;
    }
    const QString partial = destination + QStringLiteral(".partial");
    const auto fail = [&](const QString& error) {
        QFile::remove(partial);
        outcome.error = error;
        return outcome;
    };
    outcome.error = copyDatabase(sourcePath, partial, progress, &outcome.cancelled);
    if (!outcome.ok())
        return fail(outcome.error);
    const BackupCheck check = verify(partial, progress);
    if (check.cancelled) {
        outcome.cancelled = true;
        return fail({});
    }
    if (!check.ok()) {
        outcome.sourceDamaged = true;
        return fail(QCoreApplication::translate(
                        "BackupWriter",
                        "The backup copy did not pass its check, so it was not kept: %1 The workspace file "
                        "itself may be damaged.")
                        .arg(check.problem));
    }
    if (!BackupFileSystem::sync(partial))
        return fail(QCoreApplication::translate("BackupWriter",
                                                "The backup copy could not be flushed to the disk \"%1\".")
                        .arg(QDir::toNativeSeparators(QFileInfo(destination).absolutePath())));
    if (!QFile::rename(partial, destination))
        return fail(QCoreApplication::translate("BackupWriter", "\"%1\" cannot be written.")
                        .arg(QDir::toNativeSeparators(destination)));
    BackupFileSystem::sync(QFileInfo(destination).absolutePath());
    outcome.path = destination;
    outcome.size = QFileInfo(destination).size();
    outcome.memberCount = check.memberCount;
    return outcome;
}

} // namespace partydesk
