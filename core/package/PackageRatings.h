#pragma once

#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace partydesk::PackageRatings {

// The year's star rating in a year's package: which template the community scored against and in which
// session, named by uid. Its rows (branches rated, task scores, bonus/deduction/veto items,
// rectifications) travel as rows without uids (PackageLinks), keyed by this session, the branch and
// the task or item. Totals and stars are not carried: the street computes them from the same template
// and the same scores, so they are the community's by construction.
QJsonObject partOf(const QSqlDatabase& db, int year, QString* error);
QString sessionUid(const QJsonObject& part);

// Where a package's ratings go here: the street's session of the same template (matched by uid), made
// on merge when it has none yet. A different template, none, or a final year: the ratings are not
// imported, and `refusal` says why (the rest of the package is).
struct Match
{
    QString sessionUid; // the community's session, as the package names it; empty: no ratings sent
    QString createdOn;
    qint64 templateId = 0;
    qint64 sessionId = 0; // the session here; 0: made on merge
    QString refusal;
    bool imports() const { return !sessionUid.isEmpty() && refusal.isEmpty(); }
};
// `taskUids`, `itemUids`: those the package's scores refer to, all of which the template here must have.
Match match(const QSqlDatabase& db, const QJsonObject& part, int year, const QSet<QString>& taskUids,
            const QSet<QString>& itemUids);

// The tables of a package's ratings (not imported when the match refuses).
bool isRatingTable(const QString& table);

// Makes the session of `match` here when there is none yet; returns an error, or empty.
QString ensureSession(const QSqlDatabase& db, Match* match);

} // namespace partydesk::PackageRatings
