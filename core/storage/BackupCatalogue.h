#pragma once

#include "BackupFiles.h"
#include "BackupWriter.h"

#include <QList>

namespace partydesk {

// One backup file of a workspace, as the catalogue lists it.
struct BackupEntry
{
    QString path;
    BackupFileName name;
    qint64 size = 0;
    int memberCount = -1; // -1: unknown (encrypted, or not read)
    // Written and checked by PartyDesk (a file is only given its final name after its check) and
    // still starts like one of our files.
    bool verified = false;
};

// The backups of one workspace in its backup folder, their rotation, and taking a new one.
namespace BackupCatalogue {

// Newest first. Only files with our naming for this workspace are listed; member counts are read
// from each plain copy (read-only) when asked for.
QList<BackupEntry> list(const QString& folder, const QString& workspacePath, bool withMemberCounts = true);

// The plain backups rotation removes: it keeps the newest backup of each of the last
// `policy.daily` days, `policy.weekly` ISO weeks and `policy.monthly` months that have one, and
// every backup of the 24 hours before the newest (so that the backup taken before a restore or an
// import never pushes out the one taken an hour earlier). Encrypted backups (made on purpose, with
// a password) are never rotated.
QList<BackupEntry> toRemove(const QList<BackupEntry>& entries, const BackupPolicy& policy);

// Removes what toRemove() names; returns the paths removed.
QStringList rotate(const QString& folder, const QString& workspacePath, const BackupPolicy& policy);

// The newest verified backup, or nullptr.
const BackupEntry* lastGood(const QList<BackupEntry>& entries);
// True when no verified backup is younger than `days` days on `now`.
bool lastGoodOlderThan(const QList<BackupEntry>& entries, const QDateTime& now, int days = 7);

// The name a backup taken `now` gets in `folder` (never one that exists).
QString newBackupPath(const QString& folder, const QString& workspacePath, BackupReason reason,
                      const QDateTime& now, bool encrypted);

// Takes a verified backup of the workspace into its backup folder, then rotates the folder.
BackupOutcome take(const QString& workspacePath, const BackupSettings& settings, BackupReason reason,
                   const QDateTime& now, const BackupProgress& progress = {});

// Before a change of many rows (an import, reopening a rating year): a rotating backup of the
// workspace behind `db`. Returns a message for the user when it could not be written (the change
// must then not go ahead), or an empty string (also for a connection without a file).
QString takeBeforeWriting(const QSqlDatabase& db, BackupReason reason);

} // namespace BackupCatalogue

} // namespace partydesk
