#pragma once

#include <QString>

namespace partydesk {

// What a write returns when the row was saved meanwhile from another version than the one the caller
// read (optimistic locking): services tell the user, as a conflict, rather than overwrite.
inline constexpr char staleRowError[] = "stale row: saved meanwhile from another version";

// The outcome of a write: empty `error` means it was saved.
struct WriteResult
{
    qint64 id = 0;
    QString error;
    bool ok() const { return error.isEmpty(); }
    bool stale() const { return error == QLatin1String(staleRowError); }
};

} // namespace partydesk
