#pragma once

#include <functional>
#include <QSqlDatabase>
#include <QString>

namespace partydesk {

// Copies every row of one workspace into another that has the same schema version and no data yet:
// how a community's or a street's SQLite file moves onto the PostgreSQL server (and how the demo
// data reaches a server). Ids, uids, times and the audit chain are copied as they are, so nothing
// that refers to a record, inside or outside the workspace, changes. All in one transaction on the
// target: a failure or a cancel leaves it empty.
namespace WorkspaceCopy {

// Rows copied so far and in all; return false to cancel.
using Progress = std::function<bool(qint64 done, qint64 total)>;

// An error for the user, or an empty string.
QString copy(QSqlDatabase from, QSqlDatabase to, const Progress& progress = {});

} // namespace WorkspaceCopy
} // namespace partydesk
