#pragma once

#include "PackagePlan.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace partydesk {

class AuditLog;
class WriteGate;

namespace PackageImport {

struct Outcome
{
    enum class Status
    {
        Merged,      // written (or nothing to change but the record of the import)
        NothingToDo, // this very package was imported already: nothing written
        Refused,     // older than what was imported, nowhere to place it, a clash, no permission
        Failed       // the database failed: nothing written
    };
    Status status = Status::Failed;
    QString message; // Refused, Failed: why, for the user
    Plan plan;       // what was found before writing
    // What was written by table: added, changed, and under `left` those removed.
    QHash<QString, Counts> written;
    Counts done(const QString& table) const { return written.value(table); }
    // Left records that were not removed because other records here still refer to them.
    QStringList kept;
    // Prescribed actions of the community's meetings that this workspace's list did not have: added
    // to it, inactive.
    QStringList addedActions;
};

// Merges a year's package from `senderKey` into this workspace in one transaction (see Plan for where
// the community goes and what counts as left): new records are added with ids of this file,
// references translated; changed records take the package's values; the same are not touched; left
// records are removed unless something here still refers to them (then they are kept and named in
// `kept`). The package's date is remembered per sender and year, and an older package refused. One
// audit entry says what was done. Needs the rights to edit both organisations and members.
Outcome merge(QSqlDatabase db, const WriteGate& gate, AuditLog& audit, const QByteArray& payload,
              const QByteArray& senderKey, qint64 under);

// What the user is told after a merge besides the counts: the prescribed actions added to the list and
// the left records kept, a line each (none when there are none).
QStringList afterMerge(const Outcome& outcome);

} // namespace PackageImport
} // namespace partydesk
