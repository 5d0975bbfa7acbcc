#pragma once

#include <QString>

namespace partydesk {

// Plain sentences for what went wrong on the disk, so the user reads the real cause ("the disk is
// full") and what to do, never a library's own text ("attempt to write a readonly database",
// "[ERROR] …") or a wrong diagnosis ("the file is damaged").

// For an errno value from a failed file operation; empty for 0.
QString fileErrorCause(int errnoValue);

// For SQLite's error text or result code (QSqlError::nativeErrorCode()): the cause when it is
// one the user can act on (read-only, full, I/O, locked, cannot open, damaged), else empty.
QString sqliteErrorCause(const QString& sqliteText, int resultCode = 0);

// For libpq's text when a server connection fails: the cause in plain words (no such database,
// wrong user or password, no answer from the address, too slow), else libpq's own first line.
QString serverConnectionCause(const QString& libpqText);

// True when SQLite's text or code says the file itself is damaged (not the disk or rights).
bool sqliteSaysDamaged(const QString& sqliteText, int resultCode = 0);

} // namespace partydesk
