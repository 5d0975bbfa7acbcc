#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace partydesk::PackageTemplate {

// A year's rating template as a street's plan package carries it: the template, its aspects, tasks
// and bonus/deduction/veto items, each with its uid, references as uids (so the community's scores
// later name the street's tasks). Empty when the year has none; `*error` set on failure.
QJsonObject templateOf(const QSqlDatabase& db, int year, QString* error);

enum class Installed
{
    Added,   // the year had none here, or an unscored one of its own that it replaces
    Changed, // the same template (by uid), not scored yet, brought up to date
    Same,    // the same template, as it is here
    Refused, // scores were entered against the template here: it is not overwritten
};
struct Outcome
{
    Installed installed = Installed::Same;
    QString message; // Refused: why, for the user; otherwise empty
    QString error;   // the database failed
};

// What installing `part` (templateOf's) would do here, without writing.
Outcome check(const QSqlDatabase& db, const QJsonObject& part);
// Installs it in the caller's transaction, with the same uids: a template of the year here that nobody
// scored against is replaced (its session, and the branches chosen for it, move to the new one); one
// with scores is never overwritten (Refused, nothing written).
Outcome install(const QSqlDatabase& db, const QJsonObject& part);

} // namespace partydesk::PackageTemplate
