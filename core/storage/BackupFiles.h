#pragma once

#include <functional>
#include <optional>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace partydesk {

// Why a backup was taken; part of its file name, so the catalogue needs no index of its own.
enum class BackupReason
{
    Daily,             // the first start of the day (window)
    Manual,            // 立即备份, `partydesk backup`
    BeforeImport,      // before a roster import writes
    BeforeScoreImport, // before a score-sheet import writes
    BeforeReopen,      // before a finished rating year is reopened
    BeforeRestore      // the workspace as it was before a restore replaced it
};

namespace BackupReasons {
QString code(BackupReason reason);
bool fromCode(const QString& code, BackupReason* reason);
QString displayName(BackupReason reason); // in the interface language
} // namespace BackupReasons

// Reports progress of a long step (bytes or pages done of total; -1, -1 while a step of unknown
// length runs); returning false cancels it.
using BackupProgress = std::function<bool(qint64 done, qint64 total)>;

// How many backups rotation keeps: the newest of each of the last `daily` days, `weekly` weeks and
// `monthly` months that have a backup.
struct BackupPolicy
{
    int daily = 7;
    int weekly = 4;
    int monthly = 12;
    bool operator==(const BackupPolicy& o) const
    {
        return daily == o.daily && weekly == o.weekly && monthly == o.monthly;
    }
};

// Where a workspace's backups go and how many are kept. Kept in the workspace's own `setting`
// table, so the window and the command line agree.
struct BackupSettings
{
    QString folder; // empty: the default folder (see defaultFolder)
    BackupPolicy policy;

    static BackupSettings load(const QSqlDatabase& db);
    // Returns an error message, or an empty string.
    QString save(QSqlDatabase& db) const;

    // A `backups` folder beside the workspace file, or in the application-data folder when that one
    // cannot be written.
    static QString defaultFolder(const QString& workspacePath);
    QString folderFor(const QString& workspacePath) const
    {
        return folder.isEmpty() ? defaultFolder(workspacePath) : folder;
    }
};

// The name of one of our backup files: WORKSPACE.backup-YYYYMMDD-HHMMSS-REASON[-N].sqlite, or
// .pdenc when encrypted. Nothing else in a folder is ever listed, rotated or deleted.
struct BackupFileName
{
    QString workspaceStem; // the workspace file's name without its extension
    QDateTime takenAt;     // local time, to the second
    BackupReason reason = BackupReason::Manual;
    bool encrypted = false;
    int sequence = 0; // > 0 when another backup was taken in the same second

    QString fileName() const;
    static std::optional<BackupFileName> parse(const QString& fileName);
    static QString stemOf(const QString& workspacePath);
};

// Small file-system steps every backup file goes through.
namespace BackupFileSystem {
// Flushes a file (or, on POSIX, a folder's entries) to the disk; returns false when it could not.
bool sync(const QString& path);
// Replaces `to` with `from` in one step (rename over, never delete first); an error or empty string.
QString replace(const QString& from, const QString& to);
// True when the file starts like an SQLite database of PartyDesk (header application_id).
bool isPartyDeskDatabase(const QString& path);
// Removes our own `.partial` leftovers in `folder` older than an hour (a killed backup).
void removeStalePartials(const QString& folder, const QDateTime& now);
} // namespace BackupFileSystem

} // namespace partydesk
