#pragma once

#include "BackupFiles.h"

#include <QString>

namespace partydesk {

// What a check of a backup copy found.
struct BackupCheck
{
    QString problem;       // for the user; empty when the copy is a sound PartyDesk workspace
    int memberCount = -1;  // members on the roster (not those who left)
    int schemaVersion = 0; // PRAGMA user_version
    bool cancelled = false;
    bool ok() const { return problem.isEmpty() && !cancelled; }
};

struct BackupOutcome
{
    QString error; // for the user; empty on success
    bool cancelled = false;
    bool sourceDamaged = false; // the copy failed its check: the workspace itself is damaged
    QString path;               // the finished file
    qint64 size = 0;
    int memberCount = -1;
    bool ok() const { return error.isEmpty() && !cancelled; }
};

// Writes one verified copy of a workspace file with SQLite's online backup API, on its own
// connections (any thread; the window keeps working). The copy is written under a `.partial`
// name, checked with PRAGMA integrity_check and its application_id, flushed to the disk, and only
// then renamed to its final name: a failed, cancelled or unverified backup leaves no file.
namespace BackupWriter {

// Copies `sourcePath` (a workspace) to `destination`, which must not exist yet.
BackupOutcome write(const QString& sourcePath, const QString& destination,
                    const BackupProgress& progress = {});

// Copies with the backup API only (no check, no rename): `destination` is created or overwritten.
// Returns an error message, or an empty string; `*cancelled` tells a cancellation apart.
QString copyDatabase(const QString& sourcePath, const QString& destination, const BackupProgress& progress,
                     bool* cancelled);

// Checks a copy on its own read-only connection: integrity_check, application_id, a schema this
// program knows, and counts its members.
BackupCheck verify(const QString& path, const BackupProgress& progress = {});

// True when SQLite reads the file as a PartyDesk workspace (its application_id, which in a live
// workspace may still be in the write-ahead log rather than the file's header).
bool isPartyDeskWorkspace(const QString& path);

// Members on the roster in a backup copy (read-only), or -1 when it cannot be read.
int memberCount(const QString& path);

} // namespace BackupWriter

} // namespace partydesk
