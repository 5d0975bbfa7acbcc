#include "BackupRestore.h"

#include "BackupCatalogue.h"
#include "BackupWriter.h"
#include "Database.h"
#include "EncryptedBackup.h"
#include "repository/AuditLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <sqlite3.h>

namespace partydesk {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

bool sideFilesGone(const QString& path)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    return (!wal.exists() || wal.size() == 0) && !QFileInfo::exists(path + QStringLiteral("-shm"));
}

// Merges a write-ahead log left beside the workspace into it: SQLite removes the log and its index
// when the last connection closes. If they stay, another program still has the file open.
bool mergeWriteAheadLog(const QString& path)
{
    if (!QFileInfo::exists(path) || sideFilesGone(path))
        return true;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) ==
        SQLITE_OK) {
        sqlite3_busy_timeout(db, 2000);
        sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
    }
    sqlite3_close_v2(db);
    return sideFilesGone(path);
}

// A damaged workspace cannot be backed up with a check; it is kept aside as it is, with its log.
QString keepDamagedFileAside(const QString& workspacePath, const QString& folder, const QDateTime& now)
{
    const QString aside = QDir(folder).filePath(
        QStringLiteral("%1.damaged-%2.sqlite")
            .arg(BackupFileName::stemOf(workspacePath), now.toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    if (!QFile::copy(workspacePath, aside))
        return {};
    if (QFileInfo::exists(workspacePath + QStringLiteral("-wal")))
        QFile::copy(workspacePath + QStringLiteral("-wal"), aside + QStringLiteral("-wal"));
    return aside;
}

void recordRestore(const QString& workspacePath, const QString& userName, const QString& detail)
{
    static int serial = 0;
    const QString connection = QStringLiteral("restore-audit-%1").arg(++serial);
    {
        Database::Result opened = Database::open(workspacePath, connection);
        if (opened.ok) {
            AuditLog(opened.db).recordAs(userName, QStringLiteral("restore"), detail);
            opened.db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace

RestoreOutcome BackupRestore::restore(const RestoreRequest& request,
                                      const std::function<void()>& closeWorkspace,
                                      const BackupProgress& progress)
{
    RestoreOutcome outcome;
    const QString workspace = QFileInfo(request.workspacePath).absoluteFilePath();
    if (!QFileInfo(request.backupPath).isFile()) {
        outcome.error = QCoreApplication::translate("BackupRestore", "The backup \"%1\" does not exist.")
                            .arg(native(request.backupPath));
        return outcome;
    }
    if (QFileInfo(request.backupPath).absoluteFilePath() == workspace) {
        outcome.error =
            QCoreApplication::translate("BackupRestore", "A workspace cannot be restored from itself.");
        return outcome;
    }
    const bool workspaceExists = QFileInfo(workspace).isFile() && QFileInfo(workspace).size() > 0;
    if (workspaceExists && !BackupWriter::isPartyDeskWorkspace(workspace)) {
        outcome.error =
            QCoreApplication::translate(
                "BackupRestore", "\"%1\" is not a PartyDesk workspace; a backup is not put in its place.")
                .arg(native(workspace));
        return outcome;
    }

    // 1. The candidate, beside the workspace so that the final rename stays on one disk.
    const QString candidate = workspace + QStringLiteral(".restoring.partial");
    struct Cleanup
    {
        QString path;
        ~Cleanup() { QFile::remove(path); }
    } cleanup{candidate};
    QFile::remove(candidate);
    if (EncryptedBackup::isEncryptedBackup(request.backupPath)) {
        if (request.password.isEmpty()) {
            outcome.error =
                QCoreApplication::translate("BackupRestore", "\"%1\" is encrypted: enter its password.")
                    .arg(native(request.backupPath));
            return outcome;
        }
        outcome.error = EncryptedBackup::decrypt(request.backupPath, candidate, request.password, progress,
                                                 &outcome.cancelled);
    } else {
        outcome.error =
            BackupWriter::copyDatabase(request.backupPath, candidate, progress, &outcome.cancelled);
    }
    if (!outcome.ok())
        return outcome;
    const BackupCheck check = BackupWriter::verify(candidate, progress);
    if (check.cancelled) {
        outcome.cancelled = true;
        return outcome;
    }
    if (!check.ok()) {
        outcome.error =
            QCoreApplication::translate("BackupRestore",
                                        "The backup cannot be restored: %1 The workspace was not changed.")
                .arg(check.problem);
        return outcome;
    }
    outcome.memberCount = check.memberCount;

    // 2. The current file first.
    const QString folder = request.settings.folderFor(workspace);
    QString damagedCopy;
    if (workspaceExists) {
        const BackupOutcome before = BackupCatalogue::take(
            workspace, request.settings, BackupReason::BeforeRestore, request.now, progress);
        if (before.cancelled) {
            outcome.cancelled = true;
            return outcome;
        }
        if (before.ok()) {
            outcome.preRestoreBackup = before.path;
        } else if (!before.sourceDamaged) {
            outcome.error =
                QCoreApplication::translate(
                    "BackupRestore",
                    "The current workspace could not be backed up first, so nothing was restored: %1")
                    .arg(before.error);
            return outcome;
        }
    }

    // 3. No connection may stay on the file, and no log of the old file may meet the new one.
    if (closeWorkspace)
        closeWorkspace();
    outcome.workspaceClosed = true;
    if (workspaceExists && outcome.preRestoreBackup.isEmpty()) {
        damagedCopy = keepDamagedFileAside(workspace, folder, request.now);
        if (damagedCopy.isEmpty()) {
            outcome.error =
                QCoreApplication::translate(
                    "BackupRestore",
                    "The current workspace is damaged and could not be copied aside to \"%1\", so "
                    "nothing was restored. Free some space there or choose another backup folder.")
                    .arg(native(folder));
            return outcome;
        }
        // Its log belongs to the damaged file (copied aside with it) and must not meet the new one.
        QFile::remove(workspace + QStringLiteral("-wal"));
        QFile::remove(workspace + QStringLiteral("-shm"));
    }
    if (!mergeWriteAheadLog(workspace)) {
        outcome.error =
            QCoreApplication::translate(
                "BackupRestore",
                "\"%1\" is still open in another program (another PartyDesk window?). Close it and "
                "restore again; the workspace was not changed.")
                .arg(native(workspace));
        return outcome;
    }
    if (!BackupFileSystem::sync(candidate)) {
        outcome.error = QCoreApplication::translate(
            "BackupRestore",
            "The restored copy could not be flushed to the disk; the workspace was not changed.");
        return outcome;
    }
    if (const QString error = BackupFileSystem::replace(candidate, workspace); !error.isEmpty()) {
        outcome.error = error;
        return outcome;
    }

    // 4. The restored file remembers it.
    const std::optional<BackupFileName> name =
        BackupFileName::parse(QFileInfo(request.backupPath).fileName());
    QString detail = QStringLiteral("from %1").arg(QFileInfo(request.backupPath).fileName());
    if (name)
        detail += QStringLiteral(" (taken %1)").arg(name->takenAt.toString(Qt::ISODate));
    if (!outcome.preRestoreBackup.isEmpty())
        detail += QStringLiteral("; previous file backed up as %1")
                      .arg(QFileInfo(outcome.preRestoreBackup).fileName());
    else if (!damagedCopy.isEmpty())
        detail +=
            QStringLiteral("; previous (damaged) file kept as %1").arg(QFileInfo(damagedCopy).fileName());
    recordRestore(workspace, request.userName, detail);
    return outcome;
}

} // namespace partydesk
