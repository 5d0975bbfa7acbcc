#pragma once

#include <QString>

namespace partydesk {

// Damage that SQLite itself reported while this process worked on a file. SQLite returns
// SQLITE_CORRUPT or SQLITE_NOTADB on the statement that meets a damaged page, and logs it; the
// log is hooked here, so from the first such report on every write is refused (WriteGate,
// inTransaction) without checking the whole file before each command.
//
// The record is per process: PartyDesk works on one workspace file at a time.
namespace StorageHealth {

// Hooks SQLite's error log. SQLite accepts it only before its first connection opens, so it runs
// during static initialisation (see StorageHealth.cpp); calling it again does nothing.
void install();
// True when SQLite's log was hooked (a build whose SQLite is private to Qt's driver cannot be).
bool installed();

// The damage seen, as a sentence for the user, or an empty string.
QString damage();
// Forgets what was seen: only for tests, which make damaged files on purpose.
void reset();
// Called from SQLite's log (any thread).
void noteSqliteError(int code, const char* message);

} // namespace StorageHealth

} // namespace partydesk
