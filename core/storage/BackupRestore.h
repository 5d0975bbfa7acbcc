#pragma once

#include "BackupFiles.h"

#include <functional>
#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace partydesk {

struct RestoreRequest
{
    QString backupPath;      // a plain (.sqlite) or encrypted (.pdenc) backup, anywhere
    QString workspacePath;   // the workspace file it replaces (it may not exist yet)
    QByteArray password;     // for an encrypted backup
    BackupSettings settings; // where the backup of the current file goes
    QDateTime now;
    QString userName; // who restores, for the audit trail (empty without sign-in)
};

struct RestoreOutcome
{
    QString error; // for the user; empty on success
    bool cancelled = false;
    bool workspaceClosed = false; // closeWorkspace was called: the caller opens the file again
    QString preRestoreBackup;     // the current file as it was, backed up first
    int memberCount = -1;         // members on the roster of the restored file
    bool ok() const { return error.isEmpty() && !cancelled; }
};

// Puts a backup in place of the workspace file:
//  1. the backup is copied (or decrypted) beside the workspace and checked: integrity_check, our
//     application_id, a schema not newer than this program;
//  2. the current file is backed up first (reason "before restore"; a damaged one is copied aside
//     as it is);
//  3. the caller closes every connection to the workspace (`closeWorkspace`); once its write-ahead
//     log is merged and gone, the checked copy is renamed over the workspace file in one step;
//  4. the restore is written to the restored file's audit log.
// Any failure before step 3 leaves the workspace exactly as it was.
namespace BackupRestore {

RestoreOutcome restore(const RestoreRequest& request, const std::function<void()>& closeWorkspace,
                       const BackupProgress& progress = {});

} // namespace BackupRestore

} // namespace partydesk
