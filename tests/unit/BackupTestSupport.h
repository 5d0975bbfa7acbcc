#pragma once

#include <QSqlDatabase>
#include <QString>

namespace partydesk::test {

// A change made after a backup, straight in the file: the first member renamed. Returns the name.
QString renameFirstMember(const QSqlDatabase& db);
int membersNamed(const QSqlDatabase& db, const QString& name);
// The same, in a backup file (on its own read-only connection).
int membersNamedIn(const QString& path, const QString& name);

} // namespace partydesk::test
